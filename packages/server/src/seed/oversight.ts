import { SYSTEM_ACTOR } from '../access/actor';
import { addDays, addMonths, anniversary, todayInChina } from '../common/dates';
import { termDates } from '../organizations';
import { loadRules } from '../organizations';
import type { Random } from '../common/random';
import type { Database } from '../db/database';
import { Organization, OrganizationKind as K, OrganizationStatus, PARTY_KINDS } from '../organizations';
import { AssessmentService } from '../oversight';
import { FOCUS_AREAS, FocusArea } from '../oversight';
import { LetterService } from '../oversight';
import { Meeting, MeetingStatus, MeetingType } from '../oversight';
import { DEFAULT_REQUIREMENTS, periodsOf, tallyMeetings } from '../oversight';
import { RectificationService } from '../oversight';
import { VenueService } from '../oversight';
import { VenueStandard } from '../oversight';

export interface OversightSummary {
  meetings: number;
  letters: number;
  assessments: number;
  venues: number;
}

const TOPICS: Record<MeetingType, string[]> = {
  [MeetingType.MEMBERS_MEETING]: ['学习贯彻党的创新理论', '讨论发展党员工作', '民主评议党员', '年度组织生活会'],
  [MeetingType.COMMITTEE_MEETING]: ['研究月度党建工作安排', '研究党员教育培训计划', '研究入党积极分子培养', '研究主题党日活动方案'],
  [MeetingType.GROUP_MEETING]: ['学习《中国共产党章程》', '交流岗位建功经验', '学习民营经济促进政策', '党员亮身份承诺践诺'],
  [MeetingType.PARTY_LECTURE]: ['书记讲党课：发挥商会党组织作用', '传承红色基因', '以高质量党建引领商会发展', '廉洁从业专题党课'],
  [MeetingType.THEME_DAY]: ['走访困难会员企业', '重温入党誓词', '参观红色教育基地', '志愿服务进社区'],
};

const TARGETS: Record<FocusArea, string> = {
  [FocusArea.SYSTEM]: '健全党组织议事规则，按期换届，党组织书记参加商会会长办公会',
  [FocusArea.TRAINING]: '党组织书记和党建指导员全员参加培训，党员年度学习不少于32学时',
  [FocusArea.SUPPORT]: '建成符合标准的党群活动场所，落实党建工作经费',
  [FocusArea.ROLE]: '设立党员先锋岗，推荐先进典型不少于1个',
  [FocusArea.ATMOSPHERE]: '按要求开展“三会一课”和主题党日，每季度宣传报道不少于1次',
};

/**
 * Oversight as it stands in November: most chambers' party organizations meet as the rules
 * ask, some skip months, one meets only once a year; a few meetings planned and never
 * recorded; this year's letters signed by most chambers; last year assessed in full and this
 * year's assessment begun; venues mostly up to standard; the weak chamber's branch rectifying.
 */
