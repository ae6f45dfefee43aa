"use client";

import { TriangleAlert } from "lucide-react";
import { useTranslations } from "next-intl";
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
  const t = useTranslations("site.error");
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-10">
      <ProblemPage role="alert" icon={TriangleAlert} title={t("title")}>
        <p>{error.digest ? t("textWithCode", { code: error.digest }) : t("text")}</p>
        <button type="button" onClick={reset} className={primaryButtonClass}>
          {t("tryAgain")}
        </button>
      </ProblemPage>
    </main>
  );
}
