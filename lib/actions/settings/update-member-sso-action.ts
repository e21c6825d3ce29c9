"use server";

import { revalidatePath } from "next/cache";
import { type ActionState, runAction } from "@/lib/doors/run-action";
import { getTranslations } from "next-intl/server";
import { updateMemberSso } from "@/lib/member-sso/update-member-sso";
import { ssoInput } from "./sso-form-input";

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

export async function updateMemberSsoAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const parsed = await parseParams(form.get("extraAuthParams")?.toString() ?? "");
  if (parsed.error) return { ok: false, message: parsed.error, fieldErrors: { extraAuthParams: [parsed.error] } };
  const input = { ...ssoInput(form), extraAuthParams: parsed.params };
  const state = await runAction(updateMemberSso, input);
  revalidatePath(`/tenants/${input.tenantId}`, "layout");
  return state;
}
