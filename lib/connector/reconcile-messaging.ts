import { defineOperation } from "@/lib/operation/define-operation";
import { OperationError } from "@/lib/operation/operation-error";
import { byTenant, tenantInput } from "@/lib/validation/tenant-input";
import { z } from "zod";
import { ejabberdTarget } from "./messaging-target";
import { reconcileMessagingServer } from "./start-messaging-connector";

// "Reconcile now": compares this network on the server with the console at once,
// repairs what it can and reports the rest, as the scheduled reconciliation does.
export const reconcileMessaging = defineOperation({
  name: "messaging.reconcile",
  kind: "write",
  permission: "tenants.update",
  schema: tenantInput,
  example: (ids) => ({ tenantId: ids.tenantId }),
  api: {
    method: "POST",
    path: "/tenants/{tenantId}/messaging/reconcile",
    summary: "Reconcile the network with the messaging server",
  },
  output: z.object({ findings: z.number().int(), reported: z.number().int() }),
  tenantOf: byTenant,
  async run({ input, tx }) {
    const tenant = await tx.tenant.findUnique({
      where: { id: input.tenantId },
      select: { xmppDomain: true, status: true },
    });
    const target = ejabberdTarget();
    if (!target)
      throw new OperationError("conflict", "No messaging server is connected: set CUSTODIAN_EJABBERD_API_URL.");
    if (!tenant?.xmppDomain)
      throw new OperationError("conflict", "This network has no messaging domain: set one in its settings first.", {
        xmppDomain: ["set a domain first"],
      });
    if (tenant.status !== "active")
      throw new OperationError(
        "conflict",
        "This network is suspended: its host is off the server until it is reactivated.",
      );
    let findings;
    try {
      findings = (await reconcileMessagingServer(target, [input.tenantId])).get(input.tenantId) ?? [];
    } catch (err) {
      throw new OperationError(
        "conflict",
        `The messaging server could not be reached: ${err instanceof Error ? err.message : String(err)}`,
      );
    }
    const result = { findings: findings.length, reported: findings.filter((f) => !f.repaired).length };
    return { result, audit: { target: { type: "xmpp_host", id: tenant.xmppDomain }, changes: { after: result } } };
  },
});
