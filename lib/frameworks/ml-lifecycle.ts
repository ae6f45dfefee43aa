import type { Framework } from "@/lib/scoring";
import { mlLifecycleDe } from "./de/ml-lifecycle";

/**
 * The built-in framework: how a team that has outgrown one person shipping models should move
 * models from experiment to production and back. Profiles follow docs/scoring.md exactly;
 * every text is the product's own wording of the facts in docs/domain.md.
 */
export const mlLifecycle: Framework = {
  id: "ml-lifecycle",
  name: "Model lifecycle workflow",
  question: "How should our models get from a notebook into production, and back again?",
  summary:
    "Once more than one person ships models, the team needs an agreed path from experiment to live API or batch job, and back when something goes wrong. That path decides how versions, tests, monitoring and rollbacks work, and it is expensive to change later. No path suits every team: it depends on how big the team is, how much risk it can carry and what tooling it already runs. Most teams end up with a blend; the three pure forms here make the trade-offs easy to see.",
  criteria: [
    {
      id: "governance",
      name: "Governance and audit requirements",
      kind: "need",
      anchors: {
        1: "Nobody outside the team checks how models reach production; a quick informal review is plenty.",
        3: "Some releases need a documented review, but no regulator inspects the process.",
        5: "We work under regulation (banking, health, insurance): duties are separated, every go-live needs a signed approval, and each prediction must be traceable to the training run and data version behind it.",
      },
      help: "Think about what auditors, regulators or a risk team will ask you to prove, not about how careful you would like to be.",
      label: "governance",
      shortfall:
        "{option} offers audit and sign-off strength of only {profile} of 5, while the team needs {team}",
    },
    {
      id: "speed",
      name: "Speed of iteration",
      kind: "need",
      anchors: {
        1: "Models are retrained once a quarter or once a year.",
        3: "Models are refreshed every few weeks and new ideas are tested now and then.",
        5: "Models are retrained daily, new features are A/B tested all the time, and a change can go live within hours.",
      },
      help: "How often do your models really need to change once they are live? Go by what the business asks for today.",
      label: "iteration speed",
      shortfall:
        "{option} moves at an iteration speed of {profile} of 5, slower than the {team} the team needs",
    },
    {
      id: "skills",
      name: "Team structure and skills",
      kind: "capacity",
      anchors: {
        1: "Specialists sit in separate groups: data scientists leave production code to others, and there are no platform engineers.",
        3: "One cross-functional team in which data scientists ship production code themselves, without a platform team.",
        5: "A cross-functional team backed by its own platform or DevOps engineers.",
      },
      help: "Describe the people you have now, not the team you plan to hire.",
      label: "team skills",
      shortfall:
        "{option} needs engineering skills at {profile} of 5, and the team scored its own {team}",
    },
    {
      id: "cost",
      name: "Operational cost and infrastructure capacity",
      kind: "capacity",
      anchors: {
        1: "A minimal budget: a place to store model files and pass them on is all the infrastructure there is.",
        3: "Some shared build and serving infrastructure exists, but nobody has time set aside to look after it.",
        5: "We can pay for and keep healthy a CI/CD system (such as Jenkins or GitLab CI), an artifact registry, model serving and automated test suites, including the people's time to maintain them.",
      },
      help: "Count both the money and the hours someone can spend keeping the tooling in shape.",
      label: "infrastructure capacity",
      shortfall:
        "{option} needs infrastructure capacity of {profile} of 5, more than the {team} the team can fund and run",
    },
  ],
  options: [
    {
      id: "linear-handoff",
      name: "Linear Handoff",
      summary:
        "Work passes through fixed stages (research, development, testing, production), each run by its own team; the model file, container image, configuration and documentation are handed over at every gate.",
      profile: { governance: 5, speed: 2, skills: 2, cost: 1 },
      habitat: "Heavily regulated businesses.",
      strengths: ["Each handoff doubles as a checkpoint, so an audit trail comes for free."],
      weaknesses: [
        "Every wait for the next team adds days or weeks to a change.",
        "Data scientists lose sight of how their models behave in production.",
        "Engineers receive models without the background they need to debug them.",
      ],
      implementation: {
        pilot:
          "Pilot the workflow on one model that matters but cannot hurt the business if it fails. For two to four weeks, fix a single artifact format and a checklist every handoff must pass, and write down each point where work stalled or information went missing.",
        roles:
          "Give every stage gate a named owner, use one handoff template throughout, and set up drift monitoring with alerts from the start.",
        scaling:
          "Bring further models in one at a time, each as a small project of its own, and automate the handoff steps that keep causing delays, such as packaging.",
        review:
          "Look at the workflow again every quarter and adjust it; it is meant to evolve with the team.",
        owners: ["Stage-gate owner", "Handoff template owner", "Monitoring owner"],
      },
      risks: [
        "Context gets lost at each handoff, so production problems take longer to diagnose.",
        "Monitoring tends to be added late unless someone plans it from day one.",
      ],
    },
    {
      id: "iterative-loop",
      name: "Iterative Feedback Loop",
      summary:
        "One small cross-functional team owns each model from start to finish and keeps cycling through training, deployment, monitoring and retraining, often with shared notebooks and light tools such as MLflow or Kubeflow Pipelines.",
      profile: { governance: 2, speed: 5, skills: 3, cost: 2 },
      habitat: "Small cross-functional teams.",
      strengths: [
        "Changes and fixes reach production quickly.",
        "The people who build a model also own it, so responsibility is clear.",
      ],
      weaknesses: [
        "Everybody wears several hats.",
        "Governance is light and formal handoffs are rare.",
        "Documentation and tests are the first things dropped under pressure.",
        "Notebook-based work is hard to reproduce.",
      ],
      implementation: {
        pilot:
          "Pilot the workflow on one model that matters but cannot hurt the business if it fails. For two to four weeks, work from one shared development environment with a simple deployment script, and write down each point where work stalled or information went missing.",
        roles:
          "Name a driver for every model and an on-call owner for it in production, and set up drift monitoring with alerts from the start.",
        scaling:
          "Bring further models in one at a time, each as a small project of its own, and automate the steps that keep causing delays, such as packaging.",
        review:
          "Look at the workflow again every quarter and adjust it; it is meant to evolve with the team.",
        owners: ["Model driver", "On-call owner", "Monitoring owner"],
      },
      risks: [
        "An auditor may ask for a signed approval chain per deployment that does not exist, and adding sign-off afterwards slows everything down.",
        "Unclear roles wear people out: data scientists get paged for incidents while engineers get pulled into research.",
        "After months of fast iteration nobody can tell which training run produced the model in production, and work stops for retroactive tagging.",
      ],
    },
    {
      id: "continuous-delivery",
      name: "Continuous Delivery Pipeline",
      summary:
        "Model changes are handled like code changes: every commit runs automated tests, builds and deployments, models are versioned together with code and data, releases roll out as canary or blue-green deployments, and only the step into production waits for a person's approval.",
      profile: { governance: 3, speed: 5, skills: 4, cost: 4 },
      habitat: "Organisations that already run CI/CD for their software.",
      strengths: [
        "Once built, it is reproducible, auditable and fast.",
        "Every model can be traced back to its code and data.",
      ],
      weaknesses: [
        "It takes weeks of investment before it pays off.",
        "It needs platform engineers to keep it running.",
        "It assumes model quality can be tested offline, which probabilistic systems do not always allow.",
      ],
      implementation: {
        pilot:
          "Pilot the workflow on one model that matters but cannot hurt the business if it fails. For two to four weeks, run a basic CI/CD pipeline with one training step and one deployment step, and write down each point where work stalled or information went missing.",
        roles:
          "Appoint a pipeline owner who maintains the CI/CD scripts and deals with failed runs, and set up drift monitoring with alerts from the start.",
        scaling:
          "Bring further models in one at a time, each as a small project of its own, and automate the steps that keep causing delays, such as packaging.",
        review:
          "Look at the workflow again every quarter and adjust it; it is meant to evolve with the team.",
        owners: ["Pipeline owner", "Monitoring owner"],
      },
      risks: [
        "A pipeline nobody maintains rots: tests break, dependencies age and deployments fail silently until everyone returns to manual work.",
        "The upfront build can stall before the first model benefits from it.",
        "Offline tests can pass while the model still misbehaves on live data.",
      ],
    },
  ],
  tradeOffs: [
    {
      id: "governance-strength",
      dimension: "Governance strength",
      criteria: ["governance"],
      cells: {
        "linear-handoff": "High: every stage gate is a checkpoint",
        "iterative-loop": "Low to medium: ownership is shared",
        "continuous-delivery": "Medium: automated, but only as good as the team's discipline",
      },
    },
    {
      id: "iteration-speed",
      dimension: "Iteration speed",
      criteria: ["speed"],
      cells: {
        "linear-handoff": "Low: waiting at each handoff",
        "iterative-loop": "High: short cycles",
        "continuous-delivery": "High, once the pipeline stands",
      },
    },
    {
      id: "skill-requirements",
      dimension: "Team skill requirements",
      criteria: ["skills"],
      cells: {
        "linear-handoff": "Specialised roles",
        "iterative-loop": "Cross-functional people",
        "continuous-delivery": "Platform engineering",
      },
    },
    {
      id: "infrastructure-cost",
      dimension: "Infrastructure cost",
      criteria: ["cost"],
      cells: {
        "linear-handoff": "Low",
        "iterative-loop": "Low to medium",
        "continuous-delivery": "High",
      },
    },
    {
      id: "reproducibility",
      dimension: "Reproducibility",
      criteria: ["governance"],
      cells: {
        "linear-handoff": "Medium: only as good as the documentation",
        "iterative-loop": "Low: notebooks drift",
        "continuous-delivery": "High: everything is traceable",
      },
    },
    {
      id: "production-risk",
      dimension: "Risk of production issues",
      criteria: ["speed", "skills"],
      cells: {
        "linear-handoff": "Medium: context is lost between teams",
        "iterative-loop": "Low to medium: fixes land fast",
        "continuous-delivery": "Low: automated tests catch regressions",
      },
    },
  ],
  facts: [
    {
      id: "switching-later",
      question: "Can we switch to another workflow later?",
      answer:
        "Yes, but it is expensive: people need retraining, roles change, or infrastructure has to be built from scratch. Switch only when the current workflow keeps failing in systematic ways.",
    },
    {
      id: "workflow-before-platform",
      question: "Should we pick the tooling first?",
      answer:
        "Decide on the workflow first and then choose a platform that supports it; a platform built around a different pattern will keep fighting the team.",
      appliesWhen: { recommended: "continuous-delivery" },
    },
    {
      id: "rare-retraining",
      question: "Our models change only a few times a year. Do we need a pipeline?",
      answer:
        "When models are retrained only quarterly or yearly, a well-documented handoff is enough; a full delivery pipeline would be more machinery than the work needs.",
      // Only beside a handoff recommendation: after recommending another workflow, calling a
      // pipeline more machinery than the work needs would contradict the result.
      appliesWhen: { recommended: "linear-handoff", criterion: "speed", atMost: 2 },
    },
    {
      id: "monitoring",
      question: "Where does monitoring fit in?",
      answer:
        "Plan monitoring from the first day: in a handoff workflow it easily becomes nobody's job, whereas in a fast loop the people who build a model watch it too.",
      appliesWhen: { recommended: "linear-handoff" },
    },
    {
      id: "foundations",
      question: "Will the right workflow fix our problems?",
      answer:
        "Not on its own: without sound data quality, version control and monitoring, no workflow will help.",
    },
  ],
  commonRisks: [
    "Rolling a workflow out to every model at once, without a pilot, hides wrong assumptions until they are expensive.",
    "No workflow makes up for missing foundations: without sound data quality, version control and monitoring, the same problems come back whichever path models take.",
  ],
  withoutDecision:
    "While nothing is decided, each model reaches production its own way: nobody owns the handoffs or the monitoring, problems surface late, and the approval chain an auditor asks for does not exist.",
  smallTeamNote:
    "a formal workflow is more than you need: a checklist plus version control is enough, or a shared notebook and a deployment script if you want a light loop; add structure as the team grows.",
  translations: { de: mlLifecycleDe },
};
