// People, meetings, letters, assessments, venues and joint-branch links around a generated
// organization tree (bench/seed.ts), and open development cases with part of their dossiers: the
// national-size data set of `npm run bench -- home`, and, small, the data on which tests check that
// the home page's and the dossier worklist's SQL counts agree with the lists.
import type { DataSource } from 'typeorm';
import { addDays } from '../common/dates';
import { createRandom } from '../common/random';
import type { Dialect } from '../db/database';
import { OrganizationKind as K, PARTY_KINDS } from '../organizations';
import { FOCUS_AREAS } from '../oversight';
import { MeetingType } from '../oversight';
import { DEFAULT_REQUIREMENTS, periodsOf, tallyMeetings } from '../oversight';
import { VenueStandard } from '../oversight';
import { DEFAULT_CHECKLISTS, markPassingVenues } from '../oversight';
import { CaseStage, DevelopmentCase, DossierStep, OPEN_STAGES, dueOf } from '../development';

export interface OversightSeedOptions {
  /** People per member enterprise. */
  people: number;
  onProgress?: (line: string) => void;
}

/** Multi-row INSERTs of generated rows, a few thousand per transaction. */
export async function insertRows(dataSource: DataSource, table: string, columns: string[], rows: Iterable<unknown[]>, onRows?: (n: number) => void): Promise<number> {
  const perStatement = Math.max(1, Math.floor(30_000 / columns.length / 2));
  const head = `INSERT INTO ${dataSource.driver.escape(table)} (${columns.map((c) => dataSource.driver.escape(c)).join(', ')}) VALUES `;
  const one = `(${columns.map(() => '?').join(', ')})`;
  let batch: unknown[] = [];
  let inBatch = 0;
  let total = 0;
  let pending: { sql: string; params: unknown[] }[] = [];
  const flushStatement = () => {
    if (!inBatch) return;
    pending.push({ sql: head + Array(inBatch).fill(one).join(', '), params: batch });
    total += inBatch;
    batch = [];
    inBatch = 0;
  };
  const flushTransaction = async () => {
    flushStatement();
    if (!pending.length) return;
    const work = pending;
    pending = [];
    await dataSource.transaction(async (em) => {
      for (const s of work) await em.query(s.sql, s.params);
    });
    onRows?.(total);
  };
  for (const row of rows) {
    batch.push(...row);
    inBatch += 1;
    if (inBatch === perStatement) {
      flushStatement();
      if (pending.length >= 10) await flushTransaction();
    }
  }
  await flushTransaction();
  return total;
}

interface OrgRow {
  id: number;
  kind: K;
  path: string;
  parentId: number | null;
  hostId: number | null;
}

