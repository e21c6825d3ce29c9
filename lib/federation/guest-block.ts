import { z } from "zod";
import type { AuditAction } from "@/lib/audit-chain/audit-actions";
import { type ApiRouteSpec, defineOperation } from "@/lib/operation/define-operation";
import { OperationError, notFound } from "@/lib/operation/operation-error";
import { byTenant, tenantInput } from "@/lib/validation/tenant-input";

const guestInput = tenantInput.extend({ guestId: z.uuid({ message: "expected a guest id" }) });

/** Blocking or unblocking a guest, from its audit action and its API route. */
export function defineGuestBlock(name: AuditAction, blocked: boolean, api: ApiRouteSpec) {
  return defineOperation({
    name,
    kind: "write",
    permission: "federation.write",
    schema: guestInput,
    example: (ids) => ({ tenantId: ids.tenantId, guestId: ids.guestId }),
    tenantOf: byTenant,
    api,
    output: z.object({ blocked: z.literal(blocked) }),
    async run({ ctx, input, tx }) {
      const key = { tenantId_id: { tenantId: input.tenantId, id: input.guestId } };
      const guest = await tx.guest.findUnique({ where: key });
      if (!guest) throw notFound("The guest");
      if (!!guest.blockedAt === blocked)
        throw new OperationError("conflict", blocked ? "The guest is already blocked." : "The guest is not blocked.");
      await tx.guest.update({
        where: key,
        data: blocked
          ? { blockedAt: new Date(), blockedById: ctx.actor.type === "console_user" ? ctx.actor.id : null }
          : { blockedAt: null, blockedById: null },
      });
      return {
        result: { blocked },
        audit: {
          target: { type: "guest", id: guest.id },
          changes: {
            before: { blocked: !blocked },
            after: { blocked, guest: guest.externalId, network: guest.network },
          },
        },
      };
    },
  });
}
