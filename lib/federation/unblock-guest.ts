import { defineGuestBlock } from "./guest-block";

// Unblocking lets a guest back within the lapse period.
export const unblockGuest = defineGuestBlock("guest.unblock", false, {
  method: "POST",
  path: "/tenants/{tenantId}/guests/{guestId}/unblock",
  summary: "Unblock a guest",
});
