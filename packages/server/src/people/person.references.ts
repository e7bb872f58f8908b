import type { EntityManager } from 'typeorm';
import type { Actor } from '../access/actor';
import { actorSees } from '../access/scope';
import { parseId } from '../common/list';
import { BadInputError } from '../kernel/errors';
import { Organization } from '../organizations';
import { Person } from './person.entity';

/**
 * A person a change names (a candidate, a sponsor, a trainee, an account's person), read inside
 * the change's transaction with the organization that keeps them: both when the person is kept in
 * the actor's scope, otherwise null — the same for an id that is not valid, one that names no one
 * and one out of scope.
 */
export async function personInScope(em: EntityManager, actor: Actor, id: string | number | null | undefined): Promise<{ person: Person; keeper: Organization } | null> {
  const numeric = parseId(id);
  const person = numeric === null ? null : await em.findOneBy(Person, { id: numeric });
  const keeper = person ? await em.findOneBy(Organization, { id: person.organizationId }) : null;
  return person && keeper && actorSees(actor, keeper.path) ? { person, keeper } : null;
}

/** The person a change names in `field`, with their keeping organization, or a field error `notFound`. */
export async function namedPerson(em: EntityManager, actor: Actor, field: string, id: string | number | null | undefined): Promise<{ person: Person; keeper: Organization }> {
  const found = await personInScope(em, actor, id);
  if (!found) throw BadInputError.field(field, 'notFound', `person ${id} does not exist`);
  return found;
}
