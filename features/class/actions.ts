"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { getCurrentUser } from "@/features/account/session";
import * as operations from "./operations";

export interface ClassFormState {
  message?: string;
  fieldErrors?: Record<string, string[] | undefined>;
  done?: string;
}

const SIGNED_OUT = { ok: false as const, reason: "unauthenticated" as const, message: "Your session has ended. Please sign in again." };

function entries(formData: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of new Set(formData.keys())) {
    const values = formData.getAll(key).filter((value): value is string => typeof value === "string");
    out[key] = key === "types" ? values : values[0];
  }
  return out;
}

function toState(result: { ok: boolean; message?: string; fieldErrors?: Record<string, string[]> }, done: string): ClassFormState {
  return result.ok ? { done } : { message: result.message, fieldErrors: result.fieldErrors };
}

export async function createClassAction(_previous: ClassFormState, formData: FormData): Promise<ClassFormState> {
  const user = await getCurrentUser();
  if (!user) return { message: SIGNED_OUT.message };
  const result = await operations.createClassOperation(user, entries(formData));
  if (!result.ok) return toState(result, "");
  redirect(`/classes/${result.value.id}`);
}

export async function joinClassAction(_previous: ClassFormState, formData: FormData): Promise<ClassFormState> {
  const user = await getCurrentUser();
  if (!user) return { message: SIGNED_OUT.message };
  const result = await operations.joinClassOperation(user, entries(formData), new Date());
  if (!result.ok) return toState(result, "");
  redirect(`/classes/${result.value.classId}`);
}

export async function assignDeckAction(_previous: ClassFormState, formData: FormData): Promise<ClassFormState> {
  const user = await getCurrentUser();
  if (!user) return { message: SIGNED_OUT.message };
  const input = entries(formData);
  const result = await operations.assignDeckOperation(user, input);
  revalidatePath(`/classes/${String(input.classId)}`);
  return toState(result, "Deck assigned.");
}

export async function assignQuizAction(_previous: ClassFormState, formData: FormData): Promise<ClassFormState> {
  const user = await getCurrentUser();
  if (!user) return { message: SIGNED_OUT.message };
  const input = entries(formData);
  const result = await operations.assignQuizOperation(user, input);
  revalidatePath(`/classes/${String(input.classId)}`);
  if (!result.ok) return toState(result, "");
  // The deck may hold fewer questions of the chosen types than asked for: say what the quiz got.
  const asked = Number(input.count);
  const got = result.value.questionCount;
  return {
    done: got < asked ? `Quiz assigned with ${got} question${got === 1 ? "" : "s"}, fewer than the ${asked} asked for: the deck has no more of the chosen types.` : `Quiz assigned with ${got} question${got === 1 ? "" : "s"}.`,
  };
}

export async function editAssignmentAction(_previous: ClassFormState, formData: FormData): Promise<ClassFormState> {
  const user = await getCurrentUser();
  if (!user) return { message: SIGNED_OUT.message };
  const input = entries(formData);
  const result = await operations.editAssignmentOperation(user, input);
  if (result.ok) revalidatePath(`/classes/${String(input.classId)}`);
  return toState(result, "Assignment saved.");
}

/** Small instructor operations called with plain objects from buttons. */
const COMMANDS = ["rename", "archive", "unarchive", "regenerateCode", "removeStudent", "deleteAssignment"] as const;

export async function classCommandAction(rawCommand: unknown, raw: unknown): Promise<{ ok: true } | { ok: false; message: string }> {
  const user = await getCurrentUser();
  if (!user) return SIGNED_OUT;
  const parsedCommand = z.enum(COMMANDS).safeParse(rawCommand);
  if (!parsedCommand.success) return { ok: false, message: "Unknown class command." };
  const command = parsedCommand.data;
  const now = new Date();
  const result = await {
    rename: () => operations.renameClassOperation(user, raw),
    archive: () => operations.setArchivedOperation(user, raw, true, now),
    unarchive: () => operations.setArchivedOperation(user, raw, false, now),
    regenerateCode: () => operations.regenerateJoinCodeOperation(user, raw),
    removeStudent: () => operations.removeStudentOperation(user, raw),
    deleteAssignment: () => operations.deleteAssignmentOperation(user, raw),
  }[command]();
  if (!result.ok) return { ok: false, message: result.message };
  const classId = typeof raw === "object" && raw && "classId" in raw ? String(raw.classId) : "";
  revalidatePath(`/classes/${classId}`);
  return { ok: true };
}
