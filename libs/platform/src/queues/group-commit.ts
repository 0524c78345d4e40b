/** What became of one item of a group: its value, or the error that fails it alone. */
export type ItemOutcome<Result> = { ok: true; value: Result } | { ok: false; error: unknown };

interface Waiting<Item, Result> {
  item: Item;
  resolve: (value: Result) => void;
  reject: (error: unknown) => void;
}

/**
 * Hands items over in groups, one group at a time: whatever arrives while a group is being
 * handled waits and goes with the next one, up to `limit` items. `handleGroup` answers with one
 * outcome per item, in order; if it throws, every item of that group fails with its error. A
 * caller's promise settles only once its whole group is done, so a group that commits together
 * is acknowledged only after the commit.
 */
export class GroupCommit<Item, Result> {
  private waiting: Waiting<Item, Result>[] = [];
  private draining = false;

  constructor(
    private readonly limit: number,
    private readonly handleGroup: (items: Item[]) => Promise<ItemOutcome<Result>[]>,
  ) {
    if (!Number.isInteger(limit) || limit < 1) throw new Error(`A group holds at least one item, not ${limit}`);
  }

  submit(item: Item): Promise<Result> {
    return new Promise<Result>((resolve, reject) => {
      this.waiting.push({ item, resolve, reject });
      if (this.draining) return;
      this.draining = true;
      // Items submitted in the same turn of the event loop start out together.
      setImmediate(() => void this.drain());
    });
  }

  /** Items waiting for a group, not counting the group in hand. */
  get backlog(): number {
    return this.waiting.length;
  }

  private async drain(): Promise<void> {
    while (this.waiting.length > 0) {
      const group = this.waiting.splice(0, this.limit);
      await this.settle(group);
    }
    this.draining = false;
  }

  private async settle(group: Waiting<Item, Result>[]): Promise<void> {
    let outcomes: ItemOutcome<Result>[];
    try {
      outcomes = await this.handleGroup(group.map((waiting) => waiting.item));
      if (outcomes.length !== group.length) throw new Error(`${outcomes.length} outcomes for a group of ${group.length}`);
    } catch (error) {
      for (const waiting of group) waiting.reject(error);
      return;
    }
    group.forEach((waiting, index) => {
      const outcome = outcomes[index]!;
      if (outcome.ok) waiting.resolve(outcome.value);
      else waiting.reject(outcome.error);
    });
  }
}
