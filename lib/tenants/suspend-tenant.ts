import { defineTenantStatus } from "./tenant-status";

// Suspend a network: its members are refused by every service API answer.
export const suspendTenant = defineTenantStatus("tenant.suspend", "suspended");
