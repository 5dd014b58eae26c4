import Link from "next/link";
import { STATUS_LABELS, STATUS_RULE, wholePercent } from "@/core/classes/progress";
import type { MyAssignmentDTO } from "../data";
import { TakeQuizButton } from "./take-quiz-button";

/** The student's assignments across their classes, on their home page above the decks. */
export function MyAssignments({ assignments, now }: { assignments: MyAssignmentDTO[]; now: Date }) {
  if (assignments.length === 0) return null;
  return (
    <section className="stack-tight" aria-labelledby="my-assignments">
      <h2 id="my-assignments">Your assignments</h2>
      <p className="small muted">{STATUS_RULE}</p>
      <ul className="card-list" aria-label="Your assignments">
        {assignments.map((assignment) => {
          const overdue = assignment.dueAt <= now;
          return (
            <li key={assignment.id} className="card-item stack-tight" data-testid="my-assignment">
              <p className="kind">
                <Link href={`/classes/${assignment.classId}`}>{assignment.className}</Link> · {assignment.kind === "deck" ? "Deck" : "Quiz"} · {overdue ? "was due" : "due"}{" "}
                <time dateTime={assignment.dueAt.toISOString()}>{assignment.dueAt.toUTCString().slice(0, 22)} UTC</time>
              </p>
              <h3>{assignment.title}</h3>
              {assignment.kind === "deck" ? (
                <p>
                  {assignment.mine.studied} of {assignment.totalCards} cards studied · predicted recall on the due date{" "}
                  <strong>{wholePercent(assignment.mine.recallAtDue)}%</strong> vs target {wholePercent(assignment.targetRecall)}% ·{" "}
                  <span className={`status status-${assignment.mine.status}`} data-testid="my-assignment-status">
                    {STATUS_LABELS[assignment.mine.status]}
                  </span>
                  {assignment.deadline ? (
                    <>
                      <br />
                      <span className="small" data-testid="my-assignment-deadline">
                        {assignment.deadline}
                      </span>
                    </>
                  ) : null}
                </p>
              ) : (
                <p>
                  {assignment.mine.quizAttempts} attempt{assignment.mine.quizAttempts === 1 ? "" : "s"} used
                  {assignment.attemptsAllowed ? ` of ${assignment.attemptsAllowed}` : ""} · best score{" "}
                  {assignment.mine.bestQuizScore === null ? "—" : `${wholePercent(assignment.mine.bestQuizScore)}%`}
                  {assignment.mine.quizInProgress ? " · one in progress" : ""}
                </p>
              )}
              <div>
                {assignment.kind === "deck" ? (
                  <Link className="button" href={`/study/${assignment.deckSlug}?from=class-${assignment.classId}`}>
                    Study
                  </Link>
                ) : assignment.quizId ? (
                  <TakeQuizButton quizId={assignment.quizId} inProgress={assignment.mine.quizInProgress} />
                ) : null}
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
