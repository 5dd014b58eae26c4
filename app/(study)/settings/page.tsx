import type { Metadata } from "next";
import { requireUser } from "@/features/account/session";
import { SettingsForm } from "@/features/settings/components/settings-form";
import { WorkloadChart } from "@/features/settings/components/workload-chart";
import { getUserSettingsForm, getWorkloadInput } from "@/features/settings/data";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const user = await requireUser("/settings");
  const [initial, workload] = await Promise.all([getUserSettingsForm(user.id), getWorkloadInput(user.id, new Date())]);
  return (
    <section className="stack narrow-wide">
      <header className="stack-tight">
        <h1>Settings</h1>
        <p className="muted">
          How FSRS schedules your cards, how much you study each day, and when your day starts. Each deck can override its
          retention and daily limits in its own settings.
        </p>
      </header>
      <SettingsForm initial={initial} timeZones={Intl.supportedValuesOf("timeZone")} />
      <WorkloadChart input={workload} />
    </section>
  );
}
