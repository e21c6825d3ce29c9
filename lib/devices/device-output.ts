import { DevicePlatform, DeviceStatus } from "@/lib/generated/prisma/enums";
import { id, at } from "@/lib/operation/wire";
import { z } from "zod";

// A device as the admin API answers it (a member's devices, the devices list).
export const device = z.object({
  tenantId: id,
  id,
  memberId: id,
  platform: z.enum(DevicePlatform),
  appVersion: z.string(),
  status: z.enum(DeviceStatus),
  registeredAt: at,
  lastSeenAt: at,
});
