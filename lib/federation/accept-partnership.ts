import { defineLinkOperation } from "./partner-link";

// The network that received a request accepts it: the link is active on both sides.
export const acceptPartnership = defineLinkOperation(
  "federation.partner_accept",
  {
    from: ["pending"],
    to: "active",
    both: true,
    incomingOnly: true,
    action: "federation.partner_accept",
  },
  {
    method: "POST",
    path: "/tenants/{tenantId}/federation/partners/{partnerId}/accept",
    summary: "Accept a request",
  },
);
