import type { ReviewHeatmap as Heatmap } from "@/core/statistics/heatmap";
import { ChartFigure } from "./chart-figure";
import styles from "./stats.module.css";

// Recharts has no calendar heatmap, so this one is plain SVG: one rect per study day.
const CELL = 11;
const GAP = 2;
const LEFT = 22;
const TOP = 14;
const WEEKDAY_LABELS = [
  [1, "Mon"],
  [3, "Wed"],
  [5, "Fri"],
] as const;

function plural(count: number, word: string): string {
  return `${count.toLocaleString("en-US")} ${word}${count === 1 ? "" : "s"}`;
}

/** Reviews per month, the heatmap's table alternative (a row per day would be 371 rows). */
function monthlyRows(heatmap: Heatmap): (string | number)[][] {
  const months = new Map<string, { reviews: number; days: number }>();
  for (const cell of heatmap.cells) {
    const month = cell.date.slice(0, 7);
    const entry = months.get(month) ?? { reviews: 0, days: 0 };
    entry.reviews += cell.count;
    if (cell.count > 0) entry.days += 1;
    months.set(month, entry);
  }
  return [...months].map(([month, entry]) => [month, entry.reviews, entry.days]);
}

export function ReviewHeatmap({ heatmap }: { heatmap: Heatmap }) {
  const width = LEFT + heatmap.weeks * (CELL + GAP);
  const height = TOP + 7 * (CELL + GAP);
  const summary =
    heatmap.total === 0
      ? "No reviews in the last year yet."
      : `${plural(heatmap.total, "review")} on ${plural(heatmap.daysStudied, "day")} of the last ${heatmap.dayCount}, ${heatmap.dailyAverage.toFixed(1)} a day on average. ` +
        `Current streak ${plural(heatmap.currentStreak, "day")}, longest ${plural(heatmap.longestStreak, "day")}` +
        (heatmap.busiest ? `; busiest day ${heatmap.busiest.date} with ${plural(heatmap.busiest.count, "review")}.` : ".");
  const grid = (
    <div className={styles.heatmapScroll}>
      <svg className={styles.heatmap} viewBox={`0 0 ${width} ${height}`} role="presentation">
        {heatmap.months.map((month) => (
          <text key={`${month.week}-${month.label}`} x={LEFT + month.week * (CELL + GAP)} y={9}>
            {month.label}
          </text>
        ))}
        {WEEKDAY_LABELS.map(([weekday, label]) => (
          <text key={label} x={0} y={TOP + weekday * (CELL + GAP) + 9}>
            {label}
          </text>
        ))}
        {heatmap.cells.map((cell) => (
          <rect
            key={cell.day}
            x={LEFT + cell.week * (CELL + GAP)}
            y={TOP + cell.weekday * (CELL + GAP)}
            width={CELL}
            height={CELL}
            rx={2}
            className={styles[`level${cell.level}`]}
            data-date={cell.date}
            data-count={cell.count}
          >
            <title>{`${cell.date}: ${plural(cell.count, "review")}`}</title>
          </rect>
        ))}
      </svg>
    </div>
  );
  const legend = (
    <p className={styles.legend}>
      Less
      {[0, 1, 2, 3, 4].map((level) => (
        <svg key={level} viewBox="0 0 10 10">
          <rect width={10} height={10} rx={2} className={styles[`level${level}`]} />
        </svg>
      ))}
      More
    </p>
  );
  return (
    <ChartFigure
      id="review-heatmap"
      title="Reviews per day"
      summary={summary}
      chart={
        <>
          {grid}
          {legend}
        </>
      }
      tableCaption="Reviews and days studied per month"
      columns={["Month", "Reviews", "Days studied"]}
      rows={monthlyRows(heatmap)}
    />
  );
}
