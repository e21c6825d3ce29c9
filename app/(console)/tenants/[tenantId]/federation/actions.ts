"use server";

import { revalidatePath } from "next/cache";
import { addPartner } from "@/lib/federation/add-partner";
import {
  acceptPartnership,
  rejectPartnership,
  resumePartner,
  revokePartner,
  suspendPartner,
} from "@/lib/federation/answer-partnership";
import { requestPartnership } from "@/lib/federation/request-partnership";
import { blockGuest, unblockGuest } from "@/lib/federation/set-guest-blocked";
import { updateFederationSettings } from "@/lib/federation/update-federation-settings";
import { type ActionState, runAction } from "@/lib/operation/run-action";

const f = (form: FormData, k: string) => form.get(k)?.toString();

export async function updateFederationSettingsAction(_prev: ActionState, form: FormData) {
  const tenantId = f(form, "tenantId");
  const state = await runAction(updateFederationSettings, {
    tenantId,
    mode: f(form, "mode"),
    guestLapseDays: f(form, "guestLapseDays"),
  });
  revalidatePath(`/tenants/${tenantId}`, "layout");
  return state;
}

export async function requestPartnershipAction(_prev: ActionState, form: FormData) {
  const tenantId = f(form, "tenantId");
  const state = await runAction(requestPartnership, { tenantId, partnerSlug: f(form, "partnerSlug") });
  revalidatePath(`/tenants/${tenantId}`, "layout");
  return state;
}

export async function addPartnerAction(_prev: ActionState, form: FormData) {
  const tenantId = f(form, "tenantId");
  const state = await runAction(addPartner, {
    tenantId,
    relation: f(form, "relation"),
    externalKey: f(form, "externalKey"),
    partnerSlug: f(form, "partnerSlug"),
    displayName: f(form, "displayName"),
    fingerprint: f(form, "fingerprint"),
    region: f(form, "region"),
    agreedBy: f(form, "agreedBy"),
    agreedAt: f(form, "agreedAt"),
    agreementRef: f(form, "agreementRef"),
  });
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
export async function changeLinkAction(_prev: ActionState, form: FormData) {
  const tenantId = f(form, "tenantId");
  const op = LINK_OPS[f(form, "change") as keyof typeof LINK_OPS];
  if (!op) return { ok: false as const, message: "Unknown change.", fieldErrors: { change: ["unknown change"] } };
  const state = await runAction(op, { tenantId, partnerId: f(form, "partnerId") });
  revalidatePath(`/tenants/${tenantId}`, "layout");
  return state;
}

export async function setGuestBlockedAction(_prev: ActionState, form: FormData) {
  const tenantId = f(form, "tenantId");
  const op = f(form, "blocked") === "true" ? blockGuest : unblockGuest;
  const state = await runAction(op, { tenantId, guestId: f(form, "guestId") });
  revalidatePath(`/tenants/${tenantId}/federation/guests`);
  return state;
}
