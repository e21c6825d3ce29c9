// The console's HTTP server: Next.js behind a thin guard. `npm start` runs it
// (in a child process, beside the embedded database). The guard answers, in
// the API's own error formats, what the framework would turn into a bare 500
// or an empty 431: methods it cannot represent, paths that do not decode, URLs
// and headers too large, server actions from another origin or none. It also
// tells the app the client's address (the socket's peer, or what the trusted
// proxies say), the one place it is worked out. Before it serves, it checks that
// the directories instances share are this deployment's. Everything else goes
// to Next unchanged.
import { createServer } from "node:http";
import path from "node:path";
import next from "next";
import { ConfigError, readConfig } from "@/lib/config/read-config";
import { createPrismaClient } from "@/lib/db";
import { stampClientAddress } from "@/lib/http/client-address";
import {
  MAX_HEADER_BYTES,
  guardRawRequest,
  guardServerActionOrigin,
  rawClientErrorResponse,
} from "@/lib/doors/guard-raw-request";
import { SharedStorageError, checkSharedStorage } from "@/lib/storage/check-shared-storage";

const root = path.resolve(import.meta.dirname, "..");
const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOSTNAME ?? "0.0.0.0";

let trustedProxies: number;
let publicOrigin: string | undefined;
try {
  const config = readConfig();
  trustedProxies = config.CUSTODIAN_TRUSTED_PROXIES;
  publicOrigin = config.NEXTAUTH_URL ? new URL(config.NEXTAUTH_URL).origin : undefined;
} catch (err) {
  if (!(err instanceof ConfigError)) throw err;
  console.error(err.message);
  process.exit(1);
}

// Before serving: the directories instances share must be the deployment's (lib/storage/check-shared-storage.ts).
const storageDb = createPrismaClient(process.env.DATABASE_URL ?? "");
try {
  for (const check of await checkSharedStorage(storageDb))
    if (check.outcome === "adopted")
      console.warn(`storage: ${check.dir} is now this deployment's ${check.purpose} storage (CUSTODIAN_ADOPT_STORAGE)`);
} catch (err) {
  if (!(err instanceof SharedStorageError)) throw err;
  console.error(err.message);
  process.exit(1);
} finally {
  await storageDb.$disconnect();
}

const app = next({ dev, dir: root, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

const server = createServer({ maxHeaderSize: MAX_HEADER_BYTES }, (req, res) => {
  stampClientAddress(req, trustedProxies);
  const refused =
    guardRawRequest(req.method, req.url) ?? guardServerActionOrigin(req.method, req.url, req.headers, publicOrigin);
  if (refused) {
    res.writeHead(refused.status, refused.headers);
    res.end(refused.body);
    return;
  }
  void handle(req, res);
});

server.on("clientError", (err: NodeJS.ErrnoException, socket) => {
  // A connection that already answered or went away needs no reply.
  if (!socket.writable || (socket as { _httpMessage?: { headersSent?: boolean } })._httpMessage?.headersSent) {
    socket.destroy();
    return;
  }
  socket.end(rawClientErrorResponse(err.code));
});

server.listen(port, hostname, () => {
  console.log(`▲ Next.js ${dev ? "dev" : "production"} server on http://${hostname}:${port}`);
});

let closing = false;
const stop = () => {
  if (closing) return;
  closing = true;
  server.close(() => process.exit(0));
  server.closeIdleConnections();
  // Requests still running after 10 s are cut: the orchestrator's own grace period is usually longer.
  setTimeout(() => process.exit(0), 10_000).unref();
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
