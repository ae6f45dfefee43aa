"use client";

import { Link2, Link2Off, Trash2 } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { CopyButton } from "@/components/ui/copy-button";
import { dangerButtonClass, inputClass, secondaryButtonClass } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { useFailureWords } from "@/components/ui/failure-words";
import { callApi } from "@/components/workshop/api";

/** The author's controls: a read-and-copy link for other accounts, and deleting. */
export function FrameworkSharing({
  frameworkId,
  shareUrl: initialUrl,
}: {
  frameworkId: string;
  shareUrl: string | null;
}) {
  const t = useTranslations("authoring.sharing");
  const failureWords = useFailureWords();
  const router = useRouter();
  const [shareUrl, setShareUrl] = useState(initialUrl);
  const [pending, setPending] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  async function act(method: "POST" | "DELETE") {
    setPending(true);
    setProblem(null);
    const result = await callApi<{ url?: string }>(`/api/frameworks/${frameworkId}/share`, method);
    setPending(false);
    if (!result.ok) setProblem(failureWords(result.code));
    else setShareUrl(result.data.url ?? null);
  }

  async function remove() {
    const result = await callApi(`/api/frameworks/${frameworkId}`, "DELETE");
    if (!result.ok) setProblem(failureWords(result.code));
    else router.push("/frameworks");
  }

  return (
    <div className="space-y-4">
      {shareUrl ? (
        <div className="space-y-2">
          <label htmlFor="framework-share-link" className="block font-semibold">
            {t("linkLabel")}
          </label>
          <input
            id="framework-share-link"
            readOnly
            value={shareUrl}
            className={`${inputClass} font-mono text-sm`}
            onFocus={(event) => event.target.select()}
          />
          <p className="text-muted text-sm">{t("linkHint")}</p>
          <div className="flex flex-wrap gap-2">
            <CopyButton value={shareUrl} label={t("copyLink")} />
            <button
              type="button"
              className={secondaryButtonClass}
              disabled={pending}
              onClick={() => void act("DELETE")}
            >
              <Link2Off aria-hidden="true" />
              {t("stop")}
            </button>
          </div>
        </div>
      ) : (
        <div className="space-y-2">
          <p className="text-muted text-sm">{t("private")}</p>
          <button
            type="button"
            className={secondaryButtonClass}
            disabled={pending}
            onClick={() => void act("POST")}
          >
            <Link2 aria-hidden="true" />
            {t("share")}
          </button>
        </div>
      )}
      <ConfirmButton
        label={
          <>
            <Trash2 aria-hidden="true" />
            {t("delete")}
          </>
        }
        title={t("deleteTitle")}
        confirmLabel={t("deleteConfirm")}
        onConfirm={() => void remove()}
        className={dangerButtonClass}
        confirmClassName={dangerButtonClass}
      >
        <p>{t("deleteHint")}</p>
      </ConfirmButton>
      {problem ? (
        <Notice tone="danger" role="alert">
          {problem}
        </Notice>
      ) : null}
    </div>
  );
}
