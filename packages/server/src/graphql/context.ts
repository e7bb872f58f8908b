import { randomUUID } from 'node:crypto';
import { Ctx as TypeGraphQLCtx } from 'type-graphql';
import type { Database } from '../db/database';
import { createOrganizationLoaders, type OrganizationLoaders } from '../organizations/organization.loaders';
import { OrganizationService } from '../organizations/organization.service';

export interface Services {
  organizations: OrganizationService;
}

export interface Loaders {
  organizations: OrganizationLoaders;
}

export interface GraphQLContext {
  requestId: string;
  services: Services;
  /** Per-request batching caches: a list page costs a constant number of statements. */
  loaders: Loaders;
}

export function createServices(db: Database): Services {
  return { organizations: new OrganizationService(db) };
}

export function createContext(db: Database, services: Services, requestId: string = randomUUID()): GraphQLContext {
  return { requestId, services, loaders: { organizations: createOrganizationLoaders(db) } };
}

export const Ctx = TypeGraphQLCtx;
