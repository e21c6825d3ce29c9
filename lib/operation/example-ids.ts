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

/**
 * The ids the API document's examples are written with: one recognisable UUID
 * per kind (…0001 a network, …0002 a hold, …), so a reader, or the contract
 * test, can put real ids in their place.
 */
export const DOCUMENT_EXAMPLE_IDS: ExampleIds = {
  tenantId: "00000000-0000-4000-8000-000000000001",
  holdId: "00000000-0000-4000-8000-000000000002",
  importId: "00000000-0000-4000-8000-000000000003",
  groupId: "00000000-0000-4000-8000-000000000004",
  otherGroupId: "00000000-0000-4000-8000-000000000005",
  memberId: "00000000-0000-4000-8000-000000000006",
  targetUserId: "00000000-0000-4000-8000-000000000007",
  tokenId: "00000000-0000-4000-8000-000000000008",
  sessionId: "00000000-0000-4000-8000-000000000009",
  connectionId: "00000000-0000-4000-8000-00000000000a",
  partnerId: "00000000-0000-4000-8000-00000000000b",
  otherSlug: "example-network",
  guestId: "00000000-0000-4000-8000-00000000000c",
  exportId: "00000000-0000-4000-8000-00000000000d",
  scheduleId: "00000000-0000-4000-8000-00000000000e",
};
