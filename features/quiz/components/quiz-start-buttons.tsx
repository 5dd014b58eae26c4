"use client";

import { useState, useTransition } from "react";
import { FormError } from "@/components/ui/form-error";
import { reshuffleQuizAction, startAttemptAction } from "../actions";

export function QuizStartButtons({ quizId, resumable }: { quizId: string; resumable: boolean }) {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  function run(action: typeof startAttemptAction) {
    startTransition(async () => {
      const result = await action({ quizId });
      if (result && !result.ok) setError(result.message);
    });
  }
  return (
    <div className="stack-tight">
      <div className="row">
        <button type="button" className="button" disabled={pending} onClick={() => run(startAttemptAction)}>
          {resumable ? "Resume the open attempt" : "Retake the same questions"}
        </button>
        <button type="button" className="button button-quiet" disabled={pending} onClick={() => run(reshuffleQuizAction)}>
          New questions, same settings
        </button>
      </div>
      <FormError message={error} />
    </div>
  );
}
