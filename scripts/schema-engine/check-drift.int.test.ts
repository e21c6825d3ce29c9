import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { checkDrift } from "./check-drift";
import { SCHEMA_PATH } from "./read-migrations";

const server = process.env.CUSTODIAN_TEST_SERVER_URL || undefined;

describe("migrations and schema.prisma", () => {
  it("produce the same database (no drift)", async () => {
    const report = await checkDrift(server, await readFile(SCHEMA_PATH, "utf8"));
    expect(report).toEqual({ onlyInMigrations: [], onlyInSchema: [] });
  });

  it("report drift when schema.prisma changes without a migration", async () => {
    const schema = await readFile(SCHEMA_PATH, "utf8");
    const changed = schema.replace(/model ConsoleUser \{\n/, "model ConsoleUser {\n  nickname String?\n");
    expect(changed).not.toBe(schema);
    const report = await checkDrift(server, changed);
    expect(report.onlyInSchema).toEqual([expect.stringMatching(/^column ConsoleUser\.nickname text null=YES/)]);
    expect(report.onlyInMigrations).toEqual([]);
  });

  it("report drift when an index is dropped from schema.prisma", async () => {
    const schema = await readFile(SCHEMA_PATH, "utf8");
    const changed = schema.replace("  @@index([tenantId, action, at])\n", "");
    expect(changed).not.toBe(schema);
    const report = await checkDrift(server, changed);
    expect(report.onlyInMigrations).toEqual([expect.stringContaining("AuditEvent_tenantId_action_at_idx")]);
  });
});
