"use client";

import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from "recharts";
import { AXIS_COLOR, CHART_COLORS } from "./chart-colors";

interface SimpleBarChartProps {
  data: { name: string; value: number; color?: string }[];
  /** Tooltip label for the value, e.g. "cards due". */
  valueLabel: string;
  color?: string;
  height?: number;
  /** "rows": one horizontal bar per name, every name readable (for a few long names). */
  orientation?: "columns" | "rows";
}

const TICK = { fill: AXIS_COLOR, fontSize: 11 };

/** A responsive bar chart of named values; the figure around it holds the text alternative. */
export function SimpleBarChart({ data, valueLabel, color = CHART_COLORS.blue, height = 220, orientation = "columns" }: SimpleBarChartProps) {
  // Recharts gives each bar the `fill` of its own data entry, if it has one.
  const bars = data.map((entry) => ({ ...entry, fill: entry.color ?? color }));
  const rows = orientation === "rows";
  return (
    <BarChart
      responsive
      data={bars}
      layout={rows ? "vertical" : "horizontal"}
      style={{ width: "100%", height }}
      margin={rows ? { top: 4, right: 16, bottom: 0, left: 8 } : { top: 8, right: 8, bottom: 0, left: -16 }}
    >
      <CartesianGrid strokeDasharray="3 3" vertical={rows} horizontal={!rows} stroke={AXIS_COLOR} strokeOpacity={0.3} />
      {rows ? (
        <>
          <XAxis type="number" allowDecimals={false} tick={TICK} tickLine={false} axisLine={false} />
          <YAxis type="category" dataKey="name" tick={TICK} tickLine={false} width={76} interval={0} />
        </>
      ) : (
        <>
          <XAxis dataKey="name" tick={TICK} tickLine={false} interval="preserveStartEnd" minTickGap={12} />
          <YAxis allowDecimals={false} tick={TICK} tickLine={false} axisLine={false} />
        </>
      )}
      <Tooltip formatter={(value) => [value, valueLabel]} cursor={{ fillOpacity: 0.1 }} />
      <Bar dataKey="value" fill={color} radius={rows ? [0, 3, 3, 0] : [3, 3, 0, 0]} isAnimationActive={false} />
    </BarChart>
  );
}
