import { getConfig } from "@/lib/config/read-config";
import type { EjabberdTarget } from "./ejabberd/sync-ejabberd";

/** The connected messaging server, from the configuration; none when CUSTODIAN_EJABBERD_API_URL is unset. */
export function ejabberdTarget(): EjabberdTarget | null {
  const c = getConfig();
  if (!c.CUSTODIAN_EJABBERD_API_URL || !c.CUSTODIAN_EJABBERD_INCLUDE_FILE) return null;
  return {
    api: { url: c.CUSTODIAN_EJABBERD_API_URL, token: c.CUSTODIAN_EJABBERD_TOKEN },
    includeFile: c.CUSTODIAN_EJABBERD_INCLUDE_FILE,
  };
}
