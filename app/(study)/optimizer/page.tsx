import type { Metadata } from "next";
import { explainTooFewReviews } from "@/core/optimizer/minimum";
import { requireUser } from "@/features/account/session";
import { OptimizerPanel } from "@/features/optimizer/components/optimizer-panel";
import { getOptimizerView } from "@/features/optimizer/data";

export const metadata: Metadata = { title: "Optimize parameters" };

export default async function OptimizerPage() {
  const user = await requireUser("/optimizer");
  const view = await getOptimizerView(user.id);
  return (
    <section className="stack">
      <h1>Optimize FSRS for you</h1>
      <OptimizerPanel view={view} tooFew={explainTooFewReviews(view.reviewCount)} />
      <p className="small">
        <a href="/api/review-log/export" download>
          Download your review history (CSV, FSRS optimizer format)
        </a>
      </p>
    </section>
  );
}
