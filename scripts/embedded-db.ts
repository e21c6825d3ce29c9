// Embedded PostgreSQL: PGlite with its data on disk, served on loopback by
// pglite-socket so that Prisma (through @prisma/adapter-pg) and every other
// client connect exactly as they would to a real server.
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { citext } from "@electric-sql/pglite/contrib/citext";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

export interface EmbeddedDb {
  url: string;
  stop(): Promise<void>;
}

export class DataDirInUseError extends Error {}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

// PGlite does not lock its data directory, and two processes writing one would
// corrupt it. An exclusive-create lock file with the owner's pid guards it; a lock
// left by a process that no longer runs is taken over.
function lockDataDir(dir: string): () => void {
  const lockPath = path.join(dir, "custodian.lock");
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

export async function startEmbeddedDb(options: {
  dataDir: string | null; // null: in memory, for tests
  port: number;
  maxConnections: number;
}): Promise<EmbeddedDb> {
  let unlock = () => {};
  let dataPath: string | undefined;
  if (options.dataDir) {
    mkdirSync(options.dataDir, { recursive: true });
    unlock = lockDataDir(options.dataDir);
    dataPath = path.join(options.dataDir, "pglite");
  }
  try {
    // Extensions a migration creates must be loaded when PGlite is created.
    const pg = await PGlite.create(dataPath, { extensions: { citext, pg_trgm } });
    // One connection per pool that will connect (Prisma's, the migrator's, jobs'),
    // with room to spare; PGlite still runs one query at a time.
    const server = new PGLiteSocketServer({
      db: pg,
      host: "127.0.0.1",
      port: options.port,
      maxConnections: options.maxConnections,
    });
    await server.start();
    const [, port] = server.getServerConn().split(":");
    return {
      url: `postgresql://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable`,
      async stop() {
        await server.stop();
        await pg.close();
        unlock();
      },
    };
  } catch (err) {
    unlock();
    throw err;
  }
}
