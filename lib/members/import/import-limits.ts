/** The largest member import the console and the API accept (the README's limits), shared with the browser's check. */
export const MAX_IMPORT_BYTES = 40 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 100_000;
