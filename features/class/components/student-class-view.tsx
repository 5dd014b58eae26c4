import Link from "next/link";
import { STATUS_LABELS, STATUS_RULE } from "@/core/classes/progress";
import type { getStudentClassView } from "../data";
import { TakeQuizButton } from "./take-quiz-button";

type View = Awaited<ReturnType<typeof getStudentClassView>>;

export function StudentClassView({ view }: { view: View }) {
  return (
    <section className="stack">
      <header>
        <h1>{view.name}</h1>
        <p className="muted">
          Taught by {view.instructor}
          {view.archived ? " · archived" : ""}
        </p>
      </header>
      <h2>Assignments</h2>
      <p className="small muted">{STATUS_RULE}</p>
      {view.assignments.length === 0 ? <p className="muted">Nothing assigned yet.</p> : null}
      <ul className="card-list" aria-label="Assignments">
        {view.assignments.map((assignment) => (
          <li key={assignment.id} className="card-item" data-testid="assignment">
            <p className="kind">
              {assignment.kind === "deck" ? "Study" : "Quiz"} · due <time dateTime={assignment.dueAt.toISOString()}>{assignment.dueAt.toUTCString().slice(0, 22)} UTC</time>
            </p>
            <h3>{assignment.title}</h3>
            {assignment.kind === "deck" ? (
              <p>
                {assignment.mine.studied} of {assignment.totalCards} cards studied · {assignment.mine.dueNow} due now · predicted recall on the due date{" "}
                <strong>{Math.round(assignment.mine.recallAtDue * 100)}%</strong> (target {Math.round(assignment.targetRecall * 100)}%) ·{" "}
                <span data-testid="my-status">{STATUS_LABELS[assignment.mine.status]}</span>
              </p>
            ) : (
              <p>
                {assignment.mine.quizAttempts} attempt{assignment.mine.quizAttempts === 1 ? "" : "s"}
                {assignment.attemptsAllowed ? ` of ${assignment.attemptsAllowed}` : ""} · best score{" "}
                {assignment.mine.bestQuizScore === null ? "—" : `${Math.round(assignment.mine.bestQuizScore * 100)}%`}
                {assignment.mine.quizInProgress ? " · one in progress" : ""}
                <br />
                <span className="small muted">An attempt counts from its first answer: opening the quiz and leaving costs nothing.</span>
              </p>
            )}
            {assignment.kind === "deck" ? (
              <Link className="button" href={`/study/${assignment.deckSlug}?from=class-${view.id}`}>
                Study
              </Link>
            ) : assignment.quizId ? (
              <TakeQuizButton quizId={assignment.quizId} inProgress={assignment.mine.quizInProgress} />
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
