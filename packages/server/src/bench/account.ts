import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { requestActor } from '../access/actor';
import { Viewer } from '../access/viewer';
import { AuthService } from '../accounts';
import { hashPassword } from '../accounts';
import { User } from '../accounts';
import { UserRole } from '../access/roles';
import { Database } from '../db/database';
import { Organization } from '../organizations';

/**
 * The benchmark's caller: a department administrator at the root agency (who sees every
 * organization) and an API token of theirs, made the way the server makes them. Returns the
 * `Authorization` header the GraphQL requests carry.
 */
export async function createBenchCaller(dataSource: DataSource, sessionSecret: string): Promise<Record<string, string>> {
  const db = new Database(dataSource);
  const root = await db.manager.createQueryBuilder(Organization, 'o').where('o.parentId IS NULL').orderBy('o.id').getOneOrFail();
  const passwordHash = await hashPassword(randomBytes(24).toString('base64url'));
  const user = await db.write((em) =>
    em.save(em.create(User, { username: 'bench-admin', displayName: '基准测试管理员', role: UserRole.ADMIN, organizationId: root.id, passwordHash })),
  );
  const auth = new AuthService(db, { secret: sessionSecret, sessionHours: 1 });
  const actor = requestActor(new Viewer(user, root.path, 'token'), 'bench', '127.0.0.1');
  const { token } = await auth.issueApiToken(actor, 'benchmark', 1);
  return { authorization: `Bearer ${token}` };
}
