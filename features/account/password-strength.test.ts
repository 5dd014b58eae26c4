import { describe, expect, it } from "vitest";
import { changePasswordSchema, signUpSchema } from "./schema";

const form = (password: string, name = "Nell Quinn", email = "nell@example.test") => ({ name, email, password, role: "student", timeZone: "UTC" });
const passwordErrors = (password: string, name?: string, email?: string) => {
  const parsed = signUpSchema.safeParse(form(password, name, email));
  return parsed.success ? [] : parsed.error.issues.filter((issue) => issue.path[0] === "password").map((issue) => issue.message);
};

describe("password strength (zxcvbn, score 3 or more)", () => {
  // Each of these was accepted before (security probe, issue 14).
  it.each(["aaaaaaaa", "abcdefgh", "12341234", "00000000", "87654321", "P@ssw0rd", "Password!", "Summer2024", "monkey12", "dragon12", "kiokukioku", "kioku-demo-student", "kioku-demo-instructor"])(
    "refuses %s with zxcvbn's feedback",
    (password) => {
      const errors = passwordErrors(password);
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatch(/^(That password is among the most common ones; choose another\.|Too easy to guess\b.+)/);
    },
  );

  it("refuses a password made of the user's own name or e-mail", () => {
    expect(passwordErrors("margaretheoberholzer", "Margarethe Oberholzer")).toHaveLength(1);
    expect(passwordErrors("margaretheoberholzer", "Nell Quinn")).toEqual([]);
    expect(passwordErrors("tobiaswunderlich1", "Nell", "tobias.wunderlich1@example.test")).toHaveLength(1);
  });

  it("says what to do instead", () => {
    expect(passwordErrors("Summer2024")[0]).toMatch(/Too easy to guess.*\w+\./);
  });

  it.each(["correct horse 1a2b3c4d", "violet kettle under the stairs", "quiet harbour lantern 42", "a brand new passphrase"])("accepts %s", (password) => {
    expect(passwordErrors(password)).toEqual([]);
  });

  it("checks a new password on change too", () => {
    expect(changePasswordSchema.safeParse({ currentPassword: "whatever", newPassword: "Summer2024" }).success).toBe(false);
  });
});

describe("changing a password", () => {
  it("counts the account's own name and e-mail as known words", async () => {
    const { changePasswordSchemaFor } = await import("./schema");
    const account = { name: "Margarethe Oberholzer", email: "m.oberholzer@example.test" };
    const parsed = changePasswordSchemaFor(account).safeParse({ currentPassword: "old one", newPassword: "margaretheoberholzer" });
    expect(parsed.success).toBe(false);
    expect(changePasswordSchemaFor(account).safeParse({ currentPassword: "old one", newPassword: "quiet harbour lantern 42" }).success).toBe(true);
  });
});