/** People, meetings, letters, assessments and venues around the generated organizations. */
export async function seedOversight(dataSource: DataSource, dialect: Dialect, options: OversightSeedOptions, year: number, today: string): Promise<Record<string, number>> {
  const random = createRandom(20261127);
  const orgs: OrgRow[] = (await dataSource.query('SELECT id, kind, path, parentId, hostId FROM organization')).map((r: Record<string, unknown>) => ({
    id: Number(r.id),
    kind: r.kind as K,
    path: String(r.path),
    parentId: r.parentId === null ? null : Number(r.parentId),
    hostId: r.hostId === null ? null : Number(r.hostId),
  }));
  const chambers = orgs.filter((o) => o.kind === K.CHAMBER);
  const party = orgs.filter((o) => PARTY_KINDS.includes(o.kind));
  const enterprises = orgs.filter((o) => o.kind === K.ENTERPRISE);
  const hosted = new Map(party.filter((p) => p.hostId !== null).map((p) => [p.hostId!, p]));
  const chamberParty = new Map<number, OrgRow>();
  for (const p of party) if (p.hostId !== null && !chamberParty.has(p.hostId)) chamberParty.set(p.hostId, p);
  const now = dialect === 'mysql' ? `${today} 09:00:00` : `${today} 09:00:00.000`;
  const counts: Record<string, number> = { chambers: chambers.length, enterprises: enterprises.length, partyOrganizations: party.length };

  // People: per enterprise, some party members kept by its own branch, else by the chamber's party organization.
  const statuses = ['FULL', 'FULL', 'FULL', 'PROBATIONARY', 'NON_MEMBER', 'NON_MEMBER', 'NON_MEMBER', 'NON_MEMBER', 'NON_MEMBER', 'NON_MEMBER', 'NON_MEMBER', 'NON_MEMBER', 'NON_MEMBER', 'APPLICANT', 'ACTIVIST', 'NON_MEMBER'];
  function* people(): Generator<unknown[]> {
    let n = 0;
    for (const e of enterprises) {
      const keeper = hosted.get(e.id) ?? chamberParty.get(e.parentId ?? -1) ?? e;
      for (let i = 0; i < options.people; i += 1) {
        n += 1;
        const status = random.pick(statuses);
        const member = status === 'FULL' || status === 'PROBATIONARY';
        // A few members' relations stay with the enterprise itself, outside any party organization.
        const keptBy = member && random.next() > 0.05 ? keeper.id : e.id;
        yield [`党员${n}`, `dang yuan ${n}`, 'dy', keptBy, e.id, i === 0 && random.next() < 0.3 ? '党建联络员' : null, status, 'REGISTERED', 1, now, now];
      }
    }
  }
  counts.people = await insertRows(dataSource, 'person', ['name', 'namePinyin', 'nameInitials', 'organizationId', 'employerId', 'posts', 'membershipStatus', 'relation', 'version', 'createdAt', 'updatedAt'], people(), (n) => {
    if (n % 200_000 < 2_000) options.onProgress?.(`  people: ${n}`);
  });

  // Meetings held this year: most party organizations keep their periods, some skip, a few meet once.
  function* meetings(): Generator<unknown[]> {
    for (const org of party) {
      const keep = random.next() < 0.1 ? 0 : random.next() < 0.3 ? 0.6 : 0.97;
      for (const r of DEFAULT_REQUIREMENTS.filter((q) => q.organizationKind === org.kind)) {
        for (const [first, last] of periodsOf(year, r.period)) {
          if (first >= today || random.next() > keep) continue;
          const day = addDays(first, random.int(0, 20));
          if (day >= today || day > last) continue;
          const status = random.next() < 0.95 ? 'HELD' : random.pick(['PLANNED', 'CANCELLED']);
          yield [org.id, r.type, '学习会', day, status === 'HELD' ? day : null, status, 10, status === 'HELD' ? 9 : null, 1, now, now];
        }
      }
      if (keep === 0) yield [org.id, MeetingType.MEMBERS_MEETING, '年度会议', `${year}-06-28`, `${year}-06-28`, 'HELD', 10, 8, 1, now, now];
    }
  }
  counts.meetings = await insertRows(dataSource, 'meeting', ['organizationId', 'type', 'topic', 'plannedOn', 'heldOn', 'status', 'expectedCount', 'attendedCount', 'version', 'createdAt', 'updatedAt'], meetings(), (n) => {
    if (n % 200_000 < 2_000) options.onProgress?.(`  meetings: ${n}`);
  });
  // The years' tallies the meeting writes keep, counted once for the bulk.
  await dataSource.transaction((em) => tallyMeetings(em, null));

  const targets = JSON.stringify(FOCUS_AREAS.map((area) => ({ area, target: '按期完成' })));
  counts.letters = await insertRows(dataSource, 'responsibility_letter', ['chamberId', 'year', 'signedOn', 'signatory', 'targets', 'version', 'createdAt', 'updatedAt'], (function* () {
    for (const c of chambers) if (random.next() < 0.85) yield [c.id, year, `${year}-02-15`, '会长', targets, 1, now, now];
  })());
  counts.assessments = await insertRows(dataSource, 'assessment', ['chamberId', 'year', 'assessedOn', 'scores', 'totalHundredths', 'version', 'createdAt', 'updatedAt'], (function* () {
    for (const c of chambers) {
      if (random.next() > 0.5) continue;
      const scores = FOCUS_AREAS.map((area) => ({ area, score: random.int(60, 100), weight: 20, note: null }));
      yield [c.id, year, addDays(today, -random.int(1, 20)), JSON.stringify(scores), scores.reduce((s, a) => s + a.score * 20, 0), 1, now, now];
    }
  })());
  // Most venues pass their checklist; some miss an item. Committees often have a full venue.
  const checks = (codes: string[]) => JSON.stringify(codes.map((code) => ({ code, ok: random.next() > 0.04, note: null })));
  const codes = (standard: VenueStandard) => DEFAULT_CHECKLISTS[standard].map((item) => item.code);
  counts.venues = await insertRows(dataSource, 'venue', ['organizationId', 'standard', 'name', 'checks', 'checkedOn', 'version', 'createdAt', 'updatedAt'], (function* () {
    for (const p of party) {
      if (p.kind === K.PARTY_COMMITTEE && random.next() < 0.5) yield [p.id, 'FULL', '党群服务中心', checks(codes(VenueStandard.FULL)), addDays(today, -30), 1, now, now];
      if (random.next() < 0.6) yield [p.id, 'FOUR_HAVES', '党员活动室', checks(codes(VenueStandard.FOUR_HAVES)), addDays(today, -30), 1, now, now];
    }
    for (const e of enterprises) if (random.next() < 0.4) yield [e.id, 'MASS_ROOM', '职工之家', checks(codes(VenueStandard.MASS_ROOM)), addDays(today, -30), 1, now, now];
  })());
  // Whether each passes its checklist, as an inspection records it.
  await dataSource.transaction((em) => markPassingVenues(em, null));

  // Joint branches take in up to five member enterprises of their chamber that have no branch of their own.
  const joint = party.filter((p) => p.kind === K.JOINT_BRANCH);
  const chamberOf = (p: OrgRow) => Number(p.path.split('/').filter(Boolean)[1]);
  const loose = new Map<number, OrgRow[]>();
  for (const e of enterprises) if (!hosted.has(e.id)) loose.set(e.parentId ?? -1, [...(loose.get(e.parentId ?? -1) ?? []), e]);
  counts.jointBranchEnterprises = await insertRows(dataSource, 'joint_branch_enterprise', ['jointBranchId', 'enterpriseId', 'createdAt'], (function* () {
    for (const j of joint) for (const e of (loose.get(chamberOf(j)) ?? []).slice(0, random.int(0, 5))) yield [j.id, e.id, now];
  })());
  if (dialect === 'mysql') for (const table of ['organization', 'person', 'meeting', 'venue', 'responsibility_letter', 'assessment', 'joint_branch_enterprise']) await dataSource.query(`ANALYZE TABLE \`${table}\``);
  else await dataSource.query('ANALYZE');
  return counts;
}


