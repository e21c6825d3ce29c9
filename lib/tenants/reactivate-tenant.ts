import { defineTenantStatus } from "./tenant-status";

// Lift a network's suspension.
export const reactivateTenant = defineTenantStatus("tenant.reactivate", "active");
