"use client";

import { useState, useTransition } from "react";
import { FormError } from "@/components/ui/form-error";
import { startAttemptAction } from "@/features/quiz/actions";

export function TakeQuizButton({ quizId }: { quizId: string }) {
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
        Take quiz
      </button>
      <FormError message={error} />
    </div>
  );
}
