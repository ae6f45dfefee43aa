"use client";

import { useEffect } from "react";

// Shown instead of a blank page when something fails on the server; the details stay in the
// server log (the digest ties the two together).
export default function ErrorPage({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <div role="alert" className="max-w-xl space-y-4">
      <h1 className="text-3xl font-bold tracking-tight">Something went wrong on our side</h1>
      <p className="text-lg text-slate-700">
        Answers that showed as saved are kept. Try again in a moment; if it keeps happening, tell
        whoever runs this Blueprint server
        {error.digest ? ` and mention the code ${error.digest}` : ""}.
      </p>
      <button
        type="button"
        onClick={reset}
        className="bg-accent hover:bg-accent-strong rounded-lg px-4 py-2.5 font-semibold text-white"
      >
        Try again
      </button>
    </div>
  );
}
