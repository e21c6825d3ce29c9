/**
 * The ids of one network's objects, one of each kind, that an operation's
 * example input aims at. The isolation and legal-hold tests create such a
 * network (lib/testing/operation-probes.ts) and call every operation with its
 * example, so an operation is probed from its own file, not from a list.
 */
export interface ExampleIds {
  tenantId: string;
  holdId: string;
  importId: string;
  groupId: string;
  otherGroupId: string;
  memberId: string;
  targetUserId: string;
  tokenId: string;
  sessionId: string;
  connectionId: string;
  partnerId: string;
  /** Another network's slug, to link to. */
  otherSlug: string;
  guestId: string;
  exportId: string;
  scheduleId: string;
}
