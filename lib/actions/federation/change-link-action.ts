"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { acceptPartnership } from "@/lib/federation/accept-partnership";
import { rejectPartnership } from "@/lib/federation/reject-partnership";
import { resumePartner } from "@/lib/federation/resume-partner";
import { revokePartner } from "@/lib/federation/revoke-partner";
import { suspendPartner } from "@/lib/federation/suspend-partner";
import { type ActionState, parseActionForm, runAction } from "@/lib/doors/run-action";
import { formChoice } from "@/lib/validation/form-choice";
import { formFields } from "@/lib/validation/form-fields";
import { formText } from "@/lib/validation/form-fields";

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
  const tenantId = formText(form, "tenantId");
  const parsed = await parseActionForm(linkChangeForm, { change: formText(form, "change") });
  if (!parsed.ok) return parsed.state;
  const state = await runAction(LINK_OPS[parsed.data.change], formFields(form, ["tenantId", "partnerId"]));
  revalidatePath(`/tenants/${tenantId}`, "layout");
  return state;
}
