import { ERROR_STATUS, isApiError, type FieldProblem } from '@guildhall/client';
import { HttpError } from 'react-admin';
import { formatDate } from './i18n/format';

export type Translate = (key: string, options?: Record<string, unknown>) => string;



const GENERAL_KEYS: Record<string, string> = {
  UNAUTHENTICATED: 'guildhall.errors.unauthenticated',
  FORBIDDEN: 'guildhall.errors.forbidden',
  NOT_FOUND: 'guildhall.errors.notFound',
  RATE_LIMITED: 'guildhall.errors.rateLimited',
  SERVICE_UNAVAILABLE: 'guildhall.errors.unavailable',
};

export interface ErrorContext {
  /** The resource the request was about, to name fields in messages. */
  resource: string;
  /** Inputs of the form that sent the request: problems on these show on the field. */
  formFields?: readonly string[];
  /** Text limits of the resource's fields, to word length problems. */
  maxLengths?: Record<string, number>;
  /** The request saves nothing a person would look for afterwards (signing in): a lost answer is a plain outage. */
  savesNothing?: boolean;
}

/** Values of a problem's `params` that name organization kinds (`allowed` lists them, comma-separated). */
const KIND_PARAMS = ['kind', 'parentKind', 'allowed'];

/** A problem's `params` as words: kinds by their names in the current language. */
function paramWords(problem: FieldProblem, translate: Translate): Record<string, unknown> {
  const params: Record<string, unknown> = { ...problem.params };
  for (const key of KIND_PARAMS) {
    const value = params[key];
    if (typeof value !== 'string') continue;
    params[key] = value
      .split(',')
      .map((kind) => translate(`guildhall.kinds.${kind}`, { _: kind }))
      .join(translate('guildhall.separators.list', { _: ', ' }));
  }
  return { ...params, ...datesFormatted(problem.params) };
}

/** Dates among the values a refusal names, in the dashboard's one shape (i18n/format). */
function datesFormatted(params: Record<string, unknown> | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(params ?? {})) if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value)) out[key] = formatDate(value);
  return out;
}

/** How the clauses of one message join in the interface's language ("；" in Chinese, "; " in English). */
export function clauses(translate: Translate): string {
  return translate('guildhall.separators.clause', { _: '；' });
}

/** A field problem in the current language: by field and constraint, then by constraint, else the server's words. */
export function translateProblem(problem: FieldProblem, translate: Translate, maxLengths: Record<string, number> = {}): string {
  const max = maxLengths[problem.field];
  const params = paramWords(problem, translate);
  const plain = translate(`guildhall.validation.${problem.constraint}`, { ...params, _: problem.message, max });
  // A constraint whose refusal names a value (the date a step may not precede) keeps it in the message.
  const general = problem.params && Object.keys(problem.params).length ? translate(`guildhall.validationDetails.${problem.constraint}`, { ...params, _: plain, max }) : plain;
  // Rows of a repeated input share their messages: `quotas.0.chamberId` reads `quotas.chamberId`.
  const field = problem.field.replace(/\.\d+(?=\.|$)/g, '');
  return translate(`guildhall.fieldValidation.${field}.${problem.constraint}`, { ...params, _: general, max });
}

/** A rule of the domain a step does not pass (GUARD_FAILED, NOTICE_OPEN, and a case's next steps). */
export interface RuleFailure {
  rule: string;
  message: string;
  earliestDate?: string | null;
  /** The values the message names (a limit, an organization's name), for the translation to use. */
  params?: Record<string, unknown> | null;
}

/** A failed rule in the current language, with the first day it can pass where time is the obstacle. */
export function describeFailure(failure: RuleFailure, translate: Translate): string {
  const text = translate(`guildhall.rules.${failure.rule}`, { ...failure.params, ...datesFormatted(failure.params ?? undefined), _: failure.message });
  return failure.earliestDate ? translate('guildhall.errors.withEarliestDate', { text, date: formatDate(failure.earliestDate) }) : text;
}

/** The failures a GUARD_FAILED or NOTICE_OPEN error carries; the first rule alone when the list is missing. */
export function failuresOf(extensions: Record<string, unknown>, message: string): RuleFailure[] {
  const failures = extensions.failures;
  if (Array.isArray(failures) && failures.length > 0) return failures as RuleFailure[];
  const rule = typeof extensions.rule === 'string' ? extensions.rule : 'unknown';
  const earliestDate = typeof extensions.earliestDate === 'string' ? extensions.earliestDate : null;
  return [{ rule, message, earliestDate }];
}

