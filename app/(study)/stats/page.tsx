import type { Metadata } from "next";
import { requireUser } from "@/features/account/session";
import { StatisticsView } from "@/features/stats/components/statistics-view";
import { LeechList } from "@/features/stats/components/leech-list";
import { getStatistics } from "@/features/stats/data";
import { getLeeches } from "@/features/stats/leeches";

export const metadata: Metadata = { title: "Statistics" };

export default async function StatisticsPage() {
  const user = await requireUser("/stats");
  const [stats, leeches] = await Promise.all([getStatistics(user, new Date()), getLeeches(user.id)]);
  return (
    <section className="stack">
      <div className="row spread">
        <h1>Statistics</h1>
        <a className="button button-quiet" href="/api/review-log/export" download>
          Export review history (CSV)
        </a>
      </div>
      <p className="muted small">
        Days start at the hour set in your settings, in {stats.timeZone}; today is {stats.today}.
      </p>
      <StatisticsView stats={stats} />
      <LeechList leeches={leeches} />
    </section>
  );
}
