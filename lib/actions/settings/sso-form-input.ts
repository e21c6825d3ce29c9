export function ssoInput(form: FormData) {
  const f = (k: string) => form.get(k)?.toString() ?? "";
  return {
    tenantId: f("tenantId"),
    enabled: form.get("enabled") === "on",
    issuer: f("issuer"),
    clientId: f("clientId"),
    clientSecret: f("clientSecret") || undefined,
    scopes: f("scopes").split(/\s+/).filter(Boolean),
    usernameClaim: f("usernameClaim"),
    refreshGraceMinutes: f("refreshGraceMinutes"),
    confirmSignOut: form.get("confirmSignOut") === "on",
  };
}
