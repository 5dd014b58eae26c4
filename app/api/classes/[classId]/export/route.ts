import { gradesCsv, itemAnalysisCsv } from "@/core/classes/grades-csv";
import { STATUS_LABELS } from "@/core/classes/progress";
import { getCurrentUser } from "@/features/account/session";
import { requireInstructorOf } from "@/features/class/access";
import { getClassDashboard } from "@/features/class/data";

/**
 * The class's grades and progress as CSV, or with `?report=items` its quizzes' item analysis;
 * only its instructor gets it (401 signed out, 404 otherwise).
 */
export async function GET(request: Request, { params }: RouteContext<"/api/classes/[classId]/export">) {
  const user = await getCurrentUser();
  if (!user) return Response.json({ error: "Sign in to export grades." }, { status: 401 });
  const { classId: rawId } = await params;
  const classId = typeof rawId === "string" && rawId.length <= 64 ? await requireInstructorOf(user.id, rawId) : null;
  if (!classId) return Response.json({ error: "No such class." }, { status: 404 });
  const now = new Date();
  const dashboard = await getClassDashboard(classId, now);
  const items = new URL(request.url).searchParams.get("report") === "items";
  const csv = items
    ? itemAnalysisCsv(
        dashboard.assignments.flatMap((assignment) =>
          assignment.items.map((row) => ({ className: dashboard.name, assignment: assignment.title, ...row })),
        ),
      )
    : gradesCsv(
    dashboard.assignments.flatMap((assignment) =>
      assignment.students.map((student) => ({
        className: dashboard.name,
        assignment: assignment.title,
        kind: assignment.kind,
        dueAt: assignment.dueAt,
        student: student.name,
        email: student.email,
        studied: student.studied,
        totalCards: assignment.totalCards,
        newRemaining: student.newRemaining,
        dueNow: student.dueNow,
        overdue: student.overdue,
        reviewsLast7Days: student.reviewsLast7Days,
        recallAtDue: student.recallAtDue,
        targetRecall: assignment.targetRecall,
        bestQuizScore: student.bestQuizScore,
        quizAttempts: student.quizAttempts,
        status: STATUS_LABELS[student.status],
      })),
    ),
  );
  const fileName = `${dashboard.name.replace(/[^A-Za-z0-9]+/g, "-").replace(/^-|-$/g, "") || "class"}${items ? "-items" : ""}-${now.toISOString().slice(0, 10)}.csv`;
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${fileName}"`,
      "Cache-Control": "no-store",
    },
  });
}
