import { defineGuestBlock } from "./guest-block";

// A blocked guest is refused in the very next decision.
export const blockGuest = defineGuestBlock("guest.block", true, {
  method: "POST",
  path: "/tenants/{tenantId}/guests/{guestId}/block",
  summary: "Block a guest",
});
