// Field names whose values never reach the audit log, whatever operation
// produced them. Matching is on the key, at any depth.
const SECRET_KEY = /pass(word|phrase)?|secret|token|totp|seed|recovery|otp|code$|hash$|key$/i;

export const REDACTED = "[redacted]";

export function redactSecrets<T>(value: T): T {
  if (Array.isArray(value)) return value.map((v) => redactSecrets(v)) as T;
  if (value && typeof value === "object" && !(value instanceof Date)) {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, SECRET_KEY.test(k) ? REDACTED : redactSecrets(v)]),
    ) as T;
  }
  return value;
}
