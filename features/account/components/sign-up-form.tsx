"use client";

import Link from "next/link";
import { useActionState, useEffect, useState } from "react";
import { Field } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { signUpAction, type FormState } from "../actions";

export function SignUpForm() {
  const [state, formAction, pending] = useActionState<FormState, FormData>(signUpAction, {});
  // The study day starts at 4 am in the learner's own zone; the browser knows it, the server does not.
  const [timeZone, setTimeZone] = useState("UTC");
  useEffect(() => setTimeZone(Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC"), []);
  const role = state.values?.role ?? "student";
  return (
    <form action={formAction} className="stack" noValidate>
      <FormError message={state.message} />
      <input type="hidden" name="timeZone" value={timeZone} />
      <Field label="Name" name="name" autoComplete="name" required maxLength={100} defaultValue={state.values?.name} errors={state.fieldErrors?.name} />
      <Field label="E-mail" name="email" type="email" autoComplete="email" required defaultValue={state.values?.email} errors={state.fieldErrors?.email} />
      <Field
        label="Password"
        name="password"
        type="password"
        autoComplete="new-password"
        required
        minLength={8}
        maxLength={128}
        hint="At least 8 characters. A long phrase is best."
        errors={state.fieldErrors?.password}
      />
      <fieldset className="field">
        <legend>I am a</legend>
        <label className="choice">
          <input type="radio" name="role" value="student" defaultChecked={role !== "instructor"} /> Student or self-learner
        </label>
        <label className="choice">
          <input type="radio" name="role" value="instructor" defaultChecked={role === "instructor"} /> Instructor
        </label>
        {state.fieldErrors?.role ? <p className="field-error">{state.fieldErrors.role.join(" ")}</p> : null}
      </fieldset>
      <button type="submit" className="button" disabled={pending}>
        {pending ? "Creating your account…" : "Create account"}
      </button>
      <p className="muted">
        Already have an account? <Link href="/sign-in">Sign in</Link>
      </p>
    </form>
  );
}
