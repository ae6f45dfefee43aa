"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useRef, useState, type ReactNode } from "react";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { CopyButton } from "@/components/ui/copy-button";
import { LocalTime } from "@/components/ui/local-time";
import {
  dangerButtonClass,
  Field,
  InputField,
  inputClass,
  primaryButtonClass,
} from "@/components/ui/field";
import { useFailureWords } from "@/components/ui/failure-words";
import { useFormErrors } from "@/components/ui/form-errors";
import { StatusMessage, type Message } from "@/components/ui/status-message";
import { callApi } from "@/components/workshop/api";
import { LIMITS } from "@/lib/workshops/limits";

export interface ShareLinkItem {
  id: string;
  label: string;
  mode: "live" | "snapshot";
  roundNumber: number | null;
  url: string;
  /** ISO time; shown in the reader's own time zone. */
  expiresAt: string | null;
  status: "active" | "expired" | "revoked";
  shows: { names: boolean; reasons: boolean; csv: boolean };
  /** Made before links had options: shows names, reasons and the CSV. */
  madeBeforeOptions: boolean;
}

/** What a link shows, in a few words for the list: keys of results.shareLinks.shows. */
function showsInWords(shows: ShareLinkItem["shows"], workshopAnonymous: boolean) {
  const names = workshopAnonymous ? null : shows.names ? ("names" as const) : ("noNames" as const);
  const reasons = !shows.reasons
    ? ("noReasons" as const)
    : shows.names && !workshopAnonymous
      ? ("reasonsWithAuthors" as const)
      : ("reasonsWithoutAuthors" as const);
  const csv = shows.csv ? ("csv" as const) : ("noCsv" as const);
  return [names, reasons, csv].filter((word) => word !== null);
}

/** The careful choice for a new link: leaders who see names can make people vote less freely. */
const CAREFUL = { names: false, reasons: true, csv: false };

/**
 * The facilitator's read-only links for leadership: create (label, live or frozen, optional
 * expiry), copy and revoke. A revoked or expired link answers like one that never existed.
 */
