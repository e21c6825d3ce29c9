import { describe, expect, it } from "vitest";
import { readGroupsClaim, rolesForGroups } from "./sso-mappings";

const t1 = "0195a0c0-0000-7000-8000-000000000001";
const t2 = "0195a0c0-0000-7000-8000-000000000002";

describe("SSO group mapping", () => {
  const mappings = [
    { group: "custodian-auditors", tenantId: t1, role: "auditor" as const },
    { group: "custodian-admins", tenantId: t1, role: "tenant_admin" as const },
    { group: "helpdesk", tenantId: t2, role: "helpdesk" as const },
  ];

  it("maps groups to roles per network, strongest role winning", () => {
    expect(rolesForGroups(mappings, ["custodian-auditors", "custodian-admins"])).toEqual(
      new Map([[t1, "tenant_admin"]]),
    );
    expect(rolesForGroups(mappings, ["helpdesk"])).toEqual(new Map([[t2, "helpdesk"]]));
  });

  it("grants nothing for unmapped groups", () => {
    expect(rolesForGroups(mappings, ["everyone"]).size).toBe(0);
  });

  it("reads array, string and missing claims", () => {
    expect(readGroupsClaim({ groups: ["a", 1, "b"] }, "groups")).toEqual(["a", "b"]);
    expect(readGroupsClaim({ roles: "a" }, "roles")).toEqual(["a"]);
    expect(readGroupsClaim({}, "groups")).toEqual([]);
  });
});
