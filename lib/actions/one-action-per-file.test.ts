import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// Server actions live in lib/actions/<domain>/, one per file named after it
// (bulk-member-action.ts exports bulkMemberAction), never in app/: app/ holds
// routes only, and a form's action is found by its name.
const root = path.resolve(import.meta.dirname, "../..");

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((e) => {
    const p = path.join(dir, e);
    if (statSync(p).isDirectory()) return sources(p);
    return /\.tsx?$/.test(e) && !/\.test\.tsx?$/.test(e) ? [p] : [];
  });
}

const isServerActions = (text: string) => /^\s*["']use server["'];?/.test(text);
const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

describe("server actions", () => {
  it("are none of them in app/", () => {
    const inApp = sources(path.join(root, "app")).filter((f) => isServerActions(readFileSync(f, "utf8")));
    expect(inApp.map((f) => path.relative(root, f))).toEqual([]);
  });

  const files = sources(path.join(root, "lib/actions")).filter((f) => isServerActions(readFileSync(f, "utf8")));

  it("are one per file in lib/actions, named after the action", () => {
    expect(files.length).toBeGreaterThan(40);
    const wrong = files.flatMap((f) => {
      const exported = [...readFileSync(f, "utf8").matchAll(/^export (?:async function|const) (\w+)/gm)].map(
        (m) => m[1]!,
      );
      const name = path.basename(f, ".ts");
      return exported.length === 1 && kebab(exported[0]!) === name
        ? []
        : [`${path.relative(root, f)}: ${exported.join(", ")}`];
    });
    expect(wrong).toEqual([]);
  });
});
