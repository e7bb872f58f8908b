import { SYSTEM_ACTOR } from '../access/actor';
import { addDays, todayInChina } from '../common/dates';
import type { Random } from '../common/random';
import type { Database } from '../db/database';
import { AssessmentResult, type DevelopmentCase } from '../development';
import { DevelopmentCaseService } from '../development';
import { NoticeService } from '../development';
import { DayType, NoticeStage } from '../development';
import { Organization, OrganizationKind as K, PARTY_KINDS } from '../organizations';
import { Education, MembershipStatus, Person } from '../people';
import { PersonService } from '../people';
import type { PersonalDataCipher } from '../people';
import { ReportChannel } from '../development';
import { ReportService } from '../development';
import { MaterialService } from '../development';
import { FileStore } from '../db/file-store';
import { RateLimiterMemory } from 'rate-limiter-flexible';
import { makeNationalId } from './people';
import { personUsesByCases } from '../development';

const SURNAMES = ['黎', '龙', '杨', '吴', '石', '麻', '田', '彭', '向', '舒'];
const GIVEN = ['晓', '雨', '思', '嘉', '梓', '子', '欣', '浩', '宇', '博', '涵', '睿'];

export interface DevelopmentSummary {
  cases: number;
  notices: number;
  reports: number;
}

/**
 * Development cases at every stage in the first chambers, dated back from today so the
 * demo always shows a live pipeline: a talk overdue, an approval overdue, a notice running
 * now (readable on the public pages), one that ended clean, and reports in verification.
 */
