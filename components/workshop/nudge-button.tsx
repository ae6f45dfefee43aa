"use client";

import { Mail } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { useFailureWords } from "@/components/ui/failure-words";
import { primaryButtonClass } from "@/components/ui/field";
import { callApi } from "./api";

/**
 * "16:05": the reader's own clock (the browser's time zone) in the page's language, 24-hour, as
 * the rest of the app writes times.
 */
function clockTime(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, {
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).format(new Date(iso));
}

/**
 * E-mails those who have not voted in the open round, after saying how many will get the mail.
 * Only a count: in an anonymous workshop the facilitator must not learn who has not voted.
 */
export function NudgeButton({
  workshopId,
  notVoted,
  recipients,
  className,
  disabled,
  onResult,
}: {
  workshopId: string;
  /** How many have not voted, with or without an address. */
  notVoted: number;
  /** How many of them left an address and still want the workshop's mails. */
  recipients: number;
  className: string;
  disabled?: boolean;
  onResult: (message: { tone: "ok" | "error"; text: string }) => void;
}) {
  const t = useTranslations("facilitator.nudge");
  const failureWords = useFailureWords();
  const locale = useLocale();
  const [busy, setBusy] = useState(false);

  async function nudge() {
    setBusy(true);
    const result = await callApi<{ recipients: number; nextNudgeAt: string }>(
      `/api/workshops/${workshopId}/nudge`,
      "POST",
    );
    setBusy(false);
    if (result.ok) {
      const { recipients: sent, nextNudgeAt } = result.data;
      onResult({
        tone: "ok",
        text:
          sent === 0
            ? t("noneSent")
            : t("sent", { count: sent, time: clockTime(nextNudgeAt, locale) }),
      });
      return;
    }
    const failure = failureWords(result.code);
    onResult({
      tone: "error",
      text:
        result.code === "too-soon" && result.retryAt
          ? `${failure} ${t("nextAt", { time: clockTime(result.retryAt, locale) })}`
          : failure,
    });
  }

  const withoutAddress = notVoted - recipients;
  return (
    <ConfirmButton
      label={
        <>
          <Mail aria-hidden="true" />
          {busy ? t("sending") : t("label")}
        </>
      }
      title={t("title")}
      confirmLabel={t("confirm", { count: recipients })}
      onConfirm={() => void nudge()}
      className={`${className} gap-2 [&>svg]:size-5`}
      confirmClassName={primaryButtonClass}
      disabled={disabled || busy}
    >
      <p>
        {recipients === 0
          ? t("noneReachable", { count: notVoted })
          : t("reachable", { count: recipients })}
        {recipients > 0 && withoutAddress > 0
          ? ` ${t("unreachable", { count: withoutAddress })}`
          : ""}
      </p>
      <p className="mt-2">{t("rate")}</p>
    </ConfirmButton>
  );
}
