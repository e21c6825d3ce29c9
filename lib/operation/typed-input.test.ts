import { describe, expect, it } from "vitest";
import { createGroup } from "@/lib/groups/create-group";
import { suspendMembers } from "@/lib/members/suspend-members";
import type { Ctx } from "@/lib/rbac/actor";
import { callWithRaw } from "./define-operation";

// Compile-time checks, run by `npm run typecheck` (part of npm test): each
// expected-error directive below fails the type check the day its wrong input compiles.
// The function is never called; the test only proves it exists.
function wrongInputsDoNotCompile(ctx: Ctx, tenantId: string) {
  // @ts-expect-error a misspelt field
  void suspendMembers(ctx, { tenantId, memberIdz: ["x"] });
  // @ts-expect-error a field of the wrong type
  void suspendMembers(ctx, { tenantId, memberIds: "x" });
  // @ts-expect-error a required field left out
  void createGroup(ctx, { tenantId });
  // A door with outside data says so, and the operation validates it at run time.
  void callWithRaw(createGroup, ctx, { tenantId, anything: true });
  // The right input compiles.
  void suspendMembers(ctx, { tenantId, memberIds: ["x"] });
}

describe("typed operation inputs", () => {
  it("are checked by the type checker (see the @ts-expect-error lines above)", () => {
    expect(typeof wrongInputsDoNotCompile).toBe("function");
  });
});
