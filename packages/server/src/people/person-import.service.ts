import { Semaphore, tryAcquire } from 'async-mutex';
import { validate } from 'class-validator';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../access/actor';
import { requirePermission, scopeToSubtree } from '../access/scope';
import { AuditService } from '../audit/audit.service';
import { NOT_ACCEPTED, UniquenessGuard } from '../audit/uniqueness-guard';
import { maskNationalId, normalizeNationalId } from '../common/national-id';
import { normalizeSheetText } from '../common/text';
import type { Database } from '../db/database';
import { BadInputError, DomainError, RateLimitedError } from '../kernel/errors';
import { Organization, OrganizationKind } from '../organizations';
import { CreatePersonArgs } from './person.args';
import type { PersonService } from './person.service';
import type { Gender, MembershipRelation, MembershipStatus } from './person.entity';
import { columnOf, readPeopleSheet, type SheetProblem, type SheetRow } from './person-sheet';

/** Largest sheet accepted, after base64 decoding; the GraphQL body limit allows about this much. */
export const MAX_IMPORT_BYTES = 140 * 1024;

/** Imports (previews included) read at once in this process; one more is refused, not queued. */
export const MAX_CONCURRENT_IMPORTS = 3;

const running = new Semaphore(MAX_CONCURRENT_IMPORTS);
const runningAccounts = new Set<string>();

/** Runs an import while holding a place: one per account, `MAX_CONCURRENT_IMPORTS` in all; RATE_LIMITED (`reason: "busy"`) otherwise. */
export async function oneAtATime<T>(account: string, work: () => Promise<T>): Promise<T> {
  if (runningAccounts.has(account)) throw new RateLimitedError('another import of yours is still running; try again when it has finished', 5, { reason: 'busy' });
  runningAccounts.add(account);
  let release: () => void;
  try {
    [, release] = await tryAcquire(running).acquire();
  } catch {
    runningAccounts.delete(account);
    throw new RateLimitedError(`${MAX_CONCURRENT_IMPORTS} imports are running; try again in a moment`, 5, { reason: 'busy' });
  }
  try {
    return await work();
  } finally {
    runningAccounts.delete(account);
    release();
  }
}

export interface ImportOutcome {
  rows: number;
  created: number;
  problems: (SheetProblem & { column: string | null })[];
  /** Every data row as read, for the caller to check before importing; national ids masked. */
  preview: ImportRowView[];
}

/** A data row of the sheet as the import reads it. */
export interface ImportRowView {
  row: number;
  name: string | null;
  organization: string | null;
  employer: string | null;
  nationalId: string | null;
  gender: Gender | null;
  birthDate: string | null;
  phone: string | null;
  membershipStatus: MembershipStatus | null;
  relation: MembershipRelation | null;
  admittedOn: string | null;
  fullMemberSince: string | null;
}

class DryRun extends Error {}

/**
 * Imports people from a sheet all or nothing: every row is checked by the same rules as a
 * person created by hand, in one transaction; a preview runs the same transaction and rolls
 * it back, so it reports exactly the problems an import would meet.
 */
export class PersonImportService {
  private readonly audit = new AuditService();

  constructor(
    private readonly db: Database,
    private readonly actor: Actor,
    private readonly people: PersonService,
  ) {}

  async run(fileName: string, contentBase64: string, commit: boolean): Promise<ImportOutcome> {
    requirePermission(this.actor, 'person:write');
    if (!/^[A-Za-z0-9+/=\s]*$/.test(contentBase64)) throw BadInputError.field('contentBase64', 'base64', 'the file must be sent base64-encoded');
    const content = Buffer.from(contentBase64, 'base64');
    if (content.length > MAX_IMPORT_BYTES) throw BadInputError.field('contentBase64', 'tooLarge', `the file is larger than ${MAX_IMPORT_BYTES / 1024} KB; split it`);
    return oneAtATime(String(this.actor.viewer?.user.id ?? 'system'), () => this.runOnce(fileName, content, commit));
  }

  private async runOnce(fileName: string, content: Buffer, commit: boolean): Promise<ImportOutcome> {
    const sheet = normalizeSheetText(await readPeopleSheet(fileName, content));
    const outcome: ImportOutcome = { rows: sheet.rows.length, created: 0, problems: sheet.problems.map((p) => ({ ...p, column: null })), preview: sheet.rows.map((r) => this.rowView(r)) };
    if (sheet.rows.length === 0 || sheet.problems.some((p) => p.field === 'file' || p.constraint === 'missingColumn')) return this.finish(outcome, commit);

    try {
      await UniquenessGuard.around(this.db, this.actor, (guard) =>
        this.db.write(async (em) => {
          const organizations = await this.organizationsByName(em, sheet.rows);
          const seenIds = new Map<string, number>();
          for (const row of sheet.rows) {
            const args = await this.argsOf(row, organizations, seenIds, outcome.problems);
            if (!args) continue;
            try {
              await this.people.createIn(em, args, guard, 'person.import');
              outcome.created += 1;
            } catch (error) {
              if (!(error instanceof DomainError) || error.extensions.code !== 'BAD_USER_INPUT') throw error;
              for (const f of (error.extensions.fields ?? []) as { field: string; constraint: string; message: string }[]) {
                outcome.problems.push({ row: row.row, field: f.field, constraint: f.constraint, message: f.message, column: null });
              }
            }
          }
          if (guard.refusedUnreadable()) outcome.problems = withoutRowOfRefusal(outcome.problems).map((p) => ({ ...p, column: null }));
          if (outcome.problems.length || !commit) throw new DryRun();
          await this.audit.record(em, this.actor, { action: 'person.importFile', recordType: 'Person', changes: { fileName: [null, fileName], rows: [null, outcome.created] } });
        }),
      );
    } catch (error) {
      if (!(error instanceof DryRun)) throw error;
    }
    return this.finish(outcome, commit);
  }

