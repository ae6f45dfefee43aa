import "server-only";
import { WorkshopError } from "@/lib/workshops/errors";
import type { ResultsAccess } from "./access";
import { ballotsCsv, ballotsFileName } from "./csv";

/**
 * The CSV download of a revealed round the viewer may see, the newest when none is asked for.
 * A round that is not revealed (or not theirs to see) is not-found.
 */
export function csvResponse(access: ResultsAccess, roundNumber?: number): Response {
  const { source } = access;
  const number = roundNumber ?? source.rounds.at(-1)?.number;
  const csv = number === undefined ? null : ballotsCsv(source, number);
  if (csv === null || number === undefined) throw new WorkshopError("not-found");
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${ballotsFileName(source.workshop.title, number)}"`,
      "Cache-Control": "no-store",
    },
  });
}

/** `?round=N` of a results URL: a positive whole number, else the newest round. */
export function roundParam(value: string | string[] | null | undefined): number | undefined {
  const text = Array.isArray(value) ? value[0] : value;
  if (text === undefined || text === null || !/^[1-9][0-9]{0,5}$/.test(text)) return undefined;
  return Number(text);
}
