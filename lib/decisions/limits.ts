// The limits of the decision record, each defined once: ./schema.ts enforces them, the forms size
// their fields by them and word their errors with them (components/ui/error-words.ts). A module
// without zod, so that a page can read a limit without loading the schemas.

/** Characters, after trimming; the CHECKs of migration 20261205000000_decisions repeat them. */
export const DECISION_LIMITS = {
  rationale: 2000,
  hybridNotes: 2000,
  pilotModel: 120,
  ownerName: 80,
  stepTitle: 200,
  signatoryName: 80,
  signOffComment: 2000,
  /** Owners one decision names: one per role of the chosen option, never more. */
  owners: 12,
  /** People asked to sign off one workshop's decision, removed ones not counted. */
  signatories: 12,
} as const;
