import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireUser } from "@/features/account/session";
import { requireInstructorOf, requireMemberOf } from "@/features/class/access";
import { InstructorClassView } from "@/features/class/components/instructor-class-view";
import { StudentClassView } from "@/features/class/components/student-class-view";
import { getClassDashboard, getStudentClassView } from "@/features/class/data";
import { listAssignableDecks } from "@/features/deck/data";

export const metadata: Metadata = { title: "Class" };

export default async function ClassPage({ params }: PageProps<"/classes/[classId]">) {
  const { classId: rawId } = await params;
  const user = await requireUser(`/classes/${encodeURIComponent(rawId)}`);
  const now = new Date();
  const taught = await requireInstructorOf(user.id, rawId);
  if (taught) {
    const [dashboard, decks] = await Promise.all([getClassDashboard(taught, now), listAssignableDecks(user.id)]);
    return <InstructorClassView dashboard={dashboard} decks={decks} />;
  }
  const member = await requireMemberOf(user.id, rawId);
  if (!member) notFound();
  return <StudentClassView view={await getStudentClassView(user.id, member, now)} />;
}
