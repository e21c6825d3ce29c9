import { z } from "zod";
import { DevicePlatform, MemberStatus } from "@/lib/generated/prisma/enums";
import { PAGE_SIZES } from "@/lib/validation/list-params";
import { tenantInput } from "@/lib/validation/tenant-input";

export const MEMBER_SORTS = ["displayName", "email", "status", "group", "lastSeenAt"] as const;
export type MemberSort = (typeof MEMBER_SORTS)[number];
export const MEMBER_STATUSES = Object.values(MemberStatus);

const list = <T extends z.ZodType>(item: T) =>
  z.preprocess((v) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : String(v).split(",")), z.array(item));

/** The directory's filter: shared by the list, the export and "all matching" bulk actions. */
export const memberFilterShape = {
  q: z.string().trim().max(200, "at most 200 characters").optional(),
  status: list(z.enum(MemberStatus, { message: "unknown status" })).default([]),
  groupId: z.uuid({ message: "expected a group id" }).optional(),
  hasDevice: z.enum(["yes", "no"], { message: "expected yes or no" }).optional(),
  seenAfter: z.coerce.date({ message: "expected a date" }).optional(),
  seenBefore: z.coerce.date({ message: "expected a date" }).optional(),
  joinedAfter: z.coerce.date({ message: "expected a date" }).optional(),
  joinedBefore: z.coerce.date({ message: "expected a date" }).optional(),
  // Members an active legal hold covers, by name or through their group.
  holdId: z.uuid({ message: "expected a hold id" }).optional(),
  // Members with a device matching all three that are given: its platform, client version, seen since.
  devicePlatform: z.enum(DevicePlatform, { message: "unknown platform" }).optional(),
  deviceVersion: z.string().trim().min(1, "enter a version").max(100, "at most 100 characters").optional(),
  deviceSeenAfter: z.coerce.date({ message: "expected a date" }).optional(),
};
export const memberFilterSchema = z.object(memberFilterShape);
export type MemberFilter = z.infer<typeof memberFilterSchema>;

const strict = tenantInput.extend({
  ...memberFilterShape,
  sort: z.enum(MEMBER_SORTS).default("displayName"),
  dir: z.enum(["asc", "desc"]).default("asc"),
  pageSize: z.coerce
    .number()
    .refine((n) => (PAGE_SIZES as readonly number[]).includes(n), `expected one of ${PAGE_SIZES.join(", ")}`)
    .default(50),
  // Keyset cursors: opaque to callers, they name the row to continue from.
  after: z.string().max(2000).optional(),
  before: z.string().max(2000).optional(),
});

export const listMembersSchema = strict;

/** For page URLs: a bad value falls back to its default instead of an error page. */
export const listMembersLenient = z.object({
  q: strict.shape.q.catch(undefined),
  status: strict.shape.status.catch([]),
  groupId: strict.shape.groupId.catch(undefined),
  hasDevice: strict.shape.hasDevice.catch(undefined),
  seenAfter: strict.shape.seenAfter.catch(undefined),
  seenBefore: strict.shape.seenBefore.catch(undefined),
  joinedAfter: strict.shape.joinedAfter.catch(undefined),
  joinedBefore: strict.shape.joinedBefore.catch(undefined),
  holdId: strict.shape.holdId.catch(undefined),
  devicePlatform: strict.shape.devicePlatform.catch(undefined),
  deviceVersion: strict.shape.deviceVersion.catch(undefined),
  deviceSeenAfter: strict.shape.deviceSeenAfter.catch(undefined),
  sort: strict.shape.sort.catch("displayName"),
  dir: strict.shape.dir.catch("asc"),
  pageSize: strict.shape.pageSize.catch(50),
  after: strict.shape.after.catch(undefined),
  before: strict.shape.before.catch(undefined),
});
