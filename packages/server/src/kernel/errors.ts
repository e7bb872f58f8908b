import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';

/** The one list of error codes the API answers with (docs/api.md). */
export const ERROR_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'CONFLICT',
  'CAPACITY_FULL',
  'ALREADY_ENROLLED',
  'NOTICE_OPEN',
  'GUARD_FAILED',
  'RATE_LIMITED',
  'SERVICE_UNAVAILABLE',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'INTERNAL_SERVER_ERROR',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface FieldProblem {
  /** Argument or input path, e.g. `creditCode`. */
  field: string;
  /** Stable key the dashboard translates, e.g. `maxChars`, `creditCode`, `parentKind` (listed in docs/api.md). */
  constraint: string;
  message: string;
  /** The values the message names (the date it may not precede, a limit), for a client to word it in its own language. */
  params?: Record<string, string | number>;
}

export class DomainError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { ...extensions, code } });
  }
}

export class NotFoundError extends DomainError {
  constructor(recordType: string, id: string | number) {
    super('NOT_FOUND', `${recordType} ${id} does not exist`, { recordType, id: String(id) });
  }
}

export class BadInputError extends DomainError {
  constructor(problems: FieldProblem[]) {
    super('BAD_USER_INPUT', problems.map((p) => `${p.field}: ${p.message}`).join('; '), { fields: problems });
  }

  static field(field: string, constraint: string, message: string, params?: Record<string, string | number>): BadInputError {
    return new BadInputError([{ field, constraint, message, ...(params ? { params } : {}) }]);
  }
}

export class ConflictError extends DomainError {
  constructor(reason: string, message: string, extra: Record<string, unknown> = {}) {
    super('CONFLICT', message, { reason, ...extra });
  }
}

/**
 * A step a rule does not allow yet: `rule` names the first failing rule, `failures` lists them all,
 * each with the values its message names (`params`) so a client can word it in its own language.
 */
export class GuardFailedError extends DomainError {
  constructor(failures: { rule: string; message: string; earliestDate?: string | null; params?: Record<string, string | number>; code?: 'GUARD_FAILED' | 'NOTICE_OPEN' }[]) {
    const onlyNotice = failures.length > 0 && failures.every((f) => f.code === 'NOTICE_OPEN');
    const dates = failures.map((f) => f.earliestDate ?? null);
    // The step can pass on a known day only when time is the sole obstacle: then it is the latest of those days.
    const earliestDate = dates.every((d): d is string => d !== null) ? dates.reduce((a, b) => (a > b ? a : b)) : null;
    super(onlyNotice ? 'NOTICE_OPEN' : 'GUARD_FAILED', failures.map((f) => f.message).join('; '), {
      rule: failures[0]?.rule ?? null,
      earliestDate,
      failures: failures.map(({ rule, message, earliestDate: date, params }) => ({ rule, message, earliestDate: date ?? null, ...(params ? { params } : {}) })),
    });
  }
}

export class UnauthenticatedError extends DomainError {
  constructor(message = 'Sign in first') {
    super('UNAUTHENTICATED', message);
  }
}

export class ForbiddenError extends DomainError {
  constructor(message: string, extra: Record<string, unknown> = {}) {
    super('FORBIDDEN', message, extra);
  }
}

export class RateLimitedError extends DomainError {
  constructor(message: string, retryAfterSeconds: number, extra: Record<string, unknown> = {}) {
    super('RATE_LIMITED', message, { retryAfterSeconds, ...extra });
  }
}

export class ServiceUnavailableError extends DomainError {
  constructor(message = 'The database is not reachable; try again in a moment') {
    super('SERVICE_UNAVAILABLE', message);
  }
}

/**
 * The database went away after the change was sent to be committed and before it said whether it
 * had: the change may be saved or not. `extensions.outcome` is `unknown`, so a client looks before
 * sending it again instead of saving it twice.
 */
export class CommitOutcomeUnknownError extends DomainError {
  constructor() {
    super('SERVICE_UNAVAILABLE', 'The database went away while the change was being saved; it may have been saved, so look before sending it again', {
      outcome: 'unknown',
    });
  }
}

const apolloCodeMap: Record<string, ErrorCode> = {
  GRAPHQL_PARSE_FAILED: 'BAD_USER_INPUT',
  GRAPHQL_VALIDATION_FAILED: 'BAD_USER_INPUT',
  BAD_REQUEST: 'BAD_USER_INPUT',
  OPERATION_RESOLUTION_FAILURE: 'BAD_USER_INPUT',
};

interface ValidationErrorLike {
  property: string;
  constraints?: Record<string, string>;
  children?: ValidationErrorLike[];
}

function flattenValidationErrors(errors: ValidationErrorLike[], prefix = ''): FieldProblem[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own = Object.entries(e.constraints ?? {}).map(([constraint, message]) => ({ field, constraint, message }));
    return [...own, ...flattenValidationErrors(e.children ?? [], field)];
  });
}

/** mysql2's words for a command refused because its connection had already closed. */
const NEVER_SENT = /connection is in closed state/i;

/** A statement that never reached the database: its connection had closed before it was sent. */
export function neverReachedDatabase(error: unknown): boolean {
  return error instanceof Error && NEVER_SENT.test(error.message);
}

const DB_DOWN_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'PROTOCOL_CONNECTION_LOST',
  'ER_CON_COUNT_ERROR',
  'PROTOCOL_SEQUENCE_TIMEOUT',
  'SQLITE_BUSY',
]);

export function isDatabaseUnavailable(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; current && depth < 5; depth += 1) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && DB_DOWN_CODES.has(code)) return true;
    if (current instanceof Error && (/connect ECONNREFUSED|Connection lost|Pool is closed/i.test(current.message) || NEVER_SENT.test(current.message))) return true;
    current = (current as { cause?: unknown; driverError?: unknown }).driverError ?? (current as { cause?: unknown }).cause;
  }
  return false;
}

/**
 * The one place errors become responses: domain errors pass through, validation
 * failures become BAD_USER_INPUT with field paths, anything unexpected is hidden.
 */
export function createErrorFormatter(options: { production: boolean; log?: (error: unknown) => void }) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;

    if (original instanceof DomainError) {
      return { message: original.message, path: formatted.path, locations: formatted.locations, extensions: { ...original.extensions } };
    }

    if (original instanceof ArgumentValidationError) {
      const fields = flattenValidationErrors(original.extensions.validationErrors);
      return {
        message: fields.map((p) => `${p.field}: ${p.message}`).join('; ') || 'Invalid input',
        path: formatted.path,
        extensions: { code: 'BAD_USER_INPUT', fields },
      };
    }

    const code = formatted.extensions?.code as string | undefined;
    if (code && apolloCodeMap[code]) {
      return { message: formatted.message, locations: formatted.locations, extensions: { code: apolloCodeMap[code] } };
    }
    if (code === 'BAD_USER_INPUT' || (code && (ERROR_CODES as readonly string[]).includes(code) && code !== 'INTERNAL_SERVER_ERROR')) {
      return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions: { code } };
    }
    if (isDatabaseUnavailable(original)) {
      return { message: new ServiceUnavailableError().message, path: formatted.path, extensions: { code: 'SERVICE_UNAVAILABLE' } };
    }

    options.log?.(original);
    if (options.production) {
      return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
    }
    return {
      message: formatted.message,
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: formatted.extensions?.stacktrace },
    };
  };
}
