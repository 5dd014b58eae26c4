"use client";

import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export interface ScorePoint {
  attempt: number;
  percent: number;
  date: string;
}

/** Score per attempt over time; the table beside it carries the same numbers for screen readers. */
export function ScoreChart({ points }: { points: ScorePoint[] }) {
  return (
    <figure className="chart" aria-label="Score over attempts" data-testid="score-chart">
      <ResponsiveContainer width="100%" height={220}>
        <LineChart data={points} margin={{ top: 10, right: 20, bottom: 10, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="attempt" label={{ value: "Attempt", position: "insideBottom", offset: -5 }} allowDecimals={false} />
          <YAxis domain={[0, 100]} unit="%" />
          <Tooltip formatter={(value) => [`${value}%`, "Score"]} labelFormatter={(label) => `Attempt ${label}`} />
          <Line type="monotone" dataKey="percent" stroke="var(--accent)" strokeWidth={2} dot={{ r: 4 }} isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
    </figure>
  );
}
