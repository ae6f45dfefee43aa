import type { ContractVersion, Framework, Score } from "@/lib/scoring";

// Profile values a version of the scoring contract changed. A workshop freezes its framework
// when it is created, so one created before a change still carries the old value; its results
// are scored under the contract they follow, and this sets each changed value to what that
// contract says. Texts stay as frozen.

interface ProfileRevision {
  /** The contract that introduced the new value. */
  contract: ContractVersion;
  frameworkId: string;
  optionId: string;
  criterionId: string;
  before: Score;
  after: Score;
}

const revisions: readonly ProfileRevision[] = [
  // Contract 2: the guide rates the pipeline's iteration speed "high, once set up", as the loop's.
  {
    contract: 2,
    frameworkId: "ml-lifecycle",
    optionId: "continuous-delivery",
    criterionId: "speed",
    before: 4,
    after: 5,
  },
];

/** The framework with the profile values of `contract`; the same object when none changes. */
export function scoredUnder(framework: Framework, contract: ContractVersion): Framework {
  const applying = revisions.filter((revision) => revision.frameworkId === framework.id);
  if (applying.length === 0) return framework;
  return {
    ...framework,
    options: framework.options.map((option) => {
      const profile = { ...option.profile };
      for (const revision of applying) {
        const value = profile[revision.criterionId];
        if (revision.optionId !== option.id) continue;
        if (value !== revision.before && value !== revision.after) continue;
        profile[revision.criterionId] =
          contract >= revision.contract ? revision.after : revision.before;
      }
      return { ...option, profile };
    }),
  };
}
