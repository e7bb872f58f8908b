import { FILTER_KEYS, MAX_LENGTHS as SERVER_MAX_LENGTHS, PHONE_PATTERN } from '@guildhall/client';
import type { Education, Gender, MembershipRelation, MembershipStatus, OrganizationKind, PersonDetailFragment, PersonListItemFragment } from '@guildhall/client';
import { todayInChina } from '../development/development';
import { KINDS } from '../organizations/kinds';

/** A person as the dashboard holds them: list rows have the list fields, the detail page all of them. */
export type Person = PersonListItemFragment & Partial<Pick<PersonDetailFragment, 'ethnicity' | 'createdAt'>>;

export const GENDERS: readonly Gender[] = ['MALE', 'FEMALE'];

/** From the least schooling to the most. */
export const EDUCATIONS: readonly Education[] = [
  'PRIMARY',
  'JUNIOR_HIGH',
  'SENIOR_HIGH',
  'SECONDARY_VOCATIONAL',
  'JUNIOR_COLLEGE',
  'BACHELOR',
  'MASTER',
  'DOCTOR',
];

/** In the order of the way into the party, then those who left. */
export const MEMBERSHIP_STATUSES: readonly MembershipStatus[] = [
  'NON_MEMBER',
  'APPLICANT',
  'ACTIVIST',
  'DEVELOPMENT_TARGET',
  'PROBATIONARY',
  'FULL',
  'LEFT',
];

/**
 * The statuses a form may set (the server's rule): the steps in between are recorded by opening
 * a development case, which then sets them.
 */
export const HAND_SET_STATUSES: readonly MembershipStatus[] = ['NON_MEMBER', 'FULL', 'LEFT'];

export const RELATIONS: readonly MembershipRelation[] = ['REGISTERED', 'FLOW_IN'];

/** Where people may be kept (the server's rule): any organization but the department and the coordination group. */
export const KEEPING_KINDS: readonly OrganizationKind[] = KINDS.filter((kind) => kind !== 'AGENCY' && kind !== 'COORDINATION_GROUP');

/** The employer is always a member enterprise. */
export const EMPLOYER_KINDS: readonly OrganizationKind[] = ['ENTERPRISE'];

export const genderChoices = GENDERS.map((gender) => ({ id: gender, name: `guildhall.genders.${gender}` }));
export const educationChoices = EDUCATIONS.map((education) => ({ id: education, name: `guildhall.educations.${education}` }));
export const membershipStatusChoices = MEMBERSHIP_STATUSES.map((status) => ({ id: status, name: `guildhall.membershipStatuses.${status}` }));

/** What the form offers: the statuses set by hand, and the record's own status where a case set it. */
export function membershipStatusChoicesFor(current: MembershipStatus | null | undefined) {
  return membershipStatusChoices.filter(({ id }) => HAND_SET_STATUSES.includes(id) || id === current);
}
export const relationChoices = RELATIONS.map((relation) => ({ id: relation, name: `guildhall.relations.${relation}` }));

/** The fields a person's record can be given; everything else is computed by the server. */
export const PERSON_WRITABLE_FIELDS = [
  'name',
  'organizationId',
  'employerId',
  'nationalId',
  'gender',
  'birthDate',
  'ethnicity',
  'education',
  'phone',
  'posts',
  'membershipStatus',
  'relation',
  'admittedOn',
  'fullMemberSince',
] as const;

/**
 * A person's phone, by the server's own pattern (PHONE_PATTERN, from its contract; docs/api.md,
 * People): a mainland mobile number under a mobile prefix or a landline with its area code,
 * optionally after +86 or 0086; spaces, hyphens and brackets between the digits are allowed.
 * Blank is no phone.
 */
export function isValidPhone(value: string | null | undefined): boolean {
  if (value === null || value === undefined || value.trim() === '') return true;
  if (!/^[\d\s+()-]*$/.test(value)) return false;
  return PHONE_PATTERN.test(value.replace(/[\s()-]/g, ''));
}

/** A form validator for the phone input: the server's message key, so the form and the server word it alike. */
export const validPhone = (value: string | null | undefined) => (isValidPhone(value) ? undefined : 'guildhall.validation.phone');

/** A party date (入党日期, 转正日期) is not in the future, China time, as the server checks it. */
export const notFuture = (value: string | null | undefined) => (value && value > todayInChina() ? 'guildhall.validation.future' : undefined);

/** Text limits, as the server checks them. */
// From the server's contract (generated into @guildhall/client): the server refuses past these.
export const PERSON_MAX_LENGTHS: Readonly<Record<string, number>> = SERVER_MAX_LENGTHS.createPerson;

/** The filters the server's PersonFilter takes; anything else a list holds is not sent. */
export const PERSON_FILTER_KEYS = FILTER_KEYS.allPeople;

/** Only the known filters with a value. */
export function personFilter(filter: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    PERSON_FILTER_KEYS.filter((key) => filter[key] !== undefined && filter[key] !== null && filter[key] !== '').map((key) => [key, filter[key]]),
  );
}

// GB 11643 citizen identity number: 6-digit region, 8-digit birth date, 3-digit sequence (odd
// for men, even for women) and a check character over ISO 7064 MOD 11-2. The server checks it
// too; the form only reads the birth date and gender out of a valid one.
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';
const SHAPE = /^[1-9]\d{16}[\dX]$/;

export function nationalIdCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += Number(first17[i]) * WEIGHTS[i];
  return CHECK[sum % 11];
}

function isRealDate(year: number, month: number, day: number): boolean {
  if (year < 1900 || year > 2200) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The birth date and gender a valid 18-character id gives, or null for anything else (masked ids included). */
export function readNationalId(raw: unknown): { birthDate: string; gender: Gender } | null {
  if (typeof raw !== 'string') return null;
  const id = raw.trim().toUpperCase();
  if (!SHAPE.test(id) || nationalIdCheckCharacter(id.slice(0, 17)) !== id[17]) return null;
  const [year, month, day] = [Number(id.slice(6, 10)), Number(id.slice(10, 12)), Number(id.slice(12, 14))];
  if (!isRealDate(year, month, day)) return null;
  return { birthDate: `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`, gender: Number(id[16]) % 2 === 1 ? 'MALE' : 'FEMALE' };
}

/** A national id as roles without the right to read them get it from the server (4301************3X). */
export function isMaskedNationalId(value: unknown): boolean {
  return typeof value === 'string' && value.includes('*');
}

/** Fills the birth date and gender from a valid national id, as the server does, so the three never disagree. */
export function withFactsFromNationalId<T extends Record<string, unknown>>(data: T): T {
  const facts = readNationalId(data.nationalId);
  return facts ? { ...data, birthDate: facts.birthDate, gender: facts.gender } : data;
}

/** The download of the list as the user sees it: the list's filter (known keys only) and sort. */
export function peopleExportUrl(filter: Record<string, unknown>, sort?: { field?: string; order?: string }): string {
  const params = new URLSearchParams({ filter: JSON.stringify(personFilter(filter)) });
  if (sort?.field) params.set('sortField', sort.field);
  if (sort?.order) params.set('sortOrder', sort.order);
  return `/exports/people.xlsx?${params.toString()}`;
}

/** The sheet to fill in for an import. */
export const PEOPLE_TEMPLATE_URL = '/exports/people-template.xlsx';

/** The file's bytes as base64, for previewPeopleImport and importPeople. */
export function toBase64(bytes: ArrayBuffer | Uint8Array): string {
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < view.length; i += chunk) binary += String.fromCharCode(...view.subarray(i, i + chunk));
  return btoa(binary);
}
