// A counting gate: at most `size` holders at once, the rest wait in the order they came. The run keeps its requests
// to the gateway's concurrency with it while one more row is made ready beside them (startRun.ts).

export class Slots {
  private free: number;
  private readonly waiting: Array<() => void> = [];

  constructor(size: number) {
    this.free = Math.max(1, Math.floor(size));
  }

  /** Resolves once a slot is this caller's; the function it gives frees it (a second call does nothing). */
  async take(): Promise<() => void> {
    if (this.free > 0) this.free -= 1;
    else await new Promise<void>((resolve) => this.waiting.push(resolve));
    let held = true;
    return () => {
      if (!held) return;
      held = false;
      const next = this.waiting.shift();
      if (next === undefined) this.free += 1;
      else next(); // handed over: never free in between, so no later comer overtakes the one waiting
    };
  }
}
