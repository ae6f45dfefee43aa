"use client";

import { TriangleAlert } from "lucide-react";
import { useEffect } from "react";
import { primaryButtonClass } from "@/components/ui/field";
import { ProblemPage } from "@/components/ui/problem-page";

// Shown instead of a blank page when something fails on the server; the details stay in the
// server log (the digest ties the two together). It replaces whatever frame the page had, so it
// brings its own main landmark.
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
    <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-10">
      <ProblemPage role="alert" icon={TriangleAlert} title="Something went wrong on our side">
        <p>
          Answers that showed as saved are kept. Try again in a moment; if it keeps happening, tell
          whoever runs this Blueprint server
          {error.digest ? ` and mention the code ${error.digest}` : ""}.
        </p>
        <button type="button" onClick={reset} className={primaryButtonClass}>
          Try again
        </button>
      </ProblemPage>
    </main>
  );
}
