import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { OPERATIONS } from "@/lib/operations";
import { findOperations } from "@/scripts/generate-registry";

// One operation per file, named after it (suspendMembers in suspend-members.ts),
// so an operation's facts are found by its name and none hides inside another's file.
const lib = path.resolve(import.meta.dirname, "..");

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((e) => {
    const p = path.join(dir, e);
    if (statSync(p).isDirectory()) return e === "generated" || e === "testing" ? [] : sources(p);
    return /\.tsx?$/.test(e) && !/\.test\.tsx?$/.test(e) ? [p] : [];
  });
}

const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

describe("one operation per file", () => {
  const names = new Set(Object.keys(OPERATIONS));
  const definedIn = new Map<string, string[]>();
  for (const file of sources(lib))
    for (const m of readFileSync(file, "utf8").matchAll(/^export const (\w+)\s*=/gm))
      if (names.has(m[1]!)) definedIn.set(m[1]!, [...(definedIn.get(m[1]!) ?? []), path.relative(lib, file)]);

  it("exports every operation from exactly one file, named after it", () => {
    const misplaced = [...names].filter((n) => {
      const files = definedIn.get(n) ?? [];
      return files.length !== 1 || path.basename(files[0]!).replace(/\.tsx?$/, "") !== kebab(n);
    });
    expect(misplaced.map((n) => `${n}: ${(definedIn.get(n) ?? ["nowhere"]).join(", ")}`)).toEqual([]);
  });

  it("holds no file with two operations", () => {
    const byFile = new Map<string, string[]>();
    for (const [n, [file]] of definedIn) byFile.set(file!, [...(byFile.get(file!) ?? []), n]);
    expect([...byFile].filter(([, ops]) => ops.length > 1)).toEqual([]);
    expect(byFile.size).toBe(names.size);
  });

  it("registers exactly the operations lib/ defines (the generated registry is current)", () => {
    expect(Object.keys(OPERATIONS).sort()).toEqual(findOperations().map((o) => o.name));
  });

  it("reads each operation's audit action from its file as its spec names it", () => {
    const specs = Object.entries(OPERATIONS).map(([name, op]) => `${name} ${op.spec.name}`);
    expect(findOperations().map((o) => `${o.name} ${o.action}`)).toEqual(specs.sort());
  });
});
