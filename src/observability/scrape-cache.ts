/**
 * One database read shared by the gauges of one scrape: each gauge collects on its own, so without this a read that
 * feeds two gauges would run twice per scrape.
 */
export function sharedPerScrape<T>(read: () => Promise<T>, ttlMs = 1_000): () => Promise<T> {
  let cached: { at: number; value: Promise<T> } | undefined;
  return () => {
    const now = Date.now();
    if (!cached || now - cached.at > ttlMs) {
      const value = read();
      cached = { at: now, value };
      // A failed read is not kept: the next scrape tries again.
      value.catch(() => (cached = undefined));
    }
    return cached.value;
  };
}
