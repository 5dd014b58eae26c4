"use client";

import Link from "next/link";
import { describeNextDue } from "@/core/scheduling/describe-next-due";

export function DoneForToday({
  nextDueAt,
  answered,
  returnTo = { href: "/", label: "Back to decks" },
}: {
  nextDueAt: string | null;
  answered: number;
  returnTo?: { href: string; label: string };
}) {
  return (
    <section className="panel done" data-testid="done-for-today" aria-live="polite">
      <h2>Done for today</h2>
      {answered > 0 ? <p>You reviewed {answered === 1 ? "1 card" : `${answered} cards`} this session.</p> : null}
      <p data-testid="next-due">{describeNextDue(nextDueAt ? new Date(nextDueAt) : null, new Date())}</p>
      <Link className="button" href={returnTo.href}>
        {returnTo.label}
      </Link>
    </section>
  );
}