export function ShareLinks({
  workshopId,
  links,
  newestRevealedRound,
  anonymous,
}: {
  workshopId: string;
  links: ShareLinkItem[];
  /** An anonymous workshop has no names to show. */
  anonymous: boolean;
  /** The round a frozen link would freeze; null before the first reveal. */
  newestRevealedRound: number | null;
}) {
  const t = useTranslations("results.shareLinks");
  const showsWord = useTranslations("results.shareLinks.shows");
  const statusText = useTranslations("results.shareLinks.status");
  const canFreeze = newestRevealedRound !== null;
  const router = useRouter();
  const formId = useId();
  const [label, setLabel] = useState("");
  const [mode, setMode] = useState<ShareLinkMode>("live");
  const [expiry, setExpiry] = useState("");
  const [shows, setShows] = useState(CAREFUL);
  const [busy, setBusy] = useState<string | null>(null);
  const form = useRef<HTMLFormElement>(null);
  const errors = useFormErrors(form);
  const failureWords = useFailureWords();
  const [message, setMessage] = useState<Message | null>(null);
  const messageRef = useRef<HTMLParagraphElement>(null);

  function report(tone: "ok" | "error", text: string) {
    setMessage({ tone, text });
    messageRef.current?.focus();
  }

  async function create() {
    // datetime-local has no time zone: the browser's own is what the facilitator meant.
    const expiresAt = expiry === "" ? undefined : new Date(expiry);
    const input = {
      label,
      mode,
      showNames: shows.names,
      showReasons: shows.reasons,
      showCsv: shows.csv,
      // An unreadable date goes as it is, for the schema to explain.
      ...(expiresAt && {
        expiresAt: Number.isNaN(expiresAt.getTime()) ? expiry : expiresAt.toISOString(),
      }),
    };
    // Loaded on demand: the results page, which voters open too, carries no zod of its own.
    const schema = await import("@/lib/workshops/schema").then(
      (module) => module.createShareLinkSchema,
      () => null,
    );
    if (schema && !errors.validate(schema, input)) return;
    setBusy("create");
    const result = await callApi<{ url: string }>(
      `/api/workshops/${workshopId}/share-links`,
      "POST",
      input,
    );
    setBusy(null);
    if (!result.ok) {
      errors.fail(result);
      report("error", failureWords(result.code));
      return;
    }
    setLabel("");
    setExpiry("");
    setShows(CAREFUL);
    report("ok", t("created", { label: label.trim() }));
    router.refresh();
  }

  async function revoke(link: ShareLinkItem) {
    setBusy(link.id);
    const result = await callApi(`/api/workshops/${workshopId}/share-links/${link.id}`, "DELETE");
    setBusy(null);
    if (!result.ok) return report("error", failureWords(result.code));
    report("ok", t("revoked", { label: link.label }));
    router.refresh();
  }

  return (
    <div className="space-y-6">
      <form
        ref={form}
        className="space-y-4"
        aria-labelledby={`${formId}-title`}
        onSubmit={(event) => {
          event.preventDefault();
          void create();
        }}
        noValidate
      >
        <h3 id={`${formId}-title`} className="font-semibold">
          {t("newLink")}
        </h3>
        <InputField
          name="label"
          id={`${formId}-label`}
          label={t("label")}
          hint={t("labelHint")}
          maxLength={LIMITS.shareLinkLabel}
          value={label}
          onChange={(event) => setLabel(event.target.value)}
          error={errors.fields.label}
        />
        <fieldset className="space-y-2">
          <legend className="font-medium">{t("whatItShows")}</legend>
          <ModeChoice name={`${formId}-mode`} mode="live" chosen={mode} onChoose={setMode}>
            {t("live")}
          </ModeChoice>
          <ModeChoice
            name={`${formId}-mode`}
            mode="snapshot"
            chosen={mode}
            onChoose={setMode}
            disabled={!canFreeze}
          >
            {canFreeze ? t("frozenRound", { round: newestRevealedRound }) : t("frozenAny")}
            {canFreeze ? null : (
              <span className="text-muted block text-sm">{t("availableLater")}</span>
            )}
          </ModeChoice>
        </fieldset>
        <fieldset className="space-y-2">
          <legend className="font-medium">{t("whoSaidWhat")}</legend>
          {anonymous ? null : (
            <ShowChoice
              checked={shows.names}
              onChange={(names) => setShows({ ...shows, names })}
              hint={t("namesHint")}
            >
              {t("names")}
            </ShowChoice>
          )}
          <ShowChoice
            checked={shows.reasons}
            onChange={(reasons) => setShows({ ...shows, reasons })}
            hint={shows.names && !anonymous ? t("reasonsWithAuthors") : t("reasonsWithoutAuthors")}
          >
            {t("reasons")}
          </ShowChoice>
          <ShowChoice
            checked={shows.csv}
            onChange={(csv) => setShows({ ...shows, csv })}
            hint={t("csvHint")}
          >
            {t("csv")}
          </ShowChoice>
        </fieldset>
        <Field
          id={`${formId}-expiry`}
          label={t("expires")}
          optional
          hint={t("expiresHint")}
          error={errors.fields.expiresAt}
        >
          {(describedBy, invalid) => (
            <input
              id={`${formId}-expiry`}
              type="datetime-local"
              className={inputClass}
              value={expiry}
              aria-describedby={describedBy}
              aria-invalid={invalid || undefined}
              onChange={(event) => setExpiry(event.target.value)}
            />
          )}
        </Field>
        <button type="submit" className={primaryButtonClass} disabled={busy !== null}>
          {busy === "create" ? t("creating") : t("create")}
        </button>
      </form>
      <StatusMessage message={message} ref={messageRef} />
      {links.length > 0 ? (
        <ul className="space-y-3" aria-label={t("list")}>
          {links.map((link) => (
            <li
              key={link.id}
              className="rounded-card border-line space-y-2 border p-4"
              data-testid="share-link"
            >
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <p className="font-semibold">{link.label}</p>
                <p className="text-muted text-sm">
                  {link.mode === "live"
                    ? t("modeLive")
                    : t("modeFrozen", { round: link.roundNumber ?? "" })}{" "}
                  · {statusText(link.status)}
                  {link.expiresAt ? (
                    <>
                      {" · "}
                      <LocalTime
                        iso={link.expiresAt}
                        prefix={link.status === "expired" ? t("expiredAt") : t("expiresAt")}
                      />
                    </>
                  ) : null}
                </p>
              </div>
              <p className="text-sm" data-testid="share-link-shows">
                {t("showsList", {
                  list: showsInWords(link.shows, anonymous)
                    .map((word) => showsWord(word))
                    .join(" · "),
                })}
                {link.madeBeforeOptions ? (
                  <span className="text-warning block font-medium">{t("madeBeforeOptions")}</span>
                ) : null}
              </p>
              {link.status === "active" ? (
                <>
                  <p className="text-muted text-sm break-all" data-testid="share-link-url">
                    {link.url}
                  </p>
                  <div className="flex flex-wrap gap-3">
                    <CopyButton value={link.url} label={t("copy")} />
                    <ConfirmButton
                      label={t("revoke")}
                      title={t("revokeTitle", { label: link.label })}
                      confirmLabel={t("revokeConfirm")}
                      onConfirm={() => void revoke(link)}
                      className={dangerButtonClass}
                      confirmClassName={dangerButtonClass}
                      disabled={busy !== null}
                    >
                      {t("revokeBody")}
                    </ConfirmButton>
                  </div>
                </>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-muted">{t("none")}</p>
      )}
    </div>
  );
}

type ShareLinkMode = "live" | "snapshot";

/** One of the ways a new link can show the results. */
function ModeChoice({
  name,
  mode,
  chosen,
  onChoose,
  disabled,
  children,
}: {
  name: string;
  mode: ShareLinkMode;
  chosen: ShareLinkMode;
  onChoose: (mode: ShareLinkMode) => void;
  disabled?: boolean;
  children: ReactNode;
}) {
  return (
    <label className="flex items-start gap-2">
      <input
        type="radio"
        name={name}
        className="mt-1"
        checked={chosen === mode}
        disabled={disabled}
        onChange={() => onChoose(mode)}
      />
      <span>{children}</span>
    </label>
  );
}

/** One thing a new link may show, with what it means. */
function ShowChoice({
  checked,
  onChange,
  hint,
  children,
}: {
  checked: boolean;
  onChange: (checked: boolean) => void;
  hint: string;
  children: ReactNode;
}) {
  return (
    <label className="flex items-start gap-2">
      <input
        type="checkbox"
        className="mt-1 size-4"
        checked={checked}
        onChange={(event) => onChange(event.target.checked)}
      />
      <span>
        <span className="font-medium">{children}</span>
        <span className="text-muted block text-sm">{hint}</span>
      </span>
    </label>
  );
}
