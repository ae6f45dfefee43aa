"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { primaryButtonClass } from "@/components/ui/field";
import { useFailureWords } from "@/components/ui/failure-words";
import { StatusMessage, type Message } from "@/components/ui/status-message";
import { callApi } from "@/components/workshop/api";

interface Workshop {
  id: string;
  title: string;
  teamName: string;
}

/**
 * The workshops this browser runs by link that no account owns, offered to the signed-in account
 * (none: only the outcome of the last click, if any).
 * Nothing is added until the person confirms, because the account signed in here may not be
 * theirs (lib/workshops/claim.ts).
 */
export function ClaimWorkshops({ workshops, account }: { workshops: Workshop[]; account: string }) {
  const t = useTranslations("auth.claim");
  const failureWords = useFailureWords();
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<Message | null>(null);
  const status = useRef<HTMLParagraphElement>(null);
  const headingId = "claim-heading";

  async function claim() {
    setBusy(true);
    const result = await callApi<{ claimed: string[] }>("/api/workshops/claim", "POST", {
      workshopIds: workshops.map((workshop) => workshop.id),
    });
    setBusy(false);
    if (result.ok) {
      const count = result.data.claimed.length;
      setMessage({ tone: "ok", text: t("added", { count }) });
      router.refresh();
    } else {
      setMessage({ tone: "error", text: failureWords(result.code) });
    }
    status.current?.focus();
  }

  // The message stays where it is when the list empties after adding, so it is still read out.
  return (
    <div className="space-y-3">
      {workshops.length > 0 && (
        <section
          aria-labelledby={headingId}
          className="rounded-card border-warning-line bg-warning-soft space-y-3 border p-5"
        >
          <h2 id={headingId} className="text-lg font-semibold">
            {t("heading")}
          </h2>
          <p className="text-ink">
            {t.rich("intro", {
              count: workshops.length,
              account,
              strong: (chunks) => <strong className="break-all">{chunks}</strong>,
            })}
          </p>
          <ul className="list-disc space-y-1 pl-5">
            {workshops.map((workshop) => (
              <li key={workshop.id}>
                <span className="font-semibold">{workshop.title}</span>{" "}
                <span className="text-muted">({workshop.teamName})</span>
              </li>
            ))}
          </ul>
          <button
            type="button"
            className={`${primaryButtonClass} w-full sm:w-auto`}
            disabled={busy}
            onClick={claim}
          >
            <span className="min-w-0 break-all">{busy ? t("adding") : t("add", { account })}</span>
          </button>
        </section>
      )}
      <StatusMessage message={message} ref={status} />
    </div>
  );
}
