import { defineOperation } from "@/lib/operation/define-operation";
import { notFound } from "@/lib/operation/operation-error";
import { byTenant, tenantInput } from "@/lib/validation/tenant-input";

// GET one network's settings.
export const getTenant = defineOperation({
  name: "tenant.read",
  kind: "read",
  permission: "tenants.read",
  schema: tenantInput,
  tenantOf: byTenant,
  async run({ input, db }) {
    const tenant = await db.tenant.findUnique({ where: { id: input.tenantId } });
    if (!tenant) throw notFound("The network");
    return tenant;
  },
});
