import { describe, expect, it } from "vitest";
import { CONNECTOR_HOST, renderIncludeFile } from "./write-include-file";

describe("the connector's include file", () => {
  it("always keeps the connector's own host, so ejabberd has one to start with", () => {
    expect(JSON.parse(renderIncludeFile({ hosts: [] }))).toEqual({
      hosts: [CONNECTOR_HOST],
      // The access rule names the list, so it exists even when it refuses no one.
      acl: { blocked: { user: ["nobody@custodian.invalid"] } },
    });
  });

  it("lists each host once, sorted, as JSON (YAML that no domain can be misread in)", () => {
    const text = renderIncludeFile({
      hosts: ["on.test", "b.test", "on.test"],
      blockedUsers: ["z@on.test", "a@b.test"],
    });
    expect(JSON.parse(text)).toEqual({
      hosts: ["b.test", CONNECTOR_HOST, "on.test"],
      acl: { blocked: { user: ["a@b.test", "z@on.test"] } },
    });
    expect(text.endsWith("\n")).toBe(true);
  });
});

describe("a member's XMPP address", () => {
  it("is their email, escaped as XEP-0106 says, at the network's domain, and reads back", async () => {
    const { emailOfLocalpart, memberJid, xmppLocalpart } = await import("./xmpp-address");
    expect(memberJid("Alice@Acme.com", "chat.acme.com")).toBe("alice\\40acme.com@chat.acme.com");
    expect(xmppLocalpart("o'brien&co@x.test")).toBe("o\\27brien\\26co\\40x.test");
    expect(emailOfLocalpart(xmppLocalpart("o'brien&co@x.test"))).toBe("o'brien&co@x.test");
  });
});
