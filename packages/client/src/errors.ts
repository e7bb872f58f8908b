import type { ApiErrorCode } from './generated/contract.js';

export interface FieldProblem {
  field: string;
  constraint: string;
  message: string;
  /** The values the message names (the date it may not precede, a limit), for wording it in the interface's language. */
  params?: Record<string, string | number>;
}

interface RawError {
  message: string;
  extensions?: { code?: string; fields?: FieldProblem[]; [key: string]: unknown };
}

/** The first error of a failed request, with its code and, for bad input, the fields at fault. */
export class ApiError extends Error {
  readonly code: ApiErrorCode;
  readonly fields: FieldProblem[];
  readonly extensions: Record<string, unknown>;
  readonly status: number | undefined;

  constructor(raw: RawError, status?: number) {
    super(raw.message);
    this.name = 'ApiError';
    this.code = (raw.extensions?.code as ApiErrorCode | undefined) ?? 'INTERNAL_SERVER_ERROR';
    this.fields = raw.extensions?.fields ?? [];
    this.extensions = raw.extensions ?? {};
    this.status = status;
  }
}

/** Whether a value is an ApiError: duck-typed, so it also holds for errors from another copy of this SDK. */
export function isApiError(error: unknown): error is ApiError {
  return error instanceof Error && error.name === 'ApiError' && typeof (error as ApiError).code === 'string';
}

/**
 * Turns graphql-request's ClientError (or a network failure) into an ApiError. A change that got
 * no GraphQL answer (the connection broke, a proxy answered instead) may have been made before the
 * answer was lost: its error says `outcome: 'unknown'`, as the server's does when the database
 * goes away during the commit, so a caller looks before sending it again.
 */
export function toApiError(error: unknown, options: { change?: boolean } = {}): ApiError {
  const response = (error as { response?: { errors?: RawError[]; status?: number } }).response;
  if (response?.errors?.length) return new ApiError(response.errors[0], response.status);
  if (error instanceof ApiError) return error;
  const message = error instanceof Error ? error.message : String(error);
  const extensions = options.change ? { code: 'SERVICE_UNAVAILABLE', outcome: 'unknown' } : { code: 'SERVICE_UNAVAILABLE' };
  return new ApiError({ message, extensions }, response?.status);
}
