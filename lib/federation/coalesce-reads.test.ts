import { describe, expect, it } from "vitest";
import { coalesceReads } from "./coalesce-reads";

describe("coalesceReads", () => {
  it("serves calls that arrive together with one read, and never a call with a read that started before it", async () => {
    const started: string[][] = [];
    const releases: (() => void)[] = [];
    const read = coalesceReads(
      (qs: string[]) =>
        new Promise<string>((resolve) => {
          const n = started.push(qs);
          releases.push(() => resolve(`read ${n}`));
        }),
      1,
    );
    const a = read("a");
    const b = read("b");
    await new Promise((r) => setImmediate(r));
    expect(started).toEqual([["a", "b"]]);
    // c arrives while read 1 is in flight: it must wait for a read that starts after it.
    const c = read("c");
    await new Promise((r) => setImmediate(r));
    expect(started).toHaveLength(1);
    releases[0]!();
    expect(await a).toBe("read 1");
    expect(await b).toBe("read 1");
    await new Promise((r) => setImmediate(r));
    expect(started[1]).toEqual(["c"]);
    releases[1]!();
    expect(await c).toBe("read 2");
  });

  it("passes a failed read's error to every call it served", async () => {
    const read = coalesceReads(async () => {
      throw new Error("down");
    });
    await expect(Promise.all([read(1), read(2)])).rejects.toThrow("down");
  });
});
