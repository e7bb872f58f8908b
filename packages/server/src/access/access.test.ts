import { UserRole } from './roles';
import { DIALECTS } from '../test/databases';
import { actualOutcome, expectedOutcome, matrixCases, type MatrixRow, type MatrixWorld, type Place } from '../test/authorization-matrix';
import { createOrg, freshCreditCode } from '../test/fixtures';
import { createPerson } from '../test/people-fixtures';
import { DEVELOPMENT_ACCESS_ROWS, developmentPlace } from '../development/cases/access-rows';
import { TRAINING_ACCESS_ROWS, trainingPlace } from '../training/access-rows';
import { EXEMPLAR_ACCESS_ROWS } from '../exemplars/access-rows';
import { OVERSIGHT_ACCESS_ROWS } from '../oversight/access-rows';
import { startTestServer, type Gql, type TestServer } from '../test/server';

let serial = 0;
const next = () => (serial += 1);

/** A fresh enterprise in the chamber at `place`, made by the administrator. */
async function freshEnterprise(world: MatrixWorld, place: Place) {
  return createOrg(world.server, { kind: 'ENTERPRISE', name: `矩阵企业${next()}`, parentId: world[place === 'inScope' ? 'home' : 'away'].chamberId, creditCode: freshCreditCode() });
}

async function freshUser(world: MatrixWorld, place: Place) {
  const res = await world.server.gql(`mutation($o: ID!, $u: String!) { createUser(username: $u, displayName: "矩阵用户", role: STAFF, organizationId: $o, password: "matrix-password-1") { id version } }`, {
    o: world[place === 'inScope' ? 'home' : 'away'].chamberId,
    u: `matrix-${next()}`,
  });
  return res.data!.createUser as { id: string; version: number };
}

const chamberOf = (world: MatrixWorld, place: Place) => world[place === 'inScope' ? 'home' : 'away'];
const ORG_READERS = { ADMIN: 'all', ASSESSOR: 'all', COORDINATOR: 'scoped', STAFF: 'scoped' } as const;
const ORG_WRITERS = { ADMIN: 'all', COORDINATOR: 'scoped', STAFF: 'scoped' } as const;
const ORG_ARCHIVERS = { ADMIN: 'all', COORDINATOR: 'scoped' } as const;
const USER_MANAGERS = { ADMIN: 'all' } as const;
const AUDIT_READERS = { ADMIN: 'all', ASSESSOR: 'all', COORDINATOR: 'scoped' } as const;
const PEOPLE_READERS = { ADMIN: 'all', ASSESSOR: 'all', COORDINATOR: 'scoped', STAFF: 'scoped' } as const;
const PEOPLE_WRITERS = { ADMIN: 'all', COORDINATOR: 'scoped', STAFF: 'scoped' } as const;
const PEOPLE_ARCHIVERS = { ADMIN: 'all', COORDINATOR: 'scoped' } as const;

/** A one-row people sheet (CSV, base64) naming the chamber at `place` as the keeper. */
function peopleSheet(world: MatrixWorld, place: Place): string {
  return Buffer.from(`姓名,所属组织\n矩阵导入${next()},${chamberOf(world, place).chamberName}\n`).toString('base64');
}

/** A fresh person kept by the chamber at `place`, made by the administrator. */
async function freshPerson(world: MatrixWorld, place: Place) {
  return createPerson(world.server.gql, { name: `矩阵人员${next()}`, organizationId: chamberOf(world, place).chamberId });
}

