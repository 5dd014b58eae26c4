"use client";

import { Bar, BarChart, CartesianGrid, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

/** Predicted recall on the due date per student against the target; the table below has the same numbers. */
export function RecallChart({ rows, target }: { rows: { name: string; recall: number }[]; target: number }) {
  return (
    <figure className="chart" aria-label="Predicted recall on the due date per student" data-testid="recall-chart">
      {/* The top margin leaves room for the target line's label above the plot. */}
      <ResponsiveContainer width="100%" height={Math.max(174, rows.length * 28 + 74)}>
        <BarChart data={rows} layout="vertical" margin={{ top: 24, right: 30, bottom: 10, left: 20 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis type="number" domain={[0, 100]} unit="%" />
          <YAxis type="category" dataKey="name" width={140} />
          <Tooltip formatter={(value) => [`${value}%`, "Predicted recall"]} />
          <ReferenceLine x={Math.round(target * 100)} stroke="var(--good)" strokeDasharray="4 4" label={{ value: "target", position: "top", fill: "var(--good)", fontSize: 12 }} />
          <Bar dataKey="recall" fill="var(--accent)" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
