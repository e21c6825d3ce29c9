import { Cron } from "croner";
import { z } from "zod";

// Every environment variable Custodian reads, validated once. The README's
// configuration table is written from this schema: keep the two in step.
const postgresUrl = z.string().regex(/^postgres(ql)?:\/\//, "expected a postgresql:// connection URL");

function isCron(expression: string): boolean {
  try {
    new Cron(expression, { utcOffset: 0, paused: true });
    return true;
  } catch {
    return false;
  }
}

const booleanFlag = z
  .enum(["true", "false", "1", "0"], { message: "expected true or false" })
  .transform((v) => v === "true" || v === "1");

export const configSchema = z
  .object({
    DATABASE_URL: postgresUrl.optional(),
    PORT: z.coerce.number({ message: "expected a port number" }).int().min(1).max(65535).default(3000),
    HOSTNAME: z.string().min(1).default("0.0.0.0"),
    CUSTODIAN_DATA_DIR: z.string().min(1).default(".data"),
    CUSTODIAN_EMBEDDED_DB_PORT: z.coerce
      .number({ message: "expected a port number, or 0 to pick a free one" })
      .int()
      .min(0)
      .max(65535)
      .default(0),
    CUSTODIAN_SEED_DEMO: booleanFlag.default(true),
    NEXTAUTH_URL: z
      .url({ message: "expected the console's public URL, e.g. https://custodian.example.com" })
      .optional(),
    NEXTAUTH_SECRET: z.string().min(32, "expected at least 32 characters").optional(),
    CUSTODIAN_ENCRYPTION_KEY: z
      .string()
      .regex(/^[A-Za-z0-9+/]{43}=$/, "expected 32 random bytes, base64-encoded (openssl rand -base64 32)")
      .optional(),
    CUSTODIAN_DEMO_PASSWORD: z.string().min(8, "expected at least 8 characters").optional(),
    CUSTODIAN_DB_POOL_MAX: z.coerce
      .number({ message: "expected a number of connections" })
      .int()
      .min(1)
      .max(200)
      .default(5),
    CUSTODIAN_SESSION_IDLE_MINUTES: z.coerce.number({ message: "expected minutes" }).int().min(1).max(1440).default(30),
    CUSTODIAN_SESSION_MAX_HOURS: z.coerce.number({ message: "expected hours" }).int().min(1).max(720).default(12),
    CUSTODIAN_LOCKOUT_THRESHOLD: z.coerce
      .number({ message: "expected a number of attempts" })
      .int()
      .min(1)
      .max(100)
      .default(5),
    CUSTODIAN_LOCKOUT_MINUTES: z.coerce.number({ message: "expected minutes" }).int().min(1).max(1440).default(15),
    CUSTODIAN_SIGNIN_RATE_LIMIT: z.coerce
      .number({ message: "expected sign-in attempts per address per 5 minutes" })
      .int()
      .min(1)
      .max(10000)
      .default(30),
    // How many proxies in front of the console append to X-Forwarded-For; 0: ignore the header, the socket's peer is the client.
    CUSTODIAN_TRUSTED_PROXIES: z.coerce
      .number({ message: "expected the number of proxies in front of the console (0 if none)" })
      .int("expected the number of proxies in front of the console (0 if none)")
      .min(0, "expected the number of proxies in front of the console (0 if none)")
      .max(10, "expected at most 10 proxies")
      .default(0),
    CUSTODIAN_ALLOW_HTTP_ISSUERS: booleanFlag.default(false),
    CUSTODIAN_JOBS: booleanFlag.default(true),
    // A second port that serves only the federation decision API, outside the web framework.
    CUSTODIAN_SERVICE_PORT: z.coerce.number({ message: "expected a port number" }).int().min(1).max(65535).optional(),
    CUSTODIAN_RETENTION_SCHEDULE: z
      .string()
      .regex(/^\S+( \S+){4}$/, "expected a cron expression with five fields, e.g. 0 3 * * *")
      .default("0 3 * * *"),
    CUSTODIAN_RETENTION_BATCH_SIZE: z.coerce
      .number({ message: "expected a number of rows" })
      .int()
      .min(1)
      .max(50_000)
      .default(1000),
    CUSTODIAN_RETENTION_PAUSE_MS: z.coerce
      .number({ message: "expected milliseconds" })
      .int()
      .min(0)
      .max(60_000)
      .default(20),
    CUSTODIAN_RETENTION_LEASE_SECONDS: z.coerce
      .number({ message: "expected seconds" })
      .int()
      .min(1)
      .max(3600)
      .default(60),
    CUSTODIAN_API_RATE_LIMIT: z.coerce
      .number({ message: "expected requests per minute per API token" })
      .int()
      .min(1)
      .max(1_000_000)
      .default(600),
    // Where audit exports are written (default: <CUSTODIAN_DATA_DIR>/exports).
    CUSTODIAN_EXPORT_DIR: z.string().min(1).optional(),
    // The root under which scheduled exports' targets are directories (default: <CUSTODIAN_DATA_DIR>/export-targets).
    CUSTODIAN_EXPORT_TARGETS_DIR: z.string().min(1).optional(),
    // The auditor's trust root: a JWKS of the pinned signing keys, written when the first key is made
    // (default: <CUSTODIAN_DATA_DIR>/audit-trust-root.jwks.json). Keys verify only if they chain to it.
    CUSTODIAN_AUDIT_TRUST_ROOT: z.string().min(1).optional(),
    // Where each signed digest is also written, one file per digest (default: <CUSTODIAN_DATA_DIR>/audit-digests).
    CUSTODIAN_DIGEST_DIR: z.string().min(1).optional(),
    // Shared directories this instance may claim although their marker is missing (lib/storage/check-shared-storage.ts):
    // for a directory that replaces one lost for good. Comma-separated: exports, digests, export-targets.
    CUSTODIAN_ADOPT_STORAGE: z
      .string()
      .default("")
      .transform((s) =>
        s
          .split(",")
          .map((p) => p.trim())
          .filter(Boolean),
      )
      .pipe(
        z.array(
          z.enum(["exports", "digests", "export-targets"], {
            message: "expected a comma-separated list of exports, digests and export-targets",
          }),
        ),
      ),
    CUSTODIAN_AUDIT_DIGEST_SCHEDULE: z
      .string()
      .regex(/^\S+( \S+){4}$/, "expected a cron expression with five fields, e.g. 0 * * * *")
      // Verification reads the digest period from it (lib/audit/digests/digest-schedule.ts).
      .refine(isCron, "expected a cron expression with five fields, e.g. 0 * * * *")
      .default("0 * * * *"),
    // The messaging server the console drives (lib/connector): ejabberd's admin HTTP API, e.g. http://127.0.0.1:5280/api.
    CUSTODIAN_EJABBERD_API_URL: z
      .url({ protocol: /^https?$/, message: "expected ejabberd's admin API URL, e.g. http://127.0.0.1:5280/api" })
      .optional(),
    // The include file ejabberd.yml names (include_config_file) and the connector writes: hosts, access lists.
    CUSTODIAN_EJABBERD_INCLUDE_FILE: z.string().min(1).optional(),
    // An OAuth bearer token (scope ejabberd:admin) for an API that is not on loopback.
    CUSTODIAN_EJABBERD_TOKEN: z.string().min(1).optional(),
    CUSTODIAN_EJABBERD_SYNC_SECONDS: z.coerce
      .number({ message: "expected seconds between syncs" })
      .int("expected whole seconds")
      .min(1, "expected at least 1 second")
      .max(3600, "expected at most 3600 seconds")
      .default(2),
    // How often the connector compares the server's accounts and hosts with the console's, whole.
    CUSTODIAN_EJABBERD_RECONCILE_MINUTES: z.coerce
      .number({ message: "expected minutes between reconciliations" })
      .int("expected whole minutes")
      .min(1, "expected at least 1 minute")
      .max(1440, "expected at most 1440 minutes (a day)")
      .default(60),
    LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).default("info"),
  })
  .superRefine((c, ctx) => {
    if (c.CUSTODIAN_EJABBERD_API_URL && !c.CUSTODIAN_EJABBERD_INCLUDE_FILE)
      ctx.addIssue({
        code: "custom",
        path: ["CUSTODIAN_EJABBERD_INCLUDE_FILE"],
        message:
          "required with CUSTODIAN_EJABBERD_API_URL: the include file ejabberd.yml names, which the connector writes",
      });
  });

export type Config = z.infer<typeof configSchema>;

export class ConfigError extends Error {}

/** Parses the environment; throws a ConfigError whose message is one line naming the variable. */
export function readConfig(env: Record<string, string | undefined> = process.env): Config {
  // An empty variable means "unset", as in most deployment tools.
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== ""));
  const parsed = configSchema.safeParse(cleaned);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const name = String(issue?.path[0] ?? "configuration");
  throw new ConfigError(`Invalid configuration: ${name}: ${issue?.message ?? "invalid value"}`);
}

let cached: Config | undefined;

/** The process's configuration, parsed once. `npm start` has already validated it. */
export function getConfig(): Config {
  cached ??= readConfig();
  return cached;
}
