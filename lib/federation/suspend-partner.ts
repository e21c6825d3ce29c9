import { defineLinkOperation } from "./partner-link";

// Either side pauses the link; the next decision is deny. Only that side can resume it.
export const suspendPartner = defineLinkOperation(
  "federation.partner_suspend",
  {
    from: ["active"],
    to: "suspended",
    both: false,
    action: "federation.partner_suspend",
  },
  {
    method: "POST",
    path: "/tenants/{tenantId}/federation/partners/{partnerId}/suspend",
    summary: "Suspend a link",
  },
);
