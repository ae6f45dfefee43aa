import "server-only";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/locales";
import type { ResultsAccess } from "./access";
import { ballotsCsv, ballotsFileName } from "./csv";

/**
 * The CSV download of a revealed round the viewer may see, the newest when none is asked for,
 * with as much of who voted what as the viewer's audience may see (ballotsCsv), its header in
 * the downloader's language. A round that is not revealed (or not theirs to see) is not-found.
 */
export function csvResponse(
  access: ResultsAccess,
  locale: Locale,
  roundNumber?: number | null,
): Response {
  // A share link without the CSV answers as if there were no file.
  if (roundNumber === null || access.shows?.csv === false) throw new AppError("not-found");
  const { source } = access;
  const number = roundNumber ?? source.rounds.at(-1)?.number;
  const csv =
    number === undefined
      ? null
      : ballotsCsv(source, number, access.audience, locale, access.shows?.reasons ?? true);
  if (csv === null || number === undefined) throw new AppError("not-found");
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${ballotsFileName(source.workshop.title, number)}"`,
      "Cache-Control": "no-store",
    },
  });
}

const roundNumberSchema = z.coerce.number().int().min(1).max(1_000_000);

/**
 * `?round=N` of a results URL: undefined when not given (the newest round), null when it is not
 * a round number at all (the caller answers not-found).
 */
export function roundParam(value: string | string[] | null | undefined): number | null | undefined {
  if (value === undefined || value === null) return undefined;
  const parsed = roundNumberSchema.safeParse(Array.isArray(value) ? value[0] : value);
  return parsed.success ? parsed.data : null;
}
