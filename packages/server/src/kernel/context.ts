import type { IncomingMessage, ServerResponse } from 'node:http';
import { Ctx as TypeGraphQLCtx } from 'type-graphql';
import type { Actor } from '../access/actor';
import type { Viewer } from '../access/viewer';
import type { Database } from '../db/database';

/**
 * What every request carries through the modules: who asks, the database, and the services and
 * DataLoaders acting for them. The kernel names the shape; the composition root (root/context.ts)
 * builds it and says, by augmenting `Services` and `Loaders`, which module supplies each member.
 * A module reads `ctx.services.x` without importing the module that makes it.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled in by the composition root
export interface Services {}

// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled in by the composition root
export interface Loaders {}

/** What a resolver may touch of the HTTP exchange: the session cookie. */
export interface SessionCookie {
  token: string | null;
  set(token: string, expiresAt: Date): void;
  clear(): void;
  /** What a context acting for this viewer (the one who just signed in) holds: assign it to the resolver's context. */
  actingAs(viewer: Viewer): Pick<GraphQLContext, 'viewer' | 'actor' | 'services' | 'loaders'>;
}

export interface GraphQLContext {
  requestId: string;
  db: Database;
  actor: Actor;
  viewer: Viewer | null;
  services: Services;
  /** Per-request batching caches: a list page costs a constant number of statements. */
  loaders: Loaders;
  session: SessionCookie;
}

/**
 * Makes a request's context for a REST route (a download, an upload, a public page), the same
 * context a GraphQL request gets. The composition root hands it to each module's routes.
 */
export type ContextFor = (req: IncomingMessage, res: ServerResponse) => Promise<GraphQLContext>;

/** What a module's REST routes are given by the composition root: the database and a way to a request's context. */
export interface RouteDeps {
  db: Database;
  contextFor: ContextFor;
}

/** The parameter decorator a resolver reads its context with. */
export const Ctx = TypeGraphQLCtx;
