import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, openSync, readFileSync, writeFileSync } from "node:fs";
import { rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { callEjabberd, type EjabberdEndpoint } from "@/lib/connector/ejabberd/call-ejabberd";
import { writeIncludeFile } from "@/lib/connector/ejabberd/write-include-file";
import { freePort } from "./free-port";

const EJABBERDCTL = "/usr/sbin/ejabberdctl";
const SCHEMA = "/usr/share/ejabberd/sql/pg.new.sql";

export interface EjabberdInstance {
  api: EjabberdEndpoint;
  /** The generated include file the connector writes (hosts, ACLs, host_config). */
  includeFile: string;
  c2sPort: number;
  /** The certificate the server presents for STARTTLS (made for this instance), for clients to trust. */
  certificate: string;
  /** ejabberd's own database (accounts, rosters, archive), apart from the console's; null on Mnesia. */
  databaseUrl: string | null;
  /** Stops the server as a crash or an outage would, keeping its files and database. */
  halt(): Promise<void>;
  /** Starts it again on the same ports, files and database, and waits until it answers. */
  resume(): Promise<void>;
  /** Stops this instance only: its own VM by pid, then its database and files. */
  stop(): Promise<void>;
}

/** Name test networks' XMPP domains `<name>.${TEST_DOMAIN_PARENT}`: the instance's certificate covers them. */
export const TEST_DOMAIN_PARENT = "xmpp.test";

export const ejabberdInstalled = () => existsSync(EJABBERDCTL) && existsSync(SCHEMA);

/**
 * A real ejabberd (Debian's 23.01) for one test: its own ports on loopback, an
 * epmd-less Erlang distribution port (ERL_DIST_PORT, so the machine's shared
 * epmd is never touched), a throwaway PostgreSQL database with ejabberd's
 * schema, and a certificate made now for STARTTLS. Hosts start as `hosts`.
 */
export async function startEjabberd(opts: {
  /** The PostgreSQL server for ejabberd's own database; null keeps its data in Mnesia (npm run xmpp:demo). */
  serverUrl: string | null;
  hosts: string[];
  /** ejabberd's connections to its database: 2 for a test, ejabberd's default of 10 for a benchmark. */
  sqlPoolSize?: number;
}): Promise<EjabberdInstance> {
  const id = randomBytes(4).toString("hex");
  const dir = path.join(tmpdir(), `custodian-ejabberd-${id}`);
  const [etc, spool, logs, run] = ["etc", "spool", "logs", "run"].map((d) => path.join(dir, d));
  for (const d of [etc!, spool!, logs!, run!]) mkdirSync(d, { recursive: true });
  const [c2sPort, httpPort, distPort] = [await freePort(), await freePort(), await freePort()];

  const database = `xmpp_${id}`;
  let dbUrl: URL | null = null;
  if (opts.serverUrl) {
    const admin = new pg.Client({ connectionString: opts.serverUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${database}`);
    await admin.end();
    dbUrl = new URL(opts.serverUrl);
    dbUrl.pathname = `/${database}`;
    const schema = new pg.Client({ connectionString: dbUrl.toString() });
    await schema.connect();
    await schema.query(readFileSync(SCHEMA, "utf8"));
    await schema.end();
  }

  const pem = path.join(etc!, "test.pem");
  // Test domains are one label under TEST_DOMAIN_PARENT, so one wildcard covers the hosts added later too
  // (a client refuses a wildcard directly under a top-level name).
  const sans = ["localhost", `*.${TEST_DOMAIN_PARENT}`, ...opts.hosts].map((h) => `DNS:${h}`).join(",");
  execFileSync(
    "openssl",
    [
      "req",
      "-x509",
      "-newkey",
      "rsa:2048",
      "-nodes",
      "-days",
      "2",
      "-subj",
      "/CN=localhost",
      "-addext",
      `subjectAltName=${sans}`,
      "-keyout",
      path.join(etc!, "key.pem"),
      "-out",
      path.join(etc!, "cert.pem"),
    ],
    { stdio: "ignore" },
  );
  writeFileSync(
    pem,
    readFileSync(path.join(etc!, "key.pem"), "utf8") + readFileSync(path.join(etc!, "cert.pem"), "utf8"),
  );

  const includeFile = path.join(etc!, "custodian.yml");
  await writeIncludeFile(includeFile, { hosts: opts.hosts });
  const config = {
    loglevel: "info",
    include_config_file: { [includeFile]: { allow_only: ["hosts", "acl", "host_config", "append_host_config"] } },
    ...(dbUrl
      ? {
          default_db: "sql",
          new_sql_schema: true,
          sql_type: "pgsql",
          sql_server: dbUrl.hostname,
          sql_port: Number(dbUrl.port || 5432),
          sql_database: database,
          sql_username: decodeURIComponent(dbUrl.username || "postgres"),
          sql_password: decodeURIComponent(dbUrl.password),
          sql_pool_size: opts.sqlPoolSize ?? 2,
          auth_method: "sql",
        }
      : { auth_method: "internal" }),
    auth_password_format: "scram",
    certfiles: [pem],
    listen: [
      {
        port: c2sPort,
        ip: "127.0.0.1",
        module: "ejabberd_c2s",
        starttls_required: true,
        access: "c2s",
        max_stanza_size: 262144,
      },
      { port: httpPort, ip: "127.0.0.1", module: "ejabberd_http", request_handlers: { "/api": "mod_http_api" } },
    ],
    // One entry per line (a list inside one entry would mean AND); `blocked` comes from the connector's include file.
    access_rules: {
      local: { allow: "all" },
      c2s: [{ deny: "blocked" }, { allow: "all" }],
    },
    api_permissions: {
      "console from loopback": { from: ["mod_http_api"], who: { ip: "127.0.0.1/32" }, what: "*" },
    },
    modules: {
      mod_admin_extra: {},
      mod_disco: {},
      mod_http_api: {},
      mod_mam: { default: "always" },
      mod_offline: {},
      mod_ping: {},
      mod_roster: { versioning: true },
      mod_shared_roster: {},
      mod_stream_mgmt: {},
      mod_vcard: { search: false },
    },
  };
  writeFileSync(path.join(etc!, "ejabberd.yml"), `${JSON.stringify(config, null, 2)}\n`);
  writeFileSync(
    path.join(etc!, "ejabberdctl.cfg"),
    [
      `ERLANG_NODE=custodian${id}@localhost`,
      `ERL_DIST_PORT=${distPort}`,
      "INET_DIST_INTERFACE=127.0.0.1",
      `ERL_OPTIONS="-setcookie custodian_${id} -env ERL_CRASH_DUMP_BYTES 0"`,
      `EJABBERD_PID_PATH=${path.join(run!, "ejabberd.pid")}`,
      "EJABBERD_BYPASS_WARNINGS=true",
      "",
    ].join("\n"),
  );
  // The resolver never asks the machine's DNS: only the names it is told.
  writeFileSync(
    path.join(etc!, "inetrc"),
    '{lookup, [file]}.\n{resolv_conf, ""}.\n{hosts_file, ""}.\n{host, {127,0,0,1}, ["localhost"]}.\n',
  );
  // ejabberdctl runs the VM as the ejabberd user.
  execFileSync("chown", ["-R", "ejabberd:ejabberd", dir]);

  const out = path.join(logs!, "console.out");
  const api: EjabberdEndpoint = { url: `http://127.0.0.1:${httpPort}/api`, timeoutMs: 2_000 };
  const pidFile = path.join(run!, "ejabberd.pid");
  let vm: { child: ChildProcess; beamPid: number | undefined; exited: boolean } | undefined;

  // Stops this instance's VM only: its beam by the pid it wrote, and the process group we started.
  const halt = async () => {
    if (!vm) return;
    const { child } = vm;
    const beamPid =
      vm.beamPid ?? (existsSync(pidFile) ? Number(readFileSync(pidFile, "utf8").trim()) || undefined : undefined);
    for (const pid of [beamPid, child.pid ? -child.pid : undefined])
      if (pid)
        try {
          process.kill(pid, "SIGTERM");
        } catch {
          // already gone
        }
    const end = Date.now() + 10_000;
    while (beamPid && alive(beamPid) && Date.now() < end) await new Promise((r) => setTimeout(r, 100));
    if (beamPid && alive(beamPid)) process.kill(beamPid, "SIGKILL");
    vm = undefined;
  };
  const stop = async () => {
    await halt();
    if (opts.serverUrl) {
      const drop = new pg.Client({ connectionString: opts.serverUrl });
      await drop.connect();
      await drop.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
      await drop.end();
    }
    await rm(dir, { recursive: true, force: true });
  };
  const launch = async () => {
    const child = spawn(EJABBERDCTL, ["--config-dir", etc!, "--logs", logs!, "--spool", spool!, "foreground"], {
      detached: true,
      stdio: ["ignore", openSync(out, "a"), openSync(out, "a")],
      env: { ...process.env, HOME: dir },
    });
    const started: NonNullable<typeof vm> = { child, beamPid: undefined, exited: false };
    vm = started;
    child.once("exit", () => (started.exited = true));
    const deadline = Date.now() + 60_000;
    for (;;) {
      if (started.exited) {
        const log = ["console.out", "error.log", "ejabberd.log"]
          .map((f) => path.join(logs!, f))
          .filter((f) => existsSync(f))
          .map((f) => readFileSync(f, "utf8").slice(-1500))
          .join("\n");
        await stop();
        throw new Error(`ejabberd exited while starting:\n${log.slice(-2000)}`);
      }
      try {
        await callEjabberd(api, "status");
        break;
      } catch (err) {
        if (Date.now() > deadline) {
          await stop();
          throw new Error(`ejabberd did not answer on ${api.url} within 60 s: ${String(err)}`);
        }
        await new Promise((r) => setTimeout(r, 250));
      }
    }
    started.beamPid = Number(readFileSync(pidFile, "utf8").trim()) || undefined;
  };
  await launch();
  return {
    api: { ...api, timeoutMs: 10_000 },
    includeFile,
    c2sPort,
    certificate: readFileSync(path.join(etc!, "cert.pem"), "utf8"),
    databaseUrl: dbUrl?.toString() ?? null,
    halt,
    resume: launch,
    stop,
  };
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
