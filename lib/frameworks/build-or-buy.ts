import type { Framework } from "@/lib/scoring";
import { buildOrBuyDe } from "./de/build-or-buy";

/**
 * Whether to build a capability in-house, buy a product or adopt an open-source project. The
 * profiles are judgements, each explained in the comment above it; the tests in
 * build-or-buy.test.ts hold them to the teams a practitioner would send to each option.
 */
export const buildOrBuy: Framework = {
  id: "build-or-buy",
  name: "Build, buy or adopt open source",
  question:
    "Should we build this capability ourselves, buy a product, or adopt an open-source one?",
  summary:
    "Every team keeps meeting capabilities it needs but does not yet have: sign-in, search, feature flags, billing, a data pipeline. Writing it, paying for it and running someone else's code each commit the team for years, in different currencies: engineering time, money and dependence on others. The right answer depends on how much the capability sets the product apart, how soon it is needed, how much control the team must keep and what it can spend.",
  criteria: [
    {
      id: "differentiation",
      name: "How much it sets us apart",
      kind: "need",
      anchors: {
        1: "A commodity: every company needs it and nobody chooses us for it.",
        3: "It matters to our users, but a well-configured standard solution would satisfy most of them.",
        5: "It is part of why customers pick us; it has to work exactly our way and keep changing with the product.",
      },
      help: "Ask whether a customer would notice if we used the same thing as our competitors.",
      label: "fit to our own way of working",
      shortfall:
        "{option} fits the product's own needs at only {profile} of 5, while the team needs {team}",
    },
    {
      id: "urgency",
      name: "How soon it must work",
      kind: "need",
      anchors: {
        1: "There is no date: a year from now would be fine.",
        3: "It should be in use within a quarter.",
        5: "Users or a contract need it within weeks.",
      },
      help: "Go by the real date someone outside the team is waiting for, not by impatience.",
      label: "time to first use",
      shortfall:
        "{option} reaches first use at a speed of {profile} of 5, slower than the {team} the team needs",
    },
    {
      id: "control",
      name: "Control over data and direction",
      kind: "need",
      anchors: {
        1: "Where the data lives and who decides what comes next do not matter to us.",
        3: "We need to export our data and have a say, but can live with someone else's roadmap.",
        5: "Data must stay on infrastructure we choose, and we must be able to change anything without waiting for anyone.",
      },
      help: "Think of data residency, security reviews and what happens if a supplier changes price or direction.",
      label: "control",
      shortfall:
        "{option} leaves the team control of only {profile} of 5, while the team needs {team}",
    },
    {
      id: "engineering",
      name: "Engineering time to build and run it",
      kind: "capacity",
      anchors: {
        1: "Nobody can take this on; at most someone configures a product and connects it.",
        3: "A few engineers can install, integrate and upgrade a system as part of their work.",
        5: "A team can own the capability for years: design it, build it, run it and keep improving it.",
      },
      help: "Count the people who would still look after it two years from now, not only who could start it.",
      label: "engineering time",
      shortfall:
        "{option} needs engineering time of {profile} of 5, and the team scored its own {team}",
    },
    {
      id: "spend",
      name: "Budget for licences and suppliers",
      kind: "capacity",
      anchors: {
        1: "No money for licences or subscriptions; only the infrastructure we already pay for.",
        3: "A modest yearly budget, enough for a support contract or a small subscription.",
        5: "A budget that can pay a supplier every year, and grow with our usage.",
      },
      help: "Salaries are counted under engineering time; this is the money that would go to other companies.",
      label: "budget for suppliers",
      shortfall:
        "{option} needs a supplier budget of {profile} of 5, more than the {team} the team can spend",
    },
  ],
  options: [
    {
      id: "build",
      name: "Build it in-house",
      summary:
        "The team designs, writes and runs the capability itself, so it does exactly what the product needs and changes whenever the product does.",
      // differentiation 5: written for this product alone, it can fit as closely as the team likes.
      // urgency 1: months pass before the first useful version, longer than either alternative.
      // control 5: code, data and roadmap are the team's own.
      // engineering 5: someone owns it for as long as it exists, including the dull maintenance.
      // spend 2: little money goes to others (hosting, perhaps a library), but not none.
      profile: { differentiation: 5, urgency: 1, control: 5, engineering: 5, spend: 2 },
      habitat:
        "Capabilities at the heart of the product, in teams with engineers to spare for years.",
      strengths: [
        "It fits the product exactly and can change on the team's own schedule.",
        "No supplier can raise prices, change terms or shut down underneath it.",
      ],
      weaknesses: [
        "The first useful version takes months.",
        "Maintenance never ends, and it competes with product work for the same people.",
        "The team must learn what specialists already know, often by making their mistakes.",
      ],
      implementation: {
        pilot:
          "Build the smallest version that serves one real user journey, in four to six weeks, and compare its cost in people's time with what a product would have charged.",
        roles:
          "Name an owning team with the capability in its charter, and a technical lead who decides its design.",
        scaling:
          "Extend it only where the product needs something no product offers; buy or adopt the parts around it that are ordinary.",
        review:
          "Every half year, check whether the market has caught up; if a product now does the same, plan the move.",
        owners: ["Owning team lead", "Technical lead"],
      },
      risks: [
        "The capability grows into a second product that nobody planned to staff.",
        "The people who built it leave, and the knowledge of why it works as it does leaves with them.",
      ],
    },
    {
      id: "buy",
      name: "Buy a product",
      summary:
        "The team pays a supplier for a hosted or licensed product, configures it and connects it, and the supplier builds, runs and improves it.",
      // differentiation 2: configurable, but the same product competitors can buy.
      // urgency 5: usable within days or weeks of signing.
      // control 2: data sits with the supplier and the roadmap is theirs; exports and contracts help a little.
      // engineering 2: integration, configuration and administration still take someone's time.
      // spend 4: a yearly bill that usually grows with usage; not the top, because many products start cheaply.
      profile: { differentiation: 2, urgency: 5, control: 2, engineering: 2, spend: 4 },
      habitat: "Commodity capabilities in teams whose engineers are busy with the product itself.",
      strengths: [
        "Working within days, with the supplier's experience built in.",
        "Upgrades, security fixes and operations are somebody else's job.",
      ],
      weaknesses: [
        "It works the supplier's way; the product adapts to it, not the reverse.",
        "Costs grow with usage and with the supplier's pricing decisions.",
        "Leaving later means migrating data and rewriting integrations.",
      ],
      implementation: {
        pilot:
          "Run a time-boxed trial of two products with one real use case, and before signing, export the trial data to prove it can leave again.",
        roles:
          "Name a supplier owner who manages the contract, the renewal dates and the relationship, and an administrator for the configuration.",
        scaling:
          "Roll it out team by team, keep integrations behind one thin layer of your own, and watch the bill against usage.",
        review: "Review fit and cost before every renewal, early enough to change course.",
        owners: ["Supplier owner", "Administrator"],
      },
      risks: [
        "A price rise or a change of terms arrives when leaving has become expensive.",
        "Integrations spread through the code base, so replacing the product later touches everything.",
      ],
    },
    {
      id: "adopt-open-source",
      name: "Adopt open source",
      summary:
        "The team runs an established open-source project on its own infrastructure, configures and extends it, and follows its community for upgrades.",
      // differentiation 3: extensible through plug-ins or a fork, but the core follows the community's design.
      // urgency 3: it installs quickly, yet hosting, hardening and integration take weeks.
      // control 4: code and data are the team's; the direction is the community's unless it forks.
      // engineering 3: someone must run, patch and upgrade it, though nobody writes it from scratch.
      // spend 1: no licence fee; a support contract is optional.
      profile: { differentiation: 3, urgency: 3, control: 4, engineering: 3, spend: 1 },
      habitat:
        "Teams with operational skills, little budget and a need to keep data in their own hands.",
      strengths: [
        "No licence fees, and the data stays on infrastructure the team chooses.",
        "A mature project brings years of other people's fixes and a community to ask.",
      ],
      weaknesses: [
        "Running, securing and upgrading it is the team's job.",
        "Projects can slow down, change licence or split, and the team inherits the consequences.",
      ],
      implementation: {
        pilot:
          "Stand the project up for one use case in a test environment, try an upgrade between two releases, and note how much time both took.",
        roles:
          "Name an owner who tracks the project's releases and security notices, and agree who is on call when it fails.",
        scaling:
          "Automate its deployment and upgrades before more teams depend on it, and keep local changes small enough to carry across versions.",
        review:
          "Every half year, check the project's health: releases, maintainers, licence, and how far behind the team's copy has fallen.",
        owners: ["Project owner", "Operations owner"],
      },
      risks: [
        "Upgrades are postponed until the team runs a version with known security holes.",
        "Local changes pile up until the team maintains a fork nobody else uses.",
      ],
    },
  ],
  tradeOffs: [
    {
      id: "fit",
      dimension: "Fit to the product",
      criteria: ["differentiation"],
      cells: {
        build: "Exact: made for it",
        buy: "Generic: the supplier's idea of the problem",
        "adopt-open-source": "Good, with extensions or a fork",
      },
    },
    {
      id: "time-to-value",
      dimension: "Time to first use",
      criteria: ["urgency"],
      cells: {
        build: "Months",
        buy: "Days to weeks",
        "adopt-open-source": "Weeks",
      },
    },
    {
      id: "ongoing-cost",
      dimension: "Ongoing cost",
      criteria: ["engineering", "spend"],
      cells: {
        build: "Engineers' time, for as long as it exists",
        buy: "A yearly bill that grows with usage",
        "adopt-open-source": "Operations time, and hosting",
      },
    },
    {
      id: "exit",
      dimension: "Cost of changing course",
      criteria: ["control"],
      cells: {
        build: "Low in money, high in sunk effort",
        buy: "High: data migration and new integrations",
        "adopt-open-source": "Medium: the data is already yours",
      },
    },
  ],
  facts: [
    {
      id: "hybrid",
      question: "Can we mix the options?",
      answer:
        "Usually that is the best result: buy or adopt the ordinary parts and build only the thin layer that makes the product different.",
    },
    {
      id: "hidden-build-cost",
      question: "Building looks cheaper than the licence. Is it?",
      answer:
        "Compare several years, not the first one: the cost of building is mostly maintenance, on-call duty and the product work that waits while engineers do it.",
      appliesWhen: { recommended: "build" },
    },
    {
      id: "exit-plan",
      question: "How do we avoid being locked in?",
      answer:
        "Before signing, export real data and keep calls to the product behind one interface of your own; both make leaving a project instead of a crisis.",
      appliesWhen: { recommended: "buy" },
    },
    {
      id: "project-health",
      question: "How do we judge an open-source project?",
      answer:
        "Look at how recently it released, how many people maintain it, how security reports are handled and which licence it uses; a popular project with one maintainer is a risk.",
      appliesWhen: { recommended: "adopt-open-source" },
    },
  ],
  commonRisks: [
    "Deciding per capability without looking at the whole: a dozen small purchases or home-made tools add up to a load nobody planned.",
  ],
  withoutDecision:
    "While nothing is decided, the gap gets filled anyway: someone writes a quick script, someone else starts a free trial, and a year later the team maintains a half-built tool and pays for a product nobody fully uses.",
  smallTeamNote:
    "with so few people, engineering time is the scarcest resource: buy or adopt anything that does not set the product apart, and build only what does.",
  translations: { de: buildOrBuyDe },
};
