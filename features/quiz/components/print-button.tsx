"use client";

export function PrintButton() {
  return (
    <button type="button" className="button" onClick={() => window.print()}>
      Print the test and its answer key
    </button>
  );
}
