"use client";

import { Field } from "@/components/ui/field";
import { saveDeckSettingsAction } from "../actions";
import type { DeckSettingsFormDTO } from "../data";
import { useConfirmableSave } from "./use-confirmable-save";
import { SaveOutcome } from "./save-outcome";

export function DeckSettingsForm({ deckSlug, initial }: { deckSlug: string; initial: DeckSettingsFormDTO }) {
  const { result, pending, confirming, submit, confirm, cancel } = useConfirmableSave(({ values, confirm: confirmed }) =>
    saveDeckSettingsAction({ deckSlug, values, confirm: confirmed }),
  );
  const errors = result?.status === "invalid" ? result.fieldErrors : undefined;
  const inherit = (value: string) => `Empty uses your general setting (${value}).`;

  return (
    <div className="stack">
      <form
        className="panel stack"
        aria-busy={pending}
        onSubmit={(event) => {
          event.preventDefault();
          const data = new FormData(event.currentTarget);
          submit({
            desiredRetention: String(data.get("desiredRetention") ?? ""),
            newCardsPerDay: String(data.get("newCardsPerDay") ?? ""),
            maxReviewsPerDay: String(data.get("maxReviewsPerDay") ?? ""),
          });
        }}
      >
        <fieldset className="stack" disabled={confirming || pending}>
          <legend className="visually-hidden">This deck&apos;s overrides</legend>
          <Field
            label="Desired retention"
            name="desiredRetention"
            type="number"
            inputMode="decimal"
            step="0.01"
            min="0.70"
            max="0.99"
            placeholder={initial.inherited.desiredRetention}
            defaultValue={initial.values.desiredRetention}
            hint={inherit(initial.inherited.desiredRetention)}
            errors={errors?.desiredRetention}
          />
          <Field
            label="New cards per day"
            name="newCardsPerDay"
            type="number"
            min="0"
            max="9999"
            placeholder={initial.inherited.newCardsPerDay}
            defaultValue={initial.values.newCardsPerDay}
            hint={inherit(initial.inherited.newCardsPerDay)}
            errors={errors?.newCardsPerDay}
          />
          <Field
            label="Maximum reviews per day"
            name="maxReviewsPerDay"
            type="number"
            min="0"
            max="99999"
            placeholder={initial.inherited.maxReviewsPerDay}
            defaultValue={initial.values.maxReviewsPerDay}
            hint={inherit(initial.inherited.maxReviewsPerDay)}
            errors={errors?.maxReviewsPerDay}
          />
          <button type="submit" className="button">
            {pending && !confirming ? "Saving…" : "Save deck settings"}
          </button>
        </fieldset>
      </form>
      <SaveOutcome result={result} pending={pending} onConfirm={confirm} onCancel={cancel} />
    </div>
  );
}
