import type { EntityManager } from 'typeorm';
import { subtreeEndSql } from '../db/database';
import { OrganizationKind, PARTY_KINDS } from '../organizations';
import { MembershipStatus } from '../people';
import { VenueStandard } from './venue.entity';
import { satisfies } from './venue.rules';

/**
 * Coverage (两个覆盖) and venue compliance kept as the writes happen, by the database itself
 * (docs/adr/0004-home-page-figures-per-chamber.md). The facts that decide whether an enterprise is
 * covered move with writes in four modules — people (a member's employer, keeper, status, posts,
 * archiving), development (a status a case changes), organizations (an enterprise moved or
 * archived, a party organization's host, kind or archiving, joint-branch links) — and with bulk
 * loads. Triggers on those tables keep two tables, in the write's own statement and transaction,
 * whichever path wrote:
 *
 * - `organization_tally`, per organization: its seated members (full or probationary, not
 *   archived) by employer, those of them kept by a party organization, its liaisons, the party
 *   organizations it hosts, the joint branches that take it in, the seated members it keeps and,
 *   for a party organization, those kept anywhere in its subtree (`keptInSubtree`: added along
 *   the party organizations on the keeper's path, whose ids the path lists, and moved from one
 *   path's to the other's when an organization moves with everything below it);
 * - `chamber_tally`, per organization as a parent: its member enterprises (not archived) and
 *   how many of them have members, are covered by organization, and by work — the home page's sums.
 *
 * The rules are the ones `CoverageService` reads row by row (coverage.service.ts): a member
 * enterprise is covered by organization when it has members and a party organization of its own,
 * members kept by a party organization, or a joint branch; by work when any of those or a
 * liaison reaches it. A venue passes when its checks meet its standard's checklist (`Venue.passes`,
 * kept by the venue writes, since checklists are data). `recountTallies` counts both tables from
 * scratch with the same rules: the migration fills them with it, and the tests compare what the
 * triggers kept with it.
 */

/** Members who count: full and probationary. */
export const SEATED_STATUSES = [MembershipStatus.FULL, MembershipStatus.PROBATIONARY];
/** The post that makes someone their employer's party-building liaison. */
export const LIAISON_POST = '党建联络员';

type Dialect = 'sqlite' | 'mysql';

/** Constants of the code written into SQL (no input ever reaches these). */
const list = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');
const PARTY = list(PARTY_KINDS);
const ENTERPRISE = `'${OrganizationKind.ENTERPRISE}'`;

const seated = (p: string) => `${p}.membershipStatus IN (${list(SEATED_STATUSES)}) AND ${p}.archivedAt IS NULL`;
const isParty = (o: string) => `${o}.kind IN (${PARTY}) AND ${o}.archivedAt IS NULL`;
const flag = (condition: string) => `(CASE WHEN ${condition} THEN 1 ELSE 0 END)`;

/** What a person adds to their employer's facts. */
const member = (p: string) => flag(seated(p));
const partyMember = (p: string) => flag(`${seated(p)} AND EXISTS (SELECT 1 FROM organization k WHERE k.id = ${p}.organizationId AND ${isParty('k')})`);
const liaison = (p: string) => flag(`${p}.archivedAt IS NULL AND ${p}.posts LIKE '%${LIAISON_POST}%'`);
/** What an organization adds: to its host, a party organization of its own; to its parent, a member enterprise. */
const hosts = (o: string) => flag(`${isParty(o)} AND ${o}.hostId IS NOT NULL`);
const counted = (o: string) => flag(`${o}.kind = ${ENTERPRISE} AND ${o}.archivedAt IS NULL AND ${o}.parentId IS NOT NULL`);

/** What a venue adds to its organization: a passing venue, per standard it meets. */
const meets = (needs: VenueStandard) => list(Object.values(VenueStandard).filter((has) => satisfies(has, needs)));
const venueFor = (v: string, needs: VenueStandard) => flag(`${v}.passes = 1 AND ${v}.standard IN (${meets(needs)})`);

