import type { Metadata } from "next";
import { ChangePasswordForm } from "@/features/account/components/change-password-form";
import { requireUser } from "@/features/account/session";

export const metadata: Metadata = { title: "Account" };

export default async function AccountPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser("/account");
  const { changed } = await searchParams;
  return (
    <section className="stack narrow">
      <header className="stack-tight">
        <h1>Account</h1>
        <p className="muted">
          Signed in as {user.name} ({user.email}).
        </p>
      </header>
      <ChangePasswordForm changed={changed === "1"} />
    </section>
  );
}
