// The roles people pick when they join. A module of its own so the join form can list them
// without pulling the input schemas (and zod) into the browser. How each reads is in the `join`
// messages (join.roles), in every language.
export const participantRoles = [
  "data_scientist",
  "ml_engineer",
  "platform_devops",
  "product_business",
  "compliance_risk",
  "other",
] as const;

export type ParticipantRole = (typeof participantRoles)[number];
