import { NO_DOOR } from "@/lib/operation/door-reasons";
import { z } from "zod";
import { DEFAULT_GROUP_SETTINGS } from "@/lib/settings/group-settings";
import { defineOperation } from "@/lib/operation/define-operation";
import { OperationError } from "@/lib/operation/operation-error";
import { toJson } from "@/lib/settings/to-json";
import { checkTrial, slugSchema, tenantFields } from "./tenant-input";
import { readNetworkSettings } from "./network-settings";

export const createTenantSchema = z.object({ ...tenantFields, slug: slugSchema }).superRefine(checkTrial);

// Create a network with its default security group. Recorded in the new network's chain.
export const createTenant = defineOperation({
  name: "tenant.create",
  kind: "write",
  permission: "platform.tenants.create",
  schema: createTenantSchema,
  example: () => ({ name: "Probe Co", slug: "probe-co", plan: "standard", region: "us-east-1" }),
  api: { none: NO_DOOR.PLATFORM },
  async run({ input, tx }) {
    if (await tx.tenant.findUnique({ where: { slug: input.slug }, select: { id: true } })) {
      throw new OperationError("conflict", "That slug is taken.", { slug: ["another network uses this slug"] });
    }
    if (
      input.xmppDomain &&
      (await tx.tenant.findUnique({ where: { xmppDomain: input.xmppDomain }, select: { id: true } }))
    )
      throw new OperationError("conflict", "That XMPP domain is taken.", {
        xmppDomain: ["another network uses this domain"],
      });
    const tenant = await tx.tenant.create({
      data: { ...input, settings: toJson(readNetworkSettings({})) },
    });
    await tx.securityGroup.create({
      data: { tenantId: tenant.id, name: "Default", isDefault: true, settings: toJson(DEFAULT_GROUP_SETTINGS) },
    });
    return {
      result: { id: tenant.id, slug: tenant.slug },
      audit: {
        chain: tenant.id,
        target: { type: "tenant", id: tenant.id },
        changes: {
          after: {
            name: input.name,
            slug: input.slug,
            plan: input.plan,
            region: input.region,
            xmppDomain: input.xmppDomain,
            trialEndsAt: input.trialEndsAt?.toISOString() ?? null,
          },
        },
      },
    };
  },
});
