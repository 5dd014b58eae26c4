import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { safeCallbackUrl } from "@/features/account/callback-url";
import { SignInForm } from "@/features/account/components/sign-in-form";
import { getCurrentUser } from "@/features/account/session";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: PageProps<"/sign-in">) {
  const { callbackUrl } = await searchParams;
  const target = safeCallbackUrl(typeof callbackUrl === "string" ? callbackUrl : undefined);
  if (await getCurrentUser()) redirect(target);
  return (
    <section className="panel narrow">
      <h1>Sign in</h1>
      <SignInForm callbackUrl={target} />
    </section>
  );
}
