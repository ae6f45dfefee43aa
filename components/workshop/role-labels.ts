import type { ParticipantRole } from "@/lib/workshops/roles";

export const roleLabels: Record<ParticipantRole, string> = {
  data_scientist: "Data scientist",
  ml_engineer: "ML engineer",
  platform_devops: "Platform or DevOps engineer",
  product_business: "Product or business owner",
  compliance_risk: "Compliance or risk",
  other: "Something else",
};
