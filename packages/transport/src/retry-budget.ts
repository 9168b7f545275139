/** Sizes of a retry budget (the AWS SDK's standard mode uses the same defaults). */
export interface RetryBudgetOptions {
  /** Tokens when full (default 500). */
  capacity?: number;
  /** What a retry costs (default 5). */
  retryCost?: number;
  /** What a retry after a timeout costs (default 10): a slow server gets fewer. */
  timeoutRetryCost?: number;
  /** What a call that succeeds at its first attempt gives back (default 1). */
  successRefill?: number;
}

/**
 * A token bucket shared by the calls of one client: every retry takes tokens, every success gives some back.
 * While the API is down the bucket empties and calls fail at their first attempt instead of multiplying the load;
 * once calls succeed again it refills.
 */
export interface RetryBudget {
  /** Tokens left. */
  readonly available: number;
  /** Takes the cost of one retry and returns it; undefined (nothing taken) when there is not enough left. */
  take(afterTimeout: boolean): number | undefined;
  /** A call succeeded: after a retry, its cost (`spent`) comes back; at the first attempt, `successRefill`. */
  succeeded(spent: number | undefined): void;
}

/** A retry budget (see `RetryBudget`). */
export function createRetryBudget(options: RetryBudgetOptions = {}): RetryBudget {
  const capacity = options.capacity ?? 500;
  const retryCost = options.retryCost ?? 5;
  const timeoutRetryCost = options.timeoutRetryCost ?? 10;
  const successRefill = options.successRefill ?? 1;
  let available = capacity;
  return {
    get available() {
      return available;
    },
    take(afterTimeout) {
      const cost = afterTimeout ? timeoutRetryCost : retryCost;
      if (cost > available) return undefined;
      available -= cost;
      return cost;
    },
    succeeded(spent) {
      available = Math.min(capacity, available + (spent ?? successRefill));
    },
  };
}
