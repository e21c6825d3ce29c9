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
  problem: "bad_row" | "bad_email" | "unknown_group" | "duplicate_in_file" | "missing_column" | "duplicate_external_id";
  detail: string;
}

/** Something in the file that is not imported but does not stop the rest: an unknown column, cells past the header. */
export interface ImportWarning {
  line: number;
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

/** One physical line as cells. Lines without a quote (nearly all) are split directly; the rest go to csv-parse. */
function cellsOf(line: string): string[] {
  if (!line.includes('"')) return line.split(",").map((c) => c.trim());
  const [record] = parse(line, { relax_quotes: true, relax_column_count: true, trim: true }) as string[][];
  return record ?? [];
}

/** Why a file is not text a spreadsheet saved as CSV, or null when it is. */
export function notCsvText(text: string): string | null {
  if (text.startsWith("PK\u0003\u0004"))
    return "The file is a spreadsheet workbook (.xlsx), not CSV: save it from the spreadsheet as “CSV UTF-8”.";
  const nul = text.indexOf("\u0000");
  if (nul >= 0) return "The file holds binary data, not CSV text: save it from the spreadsheet as “CSV UTF-8”.";
  const bad = text.indexOf("\uFFFD");
  if (bad >= 0) {
    const line = text.slice(0, bad).split(/\r\n|\n|\r/).length;
    return `The file is not UTF-8 text (line ${line}): save it from the spreadsheet as “CSV UTF-8”.`;
  }
  return null;
}

/**
 * Reads an import file: a header row naming email, first name, last name, group
 * and (optionally) external id, in any order and case. Returns the rows that
 * can be imported and, for the others, what is wrong with each, by the line a
 * text editor shows (blank lines count).
 *
 * No member field holds a line break, so each line is one record: a stray quote
 * is that row's error and every other row still gets its verdict, instead of
 * the quote swallowing the rest of the file as a multi-line cell would.
 */
export function checkMemberCsv(
  text: string,
  groups: Set<string>,
): { rows: ImportRow[]; issues: ImportIssue[]; warnings: ImportWarning[]; headerError?: string } {
  const none = { rows: [], issues: [], warnings: [] };
  const broken = notCsvText(text);
  if (broken) return { ...none, headerError: broken };
  const lines = text.replace(/^\uFEFF/, "").split(/\r\n|\n|\r/);
  const blank = (l: string) => /^[\s,]*$/.test(l);
  const headerAt = lines.findIndex((l) => !blank(l));
  if (headerAt < 0) return { ...none, headerError: "The file is empty: the first row must name the columns." };
  let header: string[];
  try {
    header = cellsOf(lines[headerAt]!).map((h) => h.toLowerCase());
  } catch (err) {
    return { ...none, headerError: `The header row is not valid CSV: ${(err as Error).message}` };
  }
  const index = Object.fromEntries(Object.entries(HEADERS).map(([name, key]) => [key, header.indexOf(name)])) as Record<
    (typeof HEADERS)[keyof typeof HEADERS],
    number
  >;
  const missing = (["email", "firstName", "lastName", "group"] as const).filter((k) => index[k] < 0);
  if (missing.length) {
    const names = Object.entries(HEADERS)
      .filter(([, k]) => missing.includes(k as never))
      .map(([n]) => n);
    return { ...none, headerError: `The header row must name these columns: ${names.join(", ")}.` };
  }
  const rows: ImportRow[] = [];
  const issues: ImportIssue[] = [];
  const warnings: ImportWarning[] = [];
  const unknown = header.filter((h) => h !== "" && !(h in HEADERS));
  if (unknown.length)
    warnings.push({
      line: headerAt + 1,
      detail: `${unknown.map((h) => `“${h}”`).join(", ")} ${unknown.length === 1 ? "is not a column" : "are not columns"} Custodian imports; ${unknown.length === 1 ? "it is" : "they are"} ignored`,
    });
  const seenEmail = new Map<string, number>();
  const seenExternal = new Map<string, number>();
  for (let i = headerAt + 1; i < lines.length; i++) {
    const raw = lines[i]!;
    if (blank(raw)) continue;
    const line = i + 1;
    let r: string[];
    try {
      r = cellsOf(raw);
    } catch (err) {
      const first = raw.split(",")[index.email] ?? "";
      issues.push({
        line,
        email: first.replace(/"/g, "").trim().slice(0, 254),
        problem: "bad_row",
        detail: `this row is not valid CSV (${(err as Error).message.replace(/^CsvError: /, "").split(":")[0]}): a quote that opens a cell must close it`,
      });
      continue;
    }
    if (r.length > header.length && r.slice(header.length).some((c) => c !== ""))
      warnings.push({
        line,
        detail: `${r.length - header.length} cell(s) past the header's ${header.length} columns are ignored`,
      });
    const cell = (k: keyof typeof index) => (index[k] >= 0 ? (r[index[k]] ?? "").trim() : "");
    const rawEmail = cell("email");
    const parsed = email.safeParse(rawEmail);
    if (!parsed.success || parsed.data.length > 254) {
      issues.push({
        line,
        email: rawEmail.slice(0, 254),
        problem: "bad_email",
        detail: `“${rawEmail.slice(0, 100)}” is not an email address`,
      });
      continue;
    }
    const e = parsed.data;
    const group = cell("group");
    if (!groups.has(group)) {
      issues.push({ line, email: e, problem: "unknown_group", detail: `no group is called “${group.slice(0, 100)}”` });
      continue;
    }
    const first = seenEmail.get(e);
    if (first) {
      issues.push({ line, email: e, problem: "duplicate_in_file", detail: `the same email is on line ${first}` });
      continue;
    }
    const externalId = cell("externalId") || null;
    if (externalId && seenExternal.has(externalId)) {
      issues.push({
        line,
        email: e,
        problem: "duplicate_external_id",
        detail: `the same external id is on line ${seenExternal.get(externalId)}`,
      });
      continue;
    }
    const firstName = cell("firstName");
    const lastName = cell("lastName");
    const tooLong = [
      ["first name", firstName, 100],
      ["last name", lastName, 100],
      ["external id", externalId ?? "", 200],
    ].find(([, v, max]) => (v as string).length > (max as number));
    if (tooLong) {
      issues.push({
        line,
        email: e,
        problem: "bad_row",
        detail: `the ${tooLong[0]} is longer than ${tooLong[2]} characters`,
      });
      continue;
    }
    seenEmail.set(e, line);
    if (externalId) seenExternal.set(externalId, line);
    rows.push({ line, email: e, firstName, lastName, group, externalId });
  }
  return { rows, issues, warnings };
}
