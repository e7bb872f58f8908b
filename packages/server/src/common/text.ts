import { BadInputError, type FieldProblem } from '../kernel/errors';

/**
 * Text as it comes in, made one way before anything checks or stores it (docs/api.md, "Text"):
 *
 * - it is put in Unicode normalization form C, so the same visible text is always the same
 *   characters (`é` typed as one character or as `e` and an accent are one name, not two);
 * - a lone surrogate (half of a UTF-16 pair, which is no character at all) is refused: it cannot be
 *   stored faithfully and would turn into a different character on the way to the database.
 *
 * Invisible characters are the business of each field's own check: names and other single-line
 * text refuse every format character (`IsPlainText` in validation.ts), long text keeps those that
 * scripts and emoji need.
 */

/** With the `u` flag a paired surrogate is one code point, so only a lone half matches. */
const LONE_SURROGATE = /[\ud800-\udfff]/u;
/** Pure ASCII is already in form C and has no surrogates. */
const ASCII = /^[\u0000-\u007f]*$/;

export function hasLoneSurrogate(value: string): boolean {
  return LONE_SURROGATE.test(value);
}

/** A secret (a password) is compared exactly as it was first typed: it is checked, never changed. */
export function isSecretName(name: string): boolean {
  return /password/i.test(name);
}

/** The text in form C; null when it holds a lone surrogate. */
export function normalizedText(value: string): string | null {
  if (ASCII.test(value)) return value;
  if (LONE_SURROGATE.test(value)) return null;
  return value.normalize('NFC');
}

/**
 * Every string in a value (strings, arrays and plain objects, at any depth) in form C. A lone
 * surrogate anywhere is a problem named by its path (`filter.q`, `rows.2.name`). Returns the
 * same object when nothing changed. Values under a secret's name (see `isSecretName`) are
 * checked for lone surrogates and otherwise left as they are.
 */
export function normalizeTextIn<T>(value: T, path = '', problems: FieldProblem[] = []): { value: T; problems: FieldProblem[] } {
  return { value: walk(value, path, problems, false) as T, problems };
}

function walk(value: unknown, path: string, problems: FieldProblem[], secret: boolean): unknown {
  if (typeof value === 'string') {
    if (secret) {
      if (hasLoneSurrogate(value)) problems.push(loneSurrogate(path));
      return value;
    }
    const text = normalizedText(value);
    if (text === null) {
      problems.push(loneSurrogate(path));
      return value;
    }
    return text;
  }
  if (Array.isArray(value)) {
    let copy: unknown[] | null = null;
    value.forEach((item, index) => {
      const next = walk(item, join(path, String(index)), problems, secret);
      if (next !== item) (copy ??= [...value])[index] = next;
    });
    return copy ?? value;
  }
  if (isPlainObject(value)) {
    let copy: Record<string, unknown> | null = null;
    for (const [key, item] of Object.entries(value)) {
      const next = walk(item, join(path, key), problems, secret || isSecretName(key));
      if (next !== item) (copy ??= Object.assign(Object.create(Object.getPrototypeOf(value) as object | null) as Record<string, unknown>, value))[key] = next;
    }
    return copy ?? value;
  }
  return value;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

function join(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}

function loneSurrogate(field: string): FieldProblem {
  return { field, constraint: 'unpairedSurrogate', message: 'is not valid Unicode text: it holds half of a surrogate pair' };
}

/** The value with its text in form C, or BAD_USER_INPUT naming each field that holds a lone surrogate. */
export function normalizeTextOrRefuse<T>(value: T, path = ''): T {
  const { value: normalized, problems } = normalizeTextIn(value, path);
  if (problems.length) throw new BadInputError(problems);
  return normalized;
}

/**
 * The rows of an uploaded sheet with their text in form C; a cell holding a lone surrogate
 * becomes a problem of its row (`unpairedSurrogate`) instead of a value. Sheets come in from
 * spreadsheets written anywhere (a Mac writes names decomposed), so an organization named in a
 * sheet is found by the same characters it was stored under.
 */
export function normalizeSheetText<S extends { rows: { row: number; values: Record<string, unknown> }[]; problems: { row: number; field: string; constraint: string; message: string }[] }>(sheet: S): S {
  const problems = [...sheet.problems];
  const rows = sheet.rows.map((row) => {
    const found: FieldProblem[] = [];
    const { value } = normalizeTextIn(row.values, '', found);
    for (const problem of found) {
      problems.push({ row: row.row, field: problem.field, constraint: problem.constraint, message: '不是有效的 Unicode 文字（含有不成对的代理项），请重新输入该单元格' });
      delete (value as Record<string, unknown>)[problem.field.split('.')[0]];
    }
    return value === row.values ? row : { ...row, values: value };
  });
  return { ...sheet, rows, problems };
}
