import type { EntityManager } from 'typeorm';
import { ReminderKind, ReminderRule } from './reminder.entity';
import { ALL_CHANNELS, DEFAULT_RULES, REMINDED_KINDS, type RuleSettings } from './reminder.rules';

/** The rules in force: the administrators' settings over the defaults, one per reminded kind. */
export async function rulesInForce(manager: EntityManager): Promise<Map<ReminderKind, RuleSettings>> {
  const saved = new Map((await manager.find(ReminderRule)).map((r) => [r.kind, r]));
  return new Map(
    REMINDED_KINDS.map((kind) => {
      const s = saved.get(kind);
      return [kind, s ? { enabled: s.enabled, offsetDays: s.offsetDays, repeatDays: s.repeatDays, recipients: s.recipients, channels: s.channels ?? ALL_CHANNELS } : DEFAULT_RULES[kind]];
    }),
  );
}
