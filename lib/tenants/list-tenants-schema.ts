import { listParamsSchema } from "@/lib/validation/list-params";

export const TENANT_SORTS = ["name", "slug", "plan", "status", "createdAt"] as const;
export type TenantSort = (typeof TENANT_SORTS)[number];
export const listTenantsParams = listParamsSchema(TENANT_SORTS, "name");