/**
 * Open development cases at every open stage, about `perChamber` to a chamber, kept by the
 * organizations their applicants belong to, and a share of the materials due of them filed: the
 * dossier worklist's data set. Every built-in kind is made required of every case (no 施行日期), the
 * worklist's largest case.
 */
export async function seedCases(dataSource: DataSource, dialect: Dialect, today: string, options: { perChamber: number; filed: number }): Promise<Record<string, number>> {
  const random = createRandom(20261206);
  const now = dialect === 'mysql' ? `${today} 09:00:00` : `${today} 09:00:00.000`;
  await dataSource.query('UPDATE material_kind SET required = 1, requiredFrom = NULL WHERE builtIn = 1');
  const kinds: { id: number; step: DossierStep }[] = (await dataSource.query('SELECT id, step FROM material_kind WHERE builtIn = 1')).map((k: Record<string, unknown>) => ({ id: Number(k.id), step: k.step as DossierStep }));
  const [{ chambers }] = await dataSource.query(`SELECT COUNT(*) AS chambers FROM organization WHERE kind = 'CHAMBER'`);
  const applicants: { id: number; organizationId: number }[] = (await dataSource.query(`SELECT id, organizationId FROM person WHERE membershipStatus IN ('APPLICANT', 'ACTIVIST') ORDER BY id`)).map((p: Record<string, unknown>) => ({
    id: Number(p.id),
    organizationId: Number(p.organizationId),
  }));
  const wanted = Number(chambers) * options.perChamber;
  const every = Math.max(1, Math.floor(applicants.length / wanted));
  const stages = [CaseStage.APPLICANT, CaseStage.APPLICANT, CaseStage.ACTIVIST, CaseStage.ACTIVIST, CaseStage.DEVELOPMENT_TARGET, CaseStage.PROBATIONARY];
  const cases: DevelopmentCase[] = [];
  for (let i = 0; i < applicants.length && cases.length < wanted; i += every) {
    const stage = random.pick(stages);
    const rank = OPEN_STAGES.indexOf(stage);
    const appliedOn = addDays(today, -random.int(20, 900));
    const after = (days: number, reached: boolean) => (reached ? addDays(appliedOn, days) : null);
    cases.push(
      Object.assign(new DevelopmentCase(), {
        personId: applicants[i].id,
        organizationId: applicants[i].organizationId,
        stage,
        appliedOn,
        talkedOn: after(10, rank > 0 || random.next() < 0.5),
        activistOn: after(20, rank >= 1),
        targetOn: after(400, rank >= 2),
        politicalReviewOn: after(420, rank >= 3 || (rank === 2 && random.next() < 0.5)),
        trainingDays: rank >= 3 || (rank === 2 && random.next() < 0.5) ? 3 : 0,
        trainingHours: 0,
        admittedOn: after(450, rank >= 3),
        approvedOn: after(470, rank >= 3 && random.next() < 0.7),
      }),
    );
  }
  const columns = ['personId', 'organizationId', 'stage', 'appliedOn', 'talkedOn', 'activistOn', 'targetOn', 'politicalReviewOn', 'trainingDays', 'trainingHours', 'admittedOn', 'approvedOn', 'version', 'createdAt', 'updatedAt'] as const;
  const counts: Record<string, number> = {};
  counts.cases = await insertRows(dataSource, 'development_case', [...columns], (function* () {
    for (const c of cases) yield [...columns.slice(0, -3).map((k) => c[k]), 1, now, now];
  })());
  // The ids given, in the order inserted: the cases are the last rows of an empty table.
  const ids: number[] = (await dataSource.query('SELECT id FROM development_case ORDER BY id')).map((r: { id: number | string }) => Number(r.id));
  ids.slice(-cases.length).forEach((id, i) => (cases[i].id = id));
  counts.materials = await insertRows(dataSource, 'case_material', ['caseId', 'kindId', 'revision', 'fileKey', 'fileType', 'fileName', 'byteSize', 'pageCount', 'formedOn', 'uploadedAt', 'uploadedByName'], (function* () {
    for (const c of cases) {
      for (const k of kinds) if (dueOf(k.step, c) && random.next() < options.filed) yield [c.id, k.id, 1, `material-bench-${c.id}-${k.id}`, 'PDF', '扫描件.pdf', 1024, 1, c.appliedOn, now, 'bench'];
    }
  })());
  if (dialect === 'mysql') for (const table of ['development_case', 'case_material']) await dataSource.query(`ANALYZE TABLE \`${table}\``);
  else await dataSource.query('ANALYZE');
  return counts;
}