/** An enterprise's flags from its facts `r`. */
const covered = (r: string) => `(${r}.ownOrganizations > 0 OR ${r}.inParty > 0 OR ${r}.jointBranches > 0)`;
const withMembers = (r: string) => flag(`${r}.members > 0`);
const organizationCovered = (r: string) => flag(`${r}.members > 0 AND ${covered(r)}`);
const workCovered = (r: string) => flag(`${covered(r)} OR ${r}.liaisons > 0`);
/** A member enterprise without a party organization of its own is held to the mass-room standard. */
const venueUnit = (r: string) => flag(`${r}.ownOrganizations = 0`);
const venueUnitMet = (r: string) => flag(`${r}.ownOrganizations = 0 AND ${r}.venuesMassRoom > 0`);
const ENTERPRISE_FLAGS = { withMembers, organizationCovered, workCovered, venueUnits: venueUnit, venueUnitsMet: venueUnitMet } as const;
const FLAG_COLUMNS = Object.keys(ENTERPRISE_FLAGS) as (keyof typeof ENTERPRISE_FLAGS)[];
const FACT_COLUMNS = ['members', 'inParty', 'liaisons', 'ownOrganizations', 'jointBranches', 'kept', 'venuesMassRoom', 'venuesFourHaves', 'venuesFull'];

/**
 * Which tallies a migration keeps: the triggers and the recount as they stood at that migration,
 * so each migration does what it did when it was written. `keptInSubtree` came later.
 */
export interface TallySet {
  keptInSubtree: boolean;
  /**
   * MySQL / MariaDB run each statement of a body only when its condition on the row holds
   * (`IF … END IF`); before, the condition sat in the statement's WHERE, and the statement was
   * planned and its tables opened for every row, even one that moves no count.
   */
  guarded: boolean;
  /**
   * MySQL / MariaDB update the party organizations along a path by reading the path first and
   * then each one's tally row by its primary key, and skip an organization moved that keeps
   * nobody. Before, on a small table the optimizer read the whole tally table into the update,
   * locking every row of it: writes in unrelated chambers waited on each other and deadlocked.
   */
  pathFirst: boolean;
}
const EVERY_TALLY: TallySet = { keptInSubtree: true, guarded: true, pathFirst: true };

/**
 * A statement of a trigger's body: `sql` with its WHERE conditions on tables in `where`, and in
 * `when` the condition on the row's old and new values alone under which it has anything to do.
 */
interface Step {
  sql: string;
  where?: string;
  when?: string;
}

/** Both conditions, either of which may be absent; each kept whole, whatever ORs it holds. */
function and(a: string | undefined, b: string | undefined): string | undefined {
  return a === undefined ? b : b === undefined ? a : `(${a}) AND (${b})`;
}

/** A step as the body's statement: on MySQL / MariaDB guarded with IF when the set says so, else with its condition in the WHERE. */
function render(step: Step | string, dialect: Dialect, set: TallySet): string {
  if (typeof step === 'string') return step;
  const guard = dialect === 'mysql' && set.guarded && step.when !== undefined;
  const where = guard ? step.where : and(step.where, step.when);
  const statement = where === undefined ? step.sql : `${step.sql} WHERE ${where}`;
  return guard ? `IF ${step.when} THEN ${statement}; END IF` : statement;
}

/** The ids a path lists (`/1/5/9/`: 1, 5 and 9) as a table `j` with the column `id`: the path read as a JSON array. */
function pathIds(dialect: Dialect, path: string): { table: string; id: string } {
  return dialect === 'sqlite'
    ? { table: `json_each('[' || REPLACE(TRIM(${path}, '/'), '/', ',') || ']') j`, id: 'j.value' }
    : { table: `JSON_TABLE(CONCAT('[', REPLACE(TRIM(BOTH '/' FROM ${path}), '/', ','), ']'), '$[*]' COLUMNS (id INT PATH '$')) j`, id: 'j.id' };
}

/**
 * The party organizations among the ids a path lists, as a statement of their ids, each found by
 * its primary key. The join's order is forced (CROSS JOIN on SQLite, STRAIGHT_JOIN on MySQL /
 * MariaDB): left to choose, SQLite read every party organization from the index of kinds and
 * looked each up in the path.
 */
function partyOnPath(dialect: Dialect, path: string): string {
  const ids = pathIds(dialect, path);
  return `SELECT a.id FROM ${ids.table} ${dialect === 'sqlite' ? 'CROSS JOIN' : 'STRAIGHT_JOIN'} organization a ON a.id = ${ids.id} WHERE a.kind IN (${PARTY})`;
}

/**
 * Adds `change` to the members kept in the subtree of each party organization on `path`.
 * `from`: a row the change reads, by its primary key (MySQL cannot read the table it updates in a
 * subquery, so there it is joined to the update); with `pathFirst`, a `from` row whose `skipWhen`
 * holds makes the statement change nothing and lock nothing.
 */
