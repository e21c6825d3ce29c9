import { describe, expect, it } from "vitest";
import { CONNECTOR_HOST, renderIncludeFile } from "./write-include-file";

describe("the connector's include file", () => {
  it("always keeps the connector's own host, so ejabberd has one to start with", () => {
    expect(JSON.parse(renderIncludeFile({ hosts: [] }))).toEqual({ hosts: [CONNECTOR_HOST] });
  });

  it("lists each host once, sorted, as JSON (YAML that no domain can be misread in)", () => {
    const text = renderIncludeFile({ hosts: ["on.test", "b.test", "on.test"] });
    expect(JSON.parse(text)).toEqual({ hosts: ["b.test", CONNECTOR_HOST, "on.test"] });
    expect(text.endsWith("\n")).toBe(true);
  });
});
