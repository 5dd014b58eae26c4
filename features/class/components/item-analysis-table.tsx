"use client";

import { useState } from "react";
import type { ItemAnalysisRow } from "@/core/quiz/item-analysis";
import { QUESTION_TYPE_LABELS } from "@/core/quiz/types";

type SortKey = "number" | "shareCorrect" | "medianSeconds";
const COLUMNS: { key: SortKey; label: string }[] = [
  { key: "number", label: "#" },
  { key: "shareCorrect", label: "Correct" },
  { key: "medianSeconds", label: "Median time" },
];

function sortRows(rows: readonly ItemAnalysisRow[], key: SortKey, ascending: boolean): ItemAnalysisRow[] {
  const value = (row: ItemAnalysisRow) => row[key] ?? -1;
  return [...rows].sort((a, b) => (ascending ? 1 : -1) * (value(a) - value(b)) || a.number - b.number);
}

/** Per question of a class quiz: share correct, answers chosen and time, sortable; flags what most got wrong. */
export function ItemAnalysisTable({ rows, caption }: { rows: ItemAnalysisRow[]; caption: string }) {
  const [sort, setSort] = useState<{ key: SortKey; ascending: boolean }>({ key: "number", ascending: true });
  const sorted = sortRows(rows, sort.key, sort.ascending);
  const flagged = rows.filter((row) => row.flagged).length;
  return (
    <details open={flagged > 0} data-testid="item-analysis">
      <summary>
        Item analysis{flagged > 0 ? ` · ${flagged} question${flagged === 1 ? "" : "s"} more than half got wrong` : ""}
      </summary>
      <p className="small muted">Over every submitted attempt. Time is the median time to answer a question (since the previous saved answer).</p>
      <div className="table-scroll">
        <table className="table">
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              {COLUMNS.map((column) => (
                <th key={column.key} scope="col" aria-sort={sort.key === column.key ? (sort.ascending ? "ascending" : "descending") : "none"}>
                  <button
                    type="button"
                    className="sort-button"
                    onClick={() => setSort((current) => ({ key: column.key, ascending: current.key === column.key ? !current.ascending : true }))}
                  >
                    {column.label}
                    <span aria-hidden="true">{sort.key === column.key ? (sort.ascending ? " ▲" : " ▼") : ""}</span>
                  </button>
                </th>
              ))}
              <th scope="col">Question</th>
              <th scope="col">Answers chosen</th>
            </tr>
          </thead>
          <tbody>
            {sorted.map((row) => (
              <tr key={row.questionId} data-testid="item-row" className={row.flagged ? "item-flagged" : undefined}>
                <td>{row.number}</td>
                <td data-testid="item-correct">
                  {row.shareCorrect === null ? "—" : `${Math.round(row.shareCorrect * 100)}%`}
                  {row.flagged ? <strong className="status status-behind"> · more than half wrong</strong> : null}
                </td>
                <td>{row.medianSeconds === null ? "—" : `${Math.round(row.medianSeconds)} s`}</td>
                <td>
                  <span className="kind">{QUESTION_TYPE_LABELS[row.type]}</span> {row.prompt}
                  <br />
                  <span className="small muted">Right answer: {row.expected}</span>
                </td>
                <td>
                  <ul className="distribution">
                    {row.distribution.map((answer) => (
                      <li key={answer.answer}>
                        {answer.correct ? "✓ " : ""}
                        {answer.answer} <span className="muted">× {answer.count}</span>
                      </li>
                    ))}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