export async function seedDemoOversight(db: Database, random: Random, progress: (message: string) => void): Promise<OversightSummary> {
  const today = todayInChina();
  const year = Number(today.slice(0, 4));
  const chambers = await db.manager.find(Organization, { where: { kind: K.CHAMBER }, order: { id: 'ASC' } });
  const party = (await db.manager.find(Organization, { order: { id: 'ASC' } })).filter((o) => PARTY_KINDS.includes(o.kind));
  const chamberOf = (o: Organization) => chambers.findIndex((c) => o.path.startsWith(c.path));
  const summary: OversightSummary = { meetings: 0, letters: 0, assessments: 0, venues: 0 };

  // Terms: most party organizations elected within their term; two overdue for election, two due soon.
  const rules = await loadRules(db.manager);
  await db.write(async (em) => {
    for (const [i, org] of party.entries()) {
      const years = org.kind === K.PARTY_COMMITTEE ? rules.committeeTermYears : rules.branchTermYears;
      const started = i === 3 || i === 9 ? addDays(anniversary(today, -years), -random.int(20, 200)) : i === 5 || i === 12 ? addMonths(anniversary(today, -years), random.int(1, 4)) : addDays(today, -random.int(90, 365 * (years - 1)));
      await em.update(Organization, { id: org.id }, { termStartedOn: started, ...termDates(org.kind, started, rules) });
    }
  });

  // Meetings of this year: one row per held meeting (bulk, as the records a chamber would enter).
  const rows: Partial<Meeting>[] = [];
  for (const org of party) {
    const index = chamberOf(org);
    // Chambers 0–7 keep every period, 8–9 now and then miss one, 10–15 about a third, 16 meets once a year.
    const keep = index === 16 ? 0 : index >= 10 ? 0.65 : index >= 8 ? 0.95 : 1;
    for (const requirement of DEFAULT_REQUIREMENTS.filter((r) => r.organizationKind === org.kind)) {
      for (const [first, last] of periodsOf(year, requirement.period)) {
        if (first >= today || random.next() > keep) continue;
        const span = Math.max(0, Math.round((Date.parse(`${last < today ? last : today}T00:00:00Z`) - Date.parse(`${first}T00:00:00Z`)) / 86_400_000));
        const day = addDays(first, random.int(0, span));
        if (day >= today) continue;
        const expected = random.int(6, 18);
        rows.push({
          organizationId: org.id,
          type: requirement.type,
          topic: random.pick(TOPICS[requirement.type]),
          plannedOn: day,
          heldOn: day,
          status: MeetingStatus.HELD,
          expectedCount: expected,
          attendedCount: expected - random.int(0, 3),
          location: '党群活动室',
          minutes: '传达学习会议精神，结合商会实际研究部署工作。',
        });
      }
    }
    if (index === 16) {
      // "One meeting a year": everything on one day.
      for (const type of [MeetingType.MEMBERS_MEETING, MeetingType.PARTY_LECTURE]) {
        rows.push({ organizationId: org.id, type, topic: random.pick(TOPICS[type]), plannedOn: `${year}-06-28`, heldOn: `${year}-06-28`, status: MeetingStatus.HELD, expectedCount: 9, attendedCount: 7 });
      }
    }
    if (index >= 10 && index <= 12) {
      rows.push({ organizationId: org.id, type: MeetingType.THEME_DAY, topic: random.pick(TOPICS[MeetingType.THEME_DAY]), plannedOn: addDays(today, -random.int(5, 20)), status: MeetingStatus.PLANNED });
    }
    rows.push({ organizationId: org.id, type: MeetingType.THEME_DAY, topic: random.pick(TOPICS[MeetingType.THEME_DAY]), plannedOn: addDays(today, random.int(3, 25)), status: MeetingStatus.PLANNED, location: '党群活动室' });
  }
  await db.write(async (em) => {
    for (let i = 0; i < rows.length; i += 500) await em.insert(Meeting, rows.slice(i, i + 500).map((r) => em.create(Meeting, r)));
    // Written in bulk, around the service: their years' tallies are counted once, after.
    await tallyMeetings(em, null);
  });
  summary.meetings = rows.length;
  progress(`  ${rows.length} meetings`);

  // Letters: every chamber last year; this year all but the last three.
  const letters = new LetterService(db, SYSTEM_ACTOR);
  const targets = FOCUS_AREAS.map((area) => ({ area, target: TARGETS[area] }));
  for (const [index, chamber] of chambers.entries()) {
    await letters.sign({ chamberId: String(chamber.id), year: year - 1, signedOn: `${year - 1}-02-${String(10 + (index % 15)).padStart(2, '0')}`, signatory: '会长', targets });
    summary.letters += 1;
    if (index < chambers.length - 3) {
      await letters.sign({ chamberId: String(chamber.id), year, signedOn: `${year}-02-${String(10 + (index % 15)).padStart(2, '0')}`, signatory: '会长', targets });
      summary.letters += 1;
    }
  }

  // Assessments: last year in full, with the department's weights; this year's six so far.
  const assessments = new AssessmentService(db, SYSTEM_ACTOR);
  const weights = [30, 20, 20, 15, 15];
  await assessments.setWeights({ year: year - 1, weights: FOCUS_AREAS.map((area, i) => ({ area, weight: weights[i] })) });
  await assessments.setWeights({ year, weights: FOCUS_AREAS.map((area, i) => ({ area, weight: weights[i] })) });
  for (const [index, chamber] of chambers.entries()) {
    const base = index === 15 || index === 16 ? 62 : 78;
    const scoresFor = () => FOCUS_AREAS.map((area) => ({ area, score: Math.min(100, base + random.int(0, 18)) }));
    await assessments.record({ chamberId: String(chamber.id), year: year - 1, assessedOn: `${year - 1}-12-${String(15 + (index % 12)).padStart(2, '0')}`, scores: scoresFor(), comment: '对照责任书逐项考核。' });
    summary.assessments += 1;
    if (index < 6) {
      await assessments.record({ chamberId: String(chamber.id), year, assessedOn: addDays(today, -random.int(1, 10)), scores: scoresFor(), comment: '年度考核进行中。' });
      summary.assessments += 1;
    }
  }

  // Venues: each party organization's, inspected this year; a few fall short of an item.
  const venues = new VenueService(db, SYSTEM_ACTOR);
  for (const org of party) {
    const index = chamberOf(org);
    const standard = org.kind === K.PARTY_COMMITTEE ? VenueStandard.FULL : VenueStandard.FOUR_HAVES;
    const venue = await venues.create({ organizationId: String(org.id), standard, name: '党群活动室', address: null, areaSqm: standard === VenueStandard.FULL ? 80 : 30 });
    const items = await venues.checklist(standard);
    const short = index >= 13 ? random.pick(items).code : null;
    await venues.inspect({ id: String(venue.id), version: venue.version, checkedOn: addDays(today, -random.int(20, 200)), checks: items.map((item) => ({ code: item.code, ok: item.code !== short })) });
    summary.venues += 1;
  }
  // Member enterprises without a party organization: most have a union or youth room.
  for (const unit of await venues.compliance(null)) {
    if (unit.requiredStandard !== VenueStandard.MASS_ROOM || random.next() > 0.7) continue;
    const venue = await venues.create({ organizationId: String(unit.organizationId), standard: VenueStandard.MASS_ROOM, name: random.pick(['职工之家', '青年活动室', '工会活动室']), address: null, areaSqm: random.int(20, 60) });
    const items = await venues.checklist(VenueStandard.MASS_ROOM);
    const short = random.next() < 0.1 ? 'records' : null;
    await venues.inspect({ id: String(venue.id), version: venue.version, checkedOn: addDays(today, -random.int(20, 300)), checks: items.map((item) => ({ code: item.code, ok: item.code !== short })) });
    summary.venues += 1;
  }
  progress(`  ${summary.letters} letters, ${summary.assessments} assessments, ${summary.venues} venues`);

  // The weak chamber's party organization, identified in spring and rectifying since.
  const weak = chambers.find((c) => c.status === OrganizationStatus.WEAK_LAX);
  const weakParty = weak ? party.find((o) => o.path.startsWith(weak.path)) : undefined;
  if (weakParty) {
    await db.write((em) => em.update(Organization, { id: weakParty.id }, { status: OrganizationStatus.WEAK_LAX }));
    const rectifications = new RectificationService(db, SYSTEM_ACTOR);
    const opened = await rectifications.open({ organizationId: String(weakParty.id), problems: '组织生活不经常，班子成员长期缺位', identifiedOn: `${year}-03-18` });
    await rectifications.start({ id: String(opened.id), version: opened.version, note: '调整充实支部班子，恢复“三会一课”，协调小组每月督导' });
  }
  return summary;
}
