import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import argon2 from 'argon2';
import type { FieldProblem } from '../kernel/errors';

// OWASP's recommended argon2id parameters: 19 MiB, 2 passes, 1 lane.
const OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 128;

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, OPTIONS);
}

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | null = null;

/** Spends the same time as a real check, so unknown usernames cannot be told apart by timing. */
export async function verifyAgainstNothing(password: string): Promise<void> {
  dummyHash ??= hashPassword('not-a-real-password-for-timing');
  await verifyPassword(await dummyHash, password);
}

/**
 * zxcvbn's score (0–4) a new password needs: 3 means about 10^8 guesses or more, beyond
 * common passwords, words, names, dates, keyboard rows and simple variations of them.
 */
export const PASSWORD_MIN_SCORE = 3;

/** Words of this product a password must not be built on; the demo accounts' password among them. */
const PRODUCT_WORDS = ['guildhall', 'guildhall-demo', 'guildhalldemo', 'shanghui', 'shangwuting', 'dangjian'];

let strength: ZxcvbnFactory | null = null;

/** zxcvbn with its dictionaries (common passwords, English words, names), built on first use. */
function estimator(): ZxcvbnFactory {
  strength ??= new ZxcvbnFactory({ dictionary: { ...common.dictionary, userInputs: PRODUCT_WORDS }, graphs: common.adjacencyGraphs });
  return strength;
}

/** How guessable a password is, 0 (a common password) to 4; the username and display name count as known words. */
export function passwordScore(password: string, knownWords: string[] = []): number {
  return estimator().check(password, knownWords.filter(Boolean)).score;
}

export function passwordProblems(field: string, password: string, username?: string, displayName?: string): FieldProblem[] {
  const length = [...password].length;
  if (length < PASSWORD_MIN) return [{ field, constraint: 'passwordTooShort', message: `at least ${PASSWORD_MIN} characters` }];
  if (length > PASSWORD_MAX) return [{ field, constraint: 'maxChars', message: `at most ${PASSWORD_MAX} characters` }];
  if (username && password.toLowerCase().includes(username.toLowerCase())) {
    return [{ field, constraint: 'passwordHasUsername', message: 'must not contain the username' }];
  }
  if (new Set(password).size < 4) return [{ field, constraint: 'passwordTooSimple', message: 'use at least 4 different characters' }];
  if (passwordScore(password, [username ?? '', displayName ?? '']) < PASSWORD_MIN_SCORE) {
    return [{ field, constraint: 'passwordTooGuessable', message: 'too easy to guess: a common password, or words, names, dates or keyboard rows; add unusual words or characters' }];
  }
  return [];
}
