import { createRandom, type Random } from './data/random';

/** What an injected failure looks like to the client. */
export type InjectedFaultKind = 'http-500' | 'drop' | 'rate-limit';

export interface FaultInjectionOptions {
  /** Added to every API request, in milliseconds. Default 0. */
  latencyMs?: number;
  /** Probability (0..1) that an API request fails. Default 0. */
  rate?: number;
  /** Which failures to draw from. Default all three. */
  kinds?: readonly InjectedFaultKind[];
  /** Seed of the draws, so a failing run can be replayed. Default 1. */
  seed?: number;
}

export const FAULT_KINDS: readonly InjectedFaultKind[] = ['http-500', 'drop', 'rate-limit'];

/** Decides, per request, whether to fail it and how. */
export class FaultInjector {
  readonly latencyMs: number;
  readonly rate: number;
  readonly kinds: readonly InjectedFaultKind[];
  readonly #random: Random;

  constructor(options: FaultInjectionOptions = {}) {
    this.latencyMs = Math.max(0, options.latencyMs ?? 0);
    this.rate = Math.min(1, Math.max(0, options.rate ?? 0));
    this.kinds = options.kinds && options.kinds.length > 0 ? options.kinds : FAULT_KINDS;
    this.#random = createRandom((options.seed ?? 1) ^ 0x5eed);
  }

  get active(): boolean {
    return this.latencyMs > 0 || this.rate > 0;
  }

  /** The failure for this request, or undefined to let it through. */
  draw(): InjectedFaultKind | undefined {
    if (this.rate <= 0 || this.#random.next() >= this.rate) return undefined;
    return this.#random.pick(this.kinds);
  }
}
