import { z } from "zod";
import { TenantPlan } from "@/lib/generated/prisma/enums";

export const REGIONS = [
  "us-east-1",
  "us-west-2",
  "eu-central-1",
  "eu-west-2",
  "ap-southeast-2",
  "ca-central-1",
  "us-gov-west-1",
] as const;

/**
 * A network's XMPP domain: a DNS name of two labels or more (chat.example.com),
 * stored lower-case. It becomes the network's virtual host on the messaging
 * server, and the part after the @ of every member's address there.
 */
export const xmppDomainSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(253, "at most 253 characters")
  .regex(
    /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z](?:[a-z0-9-]{0,61}[a-z0-9])?$/,
    "a domain name such as chat.example.com: labels of letters, digits and dashes, separated by dots",
  );

/** Name, plan, trial end, region and XMPP domain: shared by create and update. */
export const tenantFields = {
  name: z.string().trim().min(2, "at least 2 characters").max(120, "at most 120 characters"),
  plan: z.enum(TenantPlan, { message: "choose standard, premium or trial" }),
  trialEndsAt: z
    .union([z.literal("").transform(() => null), z.null(), z.coerce.date({ message: "expected a date" })])
    .optional()
    .transform((v) => v ?? null),
  region: z.enum(REGIONS, { message: "choose a region" }),
  // Empty or absent: the network is not on a messaging server (yet).
  xmppDomain: z
    .union([z.literal("").transform(() => null), z.null(), xmppDomainSchema])
    .optional()
    .transform((v) => v ?? null),
};

/** A trial, and only a trial, ends on a future date. */
export function checkTrial(t: { plan: string; trialEndsAt: Date | null }, ctx: z.RefinementCtx) {
  if (t.plan === "trial" && !t.trialEndsAt) {
    ctx.addIssue({ code: "custom", path: ["trialEndsAt"], message: "a trial needs an end date" });
  } else if (t.plan === "trial" && t.trialEndsAt && t.trialEndsAt.getTime() <= Date.now()) {
    ctx.addIssue({ code: "custom", path: ["trialEndsAt"], message: "the trial must end in the future" });
  } else if (t.plan !== "trial" && t.trialEndsAt) {
    ctx.addIssue({ code: "custom", path: ["trialEndsAt"], message: "only a trial has an end date" });
  }
}

export const slugSchema = z
  .string()
  .max(48, "3 to 48 lower-case letters, digits and dashes, not starting or ending with a dash")
  .trim()
  .toLowerCase()
  .regex(
    /^[a-z0-9](?:[a-z0-9-]{1,46}[a-z0-9])$/,
    "3 to 48 lower-case letters, digits and dashes, not starting or ending with a dash",
  );
