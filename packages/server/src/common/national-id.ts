import { ageOn, isValidLocalDate, todayInChina } from './dates';

// GB 11643-1999 citizen identity number: 6-digit address code, 8-digit birth date, 3-digit
// sequence (odd for men, even for women) and a check character over ISO 7064 MOD 11-2.
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';
const SHAPE = /^[1-9]\d{16}[\dX]$/;

export function nationalIdCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += Number(first17[i]) * WEIGHTS[i];
  return CHECK[sum % 11];
}

/** Upper-cases the check character and drops surrounding spaces: how ids are stored and compared. */
export function normalizeNationalId(raw: string): string {
  return raw.trim().toUpperCase();
}

export interface NationalIdFacts {
  birthDate: string;
  gender: 'MALE' | 'FEMALE';
}

/**
 * The provincial-level codes of GB/T 2260 (中华人民共和国行政区划代码), the first two digits of every
 * area code, as the Ministry of Civil Affairs publishes them; 81, 82 and 83 begin the numbers of
 * the residence permits of Hong Kong, Macao and Taiwan residents (810000, 820000, 830000).
 */
const PROVINCE_CODES = new Set([
  '11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37', '41', '42', '43',
  '44', '45', '46', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65', '71', '81', '82', '83',
]);

/** The oldest a holder may plausibly be. */
export const MAX_AGE_YEARS = 120;

/** Which part of an id is wrong, and how, as a field problem's constraint and message; null for a valid id. */
export interface NationalIdProblem {
  constraint: 'nationalId' | 'nationalIdRegion' | 'nationalIdBirthDate' | 'nationalIdCheck';
  message: string;
}

/**
 * The first part of an id that is wrong, in the order the id is read: its shape, the area code
 * (a GB/T 2260 province, then the standard's numbering of prefectures — 01–70, 90 for counties
 * under the province — and counties, never 00), the birth date (a real day, not after `today`,
 * not more than 120 years before it), then the check character (ISO 7064 MOD 11-2). An area
 * code is checked by the standard's numbering rather than against today's list of places: an id
 * keeps the code of where and when it was issued, and prefectures merged or renumbered since
 * (巢湖, 万县) still begin valid ids.
 */
export function nationalIdProblem(raw: string, today: string): NationalIdProblem | null {
  const id = normalizeNationalId(raw);
  if (!SHAPE.test(id)) return { constraint: 'nationalId', message: 'a citizen identity number is 18 characters: 17 digits, then a digit or X' };
  const area = id.slice(0, 6);
  const [province, prefecture, county] = [area.slice(0, 2), area.slice(2, 4), area.slice(4, 6)];
  const permit = ['81', '82', '83'].includes(province) && prefecture === '00' && county === '00';
  const prefectureOk = prefecture === '90' || (Number(prefecture) >= 1 && Number(prefecture) <= 70);
  if (!PROVINCE_CODES.has(province)) return { constraint: 'nationalIdRegion', message: `the area code ${area} does not begin with a GB/T 2260 province (${province})` };
  if (!permit && (!prefectureOk || county === '00')) return { constraint: 'nationalIdRegion', message: `the area code ${area} is not a GB/T 2260 county code` };
  const birthDate = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
  if (!isValidLocalDate(birthDate)) return { constraint: 'nationalIdBirthDate', message: `the birth date ${id.slice(6, 14)} is not a real day` };
  if (birthDate > today) return { constraint: 'nationalIdBirthDate', message: `the birth date ${birthDate} is after today` };
  if (ageOn(birthDate, today) > MAX_AGE_YEARS) return { constraint: 'nationalIdBirthDate', message: `the birth date ${birthDate} is more than ${MAX_AGE_YEARS} years ago` };
  const check = nationalIdCheckCharacter(id.slice(0, 17));
  if (check !== id[17]) return { constraint: 'nationalIdCheck', message: `the check character does not match the first 17 characters (it would be ${check})` };
  return null;
}

/** What an 18-character id says about its holder, or null when it is not a valid id. */
export function readNationalId(raw: string, today: string = todayInChina()): NationalIdFacts | null {
  if (nationalIdProblem(raw, today)) return null;
  const id = normalizeNationalId(raw);
  const birthDate = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
  return { birthDate, gender: Number(id[16]) % 2 === 1 ? 'MALE' : 'FEMALE' };
}

export function isValidNationalId(raw: string): boolean {
  return readNationalId(raw) !== null;
}

/** How an id is shown: the region and the last two characters, `4301************3X`. */
export function maskNationalId(id: string): string {
  return `${id.slice(0, 4)}${'*'.repeat(Math.max(0, id.length - 6))}${id.slice(-2)}`;
}

/** Whether a value is an id as `maskNationalId` shows it (sent back by a client that read it). */
export function isMaskedNationalId(value: string): boolean {
  return /^\d{4}\*{12}[\dX]{2}$/i.test(value.trim());
}
