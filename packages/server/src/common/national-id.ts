import { isValidLocalDate } from './dates';

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

/** What an 18-character id says about its holder, or null when it is not a valid id. */
export function readNationalId(raw: string): NationalIdFacts | null {
  const id = normalizeNationalId(raw);
  if (!SHAPE.test(id) || nationalIdCheckCharacter(id.slice(0, 17)) !== id[17]) return null;
  const birthDate = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
  if (!isValidLocalDate(birthDate)) return null;
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
