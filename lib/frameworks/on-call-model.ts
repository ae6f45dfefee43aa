import type { Framework } from "@/lib/scoring";
import { onCallModelDe } from "./de/on-call-model";

/**
 * Who answers when production breaks: a follow-the-sun rota across regions, a dedicated SRE
 * rotation, or the teams that build each service. The profiles are judgements, each explained in
 * the comment above it. This framework has no facts, which keeps that part of the format proven
 * optional.
 */
export const onCallModel: Framework = {
  id: "on-call-model",
  name: "On-call model",
  question: "Who should be woken up when production breaks, and how do we share that load?",
  summary:
    "Once a service has users who notice when it is down, someone has to answer its alerts at any hour. How that duty is organised decides how fast incidents end, who learns from them and how tired people get. A follow-the-sun rota, a dedicated reliability team and teams running their own services each buy speed, knowledge or sleep at a different price; the right one depends on how costly an outage is, how fast the systems change and what people the organisation has where.",
  criteria: [
    {
      id: "availability",
      name: "How fast a failure must be answered",
      kind: "need",
      anchors: {
        1: "An outage can wait until the next working day without real harm.",
        3: "Outages hurt users and should be answered within an hour, day or night.",
        5: "Every minute of downtime costs money or safety; someone must act within minutes at any hour.",
      },
      help: "Think of the worst hour of the week to fail and what it would cost, not of the average.",
      label: "response speed",
      shortfall:
        "{option} answers failures at a speed of {profile} of 5, while the team needs {team}",
    },
    {
      id: "change-pace",
      name: "How often production changes",
      kind: "need",
      anchors: {
        1: "Releases are rare and planned weeks ahead.",
        3: "Each service is released about weekly.",
        5: "Many changes go live every day, often by the people who wrote them.",
      },
      help: "Fast change means incidents are often caused by the latest change, which its author understands best.",
      label: "pace of change",
      shortfall:
        "{option} keeps up with a pace of change of {profile} of 5, below the {team} the team works at",
    },
    {
      id: "time-zones",
      name: "People across time zones",
      kind: "capacity",
      anchors: {
        1: "Everyone works in the same time zone or two neighbouring ones.",
        3: "Two sites several hours apart, each with a few people who know the systems.",
        5: "Three or more regions around the globe, each with enough people who can handle incidents.",
      },
      help: "Count the people who could really take an incident in their daytime, not only where offices are.",
      label: "spread across time zones",
      shortfall:
        "{option} needs people spread across time zones at {profile} of 5, and the team scored its own {team}",
    },
    {
      id: "ops-staff",
      name: "People dedicated to operations",
      kind: "capacity",
      anchors: {
        1: "Nobody's main job is operations; developers run what they ship.",
        3: "A small operations or platform group exists, but it is busy with other work.",
        5: "We have, or can hire and fund, a team whose main job is the reliability of production.",
      },
      help: "Reliability engineers are scarce; count the people and the budget you really have.",
      label: "dedicated operations staff",
      shortfall:
        "{option} needs dedicated operations staff of {profile} of 5, more than the {team} the team can provide",
    },
    {
      id: "team-depth",
      name: "People per team to share a rota",
      kind: "capacity",
      anchors: {
        1: "Teams of two or three; an on-call week would come round every other week.",
        3: "Teams of four or five who know their own services well.",
        5: "Teams of six or more per service, enough for a rota where each person's turn comes rarely.",
      },
      help: "A humane rota needs enough people that nobody is on call more than one week in five or six.",
      label: "team depth",
      shortfall:
        "{option} needs teams of depth {profile} of 5, deeper than the {team} the team has",
    },
  ],
  options: [
    {
      id: "follow-the-sun",
      name: "Follow the sun",
      summary:
        "Incidents are handled during working hours by whichever region is awake, and handed over to the next region at the end of its day, so nobody is paged at night.",
      // availability 5: someone is awake and at work at every hour.
      // change-pace 2: the region on duty often did not write the change, and handovers lose context.
      // time-zones 5: it only works with capable people in three or more regions.
      // ops-staff 4: each region needs people whose job includes incidents, usually an operations group.
      // team-depth 2: product teams can stay small, because the regions carry the load.
      profile: {
        availability: 5,
        "change-pace": 2,
        "time-zones": 5,
        "ops-staff": 4,
        "team-depth": 2,
      },
      habitat: "Global organisations with engineering or operations sites on several continents.",
      strengths: [
        "Nobody is woken at night, so nobody burns out from pages.",
        "A fresh person answers every incident, at any hour.",
      ],
      weaknesses: [
        "Each handover can lose what the previous region learned.",
        "Responders often did not build the system they are fixing.",
        "It needs capable people in every region, which few organisations have.",
      ],
      implementation: {
        pilot:
          "Run the rota for one important service for a month, with a written handover at the end of every shift, and record each incident that crossed a handover.",
        roles:
          "Name a lead per region, an owner of the handover format, and an escalation contact in the team that builds the service.",
        scaling:
          "Add services one at a time, each with runbooks the other regions have tried, before its alerts join the rota.",
        review:
          "Every quarter, review incidents that crossed a handover and what was lost on the way.",
        owners: ["Regional lead", "Handover owner", "Escalation contact"],
      },
      risks: [
        "An incident drags over several handovers and each region starts again from the beginning.",
        "The region furthest from the builders ends up with the hardest incidents and the least help.",
      ],
    },
    {
      id: "sre-rotation",
      name: "Dedicated SRE rotation",
      summary:
        "A site reliability team takes the pages for many services, keeps the tooling and runbooks, and escalates to the building team only when it must.",
      // availability 4: specialists with good tooling answer quickly, but a single-region team is woken at night.
      // change-pace 3: they keep up with weekly releases, less so with many daily changes by others.
      // time-zones 2: one region works, two make the nights easier.
      // ops-staff 5: a whole team of scarce, well-paid specialists.
      // team-depth 2: product teams can stay small; the SRE team carries the rota.
      profile: {
        availability: 4,
        "change-pace": 3,
        "time-zones": 2,
        "ops-staff": 5,
        "team-depth": 2,
      },
      habitat: "Organisations with many small product teams and the budget for a reliability team.",
      strengths: [
        "Incidents are handled by people who do it often and do it well.",
        "Tooling, alerting and runbooks improve in one place for every service.",
      ],
      weaknesses: [
        "Builders are shielded from the pain their changes cause, so fewer problems are fixed at the source.",
        "The reliability team can become a bottleneck, or a dumping ground for fragile services.",
      ],
      implementation: {
        pilot:
          "Let the reliability team take over the pages of one service with good runbooks for a month, and agree in writing what the team that builds it still owns.",
        roles:
          "Name the reliability team's lead, and for every service, an owner in the building team who accepts escalations and fixes root causes.",
        scaling:
          "Accept a new service only when it meets agreed standards for alerts, dashboards and runbooks; hand a service back when its pages exceed an agreed budget.",
        review: "Every quarter, review page counts per service and who fixed the root causes.",
        owners: ["Reliability lead", "Service owner"],
      },
      risks: [
        "The reliability team is flooded by services it did not build and cannot change.",
        "Specialists leave, and hiring new ones takes months.",
      ],
    },
    {
      id: "you-build-it-you-run-it",
      name: "You build it, you run it",
      summary:
        "Each team is on call for the services it builds, with a rota inside the team, so the people who change a system are the ones paged when it breaks.",
      // availability 3: responders know the code, but they are woken at night and answer more slowly than a staffed desk.
      // change-pace 5: the author of the latest change is usually the one holding the pager.
      // time-zones 1: it works in a single time zone.
      // ops-staff 1: no operations team is needed.
      // team-depth 4: each team needs five or six people who can share a rota without burning out.
      profile: {
        availability: 3,
        "change-pace": 5,
        "time-zones": 1,
        "ops-staff": 1,
        "team-depth": 4,
      },
      habitat: "Product teams of five or more that deploy often and own their services end to end.",
      strengths: [
        "Whoever feels the pain can fix the cause, so services get sturdier over time.",
        "No handovers: the responder knows the system and its latest change.",
      ],
      weaknesses: [
        "Night pages fall on developers, which wears them down when services are noisy.",
        "Small teams cannot staff a humane rota.",
        "Each team reinvents its own runbooks and alerting.",
      ],
      implementation: {
        pilot:
          "Put one team with a well-instrumented service on call for its own pages for a month, with a fallback contact, and count pages per person per week.",
        roles:
          "Name an on-call lead per team who owns the rota and the alerts, and someone who keeps a shared incident process across teams.",
        scaling:
          "Move team by team, only once each team has dashboards, alerts that mean action and at least five people in its rota.",
        review:
          "Every quarter, review pages per person and nights disturbed, and fix the noisiest alerts first.",
        owners: ["Team on-call lead", "Incident process owner"],
      },
      risks: [
        "Noisy alerts wake people for nothing until they start ignoring pages.",
        "A team shrinks and its rota quietly becomes one or two exhausted people.",
      ],
    },
  ],
  tradeOffs: [
    {
      id: "sleep",
      dimension: "Who is woken at night",
      criteria: ["time-zones"],
      cells: {
        "follow-the-sun": "Nobody",
        "sre-rotation": "The reliability team, unless it spans regions",
        "you-build-it-you-run-it": "The building team's on-call person",
      },
    },
    {
      id: "knowledge",
      dimension: "Knowledge of the failing system",
      criteria: ["change-pace"],
      cells: {
        "follow-the-sun": "Varies by region; lost at handovers",
        "sre-rotation": "Deep on operations, shallow on each service's code",
        "you-build-it-you-run-it": "Deepest: they wrote it",
      },
    },
    {
      id: "staffing-cost",
      dimension: "Staffing cost",
      criteria: ["ops-staff", "team-depth"],
      cells: {
        "follow-the-sun": "People in every region",
        "sre-rotation": "A team of specialists",
        "you-build-it-you-run-it": "On-call pay and developer time",
      },
    },
  ],
  facts: [],
  commonRisks: [
    "Whatever the model, alerts that do not call for action wear people out: pruning them is part of the decision.",
  ],
  withoutDecision:
    "While nothing is decided, pages go to whoever answered last time: the same two or three people carry every night, incidents last longer than they should, and those people leave first.",
  smallTeamNote:
    "a formal rota is hard to staff: agree on which alerts can wait until morning, page one person for the rest in turn, and pay or give time back for the nights.",
  translations: { de: onCallModelDe },
};
