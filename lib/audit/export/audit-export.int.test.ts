import { execFile } from "node:child_process";
import { createPublicKey, type KeyObject } from "node:crypto";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, it } from "vitest";
import { appendAuditEvents } from "@/lib/audit-chain/append-audit-event";
import { searchAuditEvents } from "@/lib/audit/explorer/search-audit-events";
import { db } from "@/lib/db";
import { listPublicKeys } from "@/lib/signing/list-public-keys";
import { createTenant } from "@/lib/testing/factories";
import type { Ctx } from "@/lib/rbac/actor";
import { verifyAuditExport } from "./verify-audit-export";
import { writeAuditExport } from "./write-audit-export";

const run = promisify(execFile);
const system: Ctx = { actor: { type: "system", label: "test" }, request: {} };

let tenantId: string;
let dir: string;
let keys: Map<string, KeyObject>;

// Values that break naive CSV and JSON writers: quotes, commas, newlines, unicode, empty vs missing.
const awkward = ["plain", 'with "quotes", and commas', "line\nbreak", "ünïcødé ✓", ""];

beforeAll(async () => {
  tenantId = (await createTenant("Export Test")).id;
  dir = await mkdtemp(path.join(tmpdir(), "custodian-export-"));
  await db.$transaction((tx) =>
    appendAuditEvents(
      tx,
      tenantId,
      Array.from({ length: 60 }, (_, i) => ({
        action: i % 3 === 0 ? ("member.suspend" as const) : ("group.update" as const),
        outcome: i % 7 === 0 ? ("denied" as const) : ("success" as const),
        actor: { type: "console_user" as const, id: `u${i % 4}`, label: awkward[i % awkward.length] },
        target: { type: "member", id: `m-${i}` },
        request: { ip: "10.0.0.1", userAgent: i % 2 ? awkward[(i + 1) % awkward.length] : undefined },
        changes: i % 5 ? { before: { n: i }, after: { n: i + 1, note: awkward[i % awkward.length] } } : undefined,
      })),
    ),
  );
  keys = new Map((await db.signingKey.findMany()).map((k) => [k.kid, createPublicKey(k.publicKeyPem)]));
});

async function exportOf(format: "csv" | "jsonl", filter: Record<string, string> = {}) {
  const fileName = `t-${format}-${Math.random().toString(36).slice(2)}.${format}`;
  const signed = await writeAuditExport({
    exportId: "00000000-0000-7000-8000-000000000000",
    tenantId,
    format,
    filter,
    dir,
    fileName,
    connectionString: process.env.DATABASE_URL!,
  });
  // Keys may have been created by the first signature.
  keys = new Map((await db.signingKey.findMany()).map((k) => [k.kid, createPublicKey(k.publicKeyPem)]));
  return { file: path.join(dir, fileName), manifest: path.join(dir, `${fileName}.manifest.json`), signed };
}

