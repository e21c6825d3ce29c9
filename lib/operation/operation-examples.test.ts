import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { OPERATIONS } from "@/lib/operations";
import type { ExampleIds } from "./example-ids";

// Every operation's example input (the isolation matrix's probe) is one its own
// schema accepts, so a probe that is refused proves the permission check, not a
// typo in the probe. Checked here because the spec types it loosely.
const ids: ExampleIds = {
  tenantId: randomUUID(),
  holdId: randomUUID(),
  importId: randomUUID(),
  groupId: randomUUID(),
  otherGroupId: randomUUID(),
  memberId: randomUUID(),
  targetUserId: randomUUID(),
  tokenId: randomUUID(),
  sessionId: randomUUID(),
  connectionId: randomUUID(),
  partnerId: randomUUID(),
  otherSlug: "other-network",
  guestId: randomUUID(),
  exportId: randomUUID(),
  scheduleId: randomUUID(),
};

describe("operation examples", () => {
  for (const [name, op] of Object.entries(OPERATIONS))
    it(`${name}: its example is a valid input`, () => {
      const parsed = op.spec.schema.safeParse(op.spec.example(ids));
      expect(parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`)).toEqual([]);
    });
});
