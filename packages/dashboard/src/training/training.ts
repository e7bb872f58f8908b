import { FILTER_KEYS, MAX_LENGTHS as SERVER_MAX_LENGTHS } from '@guildhall/client';
import type {
  ClassDetailFragment,
  ClassItemFragment,
  ClassStatus,
  EnrollmentItemFragment,
  EnrollmentStatus,
  ProgramItemFragment,
  TrainingByChamberQuery,
} from '@guildhall/client';
import { todayInChina } from '../development/development';

export type TrainingProgram = ProgramItemFragment;
/** A class as the dashboard holds it: list rows have the list fields, the class page all of them. */
export type TrainingClass = ClassItemFragment & Partial<Omit<ClassDetailFragment, keyof ClassItemFragment>>;
export type Enrollment = EnrollmentItemFragment;
export type ChamberTrainingRow = TrainingByChamberQuery['items'][number];

/** A chamber's row label in the training figures: people kept outside any chamber come without a chamber name, under 其他 (Other). */
export function chamberLabel(chamberName: string | null | undefined, translate: (key: string) => string): string {
  return chamberName ?? translate('guildhall.noChamber');
}

export const CLASS_STATUSES: readonly ClassStatus[] = ['DRAFT', 'PUBLISHED', 'CANCELLED'];

/** In the order a place goes: in line, seated, confirmed, attended; then the two ways it ends. */
export const ENROLLMENT_STATUSES: readonly EnrollmentStatus[] = ['WAITLISTED', 'REGISTERED', 'CONFIRMED', 'ATTENDED', 'ABSENT', 'CANCELLED'];

/** The guards of enrolling and attendance (GUARD_FAILED `rule`), as docs/api.md lists them. */
export const TRAINING_RULES = ['enrollmentWindow', 'classNotOpen', 'sessionDay', 'sessionNotHeld'] as const;

export const classStatusChoices = CLASS_STATUSES.map((status) => ({ id: status, name: `guildhall.classStatuses.${status}` }));
export const enrollmentStatusChoices = ENROLLMENT_STATUSES.map((status) => ({ id: status, name: `guildhall.enrollmentStatuses.${status}` }));

/** Filters hold strings: yes/no choices go to the server as booleans. */
export const yesNoChoices = [
  { id: 'true', name: 'resources.enrollments.choices.yes' },
  { id: 'false', name: 'resources.enrollments.choices.no' },
];

// What the server's filters take; anything else a list holds is not sent.
// The filters and lengths the server takes (its contract, generated into @guildhall/client).
export const PROGRAM_FILTER_KEYS = FILTER_KEYS.allTrainingPrograms;
export const CLASS_FILTER_KEYS = FILTER_KEYS.allTrainingClasses;
export const ENROLLMENT_FILTER_KEYS = FILTER_KEYS.allEnrollments;

export const PROGRAM_CREATE_FIELDS = ['title', 'year', 'organizerId', 'description'] as const;
export const PROGRAM_UPDATE_FIELDS = ['title', 'year', 'description'] as const;
export const PROGRAM_MAX_LENGTHS = SERVER_MAX_LENGTHS.createTrainingProgram;

export const CLASS_UPDATE_FIELDS = [
  'title',
  'capacity',
  'enrollmentOpensOn',
  'enrollmentClosesOn',
  'audience',
  'venue',
  'online',
  'waitlist',
  'requiredHours',
  'sessions',
  'quotas',
] as const;
export const CLASS_CREATE_FIELDS = ['programId', ...CLASS_UPDATE_FIELDS] as const;
export const CLASS_MAX_LENGTHS = SERVER_MAX_LENGTHS.createTrainingClass;

function asBoolean(value: unknown): unknown {
  if (value === 'true') return true;
  if (value === 'false') return false;
  return value;
}

/** Only the known filters with a value; yes/no choices as booleans, the year as a number. */
export function trainingFilter(filter: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  const known: Record<string, unknown> = {};
  for (const key of keys) {
    const value = filter[key];
    if (value === undefined || value === null || value === '') continue;
    known[key] = key === 'year' ? Number(value) : asBoolean(value);
  }
  return known;
}

const blankToNull = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? null : (value ?? null));

/**
 * A class's sessions and quotas as the server takes them: only date, hours and topic, and chamber
 * and seats, whatever else the form's rows carry (ids, check-in codes); rows left empty are dropped.
 */
export function normalizeClass(values: Record<string, unknown>): Record<string, unknown> {
  const out = { ...values };
  if (Array.isArray(values.sessions)) {
    out.sessions = (values.sessions as Record<string, unknown>[])
      .filter((s) => s && (s.date || s.hours))
      .map((s) => ({ date: String(s.date ?? ''), hours: Number(s.hours ?? 0), topic: blankToNull(s.topic) }))
      .sort((a, b) => a.date.localeCompare(b.date));
  }
  if (Array.isArray(values.quotas)) {
    out.quotas = (values.quotas as Record<string, unknown>[])
      .filter((q) => q && q.chamberId)
      .map((q) => ({ chamberId: String(q.chamberId), seats: Number(q.seats ?? 0) }));
  }
  for (const key of ['capacity', 'requiredHours'] as const) {
    if (typeof out[key] === 'string' && out[key] !== '') out[key] = Number(out[key]);
  }
  return out;
}

