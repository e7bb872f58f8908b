import { expectVersion } from '../db/versioned';
import { replaceOwnedRows } from '../db/transaction';
import type { Actor } from '../access/actor';
import { actorSees, requirePermission } from '../access/scope';
import { AuditService } from '../audit/audit.service';
import { parseId } from '../common/list';
import type { Database } from '../db/database';
import { BadInputError, ConflictError, GuardFailedError } from '../kernel/errors';
import { OrganizationList } from './organization.list';
import { Organization, OrganizationKind, PARTY_KINDS } from './organization.entity';
import { ancestorIds } from '../kernel/paths';
import { loadRules } from './organization.rules-settings';
import { JointBranchEnterprise } from './joint-branch.entity';
import { SetJointEnterprisesArgs } from './joint-branch.args';

/** The enterprises of joint branches, within the limit the rules set (5 by default). */
export class JointBranchService {
  private readonly audit = new AuditService();

  constructor(
    private readonly db: Database,
    private readonly actor: Actor,
  ) {}

  /** The enterprises a joint branch takes in, by name. */
  async enterprisesOf(jointBranchId: number): Promise<Organization[]> {
    requirePermission(this.actor, 'organization:read');
    return this.db.manager
      .createQueryBuilder(Organization, 'e')
      .innerJoin(JointBranchEnterprise, 'j', 'j.enterpriseId = e.id')
      .where('j.jointBranchId = :id', { id: jointBranchId })
      .orderBy('e.namePinyin', 'ASC')
      .getMany()
      .then((rows) => rows.filter((e) => actorSees(this.actor, e.path)));
  }

  async set(args: SetJointEnterprisesArgs): Promise<Organization> {
    requirePermission(this.actor, 'organization:write');
    return this.db.write(async (em) => {
      const branch = await new OrganizationList(this.db, this.actor).locked(em, args.jointBranchId);
      if (branch.kind !== OrganizationKind.JOINT_BRANCH) throw BadInputError.field('jointBranchId', 'jointBranchKind', 'only a joint branch takes in enterprises');
      expectVersion('organization', branch, args.version);

      const ids = args.enterpriseIds.map(parseId);
      const enterprises = ids.some((e) => e === null) ? [] : await em.createQueryBuilder(Organization, 'e').where('e.id IN (:...ids)', { ids: ids.length ? ids : [-1] }).getMany();
      const chamberPath = await this.chamberPath(branch);
      const problems = args.enterpriseIds.flatMap((raw, i) => {
        const e = enterprises.find((row) => row.id === ids[i]);
        if (!e || !actorSees(this.actor, e.path) || e.kind !== OrganizationKind.ENTERPRISE || e.archivedAt) {
          return [{ field: `enterpriseIds.${i}`, constraint: 'notFound', message: `member enterprise ${raw} does not exist` }];
        }
        if (chamberPath && !e.path.startsWith(chamberPath)) return [{ field: `enterpriseIds.${i}`, constraint: 'otherChamber', message: `${e.name} is a member of another chamber` }];
        return [];
      });
      if (problems.length) throw new BadInputError(problems);

      const { jointBranchMaxEnterprises } = await loadRules(em);
      const failures = [];
      if (enterprises.length > jointBranchMaxEnterprises) {
        failures.push({
          rule: 'jointBranchLimit',
          message: `a joint branch takes in at most ${jointBranchMaxEnterprises} enterprises; ${enterprises.length} were given`,
          params: { max: jointBranchMaxEnterprises, given: enterprises.length },
        });
      }
      const own = enterprises.length
        ? await em.createQueryBuilder(Organization, 'p').where('p.hostId IN (:...ids) AND p.kind IN (:...party) AND p.archivedAt IS NULL', { ids: enterprises.map((e) => e.id), party: PARTY_KINDS.filter((k) => k !== OrganizationKind.JOINT_BRANCH) }).getMany()
        : [];
      for (const p of own) {
        const enterprise = enterprises.find((e) => e.id === p.hostId)!.name;
        failures.push({ rule: 'hasOwnOrganization', message: `${enterprise} has a party organization of its own (${p.name})`, params: { enterprise, organization: p.name } });
      }
      if (failures.length) throw new GuardFailedError(failures);

      const elsewhere = enterprises.length
        ? await em.createQueryBuilder(JointBranchEnterprise, 'j').where('j.enterpriseId IN (:...ids) AND j.jointBranchId <> :branch', { ids: enterprises.map((e) => e.id), branch: branch.id }).getMany()
        : [];
      if (elsewhere.length) {
        const names = elsewhere.map((j) => enterprises.find((e) => e.id === j.enterpriseId)!.name);
        throw new ConflictError('inAnotherJointBranch', `${names.join('、')} already belong to another joint branch`, { enterpriseIds: elsewhere.map((j) => String(j.enterpriseId)) });
      }

      const links = await em.findBy(JointBranchEnterprise, { jointBranchId: branch.id });
      const before = links.map((j) => j.enterpriseId).sort((a, b) => a - b);
      const after = enterprises.map((e) => e.id).sort((a, b) => a - b);
      // The branch is locked: its links are replaced by enterprise, none deleted by branch.
      await replaceOwnedRows(em, JointBranchEnterprise, links, after.map((enterpriseId) => ({ jointBranchId: branch.id, enterpriseId })), (j) => j.enterpriseId);
      await em.createQueryBuilder().update(Organization).set({ version: branch.version + 1 }).where('id = :id', { id: branch.id }).execute();
      await this.audit.record(em, this.actor, {
        action: 'organization.jointEnterprises',
        recordType: 'Organization',
        recordId: branch.id,
        organizationId: branch.id,
        changes: { jointEnterprises: [before.map(String), after.map(String)] },
      });
      return em.findOneByOrFail(Organization, { id: branch.id });
    });
  }

  /** The chamber a joint branch belongs to (its nearest chamber ancestor), or null outside chambers. */
  private async chamberPath(branch: Organization): Promise<string | null> {
    const ancestors = ancestorIds(branch.path);
    if (!ancestors.length) return null;
    const chamber = await this.db.manager.createQueryBuilder(Organization, 'c').where('c.id IN (:...ids) AND c.kind = :chamber', { ids: ancestors, chamber: OrganizationKind.CHAMBER }).getOne();
    return chamber?.path ?? null;
  }
}
