import { defineLinkOperation } from "./partner-link";

// ... or rejects it: neither side is linked.
export const rejectPartnership = defineLinkOperation(
  "federation.partner_reject",
  {
    from: ["pending"],
    to: "rejected",
    both: true,
    incomingOnly: true,
    action: "federation.partner_reject",
  },
  {
    method: "POST",
    path: "/tenants/{tenantId}/federation/partners/{partnerId}/reject",
    summary: "Reject a request",
  },
);
