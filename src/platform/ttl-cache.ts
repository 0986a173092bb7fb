/**
 * Values read from storage and kept for a while, so a hot path (every event, every request) does not query
 * each time; another process's change shows within ttlMs. The caller passes the clock. An entry is fresh
 * until it is more than ttlMs old. Two misses at once both load: the later one's value stays.
 */
export class TtlCache<K, V> {
  private readonly entries = new Map<K, { at: number; value: V }>();

  /** maxEntries bounds a cache keyed by what callers send: at the bound it empties rather than grows. */
  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries = Number.POSITIVE_INFINITY,
  ) {}

  async getOrLoad(key: K, now: number, load: () => Promise<V>): Promise<V> {
    const entry = this.entries.get(key);
    if (entry && now - entry.at <= this.ttlMs) return entry.value;
    const value = await load();
    if (this.entries.size >= this.maxEntries) this.entries.clear();
    this.entries.set(key, { at: now, value });
    return value;
  }

  delete(key: K): void {
    this.entries.delete(key);
  }

  clear(): void {
    this.entries.clear();
  }
}

/** One value kept for ttlMs (the rules, the whole config): a TtlCache of a single entry. */
export class TtlValue<V> {
  private readonly cache: TtlCache<'value', V>;

  constructor(ttlMs: number) {
    this.cache = new TtlCache(ttlMs);
  }

  getOrLoad(now: number, load: () => Promise<V>): Promise<V> {
    return this.cache.getOrLoad('value', now, load);
  }

  clear(): void {
    this.cache.clear();
  }
}
