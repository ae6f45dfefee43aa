"use client";

import { Upload } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { useFailureWords } from "@/components/ui/failure-words";
import { Notice } from "@/components/ui/notice";
import { callApi } from "@/components/workshop/api";
import { useProblemWords } from "./problem-words";

// Imports a framework file: read in the browser, sent as data, checked on the server like the
// editor's input (nothing in a file is ever run). A refused file gets every problem named.

interface Problem {
  where: string;
  message: string;
}

export function ImportFramework() {
  const t = useTranslations("authoring.import");
  const failureWords = useFailureWords();
  const problemWords = useProblemWords();
  const router = useRouter();
  const id = useId();
  const [pending, setPending] = useState(false);
  const [problems, setProblems] = useState<Problem[] | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  async function importFile(file: File) {
    setProblems(null);
    setFailure(null);
    let definition: unknown;
    try {
      definition = JSON.parse(await file.text());
    } catch (error) {
      setFailure(t("notJson", { file: file.name, reason: (error as Error).message }));
      return;
    }
    setPending(true);
    const result = await callApi<{ frameworkId: string }>("/api/frameworks", "POST", {
      definition,
    });
    setPending(false);
    if (result.ok) {
      router.push(`/frameworks/${result.data.frameworkId}?imported=1`);
      return;
    }
    const fields = Object.entries(result.fields).map(([field, code]) => {
      const path = field.replace(/^definition\.?/, "");
      return { where: path || t("theFile"), message: problemWords(path, code) };
    });
    if (fields.length === 0) setFailure(failureWords(result.code));
    else setProblems(fields);
  }

  return (
    <div className="space-y-3">
      <label
        htmlFor={id}
        className="rounded-control border-line-strong hover:border-accent has-focus-visible:outline-accent flex cursor-pointer items-center gap-3 border border-dashed px-4 py-3 has-focus-visible:outline-2"
      >
        <Upload aria-hidden="true" className="text-accent size-5 shrink-0" />
        <span>
          <span className="block font-semibold">{pending ? t("importing") : t("label")}</span>
          <span className="text-muted block text-sm">{t("hint")}</span>
        </span>
        <input
          id={id}
          type="file"
          accept="application/json,.json"
          className="sr-only"
          disabled={pending}
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = "";
            if (file) void importFile(file);
          }}
        />
      </label>
      <div aria-live="polite">
        {failure ? (
          <Notice tone="danger" role="alert">
            {failure}
          </Notice>
        ) : null}
        {problems ? (
          <Notice tone="danger" as="div" role="alert">
            <p className="font-semibold">{t("notImported", { count: problems.length })}</p>
            <ul className="mt-1 list-inside list-disc" data-testid="import-problems">
              {problems.map((problem) => (
                <li key={problem.where}>
                  <code>{problem.where}</code>: {problem.message}
                </li>
              ))}
            </ul>
          </Notice>
        ) : null}
      </div>
    </div>
  );
}
