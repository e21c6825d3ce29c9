import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { copyTextToJsonl } from "./copy-text-to-jsonl";
import { EXPORT_COLUMNS } from "./export-format";

async function convert(chunks: Buffer[]): Promise<string> {
  let out = "";
  for await (const b of Readable.from(chunks).pipe(copyTextToJsonl())) out += (b as Buffer).toString("utf8");
  return out;
}

// One row as COPY's text format writes it: tabs between fields, \N for NULL, backslash escapes.
const row = [
  "t-1",
  "42",
  "2026-11-28T04:00:00.000Z",
  "console_user",
  "\\N",
  'ünïcødé "quoted"\\ttab\\\\slash',
  "member.suspend",
  "member",
  "",
  "success",
  "\\N",
  "line\\nbreak",
  "\\N",
  '{"after": {"note": "a\\\\"b"}}',
  "0".repeat(64),
  "f".repeat(64),
].join("\t");

describe("COPY text to JSON Lines", () => {
  it("unescapes each value, keeps NULL and empty apart, and passes JSON through", async () => {
    const [line] = (await convert([Buffer.from(`${row}\n`)])).split("\n");
    const parsed = JSON.parse(line!) as Record<string, unknown>;
    expect(Object.keys(parsed)).toEqual([...EXPORT_COLUMNS]);
    expect(parsed).toMatchObject({
      seq: "42",
      actorId: null,
      actorLabel: 'ünïcødé "quoted"\ttab\\slash',
      targetId: "",
      ip: null,
      userAgent: "line\nbreak",
      changes: { after: { note: 'a"b' } },
    });
  });

  it("finds rows however the stream is cut, even inside a multi-byte character", async () => {
    const bytes = Buffer.from(`${row}\n${row}\n`);
    const one = await convert([bytes]);
    for (const cut of [1, 17, bytes.indexOf("ü") + 1, bytes.length - 3])
      expect(await convert([bytes.subarray(0, cut), bytes.subarray(cut)])).toBe(one);
  });

  it("fails on a row that ends early", async () => {
    await expect(convert([Buffer.from(`${row}\nt-1\t43`)])).rejects.toThrow("middle of a row");
  });
});
