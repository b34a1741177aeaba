// A rolling budget, as Exchange counts its limits: what was spent more than `windowMs` ago no longer counts
// (10,000 requests per 10 minutes, 150 MB of upload per 5 minutes, 10,000 recipients per 24 hours).
// Time comes from the caller, so tests move a fake clock instead of waiting.

export class RollingBudget {
  private readonly entries: { at: number; amount: number }[] = [];
  private total = 0;

  constructor(
    /** Mutable, so a test or the sandbox can tighten a limit on a running emulator. */
    public limit: number,
    public windowMs: number,
  ) {}

  used(now: number): number {
    this.prune(now);
    return this.total;
  }

  /** 0 when `amount` more fits now, else the ms until enough has left the window (the whole window if it never fits). */
  waitFor(amount: number, now: number): number {
    this.prune(now);
    if (this.total + amount <= this.limit) return 0;
    if (amount > this.limit) return this.windowMs;
    let remaining = this.total;
    for (const e of this.entries) {
      remaining -= e.amount;
      if (remaining + amount <= this.limit) return Math.max(1, e.at + this.windowMs - now);
    }
    return this.windowMs;
  }

  record(amount: number, now: number): void {
    if (amount <= 0) return;
    this.entries.push({ at: now, amount });
    this.total += amount;
  }

  clear(): void {
    this.entries.length = 0;
    this.total = 0;
  }

  private prune(now: number): void {
    while (this.entries.length > 0 && (this.entries[0] as { at: number }).at + this.windowMs <= now) {
      this.total -= (this.entries.shift() as { amount: number }).amount;
    }
  }
}

/** mulberry32: a small seeded generator, so "10% of requests get 429" is the same 10% on every run. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
