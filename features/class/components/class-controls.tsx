"use client";

import { useEffect, useState, useTransition } from "react";
import { FormError } from "@/components/ui/form-error";
import { classCommandAction } from "../actions";

function useCommand() {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const run = (command: Parameters<typeof classCommandAction>[0], input: Record<string, string>) =>
    startTransition(async () => {
      const result = await classCommandAction(command, input);
      setError(result.ok ? null : result.message);
    });
  return { pending, error, run };
}

/**
 * Copies text and says so where everyone can see and hear it: the message is visible and sits in
 * a polite live region. Clipboard access can be refused (no permission, no secure context); then
 * the message says to copy by hand.
 */
function useCopy() {
  const [copied, setCopied] = useState("");
  const copy = async (text: string, what: string) => {
    try {
      if (!navigator.clipboard) throw new Error("no clipboard");
      await navigator.clipboard.writeText(text);
      setCopied(`${what} copied: ${text}`);
    } catch {
      setCopied(`Could not copy automatically. Select the ${what.toLowerCase()} and copy it: ${text}`);
    }
  };
  return { copied, copy };
}

export function ClassControls({ classId, name, joinCode, archived }: { classId: string; name: string; joinCode: string; archived: boolean }) {
  const { pending, error, run } = useCommand();
  const [draft, setDraft] = useState(name);
  const [origin, setOrigin] = useState("");
  const { copied, copy } = useCopy();
  useEffect(() => setOrigin(window.location.origin), []);
  const inviteLink = `${origin}/join/${joinCode}`;
  return (
    <div className="stack-tight">
      <p>
        Join code: <strong data-testid="join-code">{joinCode}</strong>{" "}
        <button type="button" className="button button-quiet small" onClick={() => void copy(joinCode, "Join code")}>
          Copy code
        </button>{" "}
        · Invite link: <code data-testid="invite-link">{inviteLink}</code>{" "}
        <button type="button" className="button button-quiet small" onClick={() => void copy(inviteLink, "Invite link")}>
          Copy link
        </button>
      </p>
      <p role="status" aria-live="polite" className="small copy-feedback" data-testid="copy-feedback">
        {copied}
      </p>
      <div className="row">
        <label className="visually-hidden" htmlFor="class-name">
          Class name
        </label>
        <input id="class-name" value={draft} maxLength={120} onChange={(event) => setDraft(event.target.value)} />
        <button type="button" className="button button-quiet" disabled={pending} onClick={() => run("rename", { classId, name: draft })}>
          Rename
        </button>
        <button type="button" className="button button-quiet" disabled={pending} onClick={() => run("regenerateCode", { classId })}>
          New join code
        </button>
        <button type="button" className="button button-quiet" disabled={pending} onClick={() => run(archived ? "unarchive" : "archive", { classId })}>
          {archived ? "Unarchive" : "Archive"}
        </button>
      </div>
      <FormError message={error} />
    </div>
  );
}

export function RemoveStudentButton({ classId, userId, name }: { classId: string; userId: string; name: string }) {
  const { pending, error, run } = useCommand();
  return (
    <span>
      <button
        type="button"
        className="button button-quiet small"
        disabled={pending}
        onClick={() => {
          if (confirm(`Remove ${name} from the class? Their own study history stays theirs.`)) run("removeStudent", { classId, userId });
        }}
      >
        Remove {name}
      </button>
      {error ? <span role="alert" className="field-error"> {error}</span> : null}
    </span>
  );
}
