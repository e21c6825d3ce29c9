"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { addPartner } from "@/lib/federation/add-partner";
import { acceptPartnership } from "@/lib/federation/accept-partnership";
import { rejectPartnership } from "@/lib/federation/reject-partnership";
import { resumePartner } from "@/lib/federation/resume-partner";
import { revokePartner } from "@/lib/federation/revoke-partner";
import { suspendPartner } from "@/lib/federation/suspend-partner";
import { requestPartnership } from "@/lib/federation/request-partnership";
import { blockGuest } from "@/lib/federation/block-guest";
import { unblockGuest } from "@/lib/federation/unblock-guest";
import { updateFederationSettings } from "@/lib/federation/update-federation-settings";
import { type ActionState, parseActionForm, runAction } from "@/lib/doors/run-action";
import { formChoice } from "@/lib/validation/form-choice";
import { formFields } from "@/lib/validation/form-fields";

const f = (form: FormData, k: string) => form.get(k)?.toString();

export async function updateFederationSettingsAction(_prev: ActionState, form: FormData) {
  const tenantId = f(form, "tenantId");
  const state = await runAction(updateFederationSettings, formFields(form, ["tenantId", "mode", "guestLapseDays"]));
  revalidatePath(`/tenants/${tenantId}`, "layout");
  return state;
}

export async function requestPartnershipAction(_prev: ActionState, form: FormData) {
  const tenantId = f(form, "tenantId");
  const state = await runAction(requestPartnership, formFields(form, ["tenantId", "partnerSlug"]));
  revalidatePath(`/tenants/${tenantId}`, "layout");
  return state;
}

export async function addPartnerAction(_prev: ActionState, form: FormData) {
  const tenantId = f(form, "tenantId");
  const state = await runAction(
    addPartner,
    formFields(form, [
      "tenantId",
      "relation",
      "externalKey",
      "partnerSlug",
      "displayName",
      "fingerprint",
      "region",
      "agreedBy",
      "agreedAt",
      "agreementRef",
    ]),
  );
  revalidatePath(`/tenants/${tenantId}`, "layout");
  return state;
}

const LINK_OPS = {
  accept: acceptPartnership,
  reject: rejectPartnership,
  suspend: suspendPartner,
  resume: resumePartner,
  revoke: revokePartner,
} as const;

// One action for every change of a link's state; the button names which.
const linkChangeForm = z.object({ change: formChoice(LINK_OPS, "choose one of the changes offered") });

export async function changeLinkAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const tenantId = f(form, "tenantId");
  const parsed = await parseActionForm(linkChangeForm, { change: f(form, "change") });
  if (!parsed.ok) return parsed.state;
  const state = await runAction(LINK_OPS[parsed.data.change], formFields(form, ["tenantId", "partnerId"]));
  revalidatePath(`/tenants/${tenantId}`, "layout");
  return state;
}

export async function setGuestBlockedAction(_prev: ActionState, form: FormData) {
  const tenantId = f(form, "tenantId");
  const op = f(form, "blocked") === "true" ? blockGuest : unblockGuest;
  const state = await runAction(op, formFields(form, ["tenantId", "guestId"]));
  revalidatePath(`/tenants/${tenantId}/federation/guests`);
  return state;
}
