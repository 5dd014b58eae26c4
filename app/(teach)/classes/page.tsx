import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/features/account/session";
import { CreateClassForm, JoinClassForm } from "@/features/class/components/class-forms";
import { listClassesForUser } from "@/features/class/data";

export const metadata: Metadata = { title: "Classes" };

export default async function ClassesPage() {
  const user = await requireUser("/classes");
  const { teaching, enrolled } = await listClassesForUser(user.id);
  return (
    <section className="stack">
      <h1>Classes</h1>
      {user.role === "instructor" ? (
        <section className="stack-tight" aria-labelledby="teaching">
          <h2 id="teaching">Classes you teach</h2>
          {teaching.length === 0 ? <p className="muted">None yet: create one below and share its join code.</p> : null}
          <ul className="deck-list">
            {teaching.map((c) => (
              <li key={c.id} className="deck-card">
                <div className="deck-card-main">
                  <h3>
                    <Link href={`/classes/${c.id}`}>{c.name}</Link>
                  </h3>
                  <p className="muted">
                    {c.students} students · {c.assignments} assignments{c.archived ? " · archived" : ""}
                  </p>
                </div>
              </li>
            ))}
          </ul>
          <CreateClassForm />
        </section>
      ) : null}
      <section className="stack-tight" aria-labelledby="enrolled">
        <h2 id="enrolled">Classes you are in</h2>
        {enrolled.length === 0 ? <p className="muted">You have not joined a class yet.</p> : null}
        <ul className="deck-list">
          {enrolled.map((c) => (
            <li key={c.id} className="deck-card">
              <div className="deck-card-main">
                <h3>
                  <Link href={`/classes/${c.id}`}>{c.name}</Link>
                </h3>
                <p className="muted">
                  {c.instructor} · {c.assignments} assignments{c.archived ? " · archived" : ""}
                </p>
              </div>
            </li>
          ))}
        </ul>
        <JoinClassForm />
      </section>
    </section>
  );
}
