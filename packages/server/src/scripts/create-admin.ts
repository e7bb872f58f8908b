import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { SYSTEM_ACTOR } from '../access/actor';
import { UserRole } from '../access/roles';
import { CredentialCache, UserService } from '../accounts';
import { loadConfig } from '../config';
import { createDataSource } from '../root/data-source';
import { Database } from '../db/database';
import { migrate } from '../db/migrate';
import { DomainError } from '../kernel/errors';
import { Organization, OrganizationKind } from '../organizations';
import { OrganizationService } from '../organizations';
import { organizationUsesByOversight } from '../oversight';

// Usage: ADMIN_PASSWORD=… npm run create-admin -w @guildhall/server -- --username li.ming --name 李明 --organization 贵州省商务厅
// The first administrator of a production database: creates the department (a root agency)
// when the database holds no organization yet, then an ADMIN account bound to it.
async function main(): Promise<void> {
  const { values } = parseArgs({ options: { username: { type: 'string' }, name: { type: 'string' }, organization: { type: 'string' } } });
  const password = process.env.ADMIN_PASSWORD ?? '';
  if (!values.username || !values.name || !values.organization || !password) {
    throw new Error('usage: ADMIN_PASSWORD=… create-admin --username <login> --name <display name> --organization <department name>');
  }
  const config = loadConfig();
  const dataSource = await createDataSource(config.database).initialize();
  try {
    await migrate(dataSource);
    const db = new Database(dataSource);
    let organization = await db.manager.findOneBy(Organization, { name: values.organization });
    if (!organization) {
      if ((await db.manager.count(Organization)) > 0) throw new Error(`no organization is called "${values.organization}"`);
      organization = await new OrganizationService(db, SYSTEM_ACTOR, organizationUsesByOversight).create({ kind: OrganizationKind.AGENCY, name: values.organization });
      console.log(`Created the department ${organization.name}`);
    }
    const user = await new UserService(db, SYSTEM_ACTOR, new CredentialCache(db)).create({
      username: values.username,
      displayName: values.name,
      role: UserRole.ADMIN,
      organizationId: String(organization.id),
      password,
    });
    console.log(`Created administrator ${user.username} at ${organization.name}`);
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof DomainError ? `Refused: ${error.message}` : error instanceof Error ? error.message : error);
  process.exit(1);
});
