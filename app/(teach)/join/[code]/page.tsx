import type { Metadata } from "next";
import { requireUser } from "@/features/account/session";
import { JoinClassForm } from "@/features/class/components/class-forms";

export const metadata: Metadata = { title: "Join a class" };

/** The invite link: the code is filled in, and joining still goes through the throttled action. */
export default async function JoinPage({ params }: PageProps<"/join/[code]">) {
  const { code } = await params;
  await requireUser(`/join/${encodeURIComponent(code)}`);
  return (
    <section className="stack narrow">
      <h1>Join a class</h1>
      <p>Your instructor invited you. Press the button to join.</p>
      <JoinClassForm code={decodeURIComponent(code).slice(0, 40)} />
    </section>
  );
}
