import type { StatisticsDTO } from "../data";
import { SimpleBarChart } from "./bar-charts";
import { CHART_COLORS } from "./chart-colors";
import { ChartFigure } from "./chart-figure";
import { RetentionTable } from "./retention-table";
import { ReviewHeatmap } from "./review-heatmap";
import styles from "./stats.module.css";

const percent = (rate: number | null) => (rate === null ? "–" : `${(rate * 100).toFixed(1)}%`);
const count = (n: number, word: string) => `${n.toLocaleString("en-US")} ${word}${n === 1 ? "" : "s"}`;

export function StatisticsView({ stats }: { stats: StatisticsDTO }) {
  const { heatmap, forecast, cards, intervals } = stats;
  const year = stats.retention.find((row) => row.key === "year");
  const states = [
    { name: "New", value: cards.new, color: CHART_COLORS.blue },
    { name: "Learning", value: cards.learning, color: CHART_COLORS.orange },
    { name: "Review", value: cards.review, color: CHART_COLORS.green },
    { name: "Relearning", value: cards.relearning, color: CHART_COLORS.red },
    { name: "Suspended", value: cards.suspended, color: CHART_COLORS.grey },
  ];
  const busiestForecast = forecast.days.reduce((best, day) => (day.due > best.due ? day : best), forecast.days[0]!);

  return (
    <div className="stack">
      <dl className={styles.summary} aria-label="At a glance">
        <div>
          <dt>Reviews this year</dt>
          <dd data-testid="stat-reviews-year">{heatmap.total.toLocaleString("en-US")}</dd>
        </div>
        <div>
          <dt>Today</dt>
          <dd data-testid="stat-reviews-today">{(heatmap.cells.at(-1)?.count ?? 0).toLocaleString("en-US")}</dd>
        </div>
        <div>
          <dt>Streak</dt>
          <dd data-testid="stat-streak">{heatmap.currentStreak} d</dd>
        </div>
        <div>
          <dt>Retention (year)</dt>
          <dd data-testid="stat-retention-year">{percent(year?.total.rate ?? null)}</dd>
        </div>
      </dl>

      <ReviewHeatmap heatmap={heatmap} />

      <div className={styles.grid}>
        <ChartFigure
          id="due-forecast"
          title="Due in the next 30 days"
          summary={
            forecast.total === 0
              ? "Nothing is due in the next 30 days."
              : `${count(forecast.total, "review")} due in the next 30 days, ${forecast.days[0]!.due} today` +
                (forecast.overdue > 0 ? ` (${forecast.overdue} overdue)` : "") +
                `; the busiest day is ${busiestForecast.label.toLowerCase() === "today" ? "today" : busiestForecast.label} with ${busiestForecast.due}.`
          }
          chart={<SimpleBarChart data={forecast.days.map((day) => ({ name: day.label === "Today" ? "Today" : day.date.slice(5), value: day.due }))} valueLabel="cards due" />}
          tableCaption="Cards due per day for the next 30 days"
          columns={["Day", "Due", "Due by then"]}
          rows={forecast.days.map((day) => [day.label, day.due, day.cumulative])}
        />
        <ChartFigure
          id="card-states"
          title="Card states"
          summary={`${count(cards.total, "card")}: ${states.map((state) => `${state.value.toLocaleString("en-US")} ${state.name.toLowerCase()}`).join(", ")}.`}
          chart={<SimpleBarChart data={states} valueLabel="cards" orientation="rows" />}
          tableCaption="Cards by state"
          columns={["State", "Cards"]}
          rows={states.map((state) => [state.name, state.value])}
        />
        <ChartFigure
          id="intervals"
          title="Review intervals"
          summary={
            intervals.total === 0
              ? "No card has reached the review phase yet."
              : `${count(intervals.total, "card")} in review, ${intervals.average!.toFixed(1)} days apart on average; the longest interval is ${count(intervals.longest!, "day")}.`
          }
          chart={<SimpleBarChart data={intervals.buckets.map((bucket) => ({ name: bucket.label, value: bucket.count }))} valueLabel="cards" color={CHART_COLORS.green} />}
          tableCaption="Review cards by interval"
          columns={["Interval", "Cards"]}
          rows={intervals.buckets.map((bucket) => [bucket.label, bucket.count])}
        />
      </div>

      <RetentionTable periods={stats.retention} />
    </div>
  );
}
