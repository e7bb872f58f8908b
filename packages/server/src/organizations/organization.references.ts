import { In, type EntityManager } from 'typeorm';
import type { Actor } from '../access/actor';
import { actorSees } from '../access/scope';
import { parseId } from '../common/list';
import { BadInputError } from '../kernel/errors';
import { Organization } from './organization.entity';

/**
 * An organization a change names (a parent, a keeper, an organizer, an employer), read inside the
 * change's transaction: the row when the id names one in the actor's scope, otherwise null — the
 * same for an id that is not valid, one that names nothing and one out of scope.
 */
export async function organizationInScope(em: EntityManager, actor: Actor, id: string | number | null | undefined): Promise<Organization | null> {
  const numeric = parseId(id);
  const found = numeric === null ? null : await em.findOneBy(Organization, { id: numeric });
  return found && actorSees(actor, found.path) ? found : null;
}

/** The organization a change names in `field`, or a field error `notFound` (docs/api.md, "Errors"): nothing tells an id out of scope from a missing one. */
export async function namedOrganization(em: EntityManager, actor: Actor, field: string, id: string | number | null | undefined, what = 'organization'): Promise<Organization> {
  const found = await organizationInScope(em, actor, id);
  if (!found) throw BadInputError.field(field, 'notFound', `${what} ${id} does not exist`);
  return found;
}

/** The organizations with these ids that lie in the actor's scope, by id; the others are left out, as if missing. */
export async function organizationsInScope(em: EntityManager, actor: Actor, ids: Iterable<number | null>): Promise<Map<number, Organization>> {
  const wanted = [...new Set([...ids].filter((id): id is number => id !== null))];
  const rows = wanted.length ? await em.find(Organization, { where: { id: In(wanted) }, select: { id: true, name: true, shortName: true, kind: true, path: true } }) : [];
  return new Map(rows.filter((o) => actorSees(actor, o.path)).map((o) => [o.id, o]));
}
