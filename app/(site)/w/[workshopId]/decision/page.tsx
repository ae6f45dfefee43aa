import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { DecisionBrief } from "@/components/decisions/brief";
import { DecisionForm, type DecisionDefaults } from "@/components/decisions/decision-form";
import { FollowThrough } from "@/components/decisions/follow-through";
import { SignOffRequests } from "@/components/decisions/sign-off-requests";
import { PrintButton } from "@/components/results/print-button";
import { Section } from "@/components/results/sections";
import { secondaryButtonClass } from "@/components/ui/field";
import { WorkshopHeading } from "@/components/workshop/workshop-heading";
import { authorizeOrNotFound } from "@/lib/access/gate";
import { buildBrief } from "@/lib/decisions/brief";
import { loadDecision, ownerRolesOf, type DecisionRecord } from "@/lib/decisions/record";
import { loadResults } from "@/lib/results/data";
import { driftSincePrevious } from "@/lib/results/series";
import { type ResultsView } from "@/lib/results/view-model";
import type { Framework } from "@/lib/scoring";
import { settleDeadlines } from "@/lib/workshops/deadlines";
import { resultsView } from "@/lib/results/access";
import { withClientMessages } from "@/components/site/client-messages";
import { requestLocale } from "@/lib/i18n/request-locale";
import { localiseFramework } from "@/lib/frameworks";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("decisions.page");
  return { title: t("title"), robots: { index: false } };
}

/** "18 December 2026" in the reader's language, for a calendar day or a moment, in UTC. */
const DAY_FORMAT = { dateStyle: "long", timeZone: "UTC" } as const;
const dayDate = (day: string) => new Date(`${day}T00:00:00Z`);

const DAY = 86_400_000;
const day = (time: number) => new Date(time).toISOString().slice(0, 10);

/** What the form starts from: the version in force, or the recommendation with usual dates. */
function defaultsOf(view: ResultsView, record: DecisionRecord | null): DecisionDefaults {
  const current = record?.versions[0];
  if (current) {
    return {
      optionId: current.option.id,
      rationale: current.rationale ?? "",
      hybridNotes: current.hybridNotes ?? "",
      pilotModel: current.pilotModel,
      owners: Object.fromEntries(current.owners.map((owner) => [owner.role, owner.name])),
      pilotStart: current.pilotStart,
      pilotEnd: current.pilotEnd,
      reviewOn: current.reviewOn,
    };
  }
  const today = Date.parse(`${day(Date.now())}T00:00:00Z`);
  return {
    optionId: view.headline?.optionId ?? view.ranking[0]?.optionId ?? "",
    rationale: "",
    hybridNotes: "",
    pilotModel: "",
    owners: {},
    pilotStart: day(today),
    // Three weeks: the middle of the two to four the guide asks a pilot to run.
    pilotEnd: day(today + 21 * DAY),
    // A quarter after the start.
    reviewOn: day(today + 91 * DAY),
  };
}

function choicesOf(framework: Framework, view: ResultsView) {
  return framework.options.map((option) => ({
    id: option.id,
    name: option.name,
    summary: option.summary,
    recommended: option.id === view.headline?.optionId,
    roles: ownerRolesOf(option, view.locale),
  }));
}

