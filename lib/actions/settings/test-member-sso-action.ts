"use server";

import { type ActionState, runAction } from "@/lib/doors/run-action";
import { testMemberSso } from "@/lib/member-sso/test-member-sso";
import { ssoInput } from "./sso-form-input";

export async function testMemberSsoAction(_prev: ActionState, form: FormData) {
  const { tenantId, issuer, scopes, usernameClaim } = ssoInput(form);
  return runAction(testMemberSso, { tenantId, issuer, scopes, usernameClaim });
}
