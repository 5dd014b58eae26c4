"use client";

import { useEffect, useState } from "react";
import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { RETENTION_STEPS, simulateWorkload, type SimulationResult } from "@/core/scheduling/simulator";
import type { WorkloadInputDTO } from "../data";

const DAYS = 365;
const MINUTES_COLOR = "var(--accent)";
const REMEMBERED_COLOR = "#2f855a";
const SEED = 17;

interface Row {
  retention: number;
  minutes: number;
  remembered: number;
}

/**
 * Anki's "help me decide": for desired retention 70-99 %, a year of your studying simulated
 * (core/scheduling/simulator.ts) from your cards and settings. Runs in the browser, one retention
 * per tick, so the page stays responsive; the table carries the same numbers as the chart.
 */
export function WorkloadChart({ input }: { input: WorkloadInputDTO }) {
  const [rows, setRows] = useState<Row[]>([]);
  useEffect(() => {
    let cancelled = false;
    const done: Row[] = [];
    const newCards = input.newCards ?? input.newCardsPerDay * DAYS;
    const step = (index: number) => {
      if (cancelled || index >= RETENTION_STEPS.length) return;
      const result: SimulationResult = simulateWorkload({
        desiredRetention: RETENTION_STEPS[index]!,
        w: input.w,
        days: DAYS,
        newCardsPerDay: input.newCardsPerDay,
        maxReviewsPerDay: input.maxReviewsPerDay,
        newCards,
        existing: input.existing,
        learningSteps: input.learningSteps,
        relearningSteps: input.relearningSteps,
        maximumInterval: input.maximumInterval,
        seed: SEED,
      });
      done.push({ retention: Math.round(result.desiredRetention * 100), minutes: Math.round(result.minutesPerDay * 10) / 10, remembered: Math.round(result.remembered) });
      setRows([...done]);
      setTimeout(() => step(index + 1), 0);
    };
    const timer = setTimeout(() => step(0), 0);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [input]);

  const complete = rows.length === RETENTION_STEPS.length;
  const current = Math.round(input.desiredRetention * 100);
  return (
    <section className="panel stack" aria-labelledby="workload-heading" data-testid="workload-chart">
      <h2 id="workload-heading">Choose your workload</h2>
      <p className="hint">
        A year of your studying simulated for each desired retention: from your {input.existing.length} studied cards,
        {input.newCards === null ? ` ${input.newCardsPerDay} new cards a day` : ` ${input.newCards} cards still new at ${input.newCardsPerDay} a day`}, at most{" "}
        {input.maxReviewsPerDay} reviews a day, with {input.w ? "your fitted" : "FSRS's default"} parameters. The dashed line
        is your desired retention now ({current} %); minutes on the left axis, cards on the right.
      </p>
      <p className="muted small" aria-live="polite">{complete ? "Simulated 70 % to 99 %." : `Simulating… ${rows.length} of ${RETENTION_STEPS.length}`}</p>
      <figure className="chart" aria-label="Workload chart: minutes a day and cards remembered after a year for each retention">
        <ResponsiveContainer width="100%" height={260}>
          <LineChart data={rows} margin={{ top: 10, right: 10, bottom: 20, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="retention" type="number" domain={[70, 99]} unit="%" tickCount={7} label={{ value: "Desired retention", position: "insideBottom", offset: -12 }} />
            <YAxis yAxisId="minutes" width={40} stroke={MINUTES_COLOR} />
            <YAxis yAxisId="remembered" orientation="right" width={48} stroke={REMEMBERED_COLOR} />
            <Tooltip labelFormatter={(label) => `Retention ${label} %`} />
            <Legend verticalAlign="top" height={28} />
            <ReferenceLine yAxisId="minutes" x={current} stroke="var(--muted, #888)" strokeDasharray="4 4" />
            <Line yAxisId="minutes" type="monotone" dataKey="minutes" name="Minutes a day" stroke={MINUTES_COLOR} strokeWidth={2} dot={false} isAnimationActive={false} />
            <Line yAxisId="remembered" type="monotone" dataKey="remembered" name="Cards remembered after a year" stroke={REMEMBERED_COLOR} strokeWidth={2} dot={false} isAnimationActive={false} />
          </LineChart>
        </ResponsiveContainer>
      </figure>
      <details>
        <summary>The numbers</summary>
        <div className="table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">Desired retention</th>
                <th scope="col">Minutes a day</th>
                <th scope="col">Cards remembered after a year</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.retention} aria-current={row.retention === current ? "true" : undefined}>
                  <td>{row.retention} %{row.retention === current ? " (yours)" : ""}</td>
                  <td>{row.minutes}</td>
                  <td>{row.remembered}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </section>
  );
}
