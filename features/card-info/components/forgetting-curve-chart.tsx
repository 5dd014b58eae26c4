"use client";

import { CartesianGrid, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import type { CardInfoDTO } from "../data";

type Curve = NonNullable<CardInfoDTO["curve"]>;

const percent = (value: number) => `${Math.round(value * 100)}%`;
const days = (value: number) => (value < 10 ? `${Number(value.toFixed(1))}d` : `${Math.round(value)}d`);

/**
 * The card's forgetting curve since its last review, drawn with recharts. Screen readers get
 * `description` (the same facts in a sentence) instead of the drawing; the data table beside it
 * holds the points.
 */
export function ForgettingCurveChart({ curve, desiredRetention, description }: { curve: Curve; desiredRetention: number; description: string }) {
  return (
    <div role="img" aria-label={description} data-testid="forgetting-curve">
      <LineChart responsive data={curve.points} style={{ width: "100%", height: 260 }} margin={{ top: 16, right: 24, bottom: 8, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" stroke="var(--border)" />
        <XAxis
          dataKey="day"
          type="number"
          domain={[0, curve.points[curve.points.length - 1]!.day]}
          tickFormatter={days}
          stroke="var(--muted)"
          label={{ value: "days since last review", position: "insideBottom", offset: -4, fill: "var(--muted)", fontSize: 12 }}
          height={40}
        />
        <YAxis domain={[0, 1]} tickFormatter={percent} stroke="var(--muted)" width={48} />
        <Tooltip formatter={(value) => [percent(Number(value)), "recall"]} labelFormatter={(label) => `day ${days(Number(label))}`} />
        <ReferenceLine y={desiredRetention} stroke="var(--good)" strokeDasharray="6 4" label={{ value: `target ${percent(desiredRetention)}`, position: "insideTopRight", fill: "var(--good)", fontSize: 12 }} />
        <ReferenceLine x={curve.dueDay} stroke="var(--easy)" label={{ value: "due", position: "top", fill: "var(--easy)", fontSize: 12 }} />
        <ReferenceLine x={curve.nowDay} stroke="var(--again)" strokeDasharray="2 3" label={{ value: "now", position: "top", fill: "var(--again)", fontSize: 12 }} />
        <Line type="monotone" dataKey="recall" stroke="var(--accent)" strokeWidth={2} dot={false} isAnimationActive={false} />
      </LineChart>
    </div>
  );
}