/** Downloads go through the server with the session cookie: plain links. */
export const rosterUrl = (classId: string) => `/exports/classes/${encodeURIComponent(classId)}/roster.xlsx`;
export const signInSheetUrl = (classId: string) => `/exports/classes/${encodeURIComponent(classId)}/sign-in.xlsx`;
export const certificateUrl = (enrollmentId: string) => `/certificates/${encodeURIComponent(enrollmentId)}.pdf`;

/** A certificate to print: the class completed and the certificate not revoked. */
/**
 * The day a place was completed, in China, where the class was held and the certificate is
 * dated (the server's completedAt is an instant; its UTC date is the day before until 08:00).
 */
export function completedOn(enrollment: Pick<Enrollment, 'completedAt'>): string | null {
  return enrollment.completedAt ? todayInChina(new Date(enrollment.completedAt)) : null;
}

export function hasCertificate(enrollment: Pick<Enrollment, 'certificateCode' | 'completedAt' | 'certificateRevokedAt'>): boolean {
  return !!enrollment.certificateCode && !!enrollment.completedAt && !enrollment.certificateRevokedAt;
}

/** A place that can still be cancelled: not cancelled yet, and nothing attended. */
export function cancellable(enrollment: Pick<Enrollment, 'status' | 'completedAt'>): boolean {
  return enrollment.status !== 'CANCELLED' && enrollment.status !== 'ATTENDED' && !enrollment.completedAt;
}

/** A rate as a whole percentage: 0.875 → "88%". */
export function percent(rate: number | null | undefined): string {
  if (rate === null || rate === undefined || Number.isNaN(rate)) return '—';
  return `${Math.round(rate * 100)}%`;
}

/** The sessions held on a day (a trainee checks in on the session's day only). */
export function sessionsOn<T extends { date: string }>(sessions: readonly T[], day: string): T[] {
  return sessions.filter((s) => s.date === day);
}

export interface CalendarCell {
  /** YYYY-MM-DD */
  date: string;
  /** Day of the month. */
  day: number;
  /** False for the days of the previous and next months that fill the first and last weeks. */
  inMonth: boolean;
}

const pad = (n: number) => String(n).padStart(2, '0');
const isoDay = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

/** The weeks of a month (month 1–12), Monday first, as the Chinese calendar shows them. */
export function monthWeeks(year: number, month: number): CalendarCell[][] {
  const first = new Date(Date.UTC(year, month - 1, 1));
  const offset = (first.getUTCDay() + 6) % 7;
  const start = new Date(Date.UTC(year, month - 1, 1 - offset));
  const weeks: CalendarCell[][] = [];
  for (let cursor = start; ; ) {
    const week: CalendarCell[] = [];
    for (let i = 0; i < 7; i += 1) {
      week.push({ date: isoDay(cursor), day: cursor.getUTCDate(), inMonth: cursor.getUTCMonth() === month - 1 });
      cursor = new Date(cursor.getTime() + 86_400_000);
    }
    weeks.push(week);
    if (cursor.getUTCMonth() !== month - 1 || cursor.getUTCFullYear() !== year) break;
  }
  return weeks;
}

/** The first and last day of a month, YYYY-MM-DD. */
export function monthRange(year: number, month: number): { from: string; to: string } {
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return { from: `${year}-${pad(month)}-01`, to: `${year}-${pad(month)}-${pad(last)}` };
}

/** The month before or after, as [year, month]. */
export function shiftMonth(year: number, month: number, by: number): [number, number] {
  const index = year * 12 + (month - 1) + by;
  return [Math.floor(index / 12), (index % 12) + 1];
}

export interface CalendarEntry {
  classId: string;
  title: string;
  status: ClassStatus;
  hours: number;
  topic: string | null;
}

/** The classes on each day of their sessions (a class without sessions loaded: every day from start to end). */
export function sessionDays(classes: readonly TrainingClass[]): Map<string, CalendarEntry[]> {
  const days = new Map<string, CalendarEntry[]>();
  const add = (date: string, entry: CalendarEntry) => days.set(date, [...(days.get(date) ?? []), entry]);
  for (const klass of classes) {
    const base = { classId: klass.id, title: klass.title, status: klass.status };
    if (klass.sessions) {
      for (const s of klass.sessions) add(s.date, { ...base, hours: s.hours, topic: s.topic ?? null });
      continue;
    }
    for (let d = new Date(`${klass.startsOn}T00:00:00Z`); isoDay(d) <= klass.endsOn; d = new Date(d.getTime() + 86_400_000)) {
      add(isoDay(d), { ...base, hours: 0, topic: null });
    }
  }
  return days;
}
