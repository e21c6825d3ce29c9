import { NO_DOOR } from "@/lib/operation/door-reasons";
import { createHash, randomBytes } from "node:crypto";
import { z } from "zod";
import { defineOperation } from "@/lib/operation/define-operation";
import { OperationError } from "@/lib/operation/operation-error";
import { TENANT_ROLES } from "@/lib/rbac/permissions";
import { byTenant, tenantInput } from "@/lib/validation/tenant-input";
import { emailAddress } from "@/lib/validation/email-address";

export const INVITE_DAYS = 7;

export const inviteConsoleUserSchema = tenantInput.extend({
  email: emailAddress("expected an email address").pipe(z.string().max(320)),
  name: z.string().trim().min(1, "enter the person's name").max(200, "at most 200 characters"),
  role: z.enum(TENANT_ROLES, { message: "choose a role" }),
});

export const hashInviteToken = (token: string) => createHash("sha256").update(token).digest("hex");

/**
 * Gives a person a role in this network. A new person gets an invitation link
 * (shown once, valid for 7 days) to set their password; someone who already has
 * a console account simply gains the role.
 */
export const inviteConsoleUser = defineOperation({
  name: "console_user.invite",
  kind: "write",
  permission: "console_users.write",
  schema: inviteConsoleUserSchema,
  example: (ids) => ({
    tenantId: ids.tenantId,
    email: "probe@example.test",
    name: "Probe",
    role: "tenant_admin",
  }),
  api: { none: NO_DOOR.NO_ESCALATION },
  tenantOf: byTenant,
  async run({ input, tx }) {
    const existing = await tx.consoleUser.findUnique({ where: { email: input.email }, include: { roleGrants: true } });
    if (existing?.roleGrants.some((g) => g.tenantId === input.tenantId)) {
      throw new OperationError("conflict", "This person already has a role in this network.", {
        email: ["already has a role in this network: change it in the list instead"],
      });
    }
    let inviteToken: string | null = null;
    let userId = existing?.id;
    if (!existing) {
      inviteToken = randomBytes(24).toString("base64url");
      const user = await tx.consoleUser.create({
        data: {
          email: input.email,
          name: input.name,
          status: "invited",
          inviteTokenHash: hashInviteToken(inviteToken),
          inviteExpiresAt: new Date(Date.now() + INVITE_DAYS * 86_400_000),
        },
      });
      userId = user.id;
    }
    await tx.roleGrant.create({ data: { tenantId: input.tenantId, userId: userId!, role: input.role } });
    return {
      result: { userId: userId!, email: input.email, invitePath: inviteToken ? `/invite/${inviteToken}` : null },
      audit: {
        target: { type: "console_user", id: userId! },
        changes: { after: { email: input.email, role: input.role, newAccount: !existing } },
      },
    };
  },
});