export async function seedDemoDevelopment(db: Database, cipher: PersonalDataCipher, random: Random, progress: (message: string) => void): Promise<DevelopmentSummary> {
  const today = todayInChina();
  const ago = (days: number) => addDays(today, -days);
  const people = new PersonService(db, SYSTEM_ACTOR, cipher, personUsesByCases);
  const cases = new DevelopmentCaseService(db, SYSTEM_ACTOR);
  const notices = new NoticeService(db, SYSTEM_ACTOR);
  const reports = new ReportService(db, SYSTEM_ACTOR, cipher, new RateLimiterMemory({ points: 1_000_000, duration: 1 }));
  const chambers = (await db.manager.find(Organization, { where: { kind: K.CHAMBER }, order: { id: 'ASC' } })).slice(0, 6);
  const summary: DevelopmentSummary = { cases: 0, notices: 0, reports: 0 };

  for (const chamber of chambers) {
    const below = await db.manager.createQueryBuilder(Organization, 'o').where('o.path LIKE :prefix', { prefix: `${chamber.path}%` }).getMany();
    const party = below.filter((o) => PARTY_KINDS.includes(o.kind));
    const keeper = party.find((o) => o.kind === K.BRANCH || o.kind === K.JOINT_BRANCH) ?? party[0];
    const enterprises = below.filter((o) => o.kind === K.ENTERPRISE);
    const members = await db.manager.find(Person, { where: { organizationId: keeper.id, membershipStatus: MembershipStatus.FULL }, take: 3 });
    const sponsors = members.length >= 2 ? members : await db.manager.find(Person, { where: { membershipStatus: MembershipStatus.FULL }, take: 3 });
    const [first, second] = sponsors.map((p) => String(p.id));

    const candidate = async (): Promise<Person> => {
      const gender = random.next() < 0.6 ? 'MALE' : 'FEMALE';
      const birth = `${random.int(1986, 2000)}-${String(random.int(1, 12)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`;
      return people.create({
        name: random.pick(SURNAMES) + random.pick(GIVEN) + random.pick(GIVEN),
        organizationId: String(keeper.id),
        employerId: String(random.pick(enterprises).id),
        nationalId: makeNationalId(random, chamber.originProvince ?? '', birth, gender),
        education: random.pick([Education.BACHELOR, Education.JUNIOR_COLLEGE, Education.MASTER]),
        ethnicity: '汉族',
      });
    };
    const open = async (appliedDaysAgo: number) => {
      summary.cases += 1;
      return cases.open({ personId: String((await candidate()).id), organizationId: String(keeper.id), appliedOn: ago(appliedDaysAgo) });
    };
    const at = <T extends object = object>(c: DevelopmentCase, on: string, extra?: T) => ({ id: String(c.id), version: c.version, on, ...(extra as T) });
    const toActivist = async (appliedDaysAgo: number, activistDaysAgo: number) => {
      let c = await open(appliedDaysAgo);
      c = await cases.recordTalk(at(c, ago(appliedDaysAgo - 14)));
      c = await cases.advance(at(c, ago(activistDaysAgo), { decisionRef: `${chamber.shortName}党支部支委会决议` }));
      return cases.assignContacts(at(c, ago(activistDaysAgo), { personIds: [first] }));
    };
    const publish = async (stage: NoticeStage, caseIds: number[], startDaysAgo: number, dayType = DayType.CALENDAR) => {
      summary.notices += 1;
      const draft = await notices.create({
        organizationId: String(keeper.id),
        stage,
        title: `${keeper.name}关于${stage === NoticeStage.DEVELOPMENT_TARGET ? '确定发展对象' : stage === NoticeStage.ADMISSION ? '拟接收预备党员' : '预备党员转正'}的公示`,
        body: '根据《中国共产党发展党员工作细则》，现将有关情况予以公示。公示期间，党员和群众可通过来电、来信、来访或网上提交等方式反映情况。',
        startsOn: ago(startDaysAgo),
        dayType,
        caseIds: caseIds.map(String),
        hotline: chamber.phone ?? '0851-86000000',
        suggestionBox: `${chamber.name}党群服务中心一楼意见箱`,
      });
      // Published in the demo's history at nine on its first day, as the service would have stamped it then.
      const then = new NoticeService(db, SYSTEM_ACTOR, () => new Date(`${draft.startsOn}T09:00:00+08:00`));
      return then.publish(String(draft.id), draft.version);
    };
    /** A notice that ran on the chamber's board before it used the service, recorded after the fact. */
    const recordPaper = async (stage: NoticeStage, caseIds: number[], startDaysAgo: number) => {
      summary.notices += 1;
      const draft = await notices.create({
        organizationId: String(keeper.id),
        stage,
        title: `${keeper.name}关于确定发展对象的公示`,
        startsOn: ago(startDaysAgo),
        caseIds: caseIds.map(String),
        hotline: chamber.phone ?? '0851-86000000',
        suggestionBox: `${chamber.name}党群服务中心一楼意见箱`,
      });
      return notices.recordPaper({
        id: String(draft.id),
        version: draft.version,
        reason: '商会启用本系统前在会员之家公告栏张贴的公示，现补录存档',
        evidence: `公告栏张贴照片及${chamber.shortName}党支部会议记录（第${random.int(3, 12)}期）`,
      });
    };

    // Applicants: one talked to in time, one whose talk is overdue.
    const applicant = await open(20);
    await cases.recordTalk(at(applicant, ago(8)));
    await open(50);

    // An activist in the first year of cultivation, assessed for the last half-year.
    const young = await toActivist(260, 230);
    await cases.recordAssessment(at(young, ago(150), { period: `${ago(150).slice(0, 4)}H${Number(ago(150).slice(5, 7)) <= 6 ? 1 : 2}`, result: AssessmentResult.GOOD }));

    // An activist of more than a year, on a notice running now: the public can read it and report.
    const ready = await toActivist(460, 420);
    const running = await publish(NoticeStage.DEVELOPMENT_TARGET, [ready.id], 3, DayType.WORKING);

    // A development target with introducers, review and training: ready for admission after a clean notice.
    let target = await toActivist(700, 650);
    const targetNotice = await publish(NoticeStage.DEVELOPMENT_TARGET, [target.id], 250);
    target = await cases.advance(at(target, addDays(targetNotice.endsOn, 5), { decisionRef: `${chamber.shortName}党支部支委会决议` }));
    target = await cases.assignIntroducers(at(target, addDays(targetNotice.endsOn, 5), { personIds: [first, second] }));
    target = await cases.recordPoliticalReview(at(target, ago(120)));
    target = await cases.recordTraining(at(target, ago(60), { days: 3, hours: 24 }));
    await publish(NoticeStage.ADMISSION, [target.id], 30);

    // Probationary members: one approved and due for conversion soon, one whose approval is overdue.
    for (const [admittedDaysAgo, approve] of [[330, true], [130, false]] as const) {
      let c = await toActivist(1000, 950);
      const n1 = approve ? await recordPaper(NoticeStage.DEVELOPMENT_TARGET, [c.id], 560) : await publish(NoticeStage.DEVELOPMENT_TARGET, [c.id], 560);
      c = await cases.advance(at(c, addDays(n1.endsOn, 3), { decisionRef: '支委会决议' }));
      c = await cases.assignIntroducers(at(c, addDays(n1.endsOn, 3), { personIds: [first, second] }));
      c = await cases.recordPoliticalReview(at(c, ago(admittedDaysAgo + 60)));
      c = await cases.recordTraining(at(c, ago(admittedDaysAgo + 40), { days: 4, hours: 32 }));
      await publish(NoticeStage.ADMISSION, [c.id], admittedDaysAgo + 25);
      c = await cases.advance(at(c, ago(admittedDaysAgo), { decisionRef: `${chamber.shortName}党支部党员大会决议` }));
      if (approve) await cases.approveAdmission(at(c, ago(admittedDaysAgo - 40), { decisionRef: `${chamber.shortName}党委审批` }));
    }

    if (chamber === chambers[0]) {
      summary.reports += 2;
      const hotline = await reports.record({ channel: ReportChannel.HOTLINE, noticeId: String(running.id), caseId: String(ready.id), receivedOn: ago(1), content: '来电反映该同志参加组织生活不够积极，请组织核实。', anonymous: true });
      await reports.startVerification({ id: String(hotline.id), version: hotline.version });
      await reports.record({ channel: ReportChannel.SUGGESTION_BOX, noticeId: String(running.id), receivedOn: ago(2), content: '意见箱来信：建议公示期间在商会微信群同步公示。', anonymous: true });
    }
    progress(`  development cases of ${chamber.name}`);
  }

  // The demo department has kept dossiers here for a month: the national kinds are required of the
  // cases applied for since (施行日期), so the newest applicants' dossiers wait for their materials
  // in 材料待办, and the older cases, whose paper dossiers were kept before, are not held back.
  const materials = new MaterialService(db, SYSTEM_ACTOR, new FileStore(db));
  for (const kind of await materials.kinds()) {
    if (kind.builtIn && kind.required) await materials.updateKind({ id: String(kind.id), version: kind.version, requiredFrom: ago(30) });
  }
  return summary;
}
