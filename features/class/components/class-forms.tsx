"use client";

import { useActionState } from "react";
import { Field } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { createClassAction, joinClassAction, type ClassFormState } from "../actions";

export function CreateClassForm() {
  const [state, formAction, pending] = useActionState<ClassFormState, FormData>(createClassAction, {});
  return (
    <form action={formAction} className="panel stack-tight" aria-label="Create a class">
      <FormError message={state.message} />
      <Field label="New class name" name="name" maxLength={120} errors={state.fieldErrors?.name} />
      <button type="submit" className="button" disabled={pending}>
        Create class
      </button>
    </form>
  );
}

export function JoinClassForm({ code = "" }: { code?: string }) {
  const [state, formAction, pending] = useActionState<ClassFormState, FormData>(joinClassAction, {});
  return (
    <form action={formAction} className="panel stack-tight" aria-label="Join a class">
      <FormError message={state.message} />
      <Field label="Join code" name="code" defaultValue={code} autoComplete="off" placeholder="ABCDE-FGH23" maxLength={40} errors={state.fieldErrors?.code} />
      <button type="submit" className="button" disabled={pending}>
        Join class
      </button>
    </form>
  );
}
