"use server";

import { revalidatePath } from "next/cache";
import { type ActionState, runAction } from "@/lib/doors/run-action";
import { updateNetworkSettings } from "@/lib/tenants/update-network-settings";

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
