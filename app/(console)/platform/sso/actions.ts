"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { db } from "@/lib/db";
import { type ActionState, runAction } from "@/lib/operation/run-action";
import { createSsoConnection } from "@/lib/sso/create-sso-connection";
import { deleteSsoConnection } from "@/lib/sso/delete-sso-connection";

/**
 * The form takes mappings as lines of "group, network slug, role"; the operation
 * takes network ids. Translating here keeps the operation's schema the one the
 * API will use, and names the line that is wrong.
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
    const [group, slug, role] = parts as [string, string, string];
    const tenant = await db.tenant.findUnique({ where: { slug }, select: { id: true } });
    if (!tenant) return { error: t("unknownNetwork", { line: i + 1, slug }) };
    mappings.push({ group, tenantId: tenant.id, role });
  }
  return { mappings };
}

export async function createSsoAction(_prev: ActionState, form: FormData): Promise<ActionState> {
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
  return state;
}

export async function deleteSsoAction(_prev: ActionState, form: FormData) {
  const state = await runAction(deleteSsoConnection, { connectionId: form.get("connectionId")?.toString() });
  revalidatePath("/platform/sso");
  return state;
}
