import Link from "next/link";

export default function NotFound() {
  return (
    <section className="panel">
      <h1>Not found</h1>
      <p>That page does not exist, or it is not yours to see.</p>
      <Link href="/">Back to your decks</Link>
    </section>
  );
}
