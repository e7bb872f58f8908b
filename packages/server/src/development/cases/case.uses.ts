import { In, type EntityManager } from 'typeorm';
import type { PersonUses } from '../../people';
import { DevelopmentCase, OPEN_STAGES } from './case.entity';

/** What development cases keep about a person, for the people module (see `PersonUses`). */
export const personUsesByCases: PersonUses = {
  async ownsStatus(em: EntityManager, personId: number): Promise<boolean> {
    return (await em.count(DevelopmentCase, { where: { personId, stage: In([...OPEN_STAGES]) } })) > 0;
  },
};
