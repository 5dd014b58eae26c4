import type { RetentionPeriod, RetentionRate } from "@/core/statistics/retention";
import styles from "./stats.module.css";

function Rate({ value }: { value: RetentionRate }) {
  const answered = value.passed + value.failed;
  if (value.rate === null) return <span className="muted">–</span>;
  return (
    <>
      {(value.rate * 100).toFixed(1)}% <span className="muted small">of {answered.toLocaleString("en-US")}</span>
    </>
  );
}

/** Anki's "true retention" table: the share of review answers that were not Again. */
export function RetentionTable({ periods }: { periods: RetentionPeriod[] }) {
  return (
    <section className="panel stack" aria-labelledby="retention-title" data-testid="true-retention">
      <div className="stack-tight">
        <h2 id="retention-title">True retention</h2>
        <p className="muted small">
          Of your answers to cards in review, the share you remembered (anything but Again). Young cards were on an interval under 21 days,
          mature ones on 21 days or more.
        </p>
      </div>
      <div className={styles.tableWrap}>
        <table className={styles.table}>
          <caption className="visually-hidden">True retention per period, young and mature cards</caption>
          <thead>
            <tr>
              <th scope="col">Period</th>
              <th scope="col" className={styles.number}>Young</th>
              <th scope="col" className={styles.number}>Mature</th>
              <th scope="col" className={styles.number}>All</th>
            </tr>
          </thead>
          <tbody>
            {periods.map((period) => (
              <tr key={period.key} data-testid={`retention-${period.key}`}>
                <th scope="row">{period.label}</th>
                <td className={styles.number}>
                  <Rate value={period.young} />
                </td>
                <td className={styles.number}>
                  <Rate value={period.mature} />
                </td>
                <td className={styles.number}>
                  <Rate value={period.total} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
