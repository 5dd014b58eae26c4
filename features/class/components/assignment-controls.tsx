"use client";

import { useActionState, useEffect, useId, useState, useTransition } from "react";
import { FormError } from "@/components/ui/form-error";
import { classCommandAction, editAssignmentAction, type ClassFormState } from "../actions";
import { DueField } from "./assign-forms";

interface AssignmentSummary {
  id: string;
  kind: "deck" | "quiz";
  title: string;
  dueAt: string;
  targetRecall: number;
  attemptsAllowed: number | null;
}

/** Edit (due date, target or attempts) and remove, under one assignment on the instructor's class page. */
export function AssignmentControls({ classId, assignment }: { classId: string; assignment: AssignmentSummary }) {
  const [open, setOpen] = useState(false);
  const [state, formAction, pending] = useActionState<ClassFormState, FormData>(editAssignmentAction, {});
  const [removing, startRemoving] = useTransition();
  const [removeError, setRemoveError] = useState<string | null>(null);
  const [saved, setSaved] = useState("");
  const id = useId();
  useEffect(() => {
    if (state.done) {
      setOpen(false);
      setSaved(state.done);
    }
  }, [state]);

  return (
    <div className="stack-tight">
      <p role="status" className="small muted">
        {saved}
      </p>
      {open ? (
        <form action={formAction} className="stack-tight" aria-label={`Edit ${assignment.title}`}>
          <FormError message={state.message} />
          <input type="hidden" name="classId" value={classId} />
          <input type="hidden" name="assignmentId" value={assignment.id} />
          <DueField id={`${id}-due`} initial={assignment.dueAt} />
          {assignment.kind === "deck" ? (
            <div className="field">
              <label htmlFor={`${id}-target`}>Predicted recall target on the due date (%)</label>
              <input id={`${id}-target`} name="targetRecallPercent" type="number" min={50} max={99} defaultValue={Math.round(assignment.targetRecall * 100)} />
            </div>
          ) : (
            <div className="field">
              <label htmlFor={`${id}-attempts`}>Attempts allowed (empty = unlimited)</label>
              <input id={`${id}-attempts`} name="attemptsAllowed" type="number" min={1} max={20} defaultValue={assignment.attemptsAllowed ?? ""} />
            </div>
          )}
          <div className="row">
            <button type="submit" className="button" disabled={pending}>
              Save assignment
            </button>
            <button type="button" className="button button-quiet" onClick={() => setOpen(false)}>
              Cancel
            </button>
          </div>
        </form>
      ) : (
        <div className="row">
          <button type="button" className="button button-quiet small" onClick={() => setOpen(true)}>
            Edit assignment
          </button>
          <button
            type="button"
            className="button button-quiet small"
            disabled={removing}
            onClick={() => {
              if (!confirm(`Remove “${assignment.title}” from the class? Students' own study history and quiz results stay theirs.`)) return;
              startRemoving(async () => {
                const result = await classCommandAction("deleteAssignment", { classId, assignmentId: assignment.id });
                setRemoveError(result.ok ? null : result.message);
              });
            }}
          >
            Remove assignment
          </button>
        </div>
      )}
      <FormError message={removeError} />
    </div>
  );
}
