import { randomBytes } from "node:crypto";
import { rename, writeFile } from "node:fs/promises";

/**
 * What the connector decides in ejabberd's configuration: the virtual hosts
 * (one per network) and, later, the access lists. ejabberd.yml includes this
 * file with `allow_only: [hosts, acl, host_config, append_host_config]`, so
 * nothing else of the server's configuration can be changed through it.
 */
export interface IncludeFile {
  hosts: string[];
  /** Full JIDs refused at sign-in (the c2s access rule's `deny: blocked`). */
  blockedUsers?: string[];
  hostConfig?: Record<string, Record<string, unknown>>;
}

// An access list must exist for the rule that names it to load, so an empty one holds an address no one has.
const NOBODY = "nobody@custodian.invalid";

/**
 * ejabberd will not start with no virtual host at all, so the connector keeps
 * one of its own, under the reserved .invalid name no member's address uses.
 */
export const CONNECTOR_HOST = "custodian.invalid";

/**
 * The file's text. YAML is a superset of JSON, and JSON leaves no room for
 * YAML's quoting surprises (a domain like "no.test" or "on" read as a boolean).
 */
export function renderIncludeFile(file: IncludeFile): string {
  const out: Record<string, unknown> = { hosts: [...new Set([CONNECTOR_HOST, ...file.hosts])].sort() };
  const blocked = [...new Set(file.blockedUsers ?? [])].sort();
  out.acl = { blocked: { user: blocked.length ? blocked : [NOBODY] } };
  if (file.hostConfig && Object.keys(file.hostConfig).length) out.host_config = file.hostConfig;
  return `${JSON.stringify(out, null, 2)}\n`;
}

/**
 * Replaces the file whole (a temporary file renamed over it), so ejabberd's
 * reload never reads half a file.
 */
export async function writeIncludeFile(path: string, file: IncludeFile): Promise<void> {
  const tmp = `${path}.${randomBytes(6).toString("hex")}.tmp`;
  await writeFile(tmp, renderIncludeFile(file), { mode: 0o644 });
  await rename(tmp, path);
}
