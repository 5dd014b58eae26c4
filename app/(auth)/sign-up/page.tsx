import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignUpForm } from "@/features/account/components/sign-up-form";
import { getCurrentUser } from "@/features/account/session";

export const metadata: Metadata = { title: "Sign up" };

export default async function SignUpPage() {
  if (await getCurrentUser()) redirect("/");
  return (
    <section className="panel narrow">
      <h1>Create your account</h1>
      <SignUpForm />
    </section>
  );
}
