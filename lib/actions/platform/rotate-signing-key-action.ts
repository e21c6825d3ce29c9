"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/doors/run-action";
import { rotateSigningKey } from "@/lib/signing/rotate-signing-key";

export async function rotateSigningKeyAction() {
  const state = await runAction(rotateSigningKey, {});
  revalidatePath("/platform/settings");
  return state;
}
