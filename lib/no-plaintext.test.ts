// The product's promise, checked on every run: no model field and no migrated
// column looks like message content. A name is split into words (camelCase,
// snake_case); any word below fails the test, as does any binary column, unless
// the allow-list names it with a reason someone reviewed.
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "..");
const CONTENT_WORDS = new Set([
  "body",
  "bodies",
  "content",
  "contents",
  "text",
  "plaintext",
  "ciphertext",
  "cipher",
  "message",
  "messages",
  "attachment",
  "attachments",
  "payload",
  "blob",
  "file",
  "files",
  "media",
]);

// "Model.field": why it is not message content.
const ALLOWED: Record<string, string> = {
  "MemberImport.fileName": "the name of an uploaded member CSV, not a message attachment",
  "AuditExport.fileName": "the name of an audit-log export the console wrote, not a message attachment",
};

const words = (name: string) =>
  name
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .split(/[\s_]+/)
    .map((w) => w.toLowerCase());

function suspicious(name: string, type?: string): boolean {
  return words(name).some((w) => CONTENT_WORDS.has(w)) || /^Bytes\??$|bytea/i.test(type ?? "");
}

/** [Model.field, type] for every field of every model in the Prisma schema. */
function schemaFields(source: string): [string, string][] {
  const out: [string, string][] = [];
  for (const m of source.matchAll(/^model (\w+) \{([\s\S]*?)^\}/gm)) {
    for (const line of m[2]!.split("\n")) {
      const f = /^\s+(\w+)\s+(\w+[?[\]]*)/.exec(line);
      if (f && !line.trim().startsWith("@@") && !line.trim().startsWith("//")) out.push([`${m[1]}.${f[1]}`, f[2]!]);
    }
  }
  return out;
}

/** [Table.column, type] for every column the migrations create or add. */
function migrationColumns(sql: string): [string, string][] {
  const out: [string, string][] = [];
  for (const t of sql.matchAll(/CREATE TABLE "(\w+)" \(([\s\S]*?)\n\);/g))
    for (const c of t[2]!.matchAll(/^\s+"(\w+)" ([A-Z"(\w)]+)/gm)) out.push([`${t[1]}.${c[1]}`, c[2]!]);
  for (const a of sql.matchAll(/ALTER TABLE "(\w+)"([\s\S]*?);/g))
    for (const c of a[2]!.matchAll(/ADD COLUMN\s+"(\w+)" ([A-Z"(\w)]+)/g)) out.push([`${a[1]}.${c[1]}`, c[2]!]);
  return out;
}

describe("no message content anywhere in the data model", () => {
  it("the checker catches content-like names and binary columns", () => {
    expect(
      schemaFields("model Chat {\n  id String\n  messageBody String\n  blobData Bytes\n}\n").filter(([n, t]) =>
        suspicious(n.split(".")[1]!, t),
      ),
    ).toEqual([
      ["Chat.messageBody", "String"],
      ["Chat.blobData", "Bytes"],
    ]);
    expect(migrationColumns('CREATE TABLE "Chat" (\n    "ciphertext" BYTEA NOT NULL\n);').map(([n]) => n)).toEqual([
      "Chat.ciphertext",
    ]);
    expect(suspicious("context")).toBe(false);
  });

  it("no Prisma model field looks like message content", () => {
    const fields = schemaFields(readFileSync(path.join(root, "prisma/schema.prisma"), "utf8"));
    expect(fields.length).toBeGreaterThan(100);
    expect(fields.filter(([n, t]) => suspicious(n.split(".")[1]!, t) && !ALLOWED[n]).map(([n]) => n)).toEqual([]);
  });

  it("no migrated column looks like message content", () => {
    const dir = path.join(root, "prisma/migrations");
    const columns = readdirSync(dir, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .flatMap((d) => migrationColumns(readFileSync(path.join(dir, d.name, "migration.sql"), "utf8")));
    expect(columns.length).toBeGreaterThan(100);
    expect(columns.filter(([n, t]) => suspicious(n.split(".")[1]!, t) && !ALLOWED[n]).map(([n]) => n)).toEqual([]);
  });

  it("every allow-list entry still exists, so the list stays short and true", () => {
    const fields = new Set(schemaFields(readFileSync(path.join(root, "prisma/schema.prisma"), "utf8")).map(([n]) => n));
    expect(Object.keys(ALLOWED).filter((n) => !fields.has(n))).toEqual([]);
  });
});