function alongParty(
  dialect: Dialect,
  set: TallySet,
  path: string,
  change: string,
  when: string | undefined,
  from?: { table: string; alias: string; on: string; skipWhen: string },
): Step {
  if (dialect === 'sqlite') {
    const read = from ? `(SELECT ${change} FROM ${from.table} ${from.alias} WHERE ${from.on})` : change;
    return { sql: `UPDATE organization_tally SET keptInSubtree = keptInSubtree + ${read}`, where: `organizationId IN (${partyOnPath(dialect, path)})`, when };
  }
  if (!set.pathFirst) {
    const join = from ? ` INNER JOIN ${from.table} ${from.alias} ON ${from.on}` : '';
    return { sql: `UPDATE organization_tally ut INNER JOIN (${partyOnPath(dialect, path)}) c ON ut.organizationId = c.id${join} SET ut.keptInSubtree = ut.keptInSubtree + ${change}`, when };
  }
  const along = `(${partyOnPath(dialect, path)}) c STRAIGHT_JOIN organization_tally ut ON ut.organizationId = c.id SET ut.keptInSubtree = ut.keptInSubtree + ${change}`;
  if (!from) return { sql: `UPDATE ${along}`, when };
  // The `from` row comes first, found by its primary key (a constant table): where `skipWhen`
  // holds, MariaDB finds nothing to do before it reads the path or any tally row.
  return { sql: `UPDATE ${from.table} ${from.alias} STRAIGHT_JOIN ${along}`, where: `${from.on} AND NOT (${from.skipWhen})`, when };
}

/** An organization `o` moved (or went): what it keeps leaves the party organizations on its old path (`sign` '-') or joins those on its new one. */
function keptAlong(dialect: Dialect, set: TallySet, o: string, path: string, sign: '+' | '-', when: string | undefined): Step {
  return alongParty(dialect, set, path, `(${sign} mine.kept)`, when, { table: 'organization_tally', alias: 'mine', on: `mine.organizationId = ${o}.id`, skipWhen: 'mine.kept = 0' });
}

/** An organization `o` became a party organization (its subtree's members, counted) or stopped being one (0). */
function keptRecounted(dialect: Dialect, o: string, when: string): Step {
  const sum = `SELECT COALESCE(SUM(d.kept), 0) AS n FROM organization s INNER JOIN organization_tally d ON d.organizationId = s.id WHERE s.path >= ${o}.path AND s.path < ${subtreeEndSql(dialect, `${o}.path`)}`;
  const value = (n: string) => `CASE WHEN ${o}.kind IN (${PARTY}) THEN ${n} ELSE 0 END`;
  if (dialect === 'sqlite') return { sql: `UPDATE organization_tally SET keptInSubtree = ${value(`(${sum})`)}`, where: `organizationId = ${o}.id`, when };
  return { sql: `UPDATE organization_tally ut INNER JOIN (${sum}) sub SET ut.keptInSubtree = ${value('sub.n')}`, where: `ut.organizationId = ${o}.id`, when };
}

function differ(dialect: Dialect, a: string, b: string): string {
  return dialect === 'sqlite' ? `${a} IS NOT ${b}` : `NOT (${a} <=> ${b})`;
}

/**
 * Adds (`sign` '+') or takes away ('-') what a person row counts at their employer, at their
 * keeping organization and at the party organizations on its path.
 */
function personAt(dialect: Dialect, set: TallySet, p: string, sign: '+' | '-', when?: string): Step[] {
  const keeperPath = `(SELECT k.path FROM organization k WHERE k.id = ${p}.organizationId)`;
  return [
    {
      sql: `UPDATE organization_tally SET members = members ${sign} ${member(p)}, inParty = inParty ${sign} ${partyMember(p)}, liaisons = liaisons ${sign} ${liaison(p)}`,
      where: `organizationId = ${p}.employerId`,
      when: and(`${member(p)} + ${liaison(p)} > 0`, when),
    },
    { sql: `UPDATE organization_tally SET kept = kept ${sign} 1`, where: `organizationId = ${p}.organizationId`, when: and(`${member(p)} = 1`, when) },
    ...(set.keptInSubtree ? [alongParty(dialect, set, keeperPath, `(${sign} 1)`, and(`${member(p)} = 1`, when))] : []),
  ];
}