  /** A row as read; the national id masked, as every read of one is (docs/api.md, People). */
  private rowView(row: SheetRow): ImportRowView {
    const v = row.values;
    const text = (value: unknown) => (typeof value === 'string' ? value : null);
    const nationalId = text(v.nationalId);
    return {
      row: row.row,
      name: text(v.name),
      organization: text(v.organization),
      employer: text(v.employer),
      nationalId: nationalId === null ? null : maskNationalId(normalizeNationalId(nationalId)),
      gender: (v.gender as Gender | undefined) ?? null,
      birthDate: text(v.birthDate),
      phone: text(v.phone),
      membershipStatus: (v.membershipStatus as MembershipStatus | undefined) ?? null,
      relation: (v.relation as MembershipRelation | undefined) ?? null,
      admittedOn: text(v.admittedOn),
      fullMemberSince: text(v.fullMemberSince),
    };
  }

  private finish(outcome: ImportOutcome, commit: boolean): ImportOutcome {
    outcome.problems = outcome.problems.map((p) => ({ ...p, column: columnOf(p.field) }));
    outcome.problems.sort((a, b) => a.row - b.row);
    if (commit && outcome.problems.length) {
      throw new BadInputError(outcome.problems.map((p) => ({ field: `rows.${p.row}.${p.field}`, constraint: p.constraint, message: p.row > 0 ? `第 ${p.row} 行：${p.message}` : p.message })));
    }
    return commit ? outcome : { ...outcome, created: 0 };
  }

  /** Organizations the sheet names, by full or short name, among those the actor sees. */
  private async organizationsByName(em: EntityManager, rows: SheetRow[]): Promise<Map<string, Organization[]>> {
    const names = [...new Set(rows.flatMap((r) => [r.values.organization, r.values.employer]).filter((n): n is string => typeof n === 'string'))];
    const byName = new Map<string, Organization[]>();
    for (let i = 0; i < names.length; i += 500) {
      const chunk = names.slice(i, i + 500);
      const qb = em.createQueryBuilder(Organization, 'o').where('(o.name IN (:...names) OR o.shortName IN (:...names))', { names: chunk }).andWhere('o.archivedAt IS NULL');
      for (const org of await scopeToSubtree(qb, 'o.path', this.actor).getMany()) {
        for (const key of [org.name, org.shortName]) {
          if (!key || !chunk.includes(key)) continue;
          byName.set(key, [...(byName.get(key) ?? []), org]);
        }
      }
    }
    return byName;
  }

  private async argsOf(row: SheetRow, organizations: Map<string, Organization[]>, seenIds: Map<string, number>, problems: ImportOutcome['problems']): Promise<CreatePersonArgs | null> {
    const before = problems.length;
    const v = row.values;
    const problem = (field: string, constraint: string, message: string) => problems.push({ row: row.row, field, constraint, message, column: null });
    if (!v.name) problem('name', 'required', '姓名不能为空');
    const find = (field: string, name: unknown, kinds?: OrganizationKind[]): Organization | null => {
      if (typeof name !== 'string') return null;
      const found = (organizations.get(name) ?? []).filter((o) => !kinds || kinds.includes(o.kind));
      if (found.length === 0) problem(field, 'notFound', `找不到组织“${name}”`);
      else if (found.length > 1) problem(field, 'ambiguous', `有 ${found.length} 个组织叫“${name}”，请写全称`);
      return found.length === 1 ? found[0] : null;
    };
    if (!v.organization) problem('organizationId', 'required', '所属组织不能为空');
    const organization = find('organizationId', v.organization);
    const employer = find('employerId', v.employer, [OrganizationKind.ENTERPRISE]);
    if (typeof v.nationalId === 'string') {
      const id = normalizeNationalId(v.nationalId);
      const earlier = seenIds.get(id);
      if (earlier !== undefined) problem('nationalId', 'duplicateInFile', `与第 ${earlier} 行的身份证号重复`);
      else seenIds.set(id, row.row);
    }
    const args = Object.assign(new CreatePersonArgs(), {
      name: v.name,
      organizationId: organization ? String(organization.id) : '',
      employerId: employer ? String(employer.id) : undefined,
      nationalId: v.nationalId,
      gender: v.gender,
      birthDate: v.birthDate,
      ethnicity: v.ethnicity,
      education: v.education,
      phone: v.phone,
      posts: v.posts,
      membershipStatus: v.membershipStatus,
      relation: v.relation,
      admittedOn: v.admittedOn,
      fullMemberSince: v.fullMemberSince,
    });
    for (const error of await validate(args, { skipMissingProperties: true, forbidUnknownValues: false })) {
      for (const [constraint, message] of Object.entries(error.constraints ?? {})) problem(error.property, constraint, message);
    }
    return problems.length === before ? args : null;
  }
}

/**
 * A value refused over a record the caller cannot read is not pinned to its row: the sheet
 * as a whole is refused, so a sheet of candidates tells no more than which sheet it was
 * (docs/api.md, "Uniqueness without an oracle").
 */
function withoutRowOfRefusal(problems: SheetProblem[]): SheetProblem[] {
  const refused = problems.filter((p) => p.constraint === NOT_ACCEPTED);
  if (!refused.length) return problems;
  const fields = [...new Set(refused.map((p) => p.field))];
  return [
    ...fields.map((field) => ({ row: 0, field, constraint: NOT_ACCEPTED, message: field === 'nationalId' ? '本文件中有身份证号无法由本账户登记，请联系部门管理员' : '本文件中有内容无法由本账户登记，请联系部门管理员' })),
    ...problems.filter((p) => p.constraint !== NOT_ACCEPTED),
  ];
}
