import { createHash } from 'node:crypto';
import { LessThan, type EntityManager } from 'typeorm';
import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import { RateLimitedError } from '../kernel/errors';
import type { Database } from '../db/database';
import { limiterStoreFor, refusedBy, type LimiterStore } from '../db/limiters';
import { SignInHold } from './sign-in-hold.entity';

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

/** How long an attempt holds its username and address at most, should its server die mid-way. */
const ATTEMPT_SECONDS = 30;

/**
 * The counters of failed sign-ins (and of other checks of a password, which count the same).
 * Every count lives in the limiter store (`db/limiters.ts`): on MySQL / MariaDB the database, so
 * servers behind a load balancer share them, and so do the attempts under way and the record
 * of where a name was held back.
 */
export class SignInLimits {
  readonly settings: SignInLimitSettings;
  private readonly failures: RateLimiterAbstract;
  private readonly waits: RateLimiterAbstract;
  private readonly byAddress: RateLimiterAbstract;
  /** Attempts under way, by username and address: one point each, given back when it ends. */
  private readonly attempts: RateLimiterAbstract;

  constructor(
    private readonly db: Database,
    settings: Partial<SignInLimitSettings> = {},
    store: LimiterStore = limiterStoreFor(db),
  ) {
    this.settings = { ...SIGN_IN_LIMITS, ...settings };
    const s = this.settings;
    this.failures = store({ keyPrefix: 'signin_fail', points: s.blockAfter, duration: s.failureMemorySeconds });
    // A wait is a block of this limiter: `get` then says how long it has left.
    this.waits = store({ keyPrefix: 'signin_wait', points: 1, duration: 1 });
    this.byAddress = store({ keyPrefix: 'signin_ip', points: s.addressFailures, duration: s.addressWindowSeconds });
    this.attempts = store({ keyPrefix: 'signin_run', points: 1, duration: ATTEMPT_SECONDS });
  }

  /**
   * Starts an attempt of this username from this address, or throws RATE_LIMITED when it
   * must wait. One attempt per username and address runs at a time, on every server together,
   * so guesses sent side by side cannot slip past the wait; the returned function ends the attempt.
   */
  async begin(username: string, address: string): Promise<() => Promise<void>> {
    const k = key(username, address);
    try {
      await this.attempts.consume(k);
    } catch (rejection) {
      refusedBy(rejection);
      throw tooManyFailures(1000);
    }
    const end = async () => {
      await this.attempts.delete(k);
    };
    try {
      const wait = await this.waits.get(k);
      if (wait && wait.consumedPoints > 1 && wait.msBeforeNext > 0) throw tooManyFailures(wait.msBeforeNext);
      const spent = await this.byAddress.get(address);
      if (spent && spent.consumedPoints >= this.settings.addressFailures && spent.msBeforeNext > 0) throw tooManyFailures(spent.msBeforeNext);
    } catch (error) {
      await end();
      throw error;
    }
    return end;
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
      await this.hold(username, address);
    }
    return { failures, blockedUntil: blocked ? new Date(Date.now() + seconds * 1000) : null };
  }

  /** A sign-in: the run of failures at this address ends, and the address gets them back. */
  async succeeded(username: string, address: string): Promise<void> {
    const k = key(username, address);
    const run = (await this.failures.get(k))?.consumedPoints ?? 0;
    if (run > 0) {
      await Promise.all([this.failures.delete(k), this.waits.delete(k)]);
      await this.db.manager.delete(SignInHold, { nameHash: nameHash(username), address: heldAddress(address) });
    }
    const spent = (await this.byAddress.get(address))?.consumedPoints ?? 0;
    const back = Math.min(run, spent);
    if (back > 0) await this.byAddress.reward(address, back);
  }

  /** Records that a username was slowed or blocked at an address, until its failures are forgotten, so an administrator can lift it. */
  private async hold(username: string, address: string): Promise<void> {
    const until = new Date(Date.now() + this.settings.failureMemorySeconds * 1000);
    await this.db.write(async (em: EntityManager) => {
      await em.delete(SignInHold, { until: LessThan(new Date()) });
      await em.upsert(SignInHold, { nameHash: nameHash(username), address: heldAddress(address), until }, ['nameHash', 'address']);
    });
  }

  /** Lifts every wait and block of a username, at every address (an administrator's unlock). */
  async lift(username: string): Promise<void> {
    const held = await this.db.manager.findBy(SignInHold, { nameHash: nameHash(username) });
    for (const { address } of held) {
      const k = key(username, address);
      await Promise.all([this.failures.delete(k), this.waits.delete(k)]);
    }
    await this.db.manager.delete(SignInHold, { nameHash: nameHash(username) });
  }
}

/** The username as sign-in looks it up; a line break cannot be typed into either part. */
export function signInName(typed: string): string {
  return typed.trim().toLowerCase();
}

/**
 * A typed name is counted by its hash: names typed at sign-in are sometimes passwords typed in
 * the wrong box, and they have no business in a table of counters in clear.
 */
function nameHash(username: string): string {
  return createHash('sha256').update(username).digest('hex');
}

/** An address as `sign_in_hold` keeps it; any longer than an IPv6 address would not be one a socket gave. */
function heldAddress(address: string): string {
  return address.slice(0, 64);
}

function key(username: string, address: string): string {
  return `${nameHash(username)}:${address}`;
}
