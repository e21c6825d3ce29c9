import { z } from "zod";

export interface IssuerCheck {
  ok: boolean;
  checks: { name: "discovery" | "issuer" | "jwks" | "scopes" | "claims"; ok: boolean; detail: string }[];
}

const discoverySchema = z.object({
  issuer: z.string(),
  authorization_endpoint: z.string(),
  token_endpoint: z.string(),
  jwks_uri: z.string(),
  scopes_supported: z.array(z.string()).optional(),
  claims_supported: z.array(z.string()).optional(),
});

async function fetchJson(url: string): Promise<unknown> {
  const res = await fetch(url, {
    signal: AbortSignal.timeout(5000),
    redirect: "error",
    headers: { accept: "application/json" },
  });
  if (!res.ok) throw new Error(`${url} answered ${res.status}`);
  const text = await res.text();
  if (text.length > 512_000) throw new Error(`${url} sent more than 500 KB`);
  return JSON.parse(text);
}

/**
 * OpenID Connect discovery against an issuer, reporting each problem rather
 * than the first: the discovery document, that it names the same issuer, the
 * JWKS (with at least one signing key), and the scopes and claim the
 * configuration relies on, where the provider advertises them.
 */
export async function checkOidcIssuer(cfg: {
  issuer: string;
  scopes: string[];
  usernameClaim: string;
}): Promise<IssuerCheck> {
  const checks: IssuerCheck["checks"] = [];
  const wellKnown = `${cfg.issuer.replace(/\/$/, "")}/.well-known/openid-configuration`;
  let doc: z.infer<typeof discoverySchema>;
  try {
    const parsed = discoverySchema.safeParse(await fetchJson(wellKnown));
    if (!parsed.success)
      throw new Error(`the discovery document lacks ${parsed.error.issues.map((i) => i.path.join(".")).join(", ")}`);
    doc = parsed.data;
    checks.push({ name: "discovery", ok: true, detail: `found ${wellKnown}` });
  } catch (err) {
    const reason =
      err instanceof Error
        ? err.cause instanceof Error
          ? `${err.message} (${err.cause.message})`
          : err.message
        : String(err);
    checks.push({ name: "discovery", ok: false, detail: `could not read ${wellKnown}: ${reason}` });
    return { ok: false, checks };
  }
  const sameIssuer = doc.issuer.replace(/\/$/, "") === cfg.issuer.replace(/\/$/, "");
  checks.push({
    name: "issuer",
    ok: sameIssuer,
    detail: sameIssuer
      ? "the provider names itself with this issuer"
      : `the provider names itself ${doc.issuer}, not ${cfg.issuer}`,
  });
  try {
    const jwks = z
      .object({ keys: z.array(z.object({ kty: z.string(), use: z.string().optional() })) })
      .parse(await fetchJson(doc.jwks_uri));
    const signing = jwks.keys.filter((k) => k.use !== "enc");
    checks.push({
      name: "jwks",
      ok: signing.length > 0,
      detail: signing.length
        ? `${signing.length} signing key(s) at ${doc.jwks_uri}`
        : `no signing keys at ${doc.jwks_uri}`,
    });
  } catch (err) {
    checks.push({
      name: "jwks",
      ok: false,
      detail: `could not read the JWKS: ${err instanceof Error ? err.message : String(err)}`,
    });
  }
  const missingScopes = doc.scopes_supported ? cfg.scopes.filter((s) => !doc.scopes_supported!.includes(s)) : [];
  checks.push({
    name: "scopes",
    ok: missingScopes.length === 0,
    detail: missingScopes.length
      ? `the provider does not support: ${missingScopes.join(", ")}`
      : doc.scopes_supported
        ? "every scope is supported"
        : "the provider does not list its scopes",
  });
  const claimListed = !doc.claims_supported || doc.claims_supported.includes(cfg.usernameClaim);
  checks.push({
    name: "claims",
    ok: claimListed,
    detail: claimListed
      ? doc.claims_supported
        ? `the ${cfg.usernameClaim} claim is supported`
        : "the provider does not list its claims"
      : `the provider does not offer the ${cfg.usernameClaim} claim`,
  });
  return { ok: checks.every((c) => c.ok), checks };
}
