import { PencilLine, Presentation, Sparkles } from "lucide-react";
import { getTranslations } from "next-intl/server";
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
import { frameworksIn } from "@/lib/frameworks";
import { DEFAULT_FRAMEWORK_ID } from "@/lib/frameworks/catalogue";
import { mlLifecycle } from "@/lib/frameworks/ml-lifecycle";
import { withClientMessages } from "@/components/site/client-messages";
import { requestLocale } from "@/lib/i18n/request-locale";

/** The steps of a workshop: their titles and texts are keys of the "site.home" messages. */
const steps = [
  { title: "steps.open.title", Icon: Presentation, text: "steps.open.text" },
  { title: "steps.score.title", Icon: PencilLine, text: "steps.score.text" },
  { title: "steps.reveal.title", Icon: Sparkles, text: "steps.reveal.text" },
] as const;

/** The signed-in facilitator's own frameworks, offered after the templates; none for visitors. */
async function ownFrameworkChoices(): Promise<FrameworkChoice[]> {
  if (!(await currentUser())) return [];
  const own = await listOwnFrameworks(await authorizeFramework("frameworks.list-own"));
  return own.map(({ id, name, question, summary }) => ({ id, name, question, summary, own: true }));
}

async function HomePage({
  searchParams,
}: {
  searchParams: Promise<{ framework?: string | string[] }>;
}) {
  const [own, t, locale] = await Promise.all([
    ownFrameworkChoices(),
    getTranslations("site.home"),
    requestLocale(),
  ]);
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
          {t("heading")}
        </h1>
        <p className="text-muted text-lg">{t("intro")}</p>
      </section>

      <Card as="section" aria-labelledby="join-heading" className="max-w-3xl space-y-3">
        <h2 id="join-heading" className="text-xl font-semibold">
          {t("joinHeading")}
        </h2>
        <JoinCodeForm id="home-code" />
      </Card>

      <Card as="section" aria-labelledby="start-heading" className="max-w-3xl space-y-5 sm:p-8">
        <div className="space-y-1">
          <h2 id="start-heading" className="text-2xl font-semibold">
            {t("startHeading")}
          </h2>
          <p className="text-muted">{t("startText")}</p>
        </div>
        <CreateWorkshopForm
          frameworks={[
            ...frameworksIn(locale).map(({ id, name, question, summary }) => ({
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
          {t("stepsHeading")}
        </h2>
        <ol className="grid gap-4 sm:grid-cols-3">
          {steps.map((step, index) => (
            <Card as="li" key={step.title}>
              <span className="bg-accent-soft text-accent grid size-10 place-items-center rounded-xl">
                <step.Icon aria-hidden="true" className="size-5" />
              </span>
              <p className="text-accent mt-4 text-sm font-semibold">
                {t("stepNumber", { number: index + 1 })}
              </p>
              <h3 className="mt-1 text-lg font-semibold">{t(step.title)}</h3>
              <p className="text-muted mt-2">{t(step.text)}</p>
            </Card>
          ))}
        </ol>
      </section>

      <section aria-labelledby="options-heading" className="space-y-5">
        <h2 id="options-heading" className="text-2xl font-semibold">
          {t("optionsHeading")}
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
          {t("criteriaHeading")}
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

// The messages its client components use (components/site/client-messages.tsx).
export default withClientMessages(
  [
    "errors.failure",
    "errors.field",
    "facilitator.autoRevealLabel",
    "facilitator.create",
    "facilitator.fromTemplate",
    "facilitator.fromTemplateLabel",
    "facilitator.legend",
    "facilitator.ownFramework",
    "facilitator.ownTimeZone",
    "facilitator.yours",
  ],
  HomePage,
);
