import { NO_DOOR } from "@/lib/operation/door-reasons";
import { z } from "zod";
import { defineOperation } from "@/lib/operation/define-operation";
import { SIGNING_KEY_LOCK, makeNextSigningKey } from "./get-signing-key";

// POST a new signing key, endorsed by the key it replaces; the current one is
// retired but stays published, so everything it signed still verifies.
export const rotateSigningKey = defineOperation({
  name: "signing.rotate",
  kind: "write",
  permission: "platform.signing_keys.rotate",
  schema: z.object({}),
  example: () => ({}),
  api: { none: NO_DOOR.PLATFORM },
  async run({ tx }) {
    // Serialise rotations: two at once would leave two current keys.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${SIGNING_KEY_LOCK}))`;
    const retired = await tx.signingKey.findMany({ where: { retiredAt: null }, select: { kid: true } });
    await tx.signingKey.updateMany({ where: { retiredAt: null }, data: { retiredAt: new Date() } });
    const { key, endorsedBy } = await makeNextSigningKey(tx);
    return {
      result: { kid: key.kid, retired: retired.map((r) => r.kid), endorsedBy },
      audit: {
        target: { type: "signing_key", id: key.kid },
        changes: { after: { kid: key.kid, retired: retired.map((r) => r.kid), endorsedBy } },
      },
    };
  },
});
