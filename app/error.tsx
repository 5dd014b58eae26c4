"use client";

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <section className="panel" role="alert">
      <h1>Something went wrong</h1>
      <p>Nothing you did was lost. Try again, or go back to your decks.</p>
      <div className="row">
        <button type="button" className="button" onClick={reset}>
          Try again
        </button>
        {/* A full page load, not a client navigation: whatever failed may have left client state broken. */}
        {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
        <a className="button button-quiet" href="/">
          Back to decks
        </a>
      </div>
    </section>
  );
}
