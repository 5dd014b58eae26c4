import { simulateDeadlineCohort } from "@/core/scheduling/deadline-simulation";

/**
 * Deadline mode in a synthetic class (core/scheduling/deadline-simulation.ts): 40 students, 60
 * cards at 10-15 new a day, one due date; each student's memory has parameters of their own,
 * Kioku schedules with the defaults. Prints the share of students whose true mean recall on the
 * due date reaches the target, with and without deadline mode, and the extra reviews it cost.
 */
const SCENARIOS = [
  { label: "retention 0.80, target 85 %, due in 28 days", desiredRetention: 0.8, targetRecall: 0.85, dueInDays: 28, newPerDay: 10 },
  { label: "retention 0.85, target 90 %, due in 21 days", desiredRetention: 0.85, targetRecall: 0.9, dueInDays: 21, newPerDay: 15 },
  { label: "retention 0.90, target 95 %, due in 28 days", desiredRetention: 0.9, targetRecall: 0.95, dueInDays: 28, newPerDay: 10 },
];

export async function benchDeadline(): Promise<void> {
  console.log("\nDeadline mode (40 synthetic students, 60 cards; share reaching the target on the due date)");
  for (const scenario of SCENARIOS) {
    const options = { seed: 1, students: 40, cards: 60, ...scenario };
    const without = simulateDeadlineCohort({ ...options, deadlineMode: false });
    const withMode = simulateDeadlineCohort({ ...options, deadlineMode: true });
    const extra = withMode.reviewsPerStudent - without.reviewsPerStudent;
    console.log(
      `  ${scenario.label}: ${pct(without.reached)} → ${pct(withMode.reached)} of students; mean true recall ${pct(without.meanTrueRecall)} → ${pct(withMode.meanTrueRecall)}; ` +
        `+${extra.toFixed(1)} reviews per student (${pct(extra / without.reviewsPerStudent)} more than ${without.reviewsPerStudent.toFixed(0)})`,
    );
  }
}

const pct = (value: number) => `${(value * 100).toFixed(1)} %`;
