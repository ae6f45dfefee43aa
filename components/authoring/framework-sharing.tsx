"use client";

import { Link2, Link2Off, Trash2 } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { CopyButton } from "@/components/ui/copy-button";
import { dangerButtonClass, inputClass, secondaryButtonClass } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { callApi } from "@/components/workshop/api";

/** The author's controls: a read-and-copy link for other accounts, and deleting. */
export function FrameworkSharing({
  frameworkId,
  shareUrl: initialUrl,
}: {
  frameworkId: string;
  shareUrl: string | null;
}) {
  const router = useRouter();
  const [shareUrl, setShareUrl] = useState(initialUrl);
  const [pending, setPending] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  async function act(method: "POST" | "DELETE") {
    setPending(true);
    setProblem(null);
    const result = await callApi<{ url?: string }>(`/api/frameworks/${frameworkId}/share`, method);
    setPending(false);
    if (!result.ok) setProblem(result.message);
    else setShareUrl(result.data.url ?? null);
  }

  async function remove() {
    const result = await callApi(`/api/frameworks/${frameworkId}`, "DELETE");
    if (!result.ok) setProblem(result.message);
    else router.push("/frameworks");
  }

  return (
    <div className="space-y-4">
      {shareUrl ? (
        <div className="space-y-2">
          <label htmlFor="framework-share-link" className="block font-semibold">
            Read-and-copy link
          </label>
          <input
            id="framework-share-link"
            readOnly
            value={shareUrl}
            className={`${inputClass} font-mono text-sm`}
            onFocus={(event) => event.target.select()}
          />
          <p className="text-muted text-sm">
            Anyone signed in who has it can read this framework and copy it into their own account.
            They cannot change yours.
          </p>
          <div className="flex flex-wrap gap-2">
            <CopyButton value={shareUrl} label="Copy link" />
            <button
              type="button"
              className={secondaryButtonClass}
              disabled={pending}
              onClick={() => void act("DELETE")}
            >
              <Link2Off aria-hidden="true" />
              Stop sharing
            </button>
          </div>
        </div>
      ) : (
        <div className="space-y-2">
          <p className="text-muted text-sm">Private: only you can see it.</p>
          <button
            type="button"
            className={secondaryButtonClass}
            disabled={pending}
            onClick={() => void act("POST")}
          >
            <Link2 aria-hidden="true" />
            Share by link
          </button>
        </div>
      )}
      <ConfirmButton
        label={
          <>
            <Trash2 aria-hidden="true" />
            Delete framework
          </>
        }
        title="Delete this framework?"
        confirmLabel="Delete"
        onConfirm={() => void remove()}
        className={dangerButtonClass}
        confirmClassName={dangerButtonClass}
      >
        <p>
          Its versions go with it. Workshops started from it keep their own copy and their results.
        </p>
      </ConfirmButton>
      {problem ? (
        <Notice tone="danger" role="alert">
          {problem}
        </Notice>
      ) : null}
    </div>
  );
}
