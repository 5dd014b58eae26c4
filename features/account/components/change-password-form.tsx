"use client";

import { useActionState } from "react";
import { Field } from "@/components/ui/field";
import { changePasswordAction, type FormState } from "../actions";

export function ChangePasswordForm({ changed }: { changed: boolean }) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(changePasswordAction, {});
  return (
    <form action={formAction} className="stack" noValidate aria-labelledby="change-password-heading">
      <h2 id="change-password-heading">Change your password</h2>
      {state.message ? (
        <p role="alert" className="form-error">
          {state.message}
        </p>
      ) : changed ? (
        <p role="status">Password changed. Every other device has been signed out.</p>
      ) : null}
      <Field
        label="Current password"
        name="currentPassword"
        type="password"
        autoComplete="current-password"
        required
        maxLength={128}
        errors={state.fieldErrors?.currentPassword}
      />
      <Field
        label="New password"
        name="newPassword"
        type="password"
        autoComplete="new-password"
        required
        minLength={8}
        maxLength={128}
        hint="At least 8 characters. A long phrase is best. Other devices will be signed out."
        errors={state.fieldErrors?.newPassword}
      />
      <button type="submit" className="button" disabled={pending}>
        {pending ? "Changing…" : "Change password"}
      </button>
    </form>
  );
}
