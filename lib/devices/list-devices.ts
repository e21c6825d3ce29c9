import { device } from "@/lib/devices/device-output";
import { page, count } from "@/lib/operation/wire";
import { z } from "zod";
import type { Prisma } from "@/lib/generated/prisma/client";
import { DevicePlatform, DeviceStatus } from "@/lib/generated/prisma/enums";
import { defineOperation } from "@/lib/operation/define-operation";
import { keysetFields, pageByKeyset, type KeyColumn } from "@/lib/pagination/page-by-keyset";
import { byTenant, tenantInput } from "@/lib/validation/tenant-input";

// Most recently seen first.
const ORDER: KeyColumn[] = [
  { field: "lastSeenAt", dir: "desc", kind: "date" },
  { field: "id", dir: "asc", kind: "string" },
];

export const listDevicesSchema = tenantInput.extend({
  platform: z.enum(DevicePlatform, { message: "unknown platform" }).optional(),
  appVersion: z.string().trim().max(50, "at most 50 characters").optional(),
  status: z.enum(DeviceStatus, { message: "expected active or reset" }).default("active"),
  ...keysetFields(50),
});

// GET a page of a network's devices, filtered by platform, client version and status, with the total matching.
export const listDevices = defineOperation({
  name: "member.list",
  kind: "read",
  permission: "members.read",
  schema: listDevicesSchema,
  example: (ids) => ({ tenantId: ids.tenantId }),
  api: { method: "GET", path: "/tenants/{tenantId}/devices", summary: "Devices by platform, version, status" },
  output: page(device.extend({ memberName: z.string(), memberEmail: z.string() }), { total: count }),
  tenantOf: byTenant,
  async run({ input, db }) {
    const where: Prisma.DeviceWhereInput = {
      tenantId: input.tenantId,
      status: input.status,
      ...(input.platform ? { platform: input.platform } : {}),
      ...(input.appVersion ? { appVersion: input.appVersion } : {}),
    };
    const [page, total] = await Promise.all([
      pageByKeyset(ORDER, input, (keyset) =>
        db.device.findMany({
          ...keyset,
          where: { AND: [where, keyset.where] },
          include: { member: { select: { displayName: true, email: true } } },
        }),
      ),
      db.device.count({ where }),
    ]);
    return {
      ...page,
      total,
      rows: page.rows.map(({ member, ...d }) => ({ ...d, memberName: member.displayName, memberEmail: member.email })),
    };
  },
});
