import { createHash, randomBytes } from "node:crypto";

// cst_<prefix>_<secret>: the prefix is public (shown in lists, unique); the whole
// token is only ever shown once, and only its SHA-256 is stored. 32 random bytes
// make a slow hash unnecessary.
const PATTERN = /^cst_([A-Za-z0-9]{8})_([A-Za-z0-9_-]{43})$/;

export function newApiToken(): { token: string; prefix: string; hash: string } {
  const prefix = randomBytes(6).toString("base64url").replace(/[-_]/g, "x").slice(0, 8);
  const token = `cst_${prefix}_${randomBytes(32).toString("base64url")}`;
  return { token, prefix, hash: hashApiToken(token) };
}

export function hashApiToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export function looksLikeApiToken(token: string): boolean {
  return PATTERN.test(token);
}
