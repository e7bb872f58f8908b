import { In, type EntityManager } from 'typeorm';
import type { PersonUses } from '../../people';
import { CaseSponsor, DevelopmentCase, OPEN_STAGES } from './case.entity';

/** What development cases keep about a person, for the people module (see `PersonUses`). */
export const personUsesByCases: PersonUses = {
  /** The person's own cases, and the cases they cultivate or introduce. */
  async references(em: EntityManager, personId: number): Promise<number> {
    return (await em.countBy(DevelopmentCase, { personId })) + (await em.countBy(CaseSponsor, { personId }));
  },
  async ownsStatus(em: EntityManager, personId: number): Promise<boolean> {
    return (await em.count(DevelopmentCase, { where: { personId, stage: In([...OPEN_STAGES]) } })) > 0;
  },
};
