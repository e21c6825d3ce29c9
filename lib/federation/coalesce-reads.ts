/**
 * Calls that arrive together share one read. A call waits for the next read to
 * START after it arrived (never one already in flight), so what it sees is at
 * least as new as every change committed before it was asked: batching costs
 * nothing in freshness, and under load one round trip serves many calls.
 */
export function coalesceReads<Q, R>(read: (queries: Q[]) => Promise<R>, maxInFlight = 2): (query: Q) => Promise<R> {
  let waiting: { q: Q; resolve: (r: R) => void; reject: (e: unknown) => void }[] = [];
  let inFlight = 0;
  const flush = () => {
    if (waiting.length === 0 || inFlight >= maxInFlight) return;
    const batch = waiting;
    waiting = [];
    inFlight++;
    read(batch.map((b) => b.q))
      .then(
        (r) => batch.forEach((b) => b.resolve(r)),
        (err: unknown) => batch.forEach((b) => b.reject(err)),
      )
      .finally(() => {
        inFlight--;
        flush();
      });
  };
  return (q) =>
    new Promise<R>((resolve, reject) => {
      waiting.push({ q, resolve, reject });
      // After this tick, so calls arriving together go out as one read.
      setImmediate(flush);
    });
}