/** Adds or takes away what a venue row counts at its organization. */
function venueAt(v: string, sign: '+' | '-', when?: string): Step {
  return {
    sql:
      `UPDATE organization_tally SET venuesMassRoom = venuesMassRoom ${sign} ${venueFor(v, VenueStandard.MASS_ROOM)}, venuesFourHaves = venuesFourHaves ${sign} ${venueFor(v, VenueStandard.FOUR_HAVES)}, ` +
      `venuesFull = venuesFull ${sign} ${venueFor(v, VenueStandard.FULL)}`,
    where: `organizationId = ${v}.organizationId`,
    when: and(`${v}.passes = 1`, when),
  };
}

/** Adds or takes away an enterprise `o` (with its facts as they stand) at its parent. */
function enterpriseAt(o: string, sign: '+' | '-', when?: string): Step {
  const fact = (expression: string) => `COALESCE((SELECT ${expression} FROM organization_tally f WHERE f.organizationId = ${o}.id), 0)`;
  return {
    sql: `UPDATE chamber_tally SET enterprises = enterprises ${sign} 1, ${FLAG_COLUMNS.map((c) => `${c} = ${c} ${sign} ${fact(ENTERPRISE_FLAGS[c]('f'))}`).join(', ')}`,
    where: `chamberId = ${o}.parentId`,
    when: and(`${counted(o)} = 1`, when),
  };
}

/** Moves the seated members an organization `o` keeps into (`change` 1) or out of (-1) their employers' party count. */
function keptInParty(o: string, change: string, when: string): Step {
  const kept = `FROM person p WHERE p.organizationId = ${o}.id AND ${seated('p')}`;
  return {
    sql: `UPDATE organization_tally SET inParty = inParty + (${change}) * (SELECT COUNT(*) ${kept} AND p.employerId = organization_tally.organizationId)`,
    where: `organizationId IN (SELECT p.employerId ${kept})`,
    when,
  };
}

function ownAt(o: string, sign: '+' | '-', when?: string): Step {
  return { sql: `UPDATE organization_tally SET ownOrganizations = ownOrganizations ${sign} 1`, where: `organizationId = ${o}.hostId`, when: and(`${hosts(o)} = 1`, when) };
}

