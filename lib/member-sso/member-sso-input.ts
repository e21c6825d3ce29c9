import { z } from "zod";
import { tenantInput } from "@/lib/validation/tenant-input";

export const REFRESH_GRACE = [0, 30, 60] as const;

export const memberSsoFields = {
  enabled: z.boolean({ message: "expected on or off" }),
  issuer: z
    .url({ protocol: /^https?$/, message: "expected the issuer URL, e.g. https://login.example.com" })
    .max(2048, "at most 2,048 characters")
    .transform((u) => u.replace(/\/$/, "")),
  clientId: z.string().trim().min(1, "enter the client id").max(300, "at most 300 characters"),
  // Omitted on update: the stored (sealed) secret is kept. Never shown back.
  clientSecret: z.string().max(2000, "at most 2,000 characters").optional(),
  scopes: z
    .array(
      z
        .string()
        .max(128, "at most 128 characters")
        .trim()
        .regex(/^[\x21\x23-\x5B\x5D-\x7E]+$/, "a scope is one word, no spaces or quotes"),
    )
    .min(1, "at least the openid scope")
    .max(20, "at most 20 scopes")
    .refine((s) => s.includes("openid"), "the scopes must include openid"),
  usernameClaim: z.string().trim().min(1, "name the claim that holds the username").max(100),
  extraAuthParams: z
    .record(z.string().regex(/^[A-Za-z0-9_.-]+$/, "parameter names are letters, digits, _ . -"), z.string().max(500))
    .refine((r) => Object.keys(r).length <= 20, "at most 20 parameters")
    .refine(
      (r) =>
        !["client_id", "redirect_uri", "response_type", "scope", "state", "nonce", "code_challenge"].some(
          (k) => k in r,
        ),
      "these parameters are set by the protocol itself",
    )
    .default({}),
  refreshGraceMinutes: z.coerce
    .number()
    .refine((v) => (REFRESH_GRACE as readonly number[]).includes(v), "expected 0, 30 or 60 minutes"),
};

export const updateMemberSsoSchema = tenantInput.extend({
  ...memberSsoFields,
  // Turning SSO on, or changing the issuer, signs members out: the caller must say they know.
  confirmSignOut: z.boolean().default(false),
});
