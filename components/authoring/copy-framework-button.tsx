"use client";

import { Copy } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { primaryButtonClass } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { useFailureWords } from "@/components/ui/failure-words";
import { callApi } from "@/components/workshop/api";

/** Copies a shared framework into the signed-in account and opens the copy in the editor. */
export function CopyFrameworkButton({ token }: { token: string }) {
  const t = useTranslations("authoring.copy");
  const failureWords = useFailureWords();
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <div className="space-y-2">
      <button
        type="button"
        className={primaryButtonClass}
        disabled={pending}
        onClick={async () => {
          setPending(true);
          setProblem(null);
          const result = await callApi<{ frameworkId: string }>("/api/frameworks/copy", "POST", {
            token,
          });
          if (result.ok) router.push(`/frameworks/${result.data.frameworkId}?copied=1`);
          else {
            setPending(false);
            setProblem(failureWords(result.code));
          }
        }}
      >
        <Copy aria-hidden="true" />
        {pending ? t("copying") : t("copy")}
      </button>
      {problem ? (
        <Notice tone="danger" role="alert">
          {problem}
        </Notice>
      ) : null}
    </div>
  );
}