/** The triggers, by name, with their bodies' statements. */
function triggers(dialect: Dialect, set: TallySet): { name: string; on: string; event: 'INSERT' | 'UPDATE' | 'DELETE'; body: (Step | string)[] }[] {
  const d = (a: string, b: string) => differ(dialect, a, b);
  const subtree = (...statements: Step[]) => (set.keptInSubtree ? statements : []);
  const partyKind = (o: string) => flag(`${o}.kind IN (${PARTY})`);
  const personMoved = ['employerId', 'organizationId', 'membershipStatus', 'archivedAt', 'posts'].map((c) => d(`OLD.${c}`, `NEW.${c}`)).join(' OR ');
  const venueMoved = ['organizationId', 'standard', 'passes'].map((c) => d(`OLD.${c}`, `NEW.${c}`)).join(' OR ');
  const placed = `${counted('OLD')} <> ${counted('NEW')} OR ${d('OLD.parentId', 'NEW.parentId')}`;
  const hostMoved = `${hosts('OLD')} <> ${hosts('NEW')} OR ${d('OLD.hostId', 'NEW.hostId')}`;
  return [
    { name: 'tally_person_insert', on: 'person', event: 'INSERT', body: personAt(dialect, set, 'NEW', '+') },
    { name: 'tally_person_update', on: 'person', event: 'UPDATE', body: [...personAt(dialect, set, 'OLD', '-', personMoved), ...personAt(dialect, set, 'NEW', '+', personMoved)] },
    { name: 'tally_person_delete', on: 'person', event: 'DELETE', body: personAt(dialect, set, 'OLD', '-') },
    { name: 'tally_venue_insert', on: 'venue', event: 'INSERT', body: [venueAt('NEW', '+')] },
    { name: 'tally_venue_update', on: 'venue', event: 'UPDATE', body: [venueAt('OLD', '-', venueMoved), venueAt('NEW', '+', venueMoved)] },
    { name: 'tally_venue_delete', on: 'venue', event: 'DELETE', body: [venueAt('OLD', '-')] },
    { name: 'tally_joint_insert', on: 'joint_branch_enterprise', event: 'INSERT', body: ['UPDATE organization_tally SET jointBranches = jointBranches + 1 WHERE organizationId = NEW.enterpriseId'] },
    { name: 'tally_joint_delete', on: 'joint_branch_enterprise', event: 'DELETE', body: ['UPDATE organization_tally SET jointBranches = jointBranches - 1 WHERE organizationId = OLD.enterpriseId'] },
    {
      name: 'tally_organization_insert',
      on: 'organization',
      event: 'INSERT',
      body: [
        `INSERT INTO organization_tally (organizationId, ${FACT_COLUMNS.join(', ')}) VALUES (NEW.id, ${FACT_COLUMNS.map(() => '0').join(', ')})`,
        `INSERT INTO chamber_tally (chamberId, enterprises, ${FLAG_COLUMNS.join(', ')}) VALUES (NEW.id, 0, ${FLAG_COLUMNS.map(() => '0').join(', ')})`,
        enterpriseAt('NEW', '+'),
        ownAt('NEW', '+'),
      ],
    },
    {
      name: 'tally_organization_update',
      on: 'organization',
      event: 'UPDATE',
      body: [
        enterpriseAt('OLD', '-', placed),
        enterpriseAt('NEW', '+', placed),
        ownAt('OLD', '-', hostMoved),
        ownAt('NEW', '+', hostMoved),
        // A keeping organization becomes a party organization, or stops being one (archived, its kind changed).
        keptInParty('NEW', `${flag(isParty('NEW'))} - ${flag(isParty('OLD'))}`, `${flag(isParty('OLD'))} <> ${flag(isParty('NEW'))}`),
        // Moved, with everything below it (each row of the subtree fires this): what it keeps
        // leaves the party organizations on its old path and joins those on the new one; those
        // within the moved subtree are on both.
        ...subtree(
          keptAlong(dialect, set, 'NEW', 'OLD.path', '-', d('OLD.path', 'NEW.path')),
          keptAlong(dialect, set, 'NEW', 'NEW.path', '+', d('OLD.path', 'NEW.path')),
          keptRecounted(dialect, 'NEW', `${partyKind('OLD')} <> ${partyKind('NEW')}`),
        ),
      ],
    },
    {
      name: 'tally_organization_delete',
      on: 'organization',
      event: 'DELETE',
      body: [
        enterpriseAt('OLD', '-'),
        ownAt('OLD', '-'),
        // The members it kept are no longer in a party organization.
        keptInParty('OLD', '-1', isParty('OLD')),
        ...subtree(keptAlong(dialect, set, 'OLD', 'OLD.path', '-', undefined)),
        'DELETE FROM organization_tally WHERE organizationId = OLD.id',
        'DELETE FROM chamber_tally WHERE chamberId = OLD.id',
      ],
    },
    {
      // An organization's facts moved: as a member enterprise, its flags move at its parent.
      name: 'tally_update',
      on: 'organization_tally',
      event: 'UPDATE',
      body: [
        {
          sql: `UPDATE chamber_tally SET ${FLAG_COLUMNS.map((c) => `${c} = ${c} + ${ENTERPRISE_FLAGS[c]('NEW')} - ${ENTERPRISE_FLAGS[c]('OLD')}`).join(', ')}`,
          where: `chamberId = (SELECT e.parentId FROM organization e WHERE e.id = NEW.organizationId AND ${counted('e')} = 1)`,
          when: FLAG_COLUMNS.map((c) => `${ENTERPRISE_FLAGS[c]('NEW')} <> ${ENTERPRISE_FLAGS[c]('OLD')}`).join(' OR '),
        },
      ],
    },
  ];
}

/**
 * The triggers' names. SQLite drops a table's triggers with it, and a migration that rebuilds one
 * of their tables must create them again: the tests check that every one is there.
 */
export function tallyTriggerNames(): string[] {
  return triggers('sqlite', EVERY_TALLY).map((t) => t.name);
}

/** Creates the triggers (the migrations; `dropTallyTriggers` undoes it). */
export async function createTallyTriggers(em: EntityManager, dialect: Dialect, set: TallySet = EVERY_TALLY): Promise<void> {
  for (const t of triggers(dialect, set)) {
    const body = t.body.map((s) => `${render(s, dialect, set)};`).join(' ');
    await em.query(dialect === 'sqlite' ? `CREATE TRIGGER ${t.name} AFTER ${t.event} ON ${t.on} BEGIN ${body} END` : `CREATE TRIGGER ${t.name} AFTER ${t.event} ON ${t.on} FOR EACH ROW BEGIN ${body} END`);
  }
}

