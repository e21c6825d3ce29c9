import type { Prisma } from "@/lib/generated/prisma/client";

/** A validated settings document as a JSON column value. */
export function toJson(value: unknown): Prisma.InputJsonValue {
  return JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue;
}
