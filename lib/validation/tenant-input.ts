import { z } from "zod";

/** Every tenant-scoped input names its network; the one door checks permissions there. */
export const tenantInput = z.object({ tenantId: z.uuid({ message: "expected a network id (UUID)" }) });
export const byTenant = (input: { tenantId: string }) => input.tenantId;
