import { MoreThanOrEqual, type EntityManager } from 'typeorm';
import type { Actor } from '../access/actor';
import type { Database } from '../db/database';
import type { FieldProblem } from '../kernel/errors';
import { AuditService } from './audit.service';
import { UniquenessProbe } from './uniqueness-probe.entity';

/** Candidate values an account may have refused against records it cannot read, per day. */
export const PROBE_BUDGET = 10;
export const PROBE_WINDOW_MS = 24 * 60 * 60 * 1000;

/** The one answer to a value that cannot be recorded, whatever the reason (docs/api.md). */
export const NOT_ACCEPTED = 'notAccepted';

const NOT_ACCEPTED_MESSAGES: Record<string, string> = {
  nationalId: 'this national id cannot be recorded from this account; ask the department\'s administrators',
  creditCode: 'this credit code cannot be recorded from this account; ask the department\'s administrators',
};

/** The record that already holds a unique value. */
export interface Holder {
  recordType: string;
  recordId: number;
  organizationId: number | null;
  /** Whether the caller may read the record and the value it holds. */
  readable: boolean;
}

interface Conflict {
  field: string;
  holder: Holder;
  masked: string;
}

/**
 * Keeps uniqueness without making it an oracle. A caller hears that a value is taken only
 * when it may read the record that holds it; otherwise the value is "not accepted", the
 * same answer an account past its budget gets for every value. Every conflict is an audit
 * entry, and a request refused over a record the caller cannot read charges the account
 * for every candidate value it carried (docs/api.md, "Uniqueness without an oracle").
 *
 * One guard serves one request: services call `tested` and `conflict` inside the write
 * transaction, and `settle` after it, in a transaction of its own, since the refused
 * transaction rolls back.
 */
export class UniquenessGuard {
  private readonly audit = new AuditService();
  /** The values checked, by field: a transaction run again checks the same ones, counted once. */
  private readonly candidates = new Map<string, Set<string>>();
  private readonly conflicts: Conflict[] = [];
  private readonly overBudget = new Set<string>();
  private remaining: number | null = null;

  constructor(
    private readonly db: Database,
    private readonly actor: Actor,
  ) {}

  /** Runs one request's work with a guard of its own, and settles the guard after it, saved or refused. */
  static async around<T>(db: Database, actor: Actor, work: (guard: UniquenessGuard) => Promise<T>): Promise<T> {
    const guard = new UniquenessGuard(db, actor);
    try {
      return await work(guard);
    } finally {
      await guard.settle();
    }
  }

  /** Whether the account may still have values of this field checked; false past its budget. */
  async allows(em: EntityManager, field: string): Promise<boolean> {
    const userId = this.actor.viewer?.user.id;
    if (this.actor.system || userId === undefined) return true;
    if (this.remaining === null) {
      const since = new Date(Date.now() - PROBE_WINDOW_MS);
      const row = await em
        .createQueryBuilder(UniquenessProbe, 'p')
        .select('COALESCE(SUM(p.candidates), 0)', 'spent')
        .where({ userId, at: MoreThanOrEqual(since) })
        .getRawOne<{ spent: number | string }>();
      this.remaining = PROBE_BUDGET - Number(row?.spent ?? 0);
    }
    if (this.remaining > 0) return true;
    this.overBudget.add(field);
    return false;
  }

  /** Counts a value of the field as checked against the records. */
  tested(field: string, value: string): void {
    const values = this.candidates.get(field) ?? new Set<string>();
    this.candidates.set(field, values.add(value));
  }

  /** Notes a value already held by another record, and says what to answer for it. */
  conflict(field: string, masked: string, holder: Holder, takenMessage: string): FieldProblem {
    this.conflicts.push({ field, holder, masked });
    return holder.readable ? { field, constraint: 'taken', message: takenMessage } : this.refusal(field);
  }

  /** The answer for a value that cannot be recorded from this account. */
  refusal(field: string): FieldProblem {
    return { field, constraint: NOT_ACCEPTED, message: NOT_ACCEPTED_MESSAGES[field] ?? 'this value cannot be recorded from this account' };
  }

  /** Writes the conflicts and charges, whether the request was saved or refused. */
  async settle(): Promise<void> {
    if (!this.conflicts.length && !this.overBudget.size) return;
    const userId = this.actor.viewer?.user.id ?? null;
    const charged = [...new Set(this.conflicts.filter((c) => !c.holder.readable).map((c) => c.field))];
    await this.db.write(async (em) => {
      for (const c of this.conflicts) {
        await this.audit.record(em, this.actor, {
          action: 'uniqueness.conflict',
          recordType: c.holder.recordType,
          recordId: c.holder.recordId,
          // Filed under the holder's organization: those who see the record see who tried its value.
          organizationId: c.holder.organizationId,
          changes: { field: [null, c.field], value: [null, c.masked], readable: [null, c.holder.readable] },
        });
      }
      for (const field of this.overBudget) {
        await this.audit.record(em, this.actor, {
          action: 'uniqueness.overBudget',
          organizationId: this.actor.viewer?.user.organizationId ?? null,
          changes: { field: [null, field], budget: [null, PROBE_BUDGET] },
        });
      }
      if (userId === null) return;
      for (const field of charged) {
        await em.insert(UniquenessProbe, { userId, at: new Date(), field, candidates: this.candidates.get(field)?.size ?? 1 });
      }
    });
  }

  /** Whether any value of the request was refused over a record the caller cannot read, or over the budget. */
  refusedUnreadable(): boolean {
    return this.overBudget.size > 0 || this.conflicts.some((c) => !c.holder.readable);
  }
}

/** How long an account that reached its budget stays on the administrators' home page. */
export const PROBING_SHOWN_DAYS = 7;

export interface ProbingAccountRow {
  userId: number;
  candidates: number;
  lastAt: Date;
}

/**
 * Accounts whose refused candidates reached the budget within the last week, with the
 * candidates they were charged in that week and when they last were (docs/api.md).
 */
export async function probingAccounts(em: EntityManager, now = new Date()): Promise<ProbingAccountRow[]> {
  const since = new Date(now.getTime() - PROBING_SHOWN_DAYS * PROBE_WINDOW_MS);
  const rows = await em
    .createQueryBuilder(UniquenessProbe, 'p')
    .select('p.userId', 'userId')
    .addSelect('SUM(p.candidates)', 'candidates')
    .addSelect('MAX(p.at)', 'lastAt')
    .where({ at: MoreThanOrEqual(since) })
    .groupBy('p.userId')
    .having('SUM(p.candidates) >= :budget', { budget: PROBE_BUDGET })
    .orderBy('MAX(p.at)', 'DESC')
    .getRawMany<{ userId: number | string; candidates: number | string; lastAt: Date | string }>();
  return rows.map((r) => ({ userId: Number(r.userId), candidates: Number(r.candidates), lastAt: r.lastAt instanceof Date ? r.lastAt : new Date(`${String(r.lastAt).replace(' ', 'T')}Z`) }));
}
