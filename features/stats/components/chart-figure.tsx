import type { ReactNode } from "react";
import styles from "./stats.module.css";

interface ChartFigureProps {
  id: string;
  title: string;
  /** One or two sentences a screen reader hears instead of the picture. */
  summary: string;
  /** The chart itself; hidden from assistive technology, which gets the table. */
  chart: ReactNode;
  tableCaption: string;
  columns: string[];
  /** Cells as text; numeric columns are right-aligned. */
  rows: (string | number)[][];
}

/** A chart with its text alternative: a summary line and the same numbers as a table. */
export function ChartFigure({ id, title, summary, chart, tableCaption, columns, rows }: ChartFigureProps) {
  return (
    <figure className={`panel ${styles.figure}`} aria-labelledby={`${id}-title`} data-testid={id}>
      <figcaption>
        <h2 id={`${id}-title`}>{title}</h2>
        <p className="muted small" data-testid={`${id}-summary`}>
          {summary}
        </p>
      </figcaption>
      <div aria-hidden="true" className={styles.chart}>
        {chart}
      </div>
      <details>
        <summary>Show as a table</summary>
        <div className={styles.tableWrap}>
          <table className={styles.table}>
            <caption className="visually-hidden">{tableCaption}</caption>
            <thead>
              <tr>
                {columns.map((column, index) => (
                  <th key={column} scope="col" className={index > 0 ? styles.number : undefined}>
                    {column}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={String(row[0])}>
                  {row.map((cell, index) =>
                    index === 0 ? (
                      <th key={index} scope="row">
                        {cell}
                      </th>
                    ) : (
                      <td key={index} className={styles.number}>
                        {typeof cell === "number" ? cell.toLocaleString("en-US") : cell}
                      </td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