/** The rows of the authorization matrix: organizations, people, users and the audit trail; each module adds its own. */
export const ACCESS_ROWS: MatrixRow[] = [
  {
    operation: 'Organization(id)',
    allowed: ORG_READERS,
    run: (gql, w, place) => gql(`query($id: ID!) { Organization(id: $id) { id } }`, { id: chamberOf(w, place).enterpriseId }),
  },
  {
    operation: 'allOrganizations',
    allowed: ORG_READERS,
    run: (gql, w, place) => gql(`query($ids: [ID!]) { allOrganizations(filter: { ids: $ids }) { id } }`, { ids: [chamberOf(w, place).enterpriseId] }),
    listed: (data) => data.allOrganizations.length === 1,
  },
  {
    operation: 'allOrganizations(q)',
    allowed: ORG_READERS,
    run: (gql, w, place) => gql(`query($q: String) { allOrganizations(filter: { q: $q }) { id } }`, { q: chamberOf(w, place).enterpriseName }),
    listed: (data) => data.allOrganizations.length === 1,
  },
  {
    operation: 'allOrganizations(descendantsOf)',
    allowed: ORG_READERS,
    run: (gql, w, place) => gql(`query($root: ID) { allOrganizations(filter: { descendantsOf: $root }, perPage: 100) { id } }`, { root: chamberOf(w, place).chamberId }),
    listed: (data) => data.allOrganizations.length > 0,
  },
  {
    operation: '_allOrganizationsMeta',
    allowed: ORG_READERS,
    run: (gql, w, place) => gql(`query($ids: [ID!]) { _allOrganizationsMeta(filter: { ids: $ids }) { count } }`, { ids: [chamberOf(w, place).enterpriseId] }),
    listed: (data) => data._allOrganizationsMeta.count === 1,
  },
  {
    operation: 'createOrganization',
    allowed: ORG_WRITERS,
    run: (gql, w, place) => gql(`mutation($p: ID) { createOrganization(kind: ENTERPRISE, name: "矩阵新企业${next()}", parentId: $p) { id } }`, { p: chamberOf(w, place).chamberId }),
  },
  {
    operation: 'updateOrganization',
    allowed: ORG_WRITERS,
    run: async (gql, w, place) => {
      const target = await freshEnterprise(w, place);
      return gql(`mutation($id: ID!, $v: Int!) { updateOrganization(id: $id, version: $v, phone: "0851-1") { id } }`, { id: target.id, v: target.version });
    },
  },
  {
    operation: 'archiveOrganization',
    allowed: ORG_ARCHIVERS,
    run: async (gql, w, place) => {
      const target = await freshEnterprise(w, place);
      return gql(`mutation($id: ID!, $v: Int!) { archiveOrganization(id: $id, version: $v) { id } }`, { id: target.id, v: target.version });
    },
  },
  {
    operation: 'deleteOrganization',
    allowed: ORG_ARCHIVERS,
    run: async (gql, w, place) => {
      const target = await freshEnterprise(w, place);
      return gql(`mutation($id: ID!) { deleteOrganization(id: $id) { id } }`, { id: target.id });
    },
  },
  {
    operation: 'Person(id)',
    allowed: PEOPLE_READERS,
    run: (gql, w, place) => gql(`query($id: ID!) { Person(id: $id) { id nationalId } }`, { id: chamberOf(w, place).personId }),
  },
  {
    operation: 'revealNationalId',
    allowed: { ADMIN: 'all', COORDINATOR: 'scoped' },
    run: (gql, w, place) => gql(`mutation($id: ID!) { revealNationalId(id: $id) }`, { id: chamberOf(w, place).personId }),
  },
  {
    operation: 'allPeople',
    allowed: PEOPLE_READERS,
    run: (gql, w, place) => gql(`query($ids: [ID!]) { allPeople(filter: { ids: $ids }) { id } }`, { ids: [chamberOf(w, place).personId] }),
    listed: (data) => data.allPeople.length === 1,
  },
  {
    operation: 'allPeople(q)',
    allowed: PEOPLE_READERS,
    run: (gql, w, place) => gql(`query($q: String) { allPeople(filter: { q: $q }) { id } }`, { q: chamberOf(w, place).personName }),
    listed: (data) => data.allPeople.length === 1,
  },
  {
    operation: 'allPeople(withinOrganization)',
    allowed: PEOPLE_READERS,
    run: (gql, w, place) => gql(`query($o: ID) { allPeople(filter: { withinOrganization: $o }) { id } }`, { o: chamberOf(w, place).chamberId }),
    listed: (data) => data.allPeople.length > 0,
  },
  {
    operation: '_allPeopleMeta',
    allowed: PEOPLE_READERS,
    run: (gql, w, place) => gql(`query($ids: [ID!]) { _allPeopleMeta(filter: { ids: $ids }) { count } }`, { ids: [chamberOf(w, place).personId] }),
    listed: (data) => data._allPeopleMeta.count === 1,
  },
  {
    operation: 'createPerson',
    allowed: PEOPLE_WRITERS,
    run: (gql, w, place) => gql(`mutation($o: ID!) { createPerson(name: "矩阵新人${next()}", organizationId: $o) { id } }`, { o: chamberOf(w, place).chamberId }),
  },
  {
    operation: 'updatePerson',
    allowed: PEOPLE_WRITERS,
    run: async (gql, w, place) => {
      const target = await freshPerson(w, place);
      return gql(`mutation($id: ID!, $v: Int!) { updatePerson(id: $id, version: $v, posts: "理事") { id } }`, { id: target.id, v: target.version });
    },
  },
  {
    operation: 'archivePerson',
    allowed: PEOPLE_ARCHIVERS,
    run: async (gql, w, place) => {
      const target = await freshPerson(w, place);
      return gql(`mutation($id: ID!, $v: Int!) { archivePerson(id: $id, version: $v) { id } }`, { id: target.id, v: target.version });
    },
  },
  {
    operation: 'deletePerson',
    allowed: PEOPLE_ARCHIVERS,
    run: async (gql, w, place) => {
      const target = await freshPerson(w, place);
      return gql(`mutation($id: ID!) { deletePerson(id: $id) { id } }`, { id: target.id });
    },
  },
  {
    operation: 'previewPeopleImport',
    allowed: PEOPLE_WRITERS,
    run: (gql, w, place) => gql(`mutation($c: String!) { previewPeopleImport(fileName: "p.csv", contentBase64: $c) { problems { constraint } } }`, { c: peopleSheet(w, place) }),
    listed: (data) => data.previewPeopleImport.problems.length === 0,
  },
  {
    operation: 'importPeople',
    allowed: PEOPLE_WRITERS,
    run: (gql, w, place) => gql(`mutation($c: String!) { importPeople(fileName: "p.csv", contentBase64: $c) { created } }`, { c: peopleSheet(w, place) }),
  },
  {
    operation: 'User(id)',
    allowed: USER_MANAGERS,
    run: async (gql, w, place) => gql(`query($id: ID!) { User(id: $id) { id } }`, { id: chamberOf(w, place).userId }),
  },
  {
    operation: 'allUsers',
    allowed: USER_MANAGERS,
    run: (gql, w, place) => gql(`query($ids: [ID!]) { allUsers(filter: { ids: $ids }) { id } }`, { ids: [chamberOf(w, place).userId] }),
    listed: (data) => data.allUsers.length === 1,
  },
  {
    operation: 'createUser',
    allowed: USER_MANAGERS,
    run: (gql, w, place) =>
      gql(`mutation($o: ID!, $u: String!) { createUser(username: $u, displayName: "新用户", role: STAFF, organizationId: $o, password: "matrix-password-2") { id } }`, {
        o: chamberOf(w, place).chamberId,
        u: `new-${next()}`,
      }),
  },
  {
    operation: 'updateUser',
    allowed: USER_MANAGERS,
    run: async (gql, w, place) => {
      const target = await freshUser(w, place);
      return gql(`mutation($id: ID!, $v: Int!) { updateUser(id: $id, version: $v, displayName: "改名") { id } }`, { id: target.id, v: target.version });
    },
  },
  {
    operation: 'resetUserPassword',
    allowed: USER_MANAGERS,
    run: async (gql, w, place) => {
      const target = await freshUser(w, place);
      return gql(`mutation($id: ID!) { resetUserPassword(id: $id, newPassword: "another-password-9") { id } }`, { id: target.id });
    },
  },
  {
    operation: 'unlockUser',
    allowed: USER_MANAGERS,
    run: async (gql, w, place) => gql(`mutation($id: ID!) { unlockUser(id: $id) { id } }`, { id: chamberOf(w, place).userId }),
  },
  {
    operation: 'allAuditEntries',
    allowed: AUDIT_READERS,
    run: (gql, w, place) =>
      gql(`query($r: String) { allAuditEntries(filter: { recordType: "Organization", recordId: $r }) { id action } }`, { r: chamberOf(w, place).enterpriseId }),
    listed: (data) => data.allAuditEntries.some((e: { action: string }) => e.action === 'organization.create'),
  },
  {
    operation: 'AuditEntry(id)',
    allowed: AUDIT_READERS,
    run: (gql, w, place) => gql(`query($id: ID!) { AuditEntry(id: $id) { id } }`, { id: chamberOf(w, place).auditEntryId }),
  },
];

