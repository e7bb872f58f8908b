import type { EntityManager } from 'typeorm';
import type { Database } from '../db/database';
import { CredentialEpoch } from './credential-epoch.entity';

/** How stale another server's view of a credential may be: the epoch is read at most this often. */
export const CREDENTIAL_BOUND_MS = 1000;
/** Credentials kept per server; the oldest goes first beyond this. */
const MAX_ENTRIES = 20_000;

/**
 * The credentials a server has looked up, by token hash, so a request signed in with a known
 * token costs no round trip to the database (docs/api.md, "Signing in"). Every change that ends
 * or changes a credential — sign-out, a revoked token, a new password, an account disabled,
 * blocked, or given another role, organization or person — moves the shared epoch in its own
 * transaction (`write`) and empties this server's cache when it commits; every
 * server reads the epoch at most once a second and empties its cache when it moved. So a
 * revocation is immediate where it was made and takes at most about a second elsewhere.
 * Expiry is checked on every request by the caller, from the kept expiry.
 */
export class CredentialCache<T> {
  private readonly entries = new Map<string, T>();
  /** Moves with every emptying: a lookup that began before one does not keep what it read. */
  private generation = 0;
  private epoch: number | null = null;
  private checkedAt = -Infinity;
  private reading: Promise<void> | null = null;
  private readonly epochSql: string;

  constructor(
    private readonly db: Database,
    private readonly boundMs = CREDENTIAL_BOUND_MS,
  ) {
    const q = (name: string) => db.dataSource.driver.escape(name);
    this.epochSql = `SELECT ${q('value')} FROM ${q('credential_epoch')} WHERE ${q('id')} = 1`;
  }

  /** The credential under `key`, from this server's cache or else `load` (kept only when found). */
  async lookup(key: string, load: () => Promise<T | null>): Promise<T | null> {
    if (performance.now() - this.checkedAt >= this.boundMs) await this.readEpoch();
    const kept = this.entries.get(key);
    if (kept !== undefined) return kept;
    const generation = this.generation;
    const found = await load();
    if (found !== null && generation === this.generation) {
      if (this.entries.size >= MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
      this.entries.set(key, found);
    }
    return found;
  }

  /**
   * One transaction (`Database.write`) that may end or change credentials: `work` calls
   * `changed()` when it does, and then the shared epoch moves with the change and this server
   * forgets what it keeps once the change commits.
   */
  async write<R>(work: (em: EntityManager, changed: () => void) => Promise<R>): Promise<R> {
    let changes = false;
    const result = await this.db.write(async (em) => {
      // A transaction run again after a deadlock starts over.
      changes = false;
      const done = await work(em, () => {
        changes = true;
      });
      if (changes) await em.createQueryBuilder().update(CredentialEpoch).set({ value: () => 'value + 1' }).where('id = 1').execute();
      return done;
    });
    if (changes) this.forget();
    return result;
  }

  private forget(): void {
    this.entries.clear();
    this.generation += 1;
  }

  /** One indexed read, shared by the requests that arrive while it runs. */
  private readEpoch(): Promise<void> {
    this.reading ??= (async () => {
      try {
        const rows = await this.db.readArrays(this.epochSql, [], { prepared: true });
        const value = Number(rows[0]?.[0] ?? 0);
        if (value !== this.epoch) {
          this.forget();
          this.epoch = value;
        }
        this.checkedAt = performance.now();
      } finally {
        this.reading = null;
      }
    })();
    return this.reading;
  }
}
