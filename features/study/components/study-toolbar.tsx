"use client";

import Link from "next/link";

/** Undo, bury, suspend and card info under the study card; only Undo when no card is shown. */
export function StudyToolbar({
  cardId,
  pending,
  onUndo,
  onCommand,
}: {
  cardId: string | null;
  pending: boolean;
  onUndo: () => void;
  onCommand: (command: "bury" | "suspend") => void;
}) {
  return (
    <div className="row study-toolbar" role="group" aria-label="Card tools">
      <button type="button" className="button button-quiet" onClick={onUndo} disabled={pending} aria-keyshortcuts="Control+Z Meta+Z">
        Undo <kbd aria-hidden="true">Ctrl+Z</kbd>
      </button>
      {cardId ? (
        <>
          <button type="button" className="button button-quiet" onClick={() => onCommand("bury")} disabled={pending}>
            Bury until tomorrow
          </button>
          <button type="button" className="button button-quiet" onClick={() => onCommand("suspend")} disabled={pending}>
            Suspend
          </button>
          <Link className="button button-quiet" href={`/cards/${cardId}`}>
            Card info
          </Link>
        </>
      ) : null}
    </div>
  );
}
