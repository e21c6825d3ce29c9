/** The named fields of a submitted form as strings (absent ones undefined), for an operation's zod schema to check. */
export function formFields<K extends string>(form: FormData, names: readonly K[]): Record<K, string | undefined> {
  return Object.fromEntries(names.map((n) => [n, form.get(n)?.toString()])) as Record<K, string | undefined>;
}

/** One field of a submitted form as a string (undefined when absent). */
export function formText(form: FormData, name: string): string | undefined {
  return form.get(name)?.toString();
}
