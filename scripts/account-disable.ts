/**
 * Operator tool: `npm run account:disable -- <e-mail> [--enable]`. Disabling refuses sign-in and
 * ends the account's sessions at once (features/account/session-check.ts); its data is kept.
 */
import "./load-env";
import { setAccountDisabled } from "@/features/account/mutations";
import { emailSchema } from "@/features/account/schema";

const [rawEmail, flag] = process.argv.slice(2);
const email = emailSchema.safeParse(rawEmail ?? "");
if (!email.success || (flag !== undefined && flag !== "--enable")) {
  console.error("Usage: npm run account:disable -- <e-mail> [--enable]");
  process.exit(2);
}
const enable = flag === "--enable";
if (!(await setAccountDisabled(email.data, !enable, new Date()))) {
  console.error(`No account has the e-mail ${email.data}.`);
  process.exit(1);
}
console.log(`${email.data} is now ${enable ? "enabled" : "disabled; its sessions have ended"}.`);
