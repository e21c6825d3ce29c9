import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PLATFORM_PERMISSIONS, TENANT_PERMISSIONS } from "@/lib/rbac/permissions";

// A page asks the operation whether the reader may run it (allows(ctx, op)),
// so which permission an operation needs is said once, in its spec. Any
// permission named as a string in app/ or components/ repeats that fact and
// could drift from it; this fails on the first one.
const root = path.resolve(import.meta.dirname, "../..");

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((e) => {
    const p = path.join(dir, e);
    if (statSync(p).isDirectory()) return sources(p);
    return /\.tsx?$/.test(e) && !/\.test\.tsx?$/.test(e) ? [p] : [];
  });
}

const permissions = [...TENANT_PERMISSIONS, ...PLATFORM_PERMISSIONS];
const literal = new RegExp(`(["'\`])(${permissions.map((p) => p.replace(/\./g, "\\.")).join("|")})\\1`, "g");

// useTranslations("audit.export") names a message namespace that happens to read like a permission.
const translationNamespace = (text: string, at: number) => /(use|get)Translations\($/.test(text.slice(at - 20, at));

describe("pages ask operations for permission", () => {
  const files = ["app", "components"].flatMap((d) => sources(path.join(root, d)));

  it("reads every page and component", () => {
    // The walk itself is checked: a wrong root would find no file and pass.
    expect(files.length).toBeGreaterThan(100);
    expect(files.some((f) => f.endsWith(path.join("members", "(directory)", "page.tsx")))).toBe(true);
  });

  it("names no permission in app/ or components/", () => {
    const found = files.flatMap((f) => {
      const text = readFileSync(f, "utf8");
      return [...text.matchAll(literal)]
        .filter((m) => !translationNamespace(text, m.index))
        .map((m) => `${path.relative(root, f)}: ${m[2]}`);
    });
    expect(found).toEqual([]);
  });

  it("would see a permission string if one were written, and not a message namespace", () => {
    expect('can(ctx.actor, "members.suspend", tenantId)'.match(literal)).toEqual(['"members.suspend"']);
    const page = 'const t = useTranslations("audit.export");';
    expect(translationNamespace(page, page.indexOf('"'))).toBe(true);
    expect(translationNamespace('can(ctx.actor, "audit.export")', 14)).toBe(false);
  });
});