/**
 * Turns an API error into what react-admin understands: field problems become
 * `body.errors` (shown on the inputs), other errors a translated message and an HTTP status.
 */
export function toHttpError(error: unknown, translate: Translate, context: ErrorContext): unknown {
  if (!isApiError(error)) return error;
  // The statuses the server's REST routes answer with, from its contract (@guildhall/client).
  const status = (ERROR_STATUS as Record<string, number>)[error.code] ?? 500;

  if (error.code === 'BAD_USER_INPUT') {
    const problems = error.fields;
    // A row of a repeated input (`quotas.0.chamberId`) belongs to the form when its list does.
    const onForm = problems.length > 0 && problems.every((p) => context.formFields?.includes(p.field) || context.formFields?.includes(p.field.split('.')[0]));
    if (onForm) {
      const errors: Record<string, string> = {};
      for (const problem of problems) {
        errors[problem.field] ??= translateProblem(problem, translate, context.maxLengths);
      }
      return new HttpError(translate('ra.message.invalid_form'), status, { errors });
    }
    const described = problems.length
      ? problems
          .map((p) => `${translate(`resources.${context.resource}.fields.${p.field.split('.')[0]}`, { _: p.field })}: ${translateProblem(p, translate, context.maxLengths)}`)
          .join(clauses(translate))
      : error.message;
    return new HttpError(translate('guildhall.errors.badInput', { message: described }), status, { fields: problems });
  }

  if (error.code === 'CONFLICT') {
    const reason = typeof error.extensions.reason === 'string' ? error.extensions.reason : '';
    const general = translate('guildhall.errors.conflict', { message: error.message });
    // A refused delete names what still refers to the record, in the locale's words.
    const named = Array.isArray(error.extensions.references) ? error.extensions.references.map((kind) => translate(`guildhall.references.${String(kind)}`, { _: String(kind) })) : [];
    const params = { references: named.join(translate('guildhall.separators.list', { _: '、' })) };
    // A resource may word a reason its own way ("the person is already archived"), else the general words.
    const message = reason
      ? translate(`resources.${context.resource}.errors.${reason}`, { ...params, _: translate(`guildhall.errors.${reason}`, { ...params, _: general }) })
      : general;
    return new HttpError(message, status, { reason, ...error.extensions });
  }

  if (error.code === 'GUARD_FAILED' || error.code === 'NOTICE_OPEN') {
    const failures = failuresOf(error.extensions, error.message);
    const described = failures.map((f) => describeFailure(f, translate)).join(clauses(translate));
    const key = error.code === 'NOTICE_OPEN' ? 'guildhall.errors.noticeOpen' : 'guildhall.errors.guardFailed';
    return new HttpError(translate(key, { message: described }), status, { ...error.extensions, failures });
  }

  if (error.code === 'CAPACITY_FULL') {
    // No seat left in the class, or the chamber's quota used up, in a class without a waiting line.
    const reason = error.extensions.reason === 'quota' ? 'quota' : 'capacity';
    return new HttpError(translate(`guildhall.errors.capacityFull.${reason}`), status, { ...error.extensions, reason });
  }

  if (error.code === 'ALREADY_ENROLLED') {
    const waiting = error.extensions.status === 'WAITLISTED';
    return new HttpError(translate(waiting ? 'guildhall.errors.alreadyWaiting' : 'guildhall.errors.alreadyEnrolled'), status, error.extensions);
  }

  if (error.code === 'SERVICE_UNAVAILABLE' && error.extensions.outcome === 'unknown' && !context.savesNothing) {
    // The answer to a save was lost (the connection broke, or the database went away during the commit):
    // the change may be saved, so sending it again could save it twice.
    return new HttpError(translate('guildhall.errors.outcomeUnknown'), status, error.extensions);
  }

  const key = GENERAL_KEYS[error.code];
  // A resource may word it its own way (too many check-in codes), else the general words.
  if (key) return new HttpError(translate(`resources.${context.resource}.errors.${error.code}`, { _: translate(key, { _: error.message }) }), status, error.extensions);
  return new HttpError(translate('guildhall.errors.unexpected'), status, error.extensions);
}