describe("audit exports", () => {
  for (const format of ["csv", "jsonl"] as const) {
    it(`writes ${format} that verifies against its signed manifest, every row included`, async () => {
      const { file, manifest, signed } = await exportOf(format);
      const m = signed.document;
      expect(m).toMatchObject({ rows: 60, firstSeq: "1", lastSeq: "60", chainHead: { seq: "60" }, format });
      expect(await verifyAuditExport(file, manifest, keys)).toMatchObject({ ok: true, rows: 60 });
    });

    it(`reports the seq of a modified ${format} row`, async () => {
      const { file, manifest } = await exportOf(format);
      const text = await readFile(file, "utf8");
      // Change the actor id of the event with seq 17 (u0 → u9): its hash no longer matches.
      const lines = text.split("\n");
      const i = lines.findIndex((l) =>
        format === "csv"
          ? l.startsWith(`${tenantId},17,`)
          : l.includes('"seq" : "17"') || l.includes('"seq": "17"') || l.includes('"seq":"17"'),
      );
      expect(i).toBeGreaterThan(-1);
      lines[i] = lines[i]!.replace("u0", "u9");
      await writeFile(file, lines.join("\n"));
      expect(await verifyAuditExport(file, manifest, keys)).toMatchObject({ ok: false, firstBadSeq: "17" });
    });
  }

  it("reports a deleted row, an inserted copy and reordered rows by seq", async () => {
    const { file, manifest } = await exportOf("jsonl");
    const lines = (await readFile(file, "utf8")).trimEnd().split("\n");
    await writeFile(file, [...lines.slice(0, 9), ...lines.slice(10)].join("\n") + "\n");
    expect(await verifyAuditExport(file, manifest, keys)).toMatchObject({ ok: false, firstBadSeq: "10" });
    await writeFile(file, [...lines.slice(0, 20), lines[5], ...lines.slice(20)].join("\n") + "\n");
    expect(await verifyAuditExport(file, manifest, keys)).toMatchObject({ ok: false, firstBadSeq: "6" });
    await writeFile(file, [...lines.slice(0, 30), lines[31], lines[30], ...lines.slice(32)].join("\n") + "\n");
    expect(await verifyAuditExport(file, manifest, keys)).toMatchObject({ ok: false, firstBadSeq: "31" });
  });

  it("writes CSV a spreadsheet cannot run, that still verifies byte for byte", async () => {
    // Formulas an attacker can place in a label, a user agent or a change (OWASP's CSV injection list),
    // and a value that already starts with the escape character.
    const formulas = [
      '=HYPERLINK("http://evil.example","x")',
      "+cmd|' /C calc'!A0",
      "@SUM(A1:A9)",
      "-2+3",
      "\t=1",
      "'=1",
    ];
    const other = (await createTenant("Export Formulas")).id;
    await db.$transaction((tx) =>
      appendAuditEvents(
        tx,
        other,
        formulas.map((f) => ({
          action: "member.update" as const,
          outcome: "success" as const,
          actor: { type: "console_user" as const, id: f, label: f },
          target: { type: "member", id: f },
          request: { userAgent: f },
          changes: { after: { displayName: f } },
        })),
      ),
    );
    const fileName = `formulas-${Math.random().toString(36).slice(2)}.csv`;
    const signed = await writeAuditExport({
      exportId: "00000000-0000-7000-8000-000000000001",
      tenantId: other,
      format: "csv",
      filter: {},
      dir,
      fileName,
      connectionString: process.env.DATABASE_URL!,
    });
    expect(signed.document).toMatchObject({
      schema: "custodian.audit-export-manifest/v2",
      cells: "apostrophe-escaped",
    });
    const file = path.join(dir, fileName);
    const cells = (parse(await readFile(file, "utf8")) as string[][]).flat();
    expect(cells.filter((c) => /^[=+\-@\t\r]/.test(c))).toEqual([]);
    expect(cells).toContain(`'${formulas[0]}`);
    expect(cells).toContain("''=1");
    expect(await verifyAuditExport(file, path.join(dir, `${fileName}.manifest.json`), keys)).toMatchObject({
      ok: true,
      rows: formulas.length,
    });
  });

  it("refuses a manifest whose signature or counts were edited", async () => {
    const { file, manifest } = await exportOf("csv");
    const signed = JSON.parse(await readFile(manifest, "utf8")) as { document: { rows: number } };
    signed.document.rows = 59;
    await writeFile(manifest, JSON.stringify(signed));
    expect(await verifyAuditExport(file, manifest, keys)).toMatchObject({
      ok: false,
      reason: "the manifest's signature does not verify",
    });
  });

  it("exports exactly the events the explorer shows for the same filter", async () => {
    const filter = { action: "member.*", outcome: "success", actor: "quotes" };
    const { file, manifest, signed } = await exportOf("jsonl", filter);
    expect(await verifyAuditExport(file, manifest, keys)).toMatchObject({ ok: true });
    const exported = (await readFile(file, "utf8"))
      .trimEnd()
      .split("\n")
      .map((l) => (JSON.parse(l) as { seq: string }).seq);
    const shown: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await searchAuditEvents(system, { tenantId, ...filter, dir: "asc", pageSize: 10, cursor });
      shown.push(...page.rows.map((r) => r.seq.toString()));
      cursor = page.next ?? undefined;
    } while (cursor);
    expect(exported.length).toBeGreaterThan(0);
    expect(exported).toEqual(shown);
    expect(signed.document.rows).toBe(shown.length);
    expect(signed.document.filter).toEqual(filter);
  });

  it("verifies offline with the published JWKS, after the key was rotated", async () => {
    const { file } = await exportOf("csv");
    const { rotateSigningKey } = await import("@/lib/signing/rotate-signing-key");
    await rotateSigningKey(system, {});
    const jwks = path.join(dir, "jwks.json");
    await writeFile(jwks, JSON.stringify(await listPublicKeys()));
    const ok = await run("npx", ["tsx", "scripts/verify-audit.ts", "--export", file, "--keys", jwks], {
      env: { ...process.env },
    });
    expect(ok.stdout).toMatch(/^OK export .* 60 rows, seq 1\.\.60/m);
    const text = await readFile(file, "utf8");
    await writeFile(file, text.replace(`${tenantId},42,`, `${tenantId},42,`).replace("10.0.0.1", "10.0.0.2"));
    const bad = await run("npx", ["tsx", "scripts/verify-audit.ts", "--export", file, "--keys", jwks]).catch(
      (e: { code: number; stdout: string }) => e,
    );
    expect((bad as { code: number }).code).toBe(1);
    expect(bad.stdout).toMatch(/FAILED export .*first bad seq 1\)/);
  });
});
