import type { EntityManager } from 'typeorm';
import type { Actor } from '../access/actor';
import { AuditEntry, type AuditChanges } from './audit-entry.entity';
import { insertRow } from '../db/rows';

export interface AuditRecord {
  action: string;
  recordType?: string | null;
  recordId?: string | number | null;
  organizationId?: number | null;
  changes?: AuditChanges | null;
  /** For sign-ins, where the actor is not known from the request. */
  actor?: { id: number | null; name: string | null };
}

/** Fields whose values never enter the audit trail in clear. */
const MASKED = new Set(['passwordHash', 'password', 'nationalId', 'phone']);

export function maskValue(field: string, value: unknown): unknown {
  if (!MASKED.has(field) || value === null || value === undefined) return value;
  if (field === 'passwordHash' || field === 'password') return '***';
  const text = String(value);
  return text.length <= 4 ? '***' : `${text.slice(0, 2)}***${text.slice(-2)}`;
}

/** `{ field: [before, after] }` for the fields that differ, personal data masked. */
export function diffChanges(before: object | null, after: object, fields: readonly string[]): AuditChanges {
  const changes: AuditChanges = {};
  for (const field of fields) {
    const old = before ? normalize((before as Record<string, unknown>)[field]) : null;
    const now = normalize((after as Record<string, unknown>)[field]);
    if (JSON.stringify(old) !== JSON.stringify(now)) changes[field] = [maskValue(field, old), maskValue(field, now)];
  }
  return changes;
}

function normalize(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  return value === undefined ? null : value;
}

/** Appends entries to the audit trail, inside the caller's transaction. Nothing here updates or deletes. */
export class AuditService {
  async record(em: EntityManager, actor: Actor, entry: AuditRecord): Promise<void> {
    await insertRow(em, AuditEntry, {
      at: new Date(),
      actorId: entry.actor ? entry.actor.id : (actor.viewer?.user.id ?? null),
      actorName: entry.actor ? entry.actor.name : (actor.viewer?.user.username ?? (actor.system ? 'system' : null)),
      organizationId: entry.organizationId ?? null,
      action: entry.action,
      recordType: entry.recordType ?? null,
      recordId: entry.recordId === null || entry.recordId === undefined ? null : String(entry.recordId),
      changes: (entry.changes && Object.keys(entry.changes).length ? entry.changes : null) as never,
      requestId: actor.requestId,
      ip: actor.ip,
    });
  }
}
