// The import rules of docs/architecture.md, checked by `npm run check` (scripts/check-imports.ts
// runs dependency-cruiser with this file). Imports flow one way:
//
//   app → components → lib/<feature> → lib/{access, auth, http, realtime, mail} → lib/{db, i18n, errors, ids, env}
//
// lib/scoring and lib/frameworks are pure and shared by the server, the browser and the command
// line. No cycles anywhere. Tests may reach across layers to set up a world (a rate limit's test
// makes a workshop to count a ballot's saves), but not into cycles.

const feature = "^lib/(workshops|results|decisions|authoring)/";
const platform = "^lib/(access|auth|http|realtime|mail)/";
const TESTS = "\\.test\\.tsx?$";
const foundation = "^lib/(db/|i18n/|errors\\.ts|ids\\.ts|env\\.ts)";

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "no-cycles",
      comment: "A cycle makes every module in it depend on all the others.",
      severity: "error",
      from: {},
      to: { circular: true },
    },
    {
      name: "lib-not-ui",
      comment: "lib/ serves app/ and components/, never the other way round.",
      severity: "error",
      from: { path: "^lib/", pathNot: TESTS },
      to: { path: "^(app|components)/" },
    },
    {
      name: "components-not-routes",
      comment: "Components are used by routes; they do not reach into them.",
      severity: "error",
      from: { path: "^components/", pathNot: TESTS },
      to: { path: "^app/" },
    },
    {
      name: "platform-not-features",
      comment: "Access, auth, HTTP, realtime and mail serve every feature and know none of them.",
      severity: "error",
      from: { path: platform, pathNot: TESTS },
      to: { path: feature },
    },
    {
      name: "foundation-not-above",
      comment: "The database, the languages, errors, ids and the environment are the bottom layer.",
      severity: "error",
      from: { path: foundation, pathNot: TESTS },
      to: { path: `${feature}|${platform}` },
    },
    {
      name: "scoring-is-pure",
      comment: "The scoring library runs in the server, the browser and the command line alike.",
      severity: "error",
      from: { path: "^lib/scoring/", pathNot: TESTS },
      to: { path: "^(app|components|lib|scripts)/", pathNot: "^lib/scoring/" },
    },
    {
      name: "frameworks-are-data",
      comment: "Frameworks are data for the scoring library, and need nothing else.",
      severity: "error",
      from: { path: "^lib/frameworks/", pathNot: TESTS },
      to: { path: "^(app|components|lib|scripts)/", pathNot: "^lib/(frameworks|scoring)/" },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "^(node_modules|\\.next|lib/db/generated)/" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
    },
  },
};
