// The roles people pick when they join. A module of its own so the join form can list them
// without pulling the input schemas (and zod) into the browser.
export const participantRoles = [
  "data_scientist",
  "ml_engineer",
  "platform_devops",
  "product_business",
  "compliance_risk",
  "other",
] as const;

export type ParticipantRole = (typeof participantRoles)[number];

/** How each role reads in the interface and in exports. */
export const roleLabels: Record<ParticipantRole, string> = {
  data_scientist: "Data scientist",
  ml_engineer: "ML engineer",
  platform_devops: "Platform or DevOps engineer",
  product_business: "Product or business owner",
  compliance_risk: "Compliance or risk",
  other: "Something else",
};
