import { describe, expect, it } from "vitest";
import { ConfigError, readConfig } from "./read-config";

describe("readConfig", () => {
  it("applies defaults when nothing is set", () => {
    const c = readConfig({});
    expect(c.PORT).toBe(3000);
    expect(c.DATABASE_URL).toBeUndefined();
    expect(c.CUSTODIAN_DATA_DIR).toBe(".data");
    expect(c.CUSTODIAN_SEED_DEMO).toBe(true);
    expect(c.CUSTODIAN_TRUSTED_PROXIES).toBe(0);
  });

  it.each([
    [{ PORT: "eighty" }, "PORT"],
    [{ PORT: "70000" }, "PORT"],
    [{ DATABASE_URL: "mysql://x@y/z" }, "DATABASE_URL"],
    [{ CUSTODIAN_ENCRYPTION_KEY: "short" }, "CUSTODIAN_ENCRYPTION_KEY"],
    [{ NEXTAUTH_SECRET: "too-short" }, "NEXTAUTH_SECRET"],
    [{ CUSTODIAN_SEED_DEMO: "maybe" }, "CUSTODIAN_SEED_DEMO"],
    [{ LOG_LEVEL: "loud" }, "LOG_LEVEL"],
    [{ CUSTODIAN_TRUSTED_PROXIES: "yes" }, "CUSTODIAN_TRUSTED_PROXIES"],
    [{ CUSTODIAN_TRUSTED_PROXIES: "-1" }, "CUSTODIAN_TRUSTED_PROXIES"],
    [{ CUSTODIAN_TRUSTED_PROXIES: "1.5" }, "CUSTODIAN_TRUSTED_PROXIES"],
    [{ CUSTODIAN_AUDIT_DIGEST_SCHEDULE: "every hour a b" }, "CUSTODIAN_AUDIT_DIGEST_SCHEDULE"],
    [{ CUSTODIAN_EJABBERD_API_URL: "ftp://127.0.0.1/api" }, "CUSTODIAN_EJABBERD_API_URL"],
    [{ CUSTODIAN_EJABBERD_API_URL: "http://127.0.0.1:5280/api" }, "CUSTODIAN_EJABBERD_INCLUDE_FILE"],
    [{ CUSTODIAN_EJABBERD_SYNC_SECONDS: "0" }, "CUSTODIAN_EJABBERD_SYNC_SECONDS"],
  ])("names the bad variable in one line: %o", (env, name) => {
    let error: unknown;
    try {
      readConfig(env);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    expect(message).toMatch(new RegExp(`^Invalid configuration: ${name}: `));
    expect(message).not.toContain("\n");
  });

  it("treats an empty variable as unset", () => {
    expect(readConfig({ DATABASE_URL: "", PORT: "" }).PORT).toBe(3000);
  });

  it("accepts a PostgreSQL URL and a base64 key", () => {
    const c = readConfig({
      DATABASE_URL: "postgresql://postgres@127.0.0.1:5432/custodian",
      CUSTODIAN_ENCRYPTION_KEY: Buffer.alloc(32, 7).toString("base64"),
      CUSTODIAN_SEED_DEMO: "false",
      CUSTODIAN_TRUSTED_PROXIES: "2",
    });
    expect(c.DATABASE_URL).toContain("127.0.0.1");
    expect(c.CUSTODIAN_SEED_DEMO).toBe(false);
    expect(c.CUSTODIAN_TRUSTED_PROXIES).toBe(2);
  });

  it("connects a messaging server only with both its API and its include file", () => {
    const c = readConfig({
      CUSTODIAN_EJABBERD_API_URL: "http://127.0.0.1:5280/api",
      CUSTODIAN_EJABBERD_INCLUDE_FILE: "/etc/ejabberd/custodian.yml",
    });
    expect(c.CUSTODIAN_EJABBERD_INCLUDE_FILE).toBe("/etc/ejabberd/custodian.yml");
    expect(c.CUSTODIAN_EJABBERD_SYNC_SECONDS).toBe(2);
    expect(readConfig({}).CUSTODIAN_EJABBERD_API_URL).toBeUndefined();
  });
});
