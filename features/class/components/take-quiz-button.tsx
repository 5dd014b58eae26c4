"use client";

import { useState, useTransition } from "react";
import { FormError } from "@/components/ui/form-error";
import { startAttemptAction } from "@/features/quiz/actions";

/** Opens the student's attempt: "Resume quiz" while one is open, so nobody fears losing an attempt to a look. */
export function TakeQuizButton({ quizId, inProgress = false }: { quizId: string; inProgress?: boolean }) {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="stack-tight">
      <button
        type="button"
        className="button"
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            const result = await startAttemptAction({ quizId });
            if (result && !result.ok) setError(result.message);
          })
        }
      >
        {inProgress ? "Resume quiz" : "Take quiz"}
      </button>
      <FormError message={error} />
    </div>
  );
}
