import { UserRole } from '../access/roles';
import type { Gql, TestServer } from './server';

/** Who asks: each role bound to its usual organization, and nobody at all. */
export type Asker = UserRole | 'ANONYMOUS';
export const ASKERS: Asker[] = [UserRole.ADMIN, UserRole.ASSESSOR, UserRole.COORDINATOR, UserRole.STAFF, UserRole.TRAINEE, 'ANONYMOUS'];

/** Where the target record sits: in the chamber the chamber roles belong to, or in another chamber. */
export type Place = 'inScope' | 'outOfScope';

export type Outcome = 'ok' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'ABSENT';

export interface MatrixWorld {
  server: TestServer;
  /** Ids the rows may use: the home chamber (in scope for chamber roles) and another one. */
  home: { chamberId: string; [key: string]: string };
  away: { chamberId: string; [key: string]: string };
}

export interface MatrixRow {
  operation: string;
  /** Performs the operation on a target in `place`; returns the response. */
  run(gql: Gql, world: MatrixWorld, place: Place): Promise<{ data?: any; errors?: { extensions?: { code?: string } }[] | undefined }>;
  /** Which roles hold the permission; `scoped` roles are limited to their subtree. */
  allowed: Partial<Record<UserRole, 'all' | 'scoped'>>;
  /** For lists: how to tell the target is in the answer. */
  listed?(data: any, world: MatrixWorld, place: Place): boolean;
}

/** What a row should answer for an asker and a place, from the row's permissions. */
export function expectedOutcome(row: MatrixRow, asker: Asker, place: Place): Outcome {
  if (asker === 'ANONYMOUS') return 'UNAUTHENTICATED';
  const grant = row.allowed[asker];
  if (!grant) return 'FORBIDDEN';
  if (grant === 'scoped' && place === 'outOfScope') return row.listed ? 'ABSENT' : 'NOT_FOUND';
  return 'ok';
}

export function actualOutcome(row: MatrixRow, world: MatrixWorld, place: Place, res: Awaited<ReturnType<MatrixRow['run']>>): Outcome | string {
  const error = res.errors?.[0]?.extensions as { code?: string; fields?: { constraint: string }[] } | undefined;
  // A reference to a record out of scope is refused like a reference to a missing one.
  const code = error?.code === 'BAD_USER_INPUT' && error.fields?.some((f) => f.constraint === 'notFound') ? 'NOT_FOUND' : error?.code;
  if (code) return code === 'UNAUTHENTICATED' || code === 'FORBIDDEN' || code === 'NOT_FOUND' ? code : `unexpected ${code}: ${JSON.stringify(res.errors)}`;
  if (row.listed) return row.listed(res.data, world, place) ? 'ok' : 'ABSENT';
  return 'ok';
}

/** One case per row × asker × place, as jest's `it.each` wants them. */
export function matrixCases(rows: MatrixRow[]): [string, Asker, Place, MatrixRow][] {
  return rows.flatMap((row) => ASKERS.flatMap((asker) => (['inScope', 'outOfScope'] as Place[]).map((place) => [row.operation, asker, place, row] as [string, Asker, Place, MatrixRow])));
}
