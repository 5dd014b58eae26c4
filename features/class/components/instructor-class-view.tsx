import Link from "next/link";
import { STATUS_LABELS, STATUS_RULE } from "@/core/classes/progress";
import type { ClassDashboardDTO } from "../data";
import { AssignForms, type AssignableDeck } from "./assign-forms";
import { AssignmentControls } from "./assignment-controls";
import { ItemAnalysisTable } from "./item-analysis-table";
import { ClassControls, RemoveStudentButton } from "./class-controls";
import { RecallChart } from "./recall-chart";

const percent = (value: number) => `${Math.round(value * 100)}%`;

export function InstructorClassView({ dashboard, decks }: { dashboard: ClassDashboardDTO; decks: AssignableDeck[] }) {
  return (
    <section className="stack">
      <header className="stack-tight">
        <h1>{dashboard.name}</h1>
        <ClassControls classId={dashboard.id} name={dashboard.name} joinCode={dashboard.joinCode} archived={dashboard.archived} />
        <p>
          <a href={`/api/classes/${dashboard.id}/export`} download>
            Export grades and progress (CSV)
          </a>{" "}
          ·{" "}
          <a href={`/api/classes/${dashboard.id}/export?report=items`} download>
            Export quiz item analysis (CSV)
          </a>
        </p>
      </header>

      <section className="stack-tight" aria-labelledby="roster">
        <h2 id="roster">Roster ({dashboard.roster.length})</h2>
        {dashboard.roster.length === 0 ? <p className="muted">No students yet: share the join code or the invite link.</p> : null}
        <ul className="roster">
          {dashboard.roster.map((student) => (
            <li key={student.userId} className="row spread" data-testid="roster-student">
              <span>
                {student.name} <span className="muted">{student.email}</span>
              </span>
              <RemoveStudentButton classId={dashboard.id} userId={student.userId} name={student.name} />
            </li>
          ))}
        </ul>
      </section>

      <AssignForms classId={dashboard.id} decks={decks} />

      {dashboard.assignments.map((assignment) => (
        <section key={assignment.id} className="panel stack-tight" aria-labelledby={`a-${assignment.id}`} data-testid="assignment-report">
          <h2 id={`a-${assignment.id}`}>{assignment.title}</h2>
          <p className="muted">
            Due {assignment.dueAt.toUTCString().slice(0, 22)} UTC ·{" "}
            {assignment.kind === "deck"
              ? `target: predicted recall on the due date ≥ ${percent(assignment.targetRecall)}`
              : assignment.attemptsAllowed === null
                ? "unlimited attempts"
                : `${assignment.attemptsAllowed} attempt${assignment.attemptsAllowed === 1 ? "" : "s"}`}{" "}
            · <Link href={`/decks/${assignment.deckSlug}`}>{assignment.deckTitle}</Link>
            {assignment.quizId ? (
              <>
                {" "}
                · <Link href={`/quizzes/${assignment.quizId}`} data-testid="quiz-link">Open the quiz</Link>
              </>
            ) : null}
          </p>
          <AssignmentControls
            classId={dashboard.id}
            assignment={{
              id: assignment.id,
              kind: assignment.kind,
              title: assignment.title,
              dueAt: assignment.dueAt.toISOString(),
              targetRecall: assignment.targetRecall,
              attemptsAllowed: assignment.attemptsAllowed,
            }}
          />
          {assignment.students.length > 0 && assignment.kind === "deck" ? (
            <RecallChart
              target={assignment.targetRecall}
              rows={assignment.students.map((student) => ({ name: student.name, recall: Math.round(student.recallAtDue * 100) }))}
            />
          ) : null}
          {assignment.kind === "deck" ? (
            <p className="small muted" data-testid="status-rule">
              {STATUS_RULE}
            </p>
          ) : null}
          <div className="table-scroll">
            <table className="table">
              <caption className="visually-hidden">Progress per student for {assignment.title}</caption>
              <thead>
                <tr>
                  <th scope="col">Student</th>
                  <th scope="col">Studied</th>
                  <th scope="col">New left</th>
                  <th scope="col">Due now</th>
                  <th scope="col">Overdue</th>
                  <th scope="col">Reviews (7 days)</th>
                  <th scope="col">Recall on due date</th>
                  <th scope="col">Quiz best</th>
                  <th scope="col">Status</th>
                </tr>
              </thead>
              <tbody>
                {assignment.students.map((student) => (
                  <tr key={student.userId} data-testid="progress-row">
                    <th scope="row">{student.name}</th>
                    <td>
                      {student.studied}/{assignment.totalCards}
                    </td>
                    <td>{student.newRemaining}</td>
                    <td>{student.dueNow}</td>
                    <td>{student.overdue}</td>
                    <td>{student.reviewsLast7Days}</td>
                    <td>{percent(student.recallAtDue)}</td>
                    <td data-testid="quiz-best">{student.bestQuizScore === null ? "—" : percent(student.bestQuizScore)}</td>
                    <td data-testid="status">
                      <span className={`status status-${student.status}`}>{STATUS_LABELS[student.status]}</span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {assignment.kind === "quiz" && assignment.items.length > 0 ? (
            <ItemAnalysisTable rows={assignment.items} caption={`Item analysis for ${assignment.title}`} />
          ) : null}
          {assignment.hardest.length > 0 ? (
            <details>
              <summary>Hardest cards for the class</summary>
              <ol>
                {assignment.hardest.map((card) => (
                  <li key={card.cardId}>
                    {card.prompt}{" "}
                    {card.leechFor ? <span className="leech-tag">leech for {card.leechFor}</span> : null}{" "}
                    <span className="muted">
                      — recall on due date {card.recallAtDue === null ? "—" : percent(card.recallAtDue)}, {card.lapses} lapses, studied by {card.studiedBy}
                    </span>
                  </li>
                ))}
              </ol>
            </details>
          ) : null}
        </section>
      ))}
    </section>
  );
}
