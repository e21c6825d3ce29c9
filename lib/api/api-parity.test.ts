// Every operation has both doors — the console and the admin API — or its spec
// states why it lacks one (`api: { none }`, `ui: { none }`). Complete by
// construction: it walks OPERATIONS, an API door is the spec's own route, and a
// console door is an import from lib/ that the file's syntax tree really uses.
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { OPERATIONS, type OperationName } from "@/lib/operations";
import { API_ROUTES, EXPLICIT_ROUTES } from "./api-routes";

const root = path.resolve(import.meta.dirname, "../..");

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((e) => {
    const p = path.join(dir, e);
    return statSync(p).isDirectory() ? filesUnder(p) : /\.tsx?$/.test(e) ? [p] : [];
  });
}

// The console's doors: pages, console routes, components and the server actions (lib/actions).
const uiFiles = [
  ...filesUnder(path.join(root, "app/(console)")),
  ...filesUnder(path.join(root, "app/(auth)")),
  ...filesUnder(path.join(root, "components")),
  ...filesUnder(path.join(root, "lib/actions")).filter((f) => !f.endsWith(".test.ts")),
];

/**
 * The names a file imports from lib/ and then really uses: read from its syntax
 * tree, so a name in a comment, a string or an unused import is not a door.
 */
function libNamesUsed(file: string, text: string): Set<string> {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const imported = new Map<string, string>(); // local binding → exported name
  for (const stmt of source.statements) {
    if (!ts.isImportDeclaration(stmt) || !ts.isStringLiteral(stmt.moduleSpecifier)) continue;
    if (!stmt.moduleSpecifier.text.startsWith("@/lib/")) continue;
    const bindings = stmt.importClause?.namedBindings;
    if (bindings && ts.isNamedImports(bindings))
      for (const el of bindings.elements) imported.set(el.name.text, (el.propertyName ?? el.name).text);
  }
  const used = new Set<string>();
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node)) return;
    if (ts.isIdentifier(node) && imported.has(node.text)) {
      const parent = node.parent;
      // `x.name` and `{ name: … }` name a property, not the import.
      const isPropertyName =
        (ts.isPropertyAccessExpression(parent) && parent.name === node) ||
        (ts.isPropertyAssignment(parent) && parent.name === node);
      if (!isPropertyName) used.add(imported.get(node.text)!);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return used;
}

const uiUses = new Set(uiFiles.flatMap((f) => [...libNamesUsed(f, readFileSync(f, "utf8"))]));
// A door may reach its operation through one helper shared by the console and the API.
const HELPERS: Partial<Record<OperationName, string>> = {
  downloadAuditExport: "serveExportFile",
  exportMembers: "membersCsvResponse",
};
const hasUi = (op: OperationName) => uiUses.has(op) || (HELPERS[op] !== undefined && uiUses.has(HELPERS[op]));
const hasApi = (op: OperationName) => !("none" in OPERATIONS[op].spec.api);
const noUi = (op: OperationName) => OPERATIONS[op].spec.ui !== undefined;

describe("UI and API parity", () => {
  const names = Object.keys(OPERATIONS) as OperationName[];

  it("gives every operation both doors, or names why it has one", () => {
    // An operation without an API route says why in its spec; one without a console door must say so too.
    const missingUi = names.filter((op) => !hasUi(op) && !noUi(op));
    const reasonless = names.filter((op) => {
      const { api, ui } = OPERATIONS[op].spec;
      return ("none" in api && !api.none.trim()) || (ui !== undefined && !ui.none.trim());
    });
    expect({ missingUi, reasonless }).toEqual({ missingUi: [], reasonless: [] });
    const both = names.filter((op) => hasUi(op) && hasApi(op));
    console.log(
      `parity: ${both.length} operations with both doors, ${names.length - both.length} exempt with a reason`,
    );
    expect(both.length).toBeGreaterThan(60);
  });

  it("counts an operation named only in a comment, a string or an unused import as no door", () => {
    const text = [
      'import { getTenant, listGroups } from "@/lib/tenants/get-tenant";',
      'import { suspendMembers } from "@/lib/members/suspend-members";',
      "// getMember is called by the page above",
      'const label = "listDevices";',
      "export const run = (ctx: unknown) => suspendMembers(ctx, { label, listGroups: other.listGroups });",
    ].join("\n");
    expect([...libNamesUsed("probe.tsx", text)]).toEqual(["suspendMembers"]);
  });

  it("keeps the exemptions true: nothing said to lack a console door has one", () => {
    expect(names.filter((op) => noUi(op) && hasUi(op))).toEqual([]);
  });

  it("derives the route table from the specs: every route is its operation's own api", () => {
    for (const r of [...API_ROUTES, ...EXPLICIT_ROUTES]) {
      const { api } = OPERATIONS[r.operation].spec;
      expect("none" in api ? null : api.path, r.operation).toBe(r.path);
    }
    expect(API_ROUTES.length + EXPLICIT_ROUTES.length).toBe(names.filter(hasApi).length);
    // A route's version read is a GET route at the path it names.
    for (const r of API_ROUTES.filter((r) => r.version))
      expect(
        API_ROUTES.some(
          (g) => g.method === "GET" && g.path === r.version!.path && g.operation === r.version!.operation,
        ),
        `${r.operation} → ${r.version!.operation}`,
      ).toBe(true);
  });

  it("lists each route once, and each explicit route's file exists and calls its operation", () => {
    const keys = [...API_ROUTES, ...EXPLICIT_ROUTES].map((r) => `${r.method} ${r.path}`);
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
    for (const r of EXPLICIT_ROUTES) {
      const file = path.join(root, r.file);
      expect(existsSync(file), r.file).toBe(true);
      const text = readFileSync(file, "utf8");
      expect(text.includes(r.operation) || text.includes(HELPERS[r.operation] ?? "\0"), r.file).toBe(true);
      expect(text).toContain(`export const ${r.method}`);
    }
  });
});
