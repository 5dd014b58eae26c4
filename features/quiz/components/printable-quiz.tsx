import { answerKeyLine, letter } from "@/core/quiz/answer-key";
import type { PrintableQuizDTO } from "../data";
import { PrintButton } from "./print-button";

function Lines({ count }: { count: number }) {
  return (
    <div className="print-lines" aria-hidden="true">
      {Array.from({ length: count }, (_, i) => (
        <span key={i} className="print-line" />
      ))}
    </div>
  );
}

/** A quiz as a clean paper test, then its answer key on a page of its own (see the print rules in globals.css). */
export function PrintableQuiz({ quiz }: { quiz: PrintableQuizDTO }) {
  return (
    <div className="printable stack">
      <div className="no-print row">
        <PrintButton />
        <span className="muted small">The answer key prints on separate pages after the test: hand out the first pages only.</span>
      </div>
      <section className="print-test" aria-labelledby="print-title" data-testid="print-test">
        <h1 id="print-title">{quiz.title}</h1>
        <p className="print-fields">
          Name: <span className="print-blank" /> Date: <span className="print-blank print-blank-short" />
        </p>
        <p className="muted small">From “{quiz.deckTitle}” · {quiz.questions.length} questions</p>
        <ol className="print-questions">
          {quiz.questions.map(({ id, question }) => (
            <li key={id} className="print-question">
              <p className="print-prompt">{question.prompt}</p>
              {question.type === "multipleChoice" ? (
                <ol className="print-options">
                  {question.options.map((option, index) => (
                    <li key={index}>
                      <span className="print-box" aria-hidden="true" /> {letter(index)}. {option}
                    </li>
                  ))}
                </ol>
              ) : question.type === "trueFalse" ? (
                <p>
                  “{question.statement}” <span className="print-box" aria-hidden="true" /> True <span className="print-box" aria-hidden="true" /> False
                </p>
              ) : question.type === "timeline" ? (
                <>
                  <p className="small muted">Number these from earliest (1) to latest.</p>
                  <ul className="print-options">
                    {question.items.map((item) => (
                      <li key={item.index}>
                        <span className="print-box" aria-hidden="true" /> {item.label}
                      </li>
                    ))}
                  </ul>
                </>
              ) : question.type === "matching" ? (
                <div className="print-matching">
                  <ol>
                    {question.left.map((left, index) => (
                      <li key={index}>
                        {left} <span className="print-blank print-blank-short" />
                      </li>
                    ))}
                  </ol>
                  <ul className="print-options">
                    {question.right.map((item, position) => (
                      <li key={item.index}>
                        {letter(position)}. {item.label}
                      </li>
                    ))}
                  </ul>
                </div>
              ) : question.type === "listRecall" ? (
                <Lines count={question.count} />
              ) : (
                <Lines count={1} />
              )}
            </li>
          ))}
        </ol>
      </section>
      <section className="print-key" aria-labelledby="key-title" data-testid="print-key">
        <h2 id="key-title">Answer key: {quiz.title}</h2>
        <ol>
          {quiz.questions.map(({ id, spec, question }) => (
            <li key={id}>{answerKeyLine(spec, question)}</li>
          ))}
        </ol>
      </section>
    </div>
  );
}
