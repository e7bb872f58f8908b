import { ERROR_STATUS, type ApiErrorCode } from './generated/contract.js';
import type { FieldProblem } from './errors.js';

// What a react-admin app needs from a refused call, whichever client made it (README.md,
// "react-admin"): react-admin shows `body.errors` on the form's inputs, one message per field,
// and its auth provider's `checkError` signs out on status 401. The API answers every refusal of a
// well-formed request with HTTP 200 and `extensions.code` (GraphQL over HTTP), so the status comes
// from the code, by the same table the server's REST routes answer with.

/** A refusal as react-admin reads it. */
export interface ReactAdminError extends Error {
  status: number;
  body: {
    code: ApiErrorCode | string;
    /** For BAD_USER_INPUT: the first problem of each field, by field (`quotas.0.seats` for a row of a list). */
    errors?: Record<string, string>;
    /** Everything else the error carries (`reason`, `failures`, `earliestDate`, `retryAfterSeconds`…). */
    extensions: Record<string, unknown>;
  };
}

interface GraphQLErrorLike {
  message: string;
  extensions?: Record<string, unknown>;
}

/**
 * The first GraphQL error of a refusal: from react-admin's HttpError around Apollo Client's error
 * (ra-data-graphql), from Apollo Client's error itself, from graphql-request's ClientError, or from
 * this SDK's ApiError.
 */
function firstError(error: unknown): GraphQLErrorLike | null {
  const e = error as Record<string, any> | null;
  if (!e || typeof e !== 'object') return null;
  const candidates = [e.body?.graphQLErrors, e.graphQLErrors, e.response?.errors, e.body?.networkError?.result?.errors, e.networkError?.result?.errors];
  for (const list of candidates) if (Array.isArray(list) && list.length) return list[0] as GraphQLErrorLike;
  if (e.name === 'ApiError' && typeof e.code === 'string') return { message: e.message, extensions: { ...e.extensions, code: e.code, fields: e.fields } };
  return null;
}

/** The status the HTTP layer answered with, when no GraphQL error came back (the server could not be reached). */
function transportStatus(error: unknown): number {
  const e = error as Record<string, any> | null;
  const status = e?.status ?? e?.statusCode ?? e?.networkError?.statusCode ?? e?.body?.networkError?.statusCode;
  return typeof status === 'number' && status >= 400 ? status : 503;
}

/** A refusal, from any of the clients above, as react-admin reads it. */
export function reactAdminError(error: unknown): ReactAdminError {
  const first = firstError(error);
  const extensions = first?.extensions ?? {};
  const code = typeof extensions.code === 'string' ? extensions.code : 'SERVICE_UNAVAILABLE';
  const status = first ? ((ERROR_STATUS as Record<string, number>)[code] ?? 500) : transportStatus(error);
  const message = first?.message ?? (error instanceof Error ? error.message : String(error));
  const body: ReactAdminError['body'] = { code, extensions };
  const problems = Array.isArray(extensions.fields) ? (extensions.fields as FieldProblem[]) : [];
  if (code === 'BAD_USER_INPUT' && problems.length) {
    body.errors = {};
    for (const problem of problems) body.errors[problem.field] ??= problem.message;
  }
  return Object.assign(new Error(message), { name: 'HttpError', status, body });
}

/**
 * A react-admin data provider whose refusals carry what react-admin reads: wrap the official
 * `ra-data-graphql-simple` provider with it, and field problems show on the form's inputs and a
 * lost session (401) signs out.
 */
export function withReactAdminErrors<P extends object>(dataProvider: P): P {
  return new Proxy(dataProvider, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        const answer = value.apply(target, args);
        return answer instanceof Promise ? answer.catch((error: unknown) => Promise.reject(reactAdminError(error))) : answer;
      };
    },
  });
}
