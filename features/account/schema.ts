import { z } from "zod";
import { hasNoNul, NUL_MESSAGE } from "@/lib/validation";
import { isValidTimeZone } from "@/core/scheduling";
import { isCommonPassword } from "./common-passwords";
import { passwordWeakness } from "./password-strength";

export const ROLES = ["student", "instructor"] as const;
export type Role = (typeof ROLES)[number];

/**
 * NIST 800-63B: at least 8 characters, long passphrases allowed, no composition rules, no common
 * ones; and a zxcvbn score of at least 3 (features/account/password-strength.ts). Forms that know
 * the user's name and e-mail check again with them (`withStrongPassword`).
 */
export const passwordSchema = z
  .string()
  .min(8, "Use at least 8 characters.")
  .max(128, "Use at most 128 characters.")
  .refine((password) => !isCommonPassword(password), "That password is among the most common ones; choose another.");

/** The strength check, once the password passed the rules above (one message per field). */
function checkStrength(password: string, userInputs: string[], path: string, ctx: z.RefinementCtx): void {
  if (!passwordSchema.safeParse(password).success) return;
  const weakness = passwordWeakness(password, userInputs);
  if (weakness) ctx.addIssue({ code: "custom", path: [path], message: weakness });
}

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, "That e-mail address is too long.")
  .pipe(z.email("Enter a valid e-mail address."));

export const signUpSchema = z
  .object({
    name: z.string().trim().min(1, "Enter your name.").max(100, "Use at most 100 characters.").refine(hasNoNul, NUL_MESSAGE),
    email: emailSchema,
    password: passwordSchema,
    role: z.enum(ROLES, { error: "Choose student or instructor." }),
    timeZone: z
      .string()
      .trim()
      .max(64)
      .refine(isValidTimeZone, "Unknown time zone.")
      .catch("UTC"),
  })
  .superRefine((input, ctx) => checkStrength(input.password, [input.name, input.email], "password", ctx));
export type SignUpInput = z.infer<typeof signUpSchema>;

export const signInSchema = z.object({
  email: emailSchema,
  // No length rule beyond the cap here: a wrong password gets the same answer as a short one.
  password: z.string().min(1, "Enter your password.").max(128, "Use at most 128 characters."),
});
export type SignInInput = z.infer<typeof signInSchema>;

export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, "Enter your current password.").max(128, "Use at most 128 characters."),
    newPassword: passwordSchema,
  })
  .superRefine((input, ctx) => checkStrength(input.newPassword, [input.currentPassword], "newPassword", ctx));

/** The same for a form that knows the account's name and e-mail: they count as words an attacker knows. */
export function changePasswordSchemaFor(account: { name: string; email: string }) {
  return changePasswordSchema.superRefine((input, ctx) => {
    if (passwordWeakness(input.newPassword, [input.currentPassword])) return; // already said
    checkStrength(input.newPassword, [account.name, account.email], "newPassword", ctx);
  });
}
export type ChangePasswordInput = z.infer<typeof changePasswordSchema>;
