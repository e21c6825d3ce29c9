import { describe, expect, it } from "vitest";
import { allows } from "./allows";
import { suspendMembers } from "@/lib/members/suspend-members";
import { listMySessions } from "@/lib/sessions/list-my-sessions";
import type { Ctx } from "@/lib/rbac/actor";

const tenantId = "5b2a6a0e-2f0e-4a43-9d0b-3f5e0b8f6a11";
const user = (role: "tenant_admin" | "auditor", mfaPending = false): Ctx => ({
  actor: {
    type: "console_user",
    id: "u1",
    email: "a@example.com",
    isPlatformOperator: false,
    grants: new Map([[tenantId, role]]),
    mfaPending,
  },
  request: {},
});

describe("allows", () => {
  it("answers with the operation's own permission, in the network asked about", () => {
    expect(allows(user("tenant_admin"), suspendMembers, tenantId)).toBe(true);
    expect(allows(user("auditor"), suspendMembers, tenantId)).toBe(false);
    expect(allows(user("tenant_admin"), suspendMembers, "00000000-0000-4000-8000-000000000000")).toBe(false);
  });

  it("opens a signed-in operation to every console user except one whose MFA set-up is pending", () => {
    expect(allows(user("auditor"), listMySessions)).toBe(true);
    expect(allows(user("tenant_admin", true), listMySessions)).toBe(false);
    expect(allows(user("tenant_admin", true), suspendMembers, tenantId)).toBe(false);
  });
});
