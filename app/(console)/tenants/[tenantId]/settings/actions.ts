"use server";

import { revalidatePath } from "next/cache";
import { type ActionState, runAction } from "@/lib/doors/run-action";
import { getTranslations } from "next-intl/server";
import { testMemberSso } from "@/lib/member-sso/test-member-sso";
import { updateMemberSso } from "@/lib/member-sso/update-member-sso";
import { updateNetworkSettings } from "@/lib/tenants/update-network-settings";
import { updateTenantSecurity } from "@/lib/tenants/update-tenant-security";

export async function updateTenantSecurityAction(_prev: ActionState, form: FormData) {
  const tenantId = form.get("tenantId")?.toString();
  const state = await runAction(updateTenantSecurity, { tenantId, requireMfa: form.get("requireMfa") === "on" });
  revalidatePath(`/tenants/${tenantId}`, "layout");
  return state;
}

export async function updateNetworkSettingsAction(_prev: ActionState, form: FormData) {
  const f = (k: string) => form.get(k)?.toString() ?? "";
  const on = (k: string) => form.get(k) === "on";
  const tenantId = f("tenantId");
  const state = await runAction(updateNetworkSettings, {
    tenantId,
    settings: {
      readReceipts: f("readReceipts"),
      consentBanner: {
        enabled: on("consentBanner.enabled"),
        header: f("consentBanner.header"),
        body: f("consentBanner.body"),
        buttonLabel: f("consentBanner.buttonLabel"),
      },
      clientMetrics: on("clientMetrics"),
      dataRetention: {
        enabled: on("dataRetention.enabled"),
        destination: f("dataRetention.destination") || null,
        publicKeyPem: f("dataRetention.publicKeyPem"),
      },
    },
  });
  revalidatePath(`/tenants/${tenantId}`, "layout");
  return state;
}

/** "name=value" lines into an object; the operation validates names and values. */
async function parseParams(text: string): Promise<{ params?: Record<string, string>; error?: string }> {
  const t = await getTranslations("memberSso");
  const params: Record<string, string> = {};
  for (const [i, line] of text
    .split("\n")
    .map((l) => l.trim())
    .entries()) {
    if (!line) continue;
    const eq = line.indexOf("=");
    if (eq <= 0) return { error: t("badParam", { line: i + 1 }) };
    params[line.slice(0, eq).trim()] = line.slice(eq + 1).trim();
  }
  return { params };
}

function ssoInput(form: FormData) {
  const f = (k: string) => form.get(k)?.toString() ?? "";
  return {
    tenantId: f("tenantId"),
    enabled: form.get("enabled") === "on",
    issuer: f("issuer"),
    clientId: f("clientId"),
    clientSecret: f("clientSecret") || undefined,
    scopes: f("scopes").split(/\s+/).filter(Boolean),
    usernameClaim: f("usernameClaim"),
    refreshGraceMinutes: f("refreshGraceMinutes"),
    confirmSignOut: form.get("confirmSignOut") === "on",
  };
}

export async function updateMemberSsoAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const parsed = await parseParams(form.get("extraAuthParams")?.toString() ?? "");
  if (parsed.error) return { ok: false, message: parsed.error, fieldErrors: { extraAuthParams: [parsed.error] } };
  const input = { ...ssoInput(form), extraAuthParams: parsed.params };
  const state = await runAction(updateMemberSso, input);
  revalidatePath(`/tenants/${input.tenantId}`, "layout");
  return state;
}

export async function testMemberSsoAction(_prev: ActionState, form: FormData) {
  const { tenantId, issuer, scopes, usernameClaim } = ssoInput(form);
  return runAction(testMemberSso, { tenantId, issuer, scopes, usernameClaim });
}
