import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { sectionOf, TENANT_SECTIONS } from "./tenant-sections";

describe("a network's sections", () => {
  it("name the section of any path inside a network, and none for a path outside them", () => {
    expect(sectionOf("")?.label).toBe("overview");
    expect(sectionOf("/members")?.anyOf).toEqual(["members.read"]);
    expect(sectionOf("/members/import")?.anyOf).toEqual(["members.read"]);
    expect(sectionOf("/audit/exports")?.anyOf).toEqual(["audit.read"]);
    expect(sectionOf("/console-users")?.anyOf).toEqual(["console_users.read"]);
    expect(sectionOf("/settings")?.anyOf).toEqual(["tenants.update", "sso.read"]);
    // A prefix of a name is not the section.
    expect(sectionOf("/membersx")).toBeUndefined();
    expect(sectionOf("/unknown")).toBeUndefined();
  });

  // The layout's guard is what keeps a page that streams behind a skeleton a 404 to a role without its
  // permission: a folder of pages without a section would stream unguarded.
  it("cover every folder of pages under a network", () => {
    const dir = path.resolve(import.meta.dirname, "../../app/(console)/tenants/[tenantId]");
    const folders = readdirSync(dir, { withFileTypes: true })
      .filter((e) => e.isDirectory() && !/^\(.*\)$/.test(e.name))
      .map((e) => `/${e.name}`);
    expect(folders.length).toBeGreaterThan(5);
    expect(folders.filter((f) => !TENANT_SECTIONS.some((s) => s.path === f))).toEqual([]);
  });
});
