import type { Actor } from '../access/actor';
import { actorSees, requirePermission, scopeToSubtree } from '../access/scope';
import { AuditService, diffChanges } from '../audit/audit.service';
import { todayInChina } from '../common/dates';
import { parseId } from '../common/list';
import type { Database } from '../db/database';
import { BadInputError, ConflictError } from '../kernel/errors';
import { Organization, OrganizationKind } from '../organizations';
import { ResponsibilityLetter } from './letter.entity';
import { SignLetterArgs } from './letter.args';

/** Responsibility letters: one per chamber and year, signed with the department. */
export class LetterService {
  private readonly audit = new AuditService();

  constructor(
    private readonly db: Database,
    private readonly actor: Actor,
    private readonly today: () => string = () => todayInChina(),
  ) {}

  async list(year: number | null | undefined): Promise<ResponsibilityLetter[]> {
    requirePermission(this.actor, 'oversight:read');
    const qb = scopeToSubtree(this.db.manager.createQueryBuilder(ResponsibilityLetter, 'l').innerJoin(Organization, 'lc', 'lc.id = l.chamberId'), 'lc.path', this.actor);
    if (typeof year === 'number') qb.andWhere('l.year = :year', { year });
    return qb.orderBy('l.year', 'DESC').addOrderBy('lc.namePinyin', 'ASC').limit(1000).getMany();
  }

  /** Letters signed for the year, and chambers in scope still without one. */
  async counts(year: number): Promise<{ signed: number; missing: number }> {
    requirePermission(this.actor, 'oversight:read');
    const signed = await scopeToSubtree(this.db.manager.createQueryBuilder(ResponsibilityLetter, 'l').innerJoin(Organization, 'lc', 'lc.id = l.chamberId'), 'lc.path', this.actor).andWhere('l.year = :year', { year }).getCount();
    const missing = await this.missingQuery(year).getCount();
    return { signed, missing };
  }

  /** Chambers in scope without a signed letter for the year: the overdue list. */
  async missing(year: number): Promise<Organization[]> {
    requirePermission(this.actor, 'oversight:read');
    return this.missingQuery(year).orderBy('c.namePinyin', 'ASC').getMany();
  }

  private missingQuery(year: number) {
    const qb = this.db.manager.createQueryBuilder(Organization, 'c').where('c.kind = :chamber AND c.archivedAt IS NULL', { chamber: OrganizationKind.CHAMBER });
    return scopeToSubtree(qb, 'c.path', this.actor).andWhere('NOT EXISTS (SELECT 1 FROM responsibility_letter l WHERE l.chamberId = c.id AND l.year = :year)', { year });
  }

  async sign(args: SignLetterArgs): Promise<ResponsibilityLetter> {
    requirePermission(this.actor, 'oversight:configure');
    if (!args.targets.length) throw BadInputError.field('targets', 'required', 'a letter sets at least one target');
    if (args.signedOn > this.today()) throw BadInputError.field('signedOn', 'future', 'the day is in the future');
    return this.db.write(async (em) => {
      const id = parseId(args.chamberId);
      const chamber = id === null ? null : await em.findOneBy(Organization, { id });
      if (!chamber || chamber.kind !== OrganizationKind.CHAMBER || !actorSees(this.actor, chamber.path)) {
        throw BadInputError.field('chamberId', 'notFound', `chamber ${args.chamberId} does not exist`);
      }
      if (await em.countBy(ResponsibilityLetter, { chamberId: chamber.id, year: args.year })) {
        throw new ConflictError('letterExists', `${chamber.name} already signed its letter for ${args.year}`);
      }
      const saved = await em.save(
        em.create(ResponsibilityLetter, {
          chamberId: chamber.id,
          year: args.year,
          signedOn: args.signedOn,
          signatory: args.signatory.trim(),
          targets: args.targets.map((t) => ({ area: t.area, target: t.target.trim() })),
        }),
      );
      await this.audit.record(em, this.actor, { action: 'letter.sign', recordType: 'ResponsibilityLetter', recordId: saved.id, organizationId: chamber.id, changes: diffChanges(null, saved, ['year', 'signedOn', 'signatory']) });
      return saved;
    });
  }
}
