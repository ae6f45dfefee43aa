"use client";

import { useRouter } from "next/navigation";
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

/** What a link shows, in a few words for the list. */
function showsInWords(shows: ShareLinkItem["shows"], workshopAnonymous: boolean): string {
  const names = workshopAnonymous ? null : shows.names ? "names" : "no names";
  const reasons = !shows.reasons
    ? "no reasons"
    : shows.names && !workshopAnonymous
      ? "reasons with their authors"
      : "reasons without authors";
  return [names, reasons, shows.csv ? "the CSV" : "no CSV"].filter(Boolean).join(" · ");
}

/** The careful choice for a new link: leaders who see names can make people vote less freely. */
const CAREFUL = { names: false, reasons: true, csv: false };

const statusText: Record<ShareLinkItem["status"], string> = {
  active: "Active",
  expired: "Expired",
  revoked: "Revoked",
};

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
      report("error", result.message);
      return;
    }
    setLabel("");
    setExpiry("");
    setShows(CAREFUL);
    report("ok", `Link “${label.trim()}” created. Copy it from the list below.`);
    router.refresh();
  }

  async function revoke(link: ShareLinkItem) {
    setBusy(link.id);
    const result = await callApi(`/api/workshops/${workshopId}/share-links/${link.id}`, "DELETE");
    setBusy(null);
    if (!result.ok) return report("error", result.message);
    report("ok", `Link “${link.label}” revoked: it no longer opens anything.`);
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
          New read-only link
        </h3>
        <InputField
          name="label"
          id={`${formId}-label`}
          label="Label"
          hint="Who it is for, e.g. Leadership or Audit."
          maxLength={LIMITS.shareLinkLabel}
          value={label}
          onChange={(event) => setLabel(event.target.value)}
          error={errors.fields.label}
        />
        <fieldset className="space-y-2">
          <legend className="font-medium">What it shows</legend>
          <ModeChoice name={`${formId}-mode`} mode="live" chosen={mode} onChoose={setMode}>
            Live: always the newest revealed round, with the current weights
          </ModeChoice>
          <ModeChoice
            name={`${formId}-mode`}
            mode="snapshot"
            chosen={mode}
            onChoose={setMode}
            disabled={!canFreeze}
          >
            Frozen: {canFreeze ? `round ${newestRevealedRound}, the newest revealed,` : "a round"}{" "}
            exactly as it is now, even if weights or rounds change later
            {canFreeze ? null : (
              <span className="text-muted block text-sm">Available once a round is revealed.</span>
            )}
          </ModeChoice>
        </fieldset>
        <fieldset className="space-y-2">
          <legend className="font-medium">What leadership sees of who said what</legend>
          {anonymous ? null : (
            <ShowChoice
              checked={shows.names}
              onChange={(names) => setShows({ ...shows, names })}
              hint="Who took part by name, and who gave each reason. Leaders who see names can make people answer less freely next time."
            >
              Names
            </ShowChoice>
          )}
          <ShowChoice
            checked={shows.reasons}
            onChange={(reasons) => setShows({ ...shows, reasons })}
            hint={
              shows.names && !anonymous
                ? "The reasons people gave, with their authors."
                : "The reasons people gave, without their authors."
            }
          >
            Reasons
          </ShowChoice>
          <ShowChoice
            checked={shows.csv}
            onChange={(csv) => setShows({ ...shows, csv })}
            hint="Every ballot's scores as a spreadsheet, one numbered row each."
          >
            The ballots CSV
          </ShowChoice>
        </fieldset>
        <Field
          id={`${formId}-expiry`}
          label="Expires"
          optional
          hint="In your own time zone. Leave empty for a link that lasts until you revoke it."
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
          {busy === "create" ? "Creating…" : "Create link"}
        </button>
      </form>
      <StatusMessage message={message} ref={messageRef} />
      {links.length > 0 ? (
        <ul className="space-y-3" aria-label="Read-only links">
          {links.map((link) => (
            <li
              key={link.id}
              className="rounded-card border-line space-y-2 border p-4"
              data-testid="share-link"
            >
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <p className="font-semibold">{link.label}</p>
                <p className="text-muted text-sm">
                  {link.mode === "live" ? "Live" : `Frozen at round ${link.roundNumber}`} ·{" "}
                  {statusText[link.status]}
                  {link.expiresAt ? (
                    <>
                      {" · "}
                      <LocalTime
                        iso={link.expiresAt}
                        prefix={link.status === "expired" ? "Expired " : "Expires "}
                      />
                    </>
                  ) : null}
                </p>
              </div>
              <p className="text-sm" data-testid="share-link-shows">
                Shows {showsInWords(link.shows, anonymous)}
                {link.madeBeforeOptions ? (
                  <span className="text-warning block font-medium">
                    Made before links had these options, so it shows everything. Revoke it and make
                    a new one to show less.
                  </span>
                ) : null}
              </p>
              {link.status === "active" ? (
                <>
                  <p className="text-muted text-sm break-all" data-testid="share-link-url">
                    {link.url}
                  </p>
                  <div className="flex flex-wrap gap-3">
                    <CopyButton value={link.url} label="Copy link" />
                    <ConfirmButton
                      label="Revoke"
                      title={`Revoke “${link.label}”?`}
                      confirmLabel="Revoke link"
                      onConfirm={() => void revoke(link)}
                      className={dangerButtonClass}
                      confirmClassName={dangerButtonClass}
                      disabled={busy !== null}
                    >
                      Anyone opening this link will get a page that says it does not exist. This
                      cannot be undone; you can make a new link.
                    </ConfirmButton>
                  </div>
                </>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-muted">No read-only links yet.</p>
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
