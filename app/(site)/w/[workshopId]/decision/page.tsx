import type { Metadata } from "next";
import Link from "next/link";
import { DecisionBrief } from "@/components/decisions/brief";
import { DecisionForm, type DecisionDefaults } from "@/components/decisions/decision-form";
import { FollowThrough } from "@/components/decisions/follow-through";
import { SignOffRequests } from "@/components/decisions/sign-off-requests";
import { PrintButton } from "@/components/results/print-button";
import { Section } from "@/components/results/sections";
import { secondaryButtonClass } from "@/components/ui/field";
import { WorkshopHeading } from "@/components/workshop/workshop-heading";
import { authorizeOrNotFound } from "@/lib/access/gate";
import { buildBrief, formatDay } from "@/lib/decisions/brief";
import { loadDecision, ownerRolesOf, type DecisionRecord } from "@/lib/decisions/record";
import { loadResults } from "@/lib/results/data";
import { driftSincePrevious } from "@/lib/results/series";
import { type ResultsView } from "@/lib/results/view-model";
import type { Framework } from "@/lib/scoring";
import { settleDeadlines } from "@/lib/workshops/deadlines";
import { resultsView } from "@/lib/results/access";

export const metadata: Metadata = { title: "Decision", robots: { index: false } };

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
    roles: ownerRolesOf(option),
  }));
}

// The facilitator records what the team decided, follows it through and takes it to leadership:
// the brief as they will read it, the record with its versions, the checklist and the exports.
export default async function DecisionPage({
  params,
}: {
  params: Promise<{ workshopId: string }>;
}) {
  const { workshopId } = await params;
  await settleDeadlines({ workshopId });
  const grant = await authorizeOrNotFound(workshopId, "decision.view");
  const source = await loadResults(grant.workshopId);
  const view = resultsView(source, { audience: "facilitator" });
  const record = await loadDecision(grant.workshopId, source.framework);
  const back = (
    <p className="flex flex-wrap gap-x-6 gap-y-2 print:hidden">
      <Link href={`/w/${workshopId}/facilitate`} className="text-accent underline">
        Back to the facilitator page
      </Link>
      <Link href={`/w/${workshopId}/results`} className="text-accent underline">
        The full results
      </Link>
    </p>
  );

  if (!view) {
    return (
      <div className="space-y-6">
        <WorkshopHeading
          eyebrow="Decision"
          title={source.workshop.title}
          teamName={source.workshop.teamName}
        />
        <p className="text-lg">
          The team decides once it has seen its results: reveal a round first, then come back here
          to record what it chose.
        </p>
        {back}
      </div>
    );
  }

  const brief = buildBrief(
    view,
    record,
    source.framework,
    await driftSincePrevious(source.workshop.id, view.round.number),
  );
  const current = record?.versions[0] ?? null;
  return (
    <div className="space-y-6">
      <WorkshopHeading
        eyebrow="Decision"
        title={source.workshop.title}
        teamName={source.workshop.teamName}
      />
      {back}
      <p className="text-muted print:hidden">
        This is the brief leadership reads first on every read-only link, and on paper.
      </p>
      <DecisionBrief brief={brief} />

      {/* On paper: the brief, the follow-through and the history, without the form. */}
      <div className="print:hidden">
        <Section
          id="record"
          title={current ? "Change the decision" : "Record the decision"}
          intro={
            current
              ? "Saving adds a new version; earlier versions stay on record below."
              : `Based on round ${view.round.number}. The team may choose another option than the results recommend; then say why.`
          }
        >
          <DecisionForm
            workshopId={workshopId}
            choices={choicesOf(source.framework, view)}
            defaults={defaultsOf(view, record)}
            version={current?.version ?? null}
          />
        </Section>
      </div>

      {record && current ? (
        <div className="print:hidden">
          <Section
            id="sign-off"
            title="Sign-off"
            intro="Ask the people who must approve the decision. Each new version asks them again; the workshop's e-mail address, if it has one, is told once everyone has answered."
          >
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
          title="Follow-through"
          intro="The guide's path for the chosen option. Reminders go to the workshop's e-mail address when the pilot ends and a week before the review."
        >
          <FollowThrough workshopId={workshopId} steps={record.steps} editable />
        </Section>
      ) : null}

      {record && record.versions.length > 0 ? (
        <Section id="versions" title="History of the decision">
          <ol className="space-y-3" data-testid="versions">
            {record.versions.map((version) => (
              <li key={version.version} className="border-line border-l-4 pl-3">
                <p className="font-semibold">
                  Version {version.version}: {version.option.name}
                </p>
                <p className="text-muted text-sm">
                  Recorded {formatDay(version.recordedAt.toISOString().slice(0, 10))}, on round{" "}
                  {version.roundNumber}. Pilot with {version.pilotModel},{" "}
                  {formatDay(version.pilotStart)} to {formatDay(version.pilotEnd)}.
                  {version.differs ? ` Chosen over ${version.recommended?.name}: ` : ""}
                  {version.differs ? version.rationale : ""}
                </p>
              </li>
            ))}
          </ol>
        </Section>
      ) : null}

      <div className="print:hidden">
        <Section id="exports" title="Take it with you">
          <div className="flex flex-wrap gap-3">
            {record ? (
              <a href={`/w/${workshopId}/decision.md`} className={secondaryButtonClass} download>
                Decision record (Markdown)
              </a>
            ) : null}
            <a href={`/w/${workshopId}/archive.json`} className={secondaryButtonClass} download>
              The whole workshop (JSON)
            </a>
            <PrintButton />
          </div>
          <p className="text-muted text-sm">
            The Markdown follows the layout of an architecture decision record, to keep in the
            team&apos;s repository. The JSON holds every round, reason, version and the audit trail,
            without e-mail addresses.
          </p>
        </Section>
      </div>
    </div>
  );
}
