/**
 * Group commit: requests that arrive while earlier ones are being written join the next write, so many
 * concurrent single-event webhooks share one INSERT and one enqueue instead of paying a round trip each.
 * At low load a request is written at once, alone; under load the groups grow by themselves, up to
 * maxItems items a write, with at most maxInFlight writes at a time.
 */
export interface GroupCommitOptions {
  maxInFlight: number;
  maxItems: number;
}

interface Pending<T, R> {
  items: T[];
  resolve: (result: R) => void;
  reject: (error: unknown) => void;
}

export class GroupCommit<T, R> {
  private readonly pending: Array<Pending<T, R>> = [];
  private inFlight = 0;

  /** write gets the groups of one commit, in arrival order, and answers one result per group */
  constructor(
    private readonly write: (groups: T[][]) => Promise<R[]>,
    private readonly options: GroupCommitOptions,
  ) {}

  submit(items: T[]): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      this.pending.push({ items, resolve, reject });
      this.drain();
    });
  }

  get waiting(): number {
    return this.pending.length;
  }

  private drain(): void {
    while (this.inFlight < this.options.maxInFlight && this.pending.length > 0) {
      const group: Array<Pending<T, R>> = [];
      let size = 0;
      // a request is never split; one larger than maxItems goes alone
      while (
        this.pending.length > 0 &&
        (group.length === 0 || size + this.pending[0].items.length <= this.options.maxItems)
      ) {
        const next = this.pending.shift()!;
        size += next.items.length;
        group.push(next);
      }
      this.inFlight += 1;
      void this.writeGroup(group).finally(() => {
        this.inFlight -= 1;
        this.drain();
      });
    }
  }

  private async writeGroup(group: Array<Pending<T, R>>): Promise<void> {
    try {
      const results = await this.write(group.map((request) => request.items));
      group.forEach((request, i) => request.resolve(results[i]));
      return;
    } catch (error) {
      if (group.length === 1) {
        group[0].reject(error);
        return;
      }
    }
    // one request's bad data must not fail the others that happened to share its write: each alone
    await Promise.all(
      group.map(async (request) => {
        try {
          const [result] = await this.write([request.items]);
          request.resolve(result);
        } catch (error) {
          request.reject(error);
        }
      }),
    );
  }
}
