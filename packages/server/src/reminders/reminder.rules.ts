import { addDays } from '../common/dates';
import { OverdueKind } from '../oversight';
import { DeliveryChannel, ReminderRecipient } from './reminder.entity';

/** The overdue kinds that are sent as reminders. */
export const REMINDED_KINDS = [
  OverdueKind.TALK_OVERDUE,
  OverdueKind.APPROVAL_OVERDUE,
  OverdueKind.CONVERSION_DUE,
  OverdueKind.MEETING_NOT_HELD,
  OverdueKind.LETTER_MISSING,
  OverdueKind.ASSESSMENT_MISSING,
  OverdueKind.TERM_DUE_SOON,
  OverdueKind.TERM_OVERDUE,
] as const;
export type RemindedKind = (typeof REMINDED_KINDS)[number];

export interface RuleSettings {
  enabled: boolean;
  offsetDays: number;
  repeatDays: number;
  recipients: ReminderRecipient[];
  /** Besides the inbox: the day's digest by e-mail, to the group robots. */
  channels: DeliveryChannel[];
}

const BOTH = [ReminderRecipient.COORDINATORS, ReminderRecipient.ADMINISTRATORS];
/** Every kind goes in the digests unless an administrator says otherwise. */
export const ALL_CHANNELS = [DeliveryChannel.EMAIL, DeliveryChannel.WEBHOOK];

/**
 * The rules until an administrator changes them: before the talk's month is up and the
 * approval's three months, a month before probation ends; the day after a meeting was due to be
 * held; the year's letter and assessment monthly while they are missing; a party organization's
 * term from its months of notice, and once it is overdue, monthly (docs/api.md, "Reminders").
 */
export const DEFAULT_RULES: Record<RemindedKind, RuleSettings> = {
  [OverdueKind.TALK_OVERDUE]: { enabled: true, offsetDays: -7, repeatDays: 7, recipients: BOTH, channels: ALL_CHANNELS },
  [OverdueKind.APPROVAL_OVERDUE]: { enabled: true, offsetDays: -14, repeatDays: 7, recipients: BOTH, channels: ALL_CHANNELS },
  [OverdueKind.CONVERSION_DUE]: { enabled: true, offsetDays: -30, repeatDays: 14, recipients: BOTH, channels: ALL_CHANNELS },
  [OverdueKind.MEETING_NOT_HELD]: { enabled: true, offsetDays: 0, repeatDays: 7, recipients: [ReminderRecipient.COORDINATORS], channels: ALL_CHANNELS },
  [OverdueKind.LETTER_MISSING]: { enabled: true, offsetDays: 0, repeatDays: 30, recipients: BOTH, channels: ALL_CHANNELS },
  [OverdueKind.ASSESSMENT_MISSING]: { enabled: true, offsetDays: 0, repeatDays: 30, recipients: [ReminderRecipient.ADMINISTRATORS], channels: ALL_CHANNELS },
  // The higher organization reminds a branch from the months of notice before its term ends (6 by default), monthly.
  [OverdueKind.TERM_DUE_SOON]: { enabled: true, offsetDays: 0, repeatDays: 30, recipients: BOTH, channels: ALL_CHANNELS },
  [OverdueKind.TERM_OVERDUE]: { enabled: true, offsetDays: 0, repeatDays: 30, recipients: BOTH, channels: ALL_CHANNELS },
};

/** The limits an administrator's settings are held to. */
export const OFFSET_DAYS_MAX = 180;
export const REPEAT_DAYS_MAX = 365;

/** The day the overdue list is read as of: `offsetDays` before today reads what will be late by then. */
export function listedAsOf(today: string, offsetDays: number): string {
  return addDays(today, -offsetDays);
}

const dayNumber = (day: string) => Date.parse(`${day}T00:00:00Z`) / 86_400_000;

/**
 * Which reminder of a record this is on `today`: 0 on the first day it is sent (the day it joins
 * the list, moved by the offset), then one more every `repeatDays`; always 0 without repeats. The
 * reminder's unique key holds it, so each occurrence goes once.
 */
export function occurrenceOn(today: string, listedFrom: string, settings: Pick<RuleSettings, 'offsetDays' | 'repeatDays'>): number {
  if (settings.repeatDays <= 0) return 0;
  const firstSent = dayNumber(listedFrom) + settings.offsetDays;
  return Math.max(0, Math.floor((dayNumber(today) - firstSent) / settings.repeatDays));
}
