// Every attribute the SCIM schemas list can be filtered on, by construction:
// the paths come from the same tables /Schemas publishes, and each one must
// find the member that has it and not the one that lacks it.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createApiTokenRow, createGroupRow, createTenant, ctxForToken } from "@/lib/testing/factories";
import { filterablePaths } from "./compile-scim-filter";
import { createScimUser } from "./create-scim-user";
import { GROUP_FILTER_SCOPE, listScimGroups } from "./list-scim-groups";
import { USER_FILTER_SCOPE, listScimUsers } from "./list-scim-users";
import { ScimError } from "./scim-error";
import { ENTERPRISE_SCHEMA } from "./scim-schema";

const base = "http://console.test/api/scim/v2";
let tenantId: string;
let ctx: Awaited<ReturnType<typeof ctxForToken>>;
let full: { id: string };
let bare: { id: string };

const ids = async (filter: string) =>
  ((await listScimUsers(ctx, { tenantId, base, filter, count: "1000" })).Resources as { id: string }[])
    .map((r) => r.id)
    .sort();

beforeAll(async () => {
  const tenant = await createTenant("SCIM filters");
  tenantId = tenant.id;
  await db.securityGroup.create({ data: { tenantId, name: "Default", isDefault: true, settings: {} } });
  const other = await createGroupRow(tenantId, "Other");
  await db.securityGroup.update({
    where: { tenantId_id: { tenantId, id: other.id } },
    data: { externalId: "grp-other" },
  });
  const token = await createApiTokenRow(tenantId, ["scim.provision"]);
  ctx = ctxForToken(token);
  const manager = (await createScimUser(ctx, {
    tenantId,
    base,
    user: { userName: "boss@filters.example", displayName: "The Boss" },
  })) as { id: string };
  full = (await createScimUser(ctx, {
    tenantId,
    base,
    user: {
      userName: "Full.User@Filters.example",
      externalId: "ext-full",
      displayName: "Full User",
      nickName: "Fully",
      title: "Engineer",
      preferredLanguage: "de-DE",
      locale: "de-DE",
      timezone: "Europe/Berlin",
      name: { givenName: "Full", familyName: "User" },
      emails: [{ value: "full@filters.example", type: "work", primary: true }],
      [ENTERPRISE_SCHEMA]: {
        employeeNumber: "42",
        costCenter: "CC-1",
        organization: "Filters Inc",
        division: "North",
        department: "Research",
        manager: { value: manager.id },
      },
    },
  })) as { id: string };
  bare = (await createScimUser(ctx, {
    tenantId,
    base,
    user: { userName: "bare@filters.example", active: false },
  })) as { id: string };
});

describe("SCIM filters", () => {
  it("answer `pr` for every filterable attribute, finding the user who has it and not the one who lacks it", async () => {
    const paths = filterablePaths(USER_FILTER_SCOPE);
    // Every listed attribute is here, and the list is the schema's: nothing to forget.
    expect(paths.length).toBeGreaterThan(25);
    // Attributes every user has, whatever they sent.
    const always = new Set([
      "id",
      "meta.created",
      "meta.lastModified",
      "userName",
      "displayName",
      "active",
      "emails.value",
      "emails.type",
      "emails.primary",
      "groups.value",
      "groups.display",
      "name.formatted",
    ]);
    for (const path of paths) {
      const found = await ids(`${path} pr`);
      expect(found, path).toContain(full.id);
      if (!always.has(path)) expect(found, path).not.toContain(bare.id);
      // And `not (… pr)` is exactly the rest, so no comparison drops a row that lacks the value.
      const rest = await ids(`not (${path} pr)`);
      expect(rest, path).not.toContain(full.id);
      if (!always.has(path)) expect(rest, path).toContain(bare.id);
    }
  });

  it("compare each string attribute by its value, case-insensitively unless it is caseExact", async () => {
    const cases: [string, string][] = [
      ["userName", "FULL.user@filters.EXAMPLE"],
      ["externalId", "ext-full"],
      ["displayName", "full user"],
      ["nickName", "FULLY"],
      ["title", "engineer"],
      ["preferredLanguage", "de-de"],
      ["locale", "DE-DE"],
      ["timezone", "europe/berlin"],
      ["name.givenName", "full"],
      ["name.familyName", "USER"],
      ["name.formatted", "Full User"],
      ["emails.value", "FULL@filters.example"],
      [`${ENTERPRISE_SCHEMA}:employeeNumber`, "42"],
      [`${ENTERPRISE_SCHEMA}:costCenter`, "cc-1"],
      [`${ENTERPRISE_SCHEMA}:organization`, "filters inc"],
      [`${ENTERPRISE_SCHEMA}:division`, "north"],
      [`${ENTERPRISE_SCHEMA}:department`, "research"],
      [`${ENTERPRISE_SCHEMA}:manager.displayName`, "the boss"],
      [`urn:ietf:params:scim:schemas:core:2.0:User:title`, "Engineer"],
    ];
    for (const [path, value] of cases) expect(await ids(`${path} eq "${value}"`), path).toEqual([full.id]);
    // externalId is caseExact: another case is another id.
    expect(await ids('externalId eq "EXT-FULL"')).toEqual([]);
    expect(await ids('title co "gine" and title sw "eng" and title ew "EER"')).toEqual([full.id]);
    // LIKE's wildcards in a value are the characters themselves.
    expect(await ids('title co "%"')).toEqual([]);
    expect(await ids('displayName co "_"')).toEqual([]);
    expect(await ids(`id eq "${full.id}" or id eq "${bare.id}"`)).toEqual([full.id, bare.id].sort());
    expect(await ids("active eq false")).toEqual([bare.id]);
    expect(await ids(`meta.created ge "2000-01-01" and meta.created le "2999-12-31T00:00:00Z"`)).toHaveLength(3);
    expect(await ids("title eq null")).toContain(bare.id);
  });

  it("refuse what they cannot answer with invalidFilter, naming the part", async () => {
    for (const [filter, named] of [
      ['nosuch eq "x"', "nosuch"],
      ['name.middle eq "x"', "middle"],
      ["title gt true", "title"],
      ['active co "t"', "active"],
      ['meta.created eq "yesterday"', "meta.created"],
      ['emails[nope eq "x"]', "nope"],
      ['userName xx "x"', "parsed"],
    ] as const) {
      const err = await listScimUsers(ctx, { tenantId, base, filter }).catch((e: unknown) => e);
      expect(err, filter).toBeInstanceOf(ScimError);
      expect((err as ScimError).scimType, filter).toBe("invalidFilter");
      expect((err as ScimError).message, filter).toContain(named);
    }
  });

  it("cover every Group attribute too", async () => {
    const paths = filterablePaths(GROUP_FILTER_SCOPE);
    expect(paths).toEqual(expect.arrayContaining(["displayName", "members.value", "externalId", "meta.lastModified"]));
    for (const path of paths) {
      const res = await listScimGroups(ctx, { tenantId, base, filter: `${path} pr`, excludedAttributes: "members" });
      expect(res.totalResults, path).toBeGreaterThan(0);
    }
    const byMember = await listScimGroups(ctx, { tenantId, base, filter: `members[value eq "${full.id}"]` });
    expect((byMember.Resources as { displayName: string }[]).map((g) => g.displayName)).toEqual(["Default"]);
  });
});
