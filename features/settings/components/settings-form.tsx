"use client";

import { Field } from "@/components/ui/field";
import { EASY_DAY_LEVELS, WEEKDAY_NAMES } from "@/core/scheduling/easy-days";
import { saveSettingsAction } from "../actions";
import type { UserSettingsFormDTO } from "../data";
import { useConfirmableSave } from "./use-confirmable-save";
import { SaveOutcome } from "./save-outcome";

const HOURS = Array.from({ length: 24 }, (_, hour) => hour);

function readValues(form: HTMLFormElement): Record<string, unknown> {
  const data = new FormData(form);
  const text = (name: string) => String(data.get(name) ?? "");
  return {
    desiredRetention: text("desiredRetention"),
    maximumInterval: text("maximumInterval"),
    newCardsPerDay: text("newCardsPerDay"),
    maxReviewsPerDay: text("maxReviewsPerDay"),
    learningSteps: text("learningSteps"),
    relearningSteps: text("relearningSteps"),
    enableFuzz: data.get("enableFuzz") === "on",
    dayStartHour: text("dayStartHour"),
    timeZone: text("timeZone"),
    burySiblings: data.get("burySiblings") === "on",
    loadBalance: data.get("loadBalance") === "on",
    easyDays: WEEKDAY_NAMES.map((day) => text(`easyDay-${day}`)),
    autoSuspendLeeches: data.get("autoSuspendLeeches") === "on",
  };
}

export function SettingsForm({ initial, timeZones }: { initial: UserSettingsFormDTO; timeZones: string[] }) {
  const { result, pending, confirming, submit, confirm, cancel } = useConfirmableSave(saveSettingsAction);
  const errors = result?.status === "invalid" ? result.fieldErrors : undefined;

  return (
    <div className="stack">
      <form
        className="panel stack"
        aria-busy={pending}
        onSubmit={(event) => {
          event.preventDefault();
          submit(readValues(event.currentTarget));
        }}
      >
        <fieldset className="stack" disabled={confirming || pending}>
          <legend className="visually-hidden">Your settings</legend>
          <h2>Scheduling</h2>
          <Field
            label="Desired retention"
            name="desiredRetention"
            type="number"
            inputMode="decimal"
            step="0.01"
            min="0.70"
            max="0.99"
            required
            defaultValue={initial.desiredRetention}
            hint="The chance of remembering a card when it comes due, 0.70–0.99. Higher means more reviews."
            errors={errors?.desiredRetention}
          />
          <Field label="Maximum interval (days)" name="maximumInterval" type="number" min="1" max="36500" required defaultValue={initial.maximumInterval} errors={errors?.maximumInterval} />
          <Field label="Learning steps" name="learningSteps" defaultValue={initial.learningSteps} hint="Like 1m 10m: whole minutes (m), hours (h) or days (d). Empty lets FSRS decide." errors={errors?.learningSteps} />
          <Field label="Relearning steps" name="relearningSteps" defaultValue={initial.relearningSteps} hint="After you forget a review card, like 10m." errors={errors?.relearningSteps} />
          <div className="field">
            <label className="choice">
              <input type="checkbox" name="enableFuzz" defaultChecked={initial.enableFuzz} /> Spread intervals a little (fuzz)
            </label>
            <p className="hint">Keeps cards learned together from always coming due together.</p>
          </div>
          <div className="field">
            <label className="choice">
              <input type="checkbox" name="burySiblings" defaultChecked={initial.burySiblings} /> Keep sibling cards apart
            </label>
            <p className="hint">Cards of one fact (both directions, a cloze) wait for the next day once one of them is studied.</p>
          </div>
          <div className="field">
            <label className="choice">
              <input type="checkbox" name="loadBalance" defaultChecked={initial.loadBalance} /> Balance the daily load
            </label>
            <p className="hint">Within the fuzz range, reviews go to the days with the fewest cards due.</p>
          </div>
          <fieldset className="field">
            <legend>Easy days</legend>
            <p className="hint">Fewer reviews on the days you choose (only when the fuzz range allows another day).</p>
            <div className="easy-days">
              {WEEKDAY_NAMES.map((day, index) => (
                <label key={day} className="stack-tight">
                  <span>{day.slice(0, 3)}</span>
                  <select name={`easyDay-${day}`} aria-label={`Easy day: ${day}`} defaultValue={initial.easyDays[index]}>
                    {EASY_DAY_LEVELS.map((level) => (
                      <option key={level} value={level}>{level}</option>
                    ))}
                  </select>
                </label>
              ))}
            </div>
          </fieldset>
          <div className="field">
            <label className="choice">
              <input type="checkbox" name="autoSuspendLeeches" defaultChecked={initial.autoSuspendLeeches} /> Suspend leeches
            </label>
            <p className="hint">A card you fail far more often than its own predicted recall says is a leech; suspended, it waits for you to rewrite it.</p>
          </div>
          <p className="muted small">
            {initial.usesFittedParameters ? "FSRS uses parameters fitted to your own reviews." : "FSRS uses its default parameters."}
          </p>
          <h2>Daily limits and your day</h2>
          <Field label="New cards per day" name="newCardsPerDay" type="number" min="0" max="9999" required defaultValue={initial.newCardsPerDay} errors={errors?.newCardsPerDay} />
          <Field
            label="Maximum reviews per day"
            name="maxReviewsPerDay"
            type="number"
            min="0"
            max="99999"
            required
            defaultValue={initial.maxReviewsPerDay}
            hint="Beyond this, the cards you are most likely to forget come first."
            errors={errors?.maxReviewsPerDay}
          />
          <div className="field">
            <label htmlFor="dayStartHour">A new day starts at</label>
            <select id="dayStartHour" name="dayStartHour" defaultValue={initial.dayStartHour}>
              {HOURS.map((hour) => (
                <option key={hour} value={hour}>{`${String(hour).padStart(2, "0")}:00`}</option>
              ))}
            </select>
          </div>
          <Field label="Time zone" name="timeZone" list="time-zones" required defaultValue={initial.timeZone} autoComplete="off" errors={errors?.timeZone} />
          <datalist id="time-zones">
            {timeZones.map((zone) => (
              <option key={zone} value={zone} />
            ))}
          </datalist>
          <button type="submit" className="button">
            {pending && !confirming ? "Saving…" : "Save settings"}
          </button>
        </fieldset>
      </form>
      <SaveOutcome result={result} pending={pending} onConfirm={confirm} onCancel={cancel} />
    </div>
  );
}