// The facilitator records what the team decided, follows it through and takes it to leadership:
// the brief as they will read it, the record with its versions, the checklist and the exports.
async function DecisionPage({ params }: { params: Promise<{ workshopId: string }> }) {
  const { workshopId } = await params;
  const t = await getTranslations("decisions.page");
  const format = await getFormatter();
  await settleDeadlines({ workshopId });
  const grant = await authorizeOrNotFound(workshopId, "decision.view");
  const source = await loadResults(grant.workshopId);
  const locale = await requestLocale();
  const view = resultsView(source, { audience: "facilitator", locale });
  const framework = localiseFramework(source.framework, locale);
  const record = await loadDecision(grant.workshopId, framework, locale);
  const back = (
    <p className="flex flex-wrap gap-x-6 gap-y-2 print:hidden">
      <Link href={`/w/${workshopId}/facilitate`} className="text-accent underline">
        {t("back")}
      </Link>
      <Link href={`/w/${workshopId}/results`} className="text-accent underline">
        {t("fullResults")}
      </Link>
    </p>
  );

  if (!view) {
    return (
      <div className="space-y-6">
        <WorkshopHeading
          eyebrow={t("title")}
          title={source.workshop.title}
          teamName={source.workshop.teamName}
        />
        <p className="text-lg">{t("noResults")}</p>
        {back}
      </div>
    );
  }

  const brief = buildBrief(
    view,
    record,
    framework,
    await driftSincePrevious(source.workshop.id, view.locale, view.round.number),
  );
  const current = record?.versions[0] ?? null;
  return (
    <div className="space-y-6">
      <WorkshopHeading
        eyebrow={t("title")}
        title={source.workshop.title}
        teamName={source.workshop.teamName}
      />
      {back}
      <p className="text-muted print:hidden">{t("briefIntro")}</p>
      <DecisionBrief brief={brief} />

      {/* On paper: the brief, the follow-through and the history, without the form. */}
      <div className="print:hidden">
        <Section
          id="record"
          title={current ? t("record.titleChange") : t("record.titleNew")}
          intro={
            current ? t("record.introChange") : t("record.introNew", { round: view.round.number })
          }
        >
          <DecisionForm
            workshopId={workshopId}
            choices={choicesOf(framework, view)}
            defaults={defaultsOf(view, record)}
            version={current?.version ?? null}
          />
        </Section>
      </div>

      {record && current ? (
        <div className="print:hidden">
          <Section id="sign-off" title={t("signOff.title")} intro={t("signOff.intro")}>
            <SignOffRequests
              workshopId={workshopId}
              version={current.version}
              people={record.signatories}
            />
          </Section>
        </div>
      ) : null}

      {record ? (
        <Section
          id="follow-through"
          title={t("followThrough.title")}
          intro={t("followThrough.intro")}
        >
          <FollowThrough workshopId={workshopId} steps={record.steps} editable />
        </Section>
      ) : null}

      {record && record.versions.length > 0 ? (
        <Section id="versions" title={t("history.title")}>
          <ol className="space-y-3" data-testid="versions">
            {record.versions.map((version) => (
              <li key={version.version} className="border-line border-l-4 pl-3">
                <p className="font-semibold">
                  {t("history.version", {
                    version: version.version,
                    option: version.option.name,
                  })}
                </p>
                <p className="text-muted text-sm">
                  {t(version.differs ? "history.detailsChosenOver" : "history.details", {
                    recorded: format.dateTime(version.recordedAt, DAY_FORMAT),
                    round: version.roundNumber,
                    pilot: version.pilotModel,
                    start: format.dateTime(dayDate(version.pilotStart), DAY_FORMAT),
                    end: format.dateTime(dayDate(version.pilotEnd), DAY_FORMAT),
                    recommended: version.recommended?.name ?? "",
                    rationale: version.rationale ?? "",
                  })}
                </p>
              </li>
            ))}
          </ol>
        </Section>
      ) : null}

      <div className="print:hidden">
        <Section id="exports" title={t("exports.title")}>
          <div className="flex flex-wrap gap-3">
            {record ? (
              <a href={`/w/${workshopId}/decision.md`} className={secondaryButtonClass} download>
                {t("exports.markdown")}
              </a>
            ) : null}
            <a href={`/w/${workshopId}/archive.json`} className={secondaryButtonClass} download>
              {t("exports.json")}
            </a>
            <PrintButton />
          </div>
          <p className="text-muted text-sm">{t("exports.note")}</p>
        </Section>
      </div>
    </div>
  );
}

// The messages its client components use (components/site/client-messages.tsx).
export default withClientMessages(
  [
    "decisions.form",
    "decisions.requests",
    "decisions.steps",
    "errors.failure",
    "errors.field",
    "results.print",
  ],
  DecisionPage,
);
