"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { type ActionState, runAction } from "@/lib/doors/run-action";
import { createSsoConnection } from "@/lib/sso/create-sso-connection";

/**
 * The form takes mappings as lines of "group, network slug, role". Splitting the
 * lines is all that happens here; the operation validates each one (after its
 * permission check) and names the line that is wrong.
 */
async function parseMappings(text: string): Promise<{ mappings?: unknown[]; error?: string }> {
  const t = await getTranslations("sso.create");
  const lines = text
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);
  const mappings: unknown[] = [];
  for (const [i, line] of lines.entries()) {
    const parts = line.split(",").map((p) => p.trim());
    if (parts.length !== 3 || parts.some((p) => !p)) return { error: t("badMapping", { line: i + 1 }) };
    const [group, tenantSlug, role] = parts;
    mappings.push({ group, tenantSlug, role });
  }
  return { mappings };
}

export async function createSsoAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const t = await getTranslations("sso.create");
  const f = (k: string) => form.get(k)?.toString();
  const parsed = await parseMappings(f("roleMappings") ?? "");
  if (parsed.error) return { ok: false, message: parsed.error, fieldErrors: { roleMappings: [parsed.error] } };
  const state = await runAction(createSsoConnection, {
    name: f("name"),
    slug: f("slug"),
    issuer: f("issuer"),
    clientId: f("clientId"),
    clientSecret: f("clientSecret"),
    groupsClaim: f("groupsClaim") || undefined,
    roleMappings: parsed.mappings,
  });
  revalidatePath("/platform/sso");
  // Point a per-line error at the mappings field, with the line number people see.
  if (state && !state.ok && state.fieldErrors) {
    const line = Object.keys(state.fieldErrors).find((k) => k.startsWith("roleMappings."));
    if (line) {
      const n = Number(line.split(".")[1]) + 1;
      state.fieldErrors.roleMappings = state.fieldErrors[line]!.map((m) => `${t("line", { line: n })} ${m}`);
    }
  }
  return state;
}
