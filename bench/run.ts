// npm run bench — every bench/*.bench.ts against one scratch database on
// DATABASE_URL's server (default: the local PostgreSQL), printed as a table with
// each figure beside its same-run baseline. `--record` writes BENCHMARKS.md.
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { generateClient } from "@/scripts/generate-client";
import { applyMigrations } from "@/scripts/schema-engine/apply-migrations";
import { createScratchDatabase } from "@/scripts/test-db/create-scratch-database";
import type { Bench, BenchRow } from "./harness";

// The benches import the Prisma client and the operation registry, both generated.
generateClient();
const root = path.resolve(import.meta.dirname, "..");
const server = process.env.DATABASE_URL || "postgresql://postgres@127.0.0.1:5432/postgres";
const only = process.argv.slice(2).filter((a) => !a.startsWith("--"));
const files = readdirSync(import.meta.dirname).filter(
  (f) => f.endsWith(".bench.ts") && (!only.length || only.some((o) => f.includes(o))),
);

const sections: string[] = [];
let failed = 0;
for (const file of files) {
  const bench = (await import(path.join(import.meta.dirname, file))).default as Bench;
  const db = await createScratchDatabase(server, "bench");
  try {
    await applyMigrations(db.url);
    process.env.DATABASE_URL = db.url;
    console.log(`\n━━ ${bench.name} (${file}) ━━`);
    const rows: BenchRow[] = await bench.run({ url: db.url, log: (l) => console.log(`  ${l}`) });
    const table = [
      "| measurement | result | baseline (same run) | ratio | target |",
      "| --- | --- | --- | --- | --- |",
      ...rows.map(
        (r) =>
          `| ${r.name} | ${r.value} | ${r.baselineName ? `${r.baselineName}: ${r.baseline}` : ""} | ${r.ratio !== undefined ? `${r.ratio.toFixed(2)}×` : ""} | ${r.target ? `${r.target} ${r.ok ? "✔" : "✘"}` : ""} |`,
      ),
    ].join("\n");
    console.log(table);
    failed += rows.filter((r) => r.ok === false).length;
    sections.push(`## ${bench.name}\n\n${table}\n`);
  } finally {
    await db.drop();
  }
}

const header = `Measured ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC on ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, PostgreSQL at ${new URL(server).host}.`;
if (process.argv.includes("--record")) {
  // Sections of benchmarks not run this time are kept as they were.
  const file = path.join(root, "BENCHMARKS.md");
  const [intro, previous = ""] = readFileSync(file, "utf8").split("<!-- results -->");
  const kept = previous
    .split(/\n(?=## )/)
    .filter((s) => s.startsWith("## ") && !sections.some((n) => n.split("\n")[0] === s.split("\n")[0]));
  const stamped = sections.map((s) => s.replace(/\n/, `\n\n${header}\n`));
  writeFileSync(file, `${intro}<!-- results -->\n\n${[...kept.map((s) => s.trim() + "\n"), ...stamped].join("\n")}`);
  // Formatted as the lint step expects, so a recorded run is ready to commit.
  execFileSync(path.join(root, "node_modules/.bin/prettier"), ["--write", file], { stdio: "ignore" });
  console.log(`\nrecorded in BENCHMARKS.md`);
}
console.log(`\n${header}\nbench: ${failed === 0 ? "all targets met" : `${failed} target(s) missed`}`);
