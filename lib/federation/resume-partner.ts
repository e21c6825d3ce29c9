import { defineLinkOperation } from "./partner-link";

export const resumePartner = defineLinkOperation(
  "federation.partner_resume",
  {
    from: ["suspended"],
    to: "active",
    both: false,
    action: "federation.partner_resume",
  },
  {
    method: "POST",
    path: "/tenants/{tenantId}/federation/partners/{partnerId}/resume",
    summary: "Resume a link",
  },
);