export async function dropTallyTriggers(em: EntityManager, dialect: Dialect): Promise<void> {
  for (const t of triggers(dialect, EVERY_TALLY)) await em.query(`DROP TRIGGER IF EXISTS ${t.name}`);
}

/**
 * Both tables counted from scratch from people, organizations and joint-branch links, with the
 * triggers' rules: what the triggers must have kept. Replaces their rows.
 */
export async function recountTallies(em: EntityManager, set: TallySet = EVERY_TALLY): Promise<void> {
  await em.query('DELETE FROM chamber_tally');
  await em.query('DELETE FROM organization_tally');
  const people = (column: string, expression: string) => `COALESCE((SELECT SUM(${expression}) FROM person p WHERE p.${column} = o.id), 0)`;
  const venues = (needs: VenueStandard) => `COALESCE((SELECT SUM(${venueFor('v', needs)}) FROM venue v WHERE v.organizationId = o.id), 0)`;
  await em.query(
    `INSERT INTO organization_tally (organizationId, ${FACT_COLUMNS.join(', ')}) ` +
      `SELECT o.id, ${people('employerId', member('p'))}, ${people('employerId', partyMember('p'))}, ${people('employerId', liaison('p'))}, ` +
      `(SELECT COUNT(*) FROM organization h WHERE h.hostId = o.id AND ${isParty('h')}), (SELECT COUNT(*) FROM joint_branch_enterprise j WHERE j.enterpriseId = o.id), ` +
      `${people('organizationId', member('p'))}, ${venues(VenueStandard.MASS_ROOM)}, ${venues(VenueStandard.FOUR_HAVES)}, ${venues(VenueStandard.FULL)} FROM organization o`,
  );
  const sum = (expression: string) => `COALESCE((SELECT SUM(${expression}) FROM organization e INNER JOIN organization_tally f ON f.organizationId = e.id WHERE e.parentId = o.id AND ${counted('e')} = 1), 0)`;
  await em.query(
    `INSERT INTO chamber_tally (chamberId, enterprises, ${FLAG_COLUMNS.join(', ')}) ` + `SELECT o.id, ${sum('1')}, ${FLAG_COLUMNS.map((c) => sum(ENTERPRISE_FLAGS[c]('f'))).join(', ')} FROM organization o`,
  );
  if (set.keptInSubtree) await recountKeptInSubtree(em);
}

/**
 * Each party organization's members kept in its subtree, from the kept counts: each keeper's
 * count added to the party organizations its path lists, in one grouped statement.
 */
export async function recountKeptInSubtree(em: EntityManager): Promise<void> {
  const dialect: Dialect = em.connection.options.type === 'better-sqlite3' ? 'sqlite' : 'mysql';
  const ids = pathIds(dialect, 'k.path');
  // In this order: each keeper, its path's ids, each found by its primary key (as partyOnPath).
  const then = dialect === 'sqlite' ? 'CROSS JOIN' : 'STRAIGHT_JOIN';
  const sums =
    `SELECT a.id AS id, SUM(t.kept) AS n FROM organization_tally t ${then} organization k ON k.id = t.organizationId ${then} ${ids.table} ` +
    `${then} organization a ON a.id = ${ids.id} WHERE t.kept > 0 AND a.kind IN (${PARTY}) GROUP BY a.id`;
  await em.query('UPDATE organization_tally SET keptInSubtree = 0 WHERE keptInSubtree <> 0');
  if (dialect === 'sqlite') {
    await em.query(`UPDATE organization_tally SET keptInSubtree = s.n FROM (${sums}) s WHERE organization_tally.organizationId = s.id`);
    return;
  }
  // Through a table of the sums: joined to the update as a derived table, MariaDB computes the
  // sums again for each row it updates ("LATERAL DERIVED"), for hours at national size.
  await em.query('CREATE TEMPORARY TABLE kept_in_subtree_sums (id INT NOT NULL PRIMARY KEY, n INT NOT NULL)');
  try {
    await em.query(`INSERT INTO kept_in_subtree_sums (id, n) ${sums}`);
    await em.query('UPDATE organization_tally ut INNER JOIN kept_in_subtree_sums s ON ut.organizationId = s.id SET ut.keptInSubtree = s.n');
  } finally {
    await em.query('DROP TEMPORARY TABLE kept_in_subtree_sums');
  }
}
