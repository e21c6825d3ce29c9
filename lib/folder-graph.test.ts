import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// lib/'s folders import one another as a tree, with the infrastructure at the
// bottom: an operation's folder may use db, rbac, operation and audit-chain,
// and those never reach back up. A cycle between folders means neither can be
// read, tested or moved alone; this fails on the first one, naming the files.
// Type-only imports are left out (they vanish at build); tests and the test
// helpers (lib/testing) may reach anywhere.
const lib = path.resolve(import.meta.dirname);

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((e) => {
    const p = path.join(dir, e);
    if (statSync(p).isDirectory()) return e === "generated" || e === "testing" ? [] : sources(p);
    return /\.tsx?$/.test(e) && !/\.test\.tsx?$/.test(e) ? [p] : [];
  });
}

/** The folder right under lib/ (a file directly in lib/ is a node of its own). */
const folderOf = (rel: string) => rel.split(/[\\/]/)[0]!.replace(/\.tsx?$/, "");

const IMPORT =
  /^(?:import|export)\s+(type\s+)?(?:[^'";]*?\sfrom\s+)?["']([^"']+)["']|\bimport\(\s*["']([^"']+)["']\s*\)/gm;

/** from folder → to folder → the files that make the edge. */
function folderGraph(files: { rel: string; text: string }[]): Map<string, Map<string, Set<string>>> {
  const graph = new Map<string, Map<string, Set<string>>>();
  for (const { rel, text } of files) {
    const from = folderOf(rel);
    if (!graph.has(from)) graph.set(from, new Map());
    for (const m of text.matchAll(IMPORT)) {
      if (m[1]) continue;
      const spec = (m[2] ?? m[3])!;
      let target: string;
      if (spec.startsWith("@/lib/")) target = spec.slice("@/lib/".length);
      else if (spec.startsWith(".")) target = path.posix.join(path.posix.dirname(rel), spec);
      else continue;
      if (target.startsWith("..")) continue;
      const to = folderOf(target);
      if (to === from || to === "generated" || to === "testing") continue;
      const edges = graph.get(from)!;
      if (!edges.has(to)) edges.set(to, new Set());
      edges.get(to)!.add(rel);
    }
  }
  return graph;
}

/** Strongly connected components of more than one folder: each is a cycle (Tarjan). */
function cycles(graph: Map<string, Map<string, Set<string>>>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const out: string[][] = [];
  const visit = (v: string) => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v)?.keys() ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const scc: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        scc.push(w);
      } while (w !== v);
      if (scc.length > 1) out.push(scc.sort());
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return out;
}

const graph = folderGraph(
  sources(lib).map((f) => ({ rel: path.relative(lib, f).split(path.sep).join("/"), text: readFileSync(f, "utf8") })),
);

describe("lib/ folder graph", () => {
  it("reads the folders and their imports", () => {
    expect(graph.get("members")?.has("operation")).toBe(true);
    expect(graph.size).toBeGreaterThan(20);
  });

  it("has no cycle between folders", () => {
    const described = cycles(graph).map((scc) =>
      scc
        .flatMap((a) =>
          scc.filter((b) => graph.get(a)?.has(b)).map((b) => `${a} → ${b} (${[...graph.get(a)!.get(b)!].join(", ")})`),
        )
        .join("; "),
    );
    expect(described).toEqual([]);
  });

  it("keeps the infrastructure at the bottom", () => {
    // What each may import; none of them imports a domain folder or a door.
    const floor: Record<string, string[]> = {
      db: [],
      rbac: [],
      "audit-chain": [],
      operation: ["audit-chain", "db", "rbac"],
    };
    for (const [folder, allowed] of Object.entries(floor))
      expect([...(graph.get(folder)?.keys() ?? [])].sort(), folder).toEqual(allowed);
  });

  it("finds a cycle and names its files, and ignores type-only imports", () => {
    const g = folderGraph([
      { rel: "a/one.ts", text: 'import { b } from "@/lib/b/two";' },
      { rel: "b/two.ts", text: 'import {\n  a,\n} from "../a/one";\nimport type { C } from "@/lib/c/three";' },
      { rel: "c/three.ts", text: 'export * from "@/lib/a/one";' },
    ]);
    expect(cycles(g)).toEqual([["a", "b"]]);
    expect([...g.get("b")!.get("a")!]).toEqual(["b/two.ts"]);
  });
});
