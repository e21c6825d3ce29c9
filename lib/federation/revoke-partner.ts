import { defineLinkOperation } from "./partner-link";

// Either side ends the link for both; a new request starts over.
export const revokePartner = defineLinkOperation(
  "federation.partner_revoke",
  {
    from: ["pending", "active", "suspended"],
    to: "revoked",
    both: true,
    action: "federation.partner_revoke",
  },
  {
    method: "POST",
    path: "/tenants/{tenantId}/federation/partners/{partnerId}/revoke",
    summary: "Revoke a link",
  },
);
