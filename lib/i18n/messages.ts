import enSite from "./messages/en/site.json";
import enAuth from "./messages/en/auth.json";
import enUi from "./messages/en/ui.json";
import enJoin from "./messages/en/join.json";
import enBallot from "./messages/en/ballot.json";
import enFacilitator from "./messages/en/facilitator.json";
import enResults from "./messages/en/results.json";
import enDecisions from "./messages/en/decisions.json";
import enAuthoring from "./messages/en/authoring.json";
import enMail from "./messages/en/mail.json";
import enExplanation from "./messages/en/explanation.json";
import enErrors from "./messages/en/errors.json";
import deSite from "./messages/de/site.json";
import deAuth from "./messages/de/auth.json";
import deUi from "./messages/de/ui.json";
import deJoin from "./messages/de/join.json";
import deBallot from "./messages/de/ballot.json";
import deFacilitator from "./messages/de/facilitator.json";
import deResults from "./messages/de/results.json";
import deDecisions from "./messages/de/decisions.json";
import deAuthoring from "./messages/de/authoring.json";
import deMail from "./messages/de/mail.json";
import deExplanation from "./messages/de/explanation.json";
import deErrors from "./messages/de/errors.json";
import type { Locale } from "./locales";

// Every message, per language, one file per part of the product (lib/i18n/messages/<language>/).
// English is the reference: its shape is the type every other language must fill
// (lib/i18n/app-config.d.ts), and lib/i18n/messages.test.ts fails on a key one language has and
// the other lacks, or that no code uses. Only server code imports this: a client component gets
// the messages of its language from NextIntlClientProvider, never both languages in its bundle.

const en = {
  site: enSite,
  auth: enAuth,
  ui: enUi,
  join: enJoin,
  ballot: enBallot,
  facilitator: enFacilitator,
  results: enResults,
  decisions: enDecisions,
  authoring: enAuthoring,
  mail: enMail,
  explanation: enExplanation,
  errors: enErrors,
};

export type Messages = typeof en;

const de: Messages = {
  site: deSite,
  auth: deAuth,
  ui: deUi,
  join: deJoin,
  ballot: deBallot,
  facilitator: deFacilitator,
  results: deResults,
  decisions: deDecisions,
  authoring: deAuthoring,
  mail: deMail,
  explanation: deExplanation,
  errors: deErrors,
};

export const messages: Record<Locale, Messages> = { en, de };
