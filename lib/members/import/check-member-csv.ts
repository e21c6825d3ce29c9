import { parse } from "csv-parse/sync";
import { z } from "zod";

export interface ImportRow {
  line: number;
  email: string;
  firstName: string;
  lastName: string;
  group: string;
  externalId: string | null;
}

export interface ImportIssue {
  line: number;
  email: string;
  problem: "bad_email" | "unknown_group" | "duplicate_in_file" | "missing_column" | "duplicate_external_id";
  detail: string;
}

export const HEADERS = {
  email: "email",
  "first name": "firstName",
  "last name": "lastName",
  group: "group",
  "external id": "externalId",
} as const;
const email = z.string().trim().toLowerCase().pipe(z.email());

/**
 * Reads an import file: a header row naming email, first name, last name, group
 * and (optionally) external id, in any order and case. Returns the rows that
 * can be imported and, for the others, what is wrong with each, by line.
 */
export function checkMemberCsv(
  text: string,
  groups: Set<string>,
): { rows: ImportRow[]; issues: ImportIssue[]; headerError?: string } {
  let records: string[][];
  try {
    records = parse(text, { bom: true, skip_empty_lines: true, relax_column_count: true, trim: true }) as string[][];
  } catch (err) {
    return {
      rows: [],
      issues: [],
      headerError: `The file is not valid CSV: ${err instanceof Error ? err.message : String(err)}`,
    };
  }
  const header = (records[0] ?? []).map((h) => h.toLowerCase().trim());
  const index = Object.fromEntries(Object.entries(HEADERS).map(([name, key]) => [key, header.indexOf(name)])) as Record<
    (typeof HEADERS)[keyof typeof HEADERS],
    number
  >;
  const missing = (["email", "firstName", "lastName", "group"] as const).filter((k) => index[k] < 0);
  if (missing.length) {
    const names = Object.entries(HEADERS)
      .filter(([, k]) => missing.includes(k as never))
      .map(([n]) => n);
    return { rows: [], issues: [], headerError: `The header row must name these columns: ${names.join(", ")}.` };
  }
  const rows: ImportRow[] = [];
  const issues: ImportIssue[] = [];
  const seenEmail = new Map<string, number>();
  const seenExternal = new Map<string, number>();
  records.slice(1).forEach((r, i) => {
    const line = i + 2;
    const cell = (k: keyof typeof index) => (index[k] >= 0 ? (r[index[k]] ?? "").trim() : "");
    const rawEmail = cell("email");
    const parsed = email.safeParse(rawEmail);
    if (!parsed.success) {
      issues.push({ line, email: rawEmail, problem: "bad_email", detail: `“${rawEmail}” is not an email address` });
      return;
    }
    const e = parsed.data;
    const group = cell("group");
    if (!groups.has(group)) {
      issues.push({ line, email: e, problem: "unknown_group", detail: `no group is called “${group}”` });
      return;
    }
    const first = seenEmail.get(e);
    if (first) {
      issues.push({ line, email: e, problem: "duplicate_in_file", detail: `the same email is on line ${first}` });
      return;
    }
    const externalId = cell("externalId") || null;
    if (externalId && seenExternal.has(externalId)) {
      issues.push({
        line,
        email: e,
        problem: "duplicate_external_id",
        detail: `the same external id is on line ${seenExternal.get(externalId)}`,
      });
      return;
    }
    seenEmail.set(e, line);
    if (externalId) seenExternal.set(externalId, line);
    rows.push({ line, email: e, firstName: cell("firstName"), lastName: cell("lastName"), group, externalId });
  });
  return { rows, issues };
}
