import { RateLimiterMemory, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { RateLimitedError } from '../kernel/errors';

/**
 * How failed sign-ins are limited (docs/api.md, "Signing in"). Failures are counted per
 * typed username and address, and per address:
 *
 * - per username and address, failures in a row: after `slowAfter` of them each further
 *   attempt waits, `firstWaitSeconds` and doubling with every failure; the `blockAfter`th
 *   blocks that username from that address for `blockSeconds`. Someone guessing from one
 *   address never stops the owner signing in from another, and the counter does not
 *   depend on whether the account exists, so an unknown name and a locked one answer alike;
 * - per address, failures under any name: `addressFailures` in `addressWindowSeconds`
 *   stop guessing across many names. Only failures count, and a sign-in gives back the
 *   failures of its own username at that address, so an office behind one address keeps
 *   signing in.
 */
export interface SignInLimitSettings {
  slowAfter: number;
  firstWaitSeconds: number;
  blockAfter: number;
  blockSeconds: number;
  /** How long a run of failures is remembered after its first one. */
  failureMemorySeconds: number;
  addressFailures: number;
  addressWindowSeconds: number;
}

export const SIGN_IN_LIMITS: SignInLimitSettings = {
  slowAfter: 3,
  firstWaitSeconds: 1,
  blockAfter: 10,
  blockSeconds: 15 * 60,
  failureMemorySeconds: 24 * 3600,
  addressFailures: 100,
  addressWindowSeconds: 3600,
};

export interface LimiterOptions {
  keyPrefix: string;
  points: number;
  duration: number;
}

/**
 * The one place that chooses where the counters live: the server's memory. Several
 * servers behind a load balancer would each count on their own; a shared store (the
 * database) replaces this function then.
 */
export function limiterStore(options: LimiterOptions): RateLimiterAbstract {
  return new RateLimiterMemory(options);
}

export interface FailureOutcome {
  /** Failures in a row for this username at this address, this one included. */
  failures: number;
  /** When this failure blocked the username at the address (not merely slowed it), until when. */
  blockedUntil: Date | null;
}

/** The answer to every refused attempt, whichever counter refused it. */
export function tooManyFailures(msBeforeNext: number): RateLimitedError {
  const seconds = Math.max(1, Math.ceil(msBeforeNext / 1000));
  return new RateLimitedError(`too many failed sign-ins; try again in ${seconds} seconds`, seconds);
}

/** The counters of failed sign-ins (and of other checks of a password, which count the same). */
export class SignInLimits {
  readonly settings: SignInLimitSettings;
  private readonly failures: RateLimiterAbstract;
  private readonly waits: RateLimiterAbstract;
  private readonly byAddress: RateLimiterAbstract;
  /** Attempts under way, by username and address. */
  private readonly running = new Set<string>();
  /**
   * The addresses where a username has been slowed or blocked, each with when its run of
   * failures is forgotten, so an administrator can lift them all.
   */
  private readonly held = new Map<string, Map<string, number>>();

  constructor(settings: Partial<SignInLimitSettings> = {}) {
    this.settings = { ...SIGN_IN_LIMITS, ...settings };
    const s = this.settings;
    this.failures = limiterStore({ keyPrefix: 'signin_fail', points: s.blockAfter, duration: s.failureMemorySeconds });
    // A wait is a block of this limiter: `get` then says how long it has left.
    this.waits = limiterStore({ keyPrefix: 'signin_wait', points: 1, duration: 1 });
    this.byAddress = limiterStore({ keyPrefix: 'signin_ip', points: s.addressFailures, duration: s.addressWindowSeconds });
  }

  /**
   * Starts an attempt of this username from this address, or throws RATE_LIMITED when it
   * must wait. One attempt per username and address runs at a time, so guesses sent side
   * by side cannot slip past the wait; the returned function ends the attempt.
   */
  async begin(username: string, address: string): Promise<() => void> {
    const k = key(username, address);
    if (this.running.has(k)) throw tooManyFailures(1000);
    this.running.add(k);
    try {
      const wait = await this.waits.get(k);
      if (wait && wait.consumedPoints > 1 && wait.msBeforeNext > 0) throw tooManyFailures(wait.msBeforeNext);
      const spent = await this.byAddress.get(address);
      if (spent && spent.consumedPoints >= this.settings.addressFailures && spent.msBeforeNext > 0) throw tooManyFailures(spent.msBeforeNext);
    } catch (error) {
      this.running.delete(k);
      throw error;
    }
    return () => this.running.delete(k);
  }

  /** Counts a failure; from the `slowAfter`th the next attempt waits, at `blockAfter` it is blocked. */
  async failed(username: string, address: string): Promise<FailureOutcome> {
    const k = key(username, address);
    const s = this.settings;
    const failures = (await this.failures.penalty(k)).consumedPoints;
    await this.byAddress.penalty(address);
    const blocked = failures >= s.blockAfter;
    const seconds = blocked ? s.blockSeconds : failures >= s.slowAfter ? s.firstWaitSeconds * 2 ** (failures - s.slowAfter) : 0;
    if (seconds > 0) {
      await this.waits.block(k, seconds);
      this.hold(username, address);
    }
    return { failures, blockedUntil: blocked ? new Date(Date.now() + seconds * 1000) : null };
  }

  /** A sign-in: the run of failures at this address ends, and the address gets them back. */
  async succeeded(username: string, address: string): Promise<void> {
    const k = key(username, address);
    const run = (await this.failures.get(k))?.consumedPoints ?? 0;
    await Promise.all([this.failures.delete(k), this.waits.delete(k)]);
    this.held.get(username)?.delete(address);
    if (this.held.get(username)?.size === 0) this.held.delete(username);
    const spent = (await this.byAddress.get(address))?.consumedPoints ?? 0;
    const back = Math.min(run, spent);
    if (back > 0) await this.byAddress.reward(address, back);
  }

  private hold(username: string, address: string): void {
    const now = Date.now();
    if (this.held.size >= HELD_SWEEP) {
      for (const [name, addresses] of this.held) {
        for (const [a, until] of addresses) if (until <= now) addresses.delete(a);
        if (addresses.size === 0) this.held.delete(name);
      }
    }
    const addresses = this.held.get(username) ?? new Map<string, number>();
    this.held.set(username, addresses.set(address, now + this.settings.failureMemorySeconds * 1000));
  }

  /** Lifts every wait and block of a username, at every address (an administrator's unlock). */
  async lift(username: string): Promise<void> {
    for (const address of this.held.get(username)?.keys() ?? []) {
      const k = key(username, address);
      await Promise.all([this.failures.delete(k), this.waits.delete(k)]);
    }
    this.held.delete(username);
  }
}

/** The username as sign-in looks it up; a line break cannot be typed into either part. */
export function signInName(typed: string): string {
  return typed.trim().toLowerCase();
}

/** How many usernames `held` keeps before forgetting those whose failures are forgotten anyway. */
const HELD_SWEEP = 10_000;

function key(username: string, address: string): string {
  return `${username}\n${address}`;
}
