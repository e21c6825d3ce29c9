/**
 * Reads `read` until `ok` holds or `ms` pass, and returns the last value for
 * the test to assert on. For what PostgreSQL does a moment after a process
 * dies: it drops the dead worker's locks once its backend notices the closed
 * connection, milliseconds on an idle machine, longer on a loaded one.
 */
export async function eventually<T>(read: () => Promise<T>, ok: (value: T) => boolean, ms = 15_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = await read();
    if (ok(value) || Date.now() > end) return value;
    await new Promise((r) => setTimeout(r, 50));
  }
}
