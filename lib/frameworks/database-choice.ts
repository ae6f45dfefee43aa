import type { Framework } from "@/lib/scoring";
import { databaseChoiceDe } from "./de/database-choice";

/**
 * Which kind of database a new service should start on. The options are families, not products:
 * the team picks a product within the family afterwards. The profiles are judgements, each
 * explained in the comment above it. This framework has no trade-off table, which keeps that part
 * of the format proven optional.
 */
export const databaseChoice: Framework = {
  id: "database-choice",
  name: "Database for a new service",
  question: "Which kind of database should our new service start on?",
  summary:
    "A new service's database is chosen in an afternoon and lived with for years: moving data to another kind of store later means rewriting queries, migrating data and running both for a while. The families differ in what questions they answer easily, what they guarantee when many things change at once, how far they grow and how much looking after they need. Score what the service really needs in its first years, not what might happen one day.",
  criteria: [
    {
      id: "query-variety",
      name: "Variety of questions asked of the data",
      kind: "need",
      anchors: {
        1: "The service reads and writes records by their key, and nothing else.",
        3: "A handful of known access patterns, with some filtering and sorting.",
        5: "Ad-hoc questions across many kinds of records: joins, reports, new filters every month.",
      },
      help: "Include the questions product managers and analysts will ask next year, not only today's screens.",
      label: "query flexibility",
      shortfall:
        "{option} answers varied questions at only {profile} of 5, while the service needs {team}",
    },
    {
      id: "consistency",
      name: "Correctness when several records change together",
      kind: "need",
      anchors: {
        1: "A record that is briefly out of date or a lost update does no harm.",
        3: "Most changes touch one record; a few need care, which the code can handle.",
        5: "Money, stock or bookings: several records must change together or not at all, always.",
      },
      help: "Ask what happens when two people change the same thing at the same moment.",
      label: "transactional correctness",
      shortfall:
        "{option} guarantees correctness across records at only {profile} of 5, while the service needs {team}",
    },
    {
      id: "scale",
      name: "Volume and growth",
      kind: "need",
      anchors: {
        1: "Thousands of records and a few requests a second; one small server is plenty.",
        3: "Millions of records and steady traffic that a large single server can handle for years.",
        5: "Writes or data beyond what any single machine can hold, or users on several continents who all need fast answers.",
      },
      help: "Estimate from real numbers for the next two or three years; most services never outgrow one good server.",
      label: "scale",
      shortfall: "{option} scales only to {profile} of 5, below the {team} the service needs",
    },
    {
      id: "shape-variety",
      name: "How much records differ in shape",
      kind: "need",
      anchors: {
        1: "Every record has the same, well-known fields.",
        3: "A stable core with some optional or nested parts.",
        5: "Records vary widely and their fields change often, for example items from many suppliers.",
      },
      help: "Think of the data itself, not of how often the team wants to change the code.",
      label: "flexibility of record shapes",
      shortfall:
        "{option} handles varied record shapes at only {profile} of 5, while the service needs {team}",
    },
    {
      id: "operations",
      name: "Capacity to run and pay for it",
      kind: "capacity",
      anchors: {
        1: "A managed service that needs no attention, on a small budget.",
        3: "Someone can tune, back up and upgrade a database, and there is a moderate budget.",
        5: "Database specialists and the budget for a cluster across regions.",
      },
      help: "Count the people who understand databases deeply, and what the organisation will pay each month.",
      label: "operations capacity",
      shortfall:
        "{option} needs operations capacity of {profile} of 5, more than the {team} the team has",
    },
  ],
  options: [
    {
      id: "relational",
      name: "Relational database",
      summary:
        "A single-primary SQL database such as PostgreSQL or MySQL, ideally as a managed service: tables, joins, transactions and decades of tooling.",
      // query-variety 5: SQL answers questions nobody planned for.
      // consistency 5: multi-row transactions are its core promise.
      // scale 2: one primary goes a long way, but beyond one machine takes sharding or a different family.
      // shape-variety 2: fixed columns, softened by JSON columns.
      // operations 2: managed offerings make it routine; schema changes still need care.
      profile: { "query-variety": 5, consistency: 5, scale: 2, "shape-variety": 2, operations: 2 },
      habitat:
        "Most business services: orders, accounts, internal tools, anything with relationships.",
      strengths: [
        "Answers new questions without redesigning the data.",
        "Transactions keep related records correct with no extra code.",
        "Every team, tool and hosting provider knows it.",
      ],
      weaknesses: [
        "Growing beyond one primary server is hard work.",
        "Highly varied records fit its tables awkwardly.",
      ],
      implementation: {
        pilot:
          "Model the service's three most important entities and their queries, load realistic volumes, and check the slowest query plan before building on it.",
        roles:
          "Name a schema owner who reviews migrations and indexes, and make sure backups are restored in a test at least once.",
        scaling:
          "Add read replicas and caching first; consider partitioning only when measurements show the primary is the limit.",
        review:
          "Every half year, look at growth against the largest server available, well before it is reached.",
        owners: ["Schema owner", "Backup owner"],
      },
      risks: [
        "Schema migrations on large tables lock them at the worst moment if nobody plans them.",
        "Growth is ignored until the primary is full, when moving is hardest.",
      ],
    },
    {
      id: "document",
      name: "Document database",
      summary:
        "A store of self-describing documents, such as MongoDB or Couchbase: each record carries its own nested structure, and collections spread over several servers.",
      // query-variety 3: rich queries within a collection, weak across collections.
      // consistency 3: single-document changes are atomic; multi-document transactions exist but are the exception.
      // scale 4: spreads over servers by design, with some planning of shard keys.
      // shape-variety 5: documents of different shapes sit side by side.
      // operations 2: managed offerings exist; running it yourself needs more.
      profile: { "query-variety": 3, consistency: 3, scale: 4, "shape-variety": 5, operations: 2 },
      habitat: "Catalogues, content and profiles whose records differ in shape and are read whole.",
      strengths: [
        "Varied and changing records need no schema migration.",
        "A document holds what one screen needs, so reads are simple and fast.",
      ],
      weaknesses: [
        "Questions across collections are awkward and slow.",
        "Without a schema, data quality rests on application code.",
      ],
      implementation: {
        pilot:
          "Store a realistic sample of the most varied records, write the queries the first screens need, and try one report across collections.",
        roles:
          "Name a data-model owner who documents each collection's expected fields and validates them at the edge.",
        scaling:
          "Choose shard keys from measured access patterns before the data grows, and add indexes per query.",
        review:
          "Every half year, check whether cross-collection questions have become common; if so, feed a relational copy for reports.",
        owners: ["Data-model owner"],
      },
      risks: [
        "Shapes drift until nobody knows which fields a document may have.",
        "Reporting needs arrive, and the team builds slow joins in code.",
      ],
    },
    {
      id: "key-value",
      name: "Managed key-value store",
      summary:
        "A fully managed store that reads and writes items by key at any volume, such as DynamoDB or Bigtable, designed around a few access patterns known in advance.",
      // query-variety 1: anything beyond the designed keys needs another copy of the data.
      // consistency 2: single-item guarantees; wider transactions are limited and costly.
      // scale 5: grows with traffic without the team doing anything.
      // shape-variety 3: items carry any attributes, but the keys are fixed by design.
      // operations 1: no servers to run; pay per use.
      profile: { "query-variety": 1, consistency: 2, scale: 5, "shape-variety": 3, operations: 1 },
      habitat: "High-volume lookups: sessions, events, device data, carts.",
      strengths: [
        "Scales from nothing to huge volumes without operations work.",
        "Predictable, fast reads and writes by key.",
      ],
      weaknesses: [
        "Every access pattern has to be designed up front; new questions mean new copies of the data.",
        "Costs follow traffic and can surprise at high volume.",
      ],
      implementation: {
        pilot:
          "List every access pattern the service needs, design the keys for them, and load-test the busiest one at expected volume.",
        roles:
          "Name an owner of the key design who approves every new access pattern, and someone who watches the monthly bill.",
        scaling:
          "Add secondary indexes or streams into other stores for new questions rather than scanning.",
        review: "Every quarter, compare the cost per request with the traffic forecast.",
        owners: ["Key design owner", "Cost owner"],
      },
      risks: [
        "A question nobody designed for arrives, and the answer needs a full scan or a new copy of the data.",
        "Traffic grows and so does the bill, with nobody watching it.",
      ],
    },
    {
      id: "distributed-sql",
      name: "Distributed SQL database",
      summary:
        "A SQL database that spreads data and transactions over many servers and regions, such as CockroachDB, YugabyteDB or Spanner.",
      // query-variety 4: SQL and joins, though queries across regions are slower and need care.
      // consistency 5: serialisable transactions across servers.
      // scale 5: adds servers and regions as it grows.
      // shape-variety 2: tables, like any relational database.
      // operations 4: clusters across regions need expertise and a larger budget, even when managed.
      profile: { "query-variety": 4, consistency: 5, scale: 5, "shape-variety": 2, operations: 4 },
      habitat:
        "Services with strict correctness at global scale: ledgers, inventories, bookings across regions.",
      strengths: [
        "Relational queries and transactions, without a single machine's limit.",
        "Survives the loss of a server or a region.",
      ],
      weaknesses: [
        "Every transaction pays for coordination between servers.",
        "Expensive and specialised to run well.",
      ],
      implementation: {
        pilot:
          "Run the service's busiest transaction across the regions you need, at expected load, and measure its latency against what users accept.",
        roles:
          "Name a database lead who owns the cluster topology, and someone who plans where each table's data lives.",
        scaling:
          "Add regions one at a time, placing data near its users, and test losing a region before relying on it.",
        review:
          "Every half year, check latency and cost against a single-region setup; not every service keeps needing global scale.",
        owners: ["Database lead", "Data placement owner"],
      },
      risks: [
        "Latency between regions slows every transaction more than expected.",
        "The team pays for global scale long before it needs it.",
      ],
    },
  ],
  tradeOffs: [],
  facts: [
    {
      id: "start-relational",
      question: "We cannot tell yet. What is the safe default?",
      answer:
        "A managed relational database: it answers unplanned questions, keeps data correct and grows further than most services ever need.",
    },
    {
      id: "two-stores",
      question: "Can a service use more than one kind?",
      answer:
        "Yes, and many do: one store is the source of truth, and others receive copies for search, reporting or fast lookups. Each added store is one more thing to run.",
    },
    {
      id: "design-keys-first",
      question: "Why does the key design matter so much?",
      answer:
        "A key-value store answers only the questions its keys were designed for; list every access pattern before the first write.",
      appliesWhen: { recommended: "key-value" },
    },
    {
      id: "scale-honestly",
      question: "Are we sure we need global scale?",
      answer:
        "Check the numbers: one large relational server handles more than most services will ever see, at a fraction of the cost.",
      appliesWhen: { recommended: "distributed-sql", criterion: "scale", atMost: 4 },
    },
  ],
  withoutDecision:
    "While nothing is decided, the first developer's favourite database becomes the choice by default, and the team finds out what it cannot do when the data is already in it.",
  translations: { de: databaseChoiceDe },
};
