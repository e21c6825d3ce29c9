/**
 * Cells a spreadsheet would run as a formula: those beginning with = + - @, a
 * tab or a carriage return (OWASP's CSV injection list). Quoting does not help;
 * Excel, LibreOffice and Google Sheets evaluate quoted cells too.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A cell for a CSV meant for spreadsheets: a formula-like value gets a leading apostrophe, shown as text. */
export function spreadsheetSafe(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/**
 * The reversible form, for files that are evidence (the audit export): a cell
 * that begins with an apostrophe gets one more, so exactly one leading
 * apostrophe is removed on reading and every value comes back byte for byte.
 */
export const REVERSIBLE_START = /^[=+\-@\t\r']/;

export function escapeCell(value: string): string {
  return REVERSIBLE_START.test(value) ? `'${value}` : value;
}

export function unescapeCell(value: string): string {
  return value.startsWith("'") ? value.slice(1) : value;
}
