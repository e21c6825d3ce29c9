"use server";

import { beginTotpEnrolment } from "@/lib/account/begin-totp-enrolment";
import { type ActionState, runAction } from "@/lib/doors/run-action";

export async function beginTotpAction(_prev: ActionState) {
  return runAction(beginTotpEnrolment, {});
}
