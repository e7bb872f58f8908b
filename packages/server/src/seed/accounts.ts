import { SYSTEM_ACTOR } from '../access/actor';
import { hashPassword } from '../accounts';
import { User } from '../accounts';
import { UserRole } from '../access/roles';
import { AuditService } from '../audit/audit.service';
import type { Database } from '../db/database';
import { Organization, OrganizationKind } from '../organizations';
import { Person } from '../people';

export const DEMO_PASSWORD = 'guildhall-demo';

export interface DemoAccount {
  username: string;
  displayName: string;
  role: UserRole;
  organization: string;
}

/** One account per role; the chamber accounts belong to 贵州省湖南商会. */
export const DEMO_ACCOUNTS: DemoAccount[] = [
  { username: 'admin', displayName: '部门管理员', role: UserRole.ADMIN, organization: '贵州省商务厅' },
  { username: 'assessor', displayName: '协调小组评估员', role: UserRole.ASSESSOR, organization: '异地商会组织党建工作协调小组' },
  { username: 'hunan', displayName: '湖南商会协调员', role: UserRole.COORDINATOR, organization: '贵州省湖南商会' },
  { username: 'hunan-staff', displayName: '湖南商会工作人员', role: UserRole.STAFF, organization: '贵州省湖南商会' },
  { username: 'trainee', displayName: '学员', role: UserRole.TRAINEE, organization: '贵州省湖南商会' },
];

/**
 * Creates the demo accounts when there are no accounts yet and the demo organizations exist.
 * Never in production: their password is public (and refused there as a password anyway).
 */
export async function seedDemoAccounts(db: Database, options: { production: boolean }): Promise<DemoAccount[] | null> {
  if (options.production) return null;
  if ((await db.manager.count(User)) > 0) return null;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const audit = new AuditService();
  return db.write(async (em) => {
    const created: DemoAccount[] = [];
    for (const account of DEMO_ACCOUNTS) {
      const organization = await em.findOneBy(Organization, { name: account.organization });
      if (!organization) continue;
      if (account.role === UserRole.ADMIN && organization.kind !== OrganizationKind.AGENCY) continue;
      // The trainee is the chamber's secretary-general, so they can enroll and check in as themself.
      const person =
        account.role === UserRole.TRAINEE
          ? await em.createQueryBuilder(Person, 'p').where('p.organizationId = :org AND p.posts = :post', { org: organization.id, post: '秘书长' }).getOne()
          : null;
      const user = await em.save(
        em.create(User, { username: account.username, displayName: account.displayName, role: account.role, organizationId: organization.id, personId: person?.id ?? null, passwordHash }),
      );
      await audit.record(em, SYSTEM_ACTOR, {
        action: 'user.create',
        recordType: 'User',
        recordId: user.id,
        organizationId: user.organizationId,
        changes: { username: [null, user.username], role: [null, user.role] },
      });
      created.push(account);
    }
    return created.length ? created : null;
  });
}