describe.each(DIALECTS)('authorization matrix on %s', (dialect) => {
  let server: TestServer;
  let world: MatrixWorld;
  const askers: Partial<Record<string, Gql>> = {};

  beforeAll(async () => {
    server = await startTestServer(dialect);
    const agency = await createOrg(server, { kind: 'AGENCY', name: '贵州省商务厅' });
    const group = await createOrg(server, { kind: 'COORDINATION_GROUP', name: '协调小组', parentId: agency.id });
    const place = async (province: string) => {
      const chamber = await createOrg(server, { kind: 'CHAMBER', name: `贵州省${province}商会`, parentId: agency.id, originProvince: province });
      const enterpriseName = `${province}矩阵基准企业`;
      const enterprise = await createOrg(server, { kind: 'ENTERPRISE', name: enterpriseName, parentId: chamber.id });
      const user = await server.userFor(UserRole.STAFF, chamber.id);
      const audit = await server.gql(`query($r: String) { allAuditEntries(filter: { recordType: "Organization", recordId: $r }) { id } }`, { r: enterprise.id });
      const personName = `${province}矩阵基准人员`;
      const person = await createPerson(server.gql, { name: personName, organizationId: enterprise.id });
      return {
        chamberId: chamber.id,
        chamberName: chamber.name,
        enterpriseId: enterprise.id,
        enterpriseName,
        personId: person.id,
        personName,
        userId: String(user.user.id),
        auditEntryId: audit.data!.allAuditEntries[0].id,
        ...(await developmentPlace(server.gql, chamber.id, province)),
        ...(await trainingPlace(server.gql, chamber.id, province)),
      };
    };
    world = { server, home: await place('湖南'), away: await place('四川') };
    askers.ADMIN = (await server.userFor(UserRole.ADMIN, agency.id)).gql;
    askers.ASSESSOR = (await server.userFor(UserRole.ASSESSOR, group.id)).gql;
    askers.COORDINATOR = (await server.userFor(UserRole.COORDINATOR, world.home.chamberId)).gql;
    askers.STAFF = (await server.userFor(UserRole.STAFF, world.home.chamberId)).gql;
    const trainee = await server.userFor(UserRole.TRAINEE, world.home.chamberId);
    await server.dataSource.query('UPDATE user SET personId = ? WHERE id = ?', [Number(world.home.traineePersonId), trainee.user.id]);
    askers.TRAINEE = trainee.gql;
    askers.ANONYMOUS = server.anonymous;
  });
  afterAll(() => server.stop());

  it.each(matrixCases([...ACCESS_ROWS, ...DEVELOPMENT_ACCESS_ROWS, ...TRAINING_ACCESS_ROWS, ...EXEMPLAR_ACCESS_ROWS, ...OVERSIGHT_ACCESS_ROWS]))('%s by %s on a record %s', async (_operation, asker, place, row) => {
    const res = await row.run(askers[asker]!, world, place);
    expect(actualOutcome(row, world, place, res)).toBe(expectedOutcome(row, asker, place));
  });
});
