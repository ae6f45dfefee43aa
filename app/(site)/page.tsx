import { PencilLine, Presentation, Sparkles } from "lucide-react";
import { OptionMark } from "@/components/results/option-mark";
import { Card } from "@/components/ui/card";
import {
  CreateWorkshopForm,
  type FrameworkChoice,
} from "@/components/workshop/create-workshop-form";
import { authorizeFramework } from "@/lib/access/gate";
import { currentUser } from "@/lib/auth/session";
import { listOwnFrameworks } from "@/lib/authoring/library";
import { JoinCodeForm } from "@/components/workshop/join-code-form";
import { frameworks } from "@/lib/frameworks";
import { DEFAULT_FRAMEWORK_ID } from "@/lib/frameworks/catalogue";
import { mlLifecycle } from "@/lib/frameworks/ml-lifecycle";

const steps = [
  {
    title: "Open a workshop",
    Icon: Presentation,
    text: "The facilitator names the team and the decision, then shares one link or a QR code with the room.",
  },
  {
    title: "Score on your own",
    Icon: PencilLine,
    text: "Each person rates the team's situation from 1 to 5 on every criterion, from a laptop or a phone. Nobody sees anyone else's answers.",
  },
  {
    title: "Reveal and decide",
    Icon: Sparkles,
    text: "The facilitator reveals all votes at once. The team sees where it agrees, where it does not, and which option fits best and why.",
  },
];

/** The signed-in facilitator's own frameworks, offered after the templates; none for visitors. */
async function ownFrameworkChoices(): Promise<FrameworkChoice[]> {
  if (!(await currentUser())) return [];
  const own = await listOwnFrameworks(await authorizeFramework("frameworks.list-own"));
  return own.map(({ id, name, question, summary }) => ({ id, name, question, summary, own: true }));
}

export default async function HomePage({
  searchParams,
}: {
  searchParams: Promise<{ framework?: string | string[] }>;
}) {
  const own = await ownFrameworkChoices();
  const { framework: asked } = await searchParams;
  const defaultFrameworkId = own.some((choice) => choice.id === asked)
    ? (asked as string)
    : DEFAULT_FRAMEWORK_ID;
  return (
    <div className="space-y-14">
      <section aria-labelledby="intro-heading" className="max-w-3xl space-y-5">
        <h1
          id="intro-heading"
          className="text-4xl font-bold tracking-tight text-balance sm:text-6xl"
        >
          Decide together how your models reach production.
        </h1>
        <p className="text-muted text-lg">
          Blueprint runs a short, fair workshop for teams that build machine-learning models.
          Everyone scores the team&apos;s real situation in private, the votes are revealed
          together, and the team gets a recommendation with its reasons, its weak spots and what
          would change it.
        </p>
      </section>

      <Card as="section" aria-labelledby="join-heading" className="max-w-3xl space-y-3">
        <h2 id="join-heading" className="text-xl font-semibold">
          Joining a workshop?
        </h2>
        <JoinCodeForm id="home-code" />
      </Card>

      <Card as="section" aria-labelledby="start-heading" className="max-w-3xl space-y-5 sm:p-8">
        <div className="space-y-1">
          <h2 id="start-heading" className="text-2xl font-semibold">
            Start a workshop
          </h2>
          <p className="text-muted">
            No account needed. You get a private link to run it and an invite link for the team.
          </p>
        </div>
        <CreateWorkshopForm
          frameworks={[
            ...frameworks.map(({ id, name, question, summary }) => ({
              id,
              name,
              question,
              summary,
            })),
            ...own,
          ]}
          defaultFrameworkId={defaultFrameworkId}
        />
      </Card>

      <section aria-labelledby="steps-heading" className="space-y-5">
        <h2 id="steps-heading" className="text-2xl font-semibold">
          How a workshop runs
        </h2>
        <ol className="grid gap-4 sm:grid-cols-3">
          {steps.map((step, index) => (
            <Card as="li" key={step.title}>
              <span className="bg-accent-soft text-accent grid size-10 place-items-center rounded-xl">
                <step.Icon aria-hidden="true" className="size-5" />
              </span>
              <p className="text-accent mt-4 text-sm font-semibold">Step {index + 1}</p>
              <h3 className="mt-1 text-lg font-semibold">{step.title}</h3>
              <p className="text-muted mt-2">{step.text}</p>
            </Card>
          ))}
        </ol>
      </section>

      <section aria-labelledby="options-heading" className="space-y-5">
        <h2 id="options-heading" className="text-2xl font-semibold">
          The workflows on the table
        </h2>
        <ul className="grid gap-4 sm:grid-cols-3">
          {mlLifecycle.options.map((option, index) => (
            <Card as="li" key={option.id}>
              <h3 className="flex items-center gap-2 text-lg font-semibold">
                <OptionMark index={index} />
                {option.name}
              </h3>
              <p className="text-muted mt-2">{option.summary}</p>
            </Card>
          ))}
        </ul>
      </section>

      <section aria-labelledby="criteria-heading" className="space-y-5">
        <h2 id="criteria-heading" className="text-2xl font-semibold">
          What the team scores
        </h2>
        <dl className="grid gap-4 sm:grid-cols-2">
          {mlLifecycle.criteria.map((criterion) => (
            <Card key={criterion.id}>
              <dt className="text-lg font-semibold">{criterion.name}</dt>
              <dd className="text-muted mt-2 space-y-1">
                <p>
                  <span className="font-semibold">1:</span> {criterion.anchors[1]}
                </p>
                <p>
                  <span className="font-semibold">5:</span> {criterion.anchors[5]}
                </p>
              </dd>
            </Card>
          ))}
        </dl>
      </section>
    </div>
  );
}
