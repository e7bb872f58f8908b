import type { Actor } from '../access/actor';
import { actorSees, requirePermission } from '../access/scope';
import { AuditService, diffChanges } from '../audit/audit.service';
import { todayInChina } from '../common/dates';
import { parseId, type ListArgsShape } from '../common/list';
import type { Database } from '../db/database';
import { BadInputError, ConflictError } from '../kernel/errors';
import { Organization, OrganizationKind } from '../organizations';
import { ResponsibilityLetter } from './letter.entity';
import { type ResponsibilityLetterFilter, SignLetterArgs } from './letter.args';
import { chamberYearConditions, chambersWithout, pageOfChambers, requireReportYear } from './chamber-year';
import { ListEngine } from '../db/list-engine';
import type { ReportRows, ReportWindow } from '../kernel/report-page';

/** Responsibility letters: one per chamber and year, signed with the department. */
export class LetterService {
  private readonly audit = new AuditService();

  constructor(
    private readonly db: Database,
    private readonly actor: Actor,
    private readonly today: () => string = () => todayInChina(),
  ) {
    this.letters = new ListEngine(db, 'ResponsibilityLetter', {
      entity: ResponsibilityLetter,
      alias: 'l',
      joins: [{ entity: Organization, alias: 'lc', on: 'lc.id = l.chamberId', whenRead: true }],
      sorts: { id: ['l.id'], year: ['l.year', 'lc.namePinyin'], chamber: ['lc.namePinyin', 'l.year'], signedOn: ['l.signedOn'], updatedAt: ['l.updatedAt'] },
      defaultSort: 'year',
      defaultOrder: 'DESC',
      where: (filter) => chamberYearConditions(this.db, this.actor, 'l', 'lc', filter),
    });
  }

  private readonly letters: ListEngine<ResponsibilityLetter, ResponsibilityLetterFilter>;

  /** The letters of a year (or all), newest year first, then by chamber: the oversight page's table. */
  async list(year: number | null | undefined): Promise<ResponsibilityLetter[]> {
    requirePermission(this.actor, 'oversight:read');
    return this.letters
      .query({ year: year ?? null }, undefined, 'lc.namePinyin')
      .orderBy('l.year', 'DESC')
      .addOrderBy('lc.namePinyin', 'ASC')
      .getMany();
  }

  async get(id: string | number): Promise<ResponsibilityLetter> {
    requirePermission(this.actor, 'oversight:read');
    return this.letters.get(id);
  }

  /** A page of letters in the list grammar, holding the columns asked for. */
  async page(args: ListArgsShape<ResponsibilityLetterFilter>, columns?: ReadonlySet<string> | null): Promise<ResponsibilityLetter[]> {
    requirePermission(this.actor, 'oversight:read');
    return this.letters.rows(args, columns);
  }

  async count(filter: ResponsibilityLetterFilter | null | undefined): Promise<number> {
    requirePermission(this.actor, 'oversight:read');
    return this.letters.count(filter);
  }

  /** Letters signed for the year, and chambers in scope still without one. */
  async counts(year: number): Promise<{ signed: number; missing: number }> {
    requirePermission(this.actor, 'oversight:read');
    const signed = await this.letters.count({ year });
    const missing = await this.missingQuery(year).getCount();
    return { signed, missing };
  }

  /** Chambers in scope without a signed letter for the year: the overdue list. */
  async missing(year: number): Promise<Organization[]> {
    requirePermission(this.actor, 'oversight:read');
    return this.missingQuery(year).orderBy('c.namePinyin', 'ASC').addOrderBy('c.id', 'ASC').getMany();
  }
  /** A page of `missing`, with the total. */
  async missingPage(year: number, window: ReportWindow): Promise<ReportRows<Organization>> {
    requirePermission(this.actor, 'oversight:read');
    requireReportYear(year);
    return pageOfChambers(this.missingQuery(year), window);
  }


  private missingQuery(year: number) {
    return chambersWithout(this.db, this.actor, 'responsibility_letter', year);
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
