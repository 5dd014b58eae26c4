"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { cardCommandAction } from "@/features/study/card-actions";
import type { CardCommand } from "@/features/study/schema";

/** Forget, suspend and bury from the card-info page; the page reloads its data afterwards. */
export function CardControls({ cardId, suspended, buried, canForget }: { cardId: string; suspended: boolean; buried: boolean; canForget: boolean }) {
  const router = useRouter();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, startTransition] = useTransition();

  function run(command: CardCommand) {
    if (command === "forget" && !window.confirm("Reset this card to new? Its history stays, and you can undo this on the study screen.")) return;
    startTransition(async () => {
      try {
        const result = await cardCommandAction({ cardId, command });
        setMessage({ ok: result.ok, text: result.message });
        if (result.ok) router.refresh();
      } catch {
        setMessage({ ok: false, text: "Could not reach the server: check your connection and try again." });
      }
    });
  }

  return (
    <div className="stack-tight">
      <div className="row" role="group" aria-label="Card actions">
        <button type="button" className="button button-quiet" disabled={pending} onClick={() => run(suspended ? "unsuspend" : "suspend")}>
          {suspended ? "Unsuspend" : "Suspend"}
        </button>
        <button type="button" className="button button-quiet" disabled={pending} onClick={() => run(buried ? "unbury" : "bury")}>
          {buried ? "Unbury" : "Bury until tomorrow"}
        </button>
        <button type="button" className="button button-quiet" disabled={pending || !canForget} onClick={() => run("forget")}>
          Forget (reset to new)
        </button>
      </div>
      {message ? (
        <p role={message.ok ? "status" : "alert"} className={message.ok ? "muted" : "form-error"}>
          {message.text}
        </p>
      ) : null}
    </div>
  );
}
