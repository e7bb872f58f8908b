import { SYSTEM_ACTOR } from '../access/actor';
import { creditCodeCheckCharacter } from '../common/credit-code';
import { createRandom, type Random } from '../common/random';
import type { Database } from '../db/database';
import { Organization, OrganizationKind as K, OrganizationStatus } from '../organizations';
import { OrganizationService } from '../organizations';
import type { PersonalDataCipher } from '../people';
import { seedDemoPeople } from './people';
import { seedDemoDevelopment } from './development';
import { seedDemoOversight } from './oversight';
import { seedDemoTraining } from './training';
import { seedDemoExemplars } from './exemplars';
import { organizationUsesByOversight } from '../oversight';


const CODE_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const GUIZHOU_DIVISIONS = ['520102', '520103', '520111', '520112', '520113', '520115', '520302', '520402', '520502', '520602', '522301', '522601', '522701'];

/** A valid unified social credit code: registration authority and type, division, organization code, check. */
export function makeCreditCode(random: Random, prefix: '91' | '51' | '92' = '91'): string {
  let body = prefix + random.pick(GUIZHOU_DIVISIONS);
  for (let i = 0; i < 9; i += 1) body += CODE_CHARS[random.int(0, CODE_CHARS.length - 1)];
  return body + creditCodeCheckCharacter(body);
}

/** The 17 chambers the department supervises; the interview names 湖南, 四川 and 浙江 as the strongest. */
export const DEMO_CHAMBERS: { province: string; enterprises: number; committee: boolean }[] = [
  { province: '湖南', enterprises: 32, committee: true },
  { province: '四川', enterprises: 30, committee: true },
  { province: '浙江', enterprises: 30, committee: true },
  { province: '福建', enterprises: 20, committee: false },
  { province: '广东', enterprises: 20, committee: false },
  { province: '江西', enterprises: 18, committee: false },
  { province: '重庆', enterprises: 18, committee: false },
  { province: '江苏', enterprises: 16, committee: false },
  { province: '河南', enterprises: 16, committee: false },
  { province: '湖北', enterprises: 15, committee: false },
  { province: '安徽', enterprises: 15, committee: false },
  { province: '山东', enterprises: 14, committee: false },
  { province: '广西', enterprises: 14, committee: false },
  { province: '云南', enterprises: 12, committee: false },
  { province: '陕西', enterprises: 12, committee: false },
  { province: '上海', enterprises: 10, committee: false },
  { province: '河北', enterprises: 10, committee: false },
];

const NAME_STEMS = ['兴黔', '盛达', '华信', '远航', '恒通', '金桥', '宏业', '瑞丰', '嘉禾', '同心', '鼎盛', '银河', '天成', '永安', '创新', '博远', '安泰', '泰和', '顺达', '汇通', '锦程', '云海', '弘毅', '德隆', '新元'];
const INDUSTRIES: { industry: string; suffix: string }[] = [
  { industry: '建筑业', suffix: '建设工程' },
  { industry: '批发和零售业', suffix: '商贸' },
  { industry: '制造业', suffix: '实业' },
  { industry: '房地产业', suffix: '置业' },
  { industry: '住宿和餐饮业', suffix: '餐饮管理' },
  { industry: '信息技术服务业', suffix: '信息技术' },
  { industry: '交通运输业', suffix: '物流' },
  { industry: '农业', suffix: '农业开发' },
  { industry: '采矿业', suffix: '矿业' },
  { industry: '文化旅游业', suffix: '文化旅游' },
];
const PROVINCE_SHORT: Record<string, string> = {
  湖南: '湘', 四川: '川', 浙江: '浙', 福建: '闽', 广东: '粤', 江西: '赣', 重庆: '渝', 江苏: '苏', 河南: '豫',
  湖北: '鄂', 安徽: '皖', 山东: '鲁', 广西: '桂', 云南: '滇', 陕西: '陕', 上海: '沪', 河北: '冀',
};

function date(random: Random, fromYear: number, toYear: number): string {
  const year = random.int(fromYear, toYear);
  return `${year}-${String(random.int(1, 12)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`;
}

export interface SeedSummary {
  organizations: number;
  chambers: number;
  enterprises: number;
  people: number;
  cases: number;
  notices: number;
  classes: number;
  exemplars: number;
  meetings: number;
}

/** Seeds the demo department into an empty database; returns null when data is already there. */
export async function seedDemoData(
  db: Database,
  cipher: PersonalDataCipher,
  options: { onProgress?: (message: string) => void } = {},
): Promise<SeedSummary | null> {
  if ((await db.manager.count(Organization)) > 0) return null;
  const random = createRandom(20261127);
  const orgs = new OrganizationService(db, SYSTEM_ACTOR, organizationUsesByOversight);
  const progress = options.onProgress ?? (() => undefined);
  let organizations = 0;
  let enterprises = 0;
  const create = async (fields: Parameters<OrganizationService['create']>[0]) => {
    organizations += 1;
    return orgs.create(fields);
  };

  progress('Seeding demo data: the department and its coordination group');
  const agency = await create({ kind: K.AGENCY, name: '贵州省商务厅', shortName: '省商务厅', address: '贵州省贵阳市', foundedOn: '1983-06-01' });
  await create({ kind: K.AGENCY, name: '贵州省商务厅机关党委', shortName: '厅机关党委', parentId: String(agency.id) });
  await create({ kind: K.COORDINATION_GROUP, name: '异地商会组织党建工作协调小组', shortName: '协调小组', parentId: String(agency.id), foundedOn: '2016-03-15' });

  for (const [index, spec] of DEMO_CHAMBERS.entries()) {
    const chamber = await create({
      kind: K.CHAMBER,
      name: `贵州省${spec.province}商会`,
      shortName: `${spec.province}商会`,
      parentId: String(agency.id),
      originProvince: spec.province,
      creditCode: makeCreditCode(random, '51'),
      foundedOn: date(random, 2003, 2015),
      address: `贵州省贵阳市${random.pick(['南明区', '云岩区', '观山湖区', '花溪区'])}`,
      phone: `0851-${random.int(8000, 8999)}${random.int(1000, 9999)}`,
      status: index === 15 ? OrganizationStatus.WEAK_LAX : OrganizationStatus.NORMAL,
    });
    progress(`  ${index + 1}/${DEMO_CHAMBERS.length} ${chamber.name}`);
    const partyHead = await create({
      kind: spec.committee ? K.PARTY_COMMITTEE : K.BRANCH,
      name: `贵州省${spec.province}商会${spec.committee ? '党委' : '党支部'}`,
      parentId: String(chamber.id),
      hostId: String(chamber.id),
      foundedOn: date(random, 2012, 2018),
    });
    const used = new Set<string>();
    const chamberEnterprises: Organization[] = [];
    for (let i = 0; i < spec.enterprises; i += 1) {
      let name: string;
      const { industry, suffix } = random.pick(INDUSTRIES);
      do {
        name = `贵州${PROVINCE_SHORT[spec.province]}${random.pick(NAME_STEMS)}${suffix}有限公司`;
      } while (used.has(name));
      used.add(name);
      const enterprise = await create({
        kind: K.ENTERPRISE,
        name,
        parentId: String(chamber.id),
        creditCode: makeCreditCode(random),
        industry,
        employeeCount: random.int(8, 1200),
        foundedOn: date(random, 1998, 2022),
      });
      chamberEnterprises.push(enterprise);
      enterprises += 1;
    }
    // Large member enterprises run their own branches under the chamber's committee;
    // smaller ones in a committee chamber share a joint branch.
    if (spec.committee) {
      const large = chamberEnterprises.filter((e) => (e.employeeCount ?? 0) >= 600).slice(0, 4);
      for (const enterprise of large) {
        await create({ kind: K.BRANCH, name: `${enterprise.name}党支部`, parentId: String(partyHead.id), hostId: String(enterprise.id), foundedOn: date(random, 2015, 2021) });
        await create({ kind: K.UNION, name: `${enterprise.name}工会`, parentId: String(enterprise.id), hostId: String(enterprise.id) });
      }
      await create({ kind: K.JOINT_BRANCH, name: `贵州省${spec.province}商会第一联合党支部`, parentId: String(partyHead.id), hostId: String(chamber.id), foundedOn: date(random, 2016, 2022) });
      await create({ kind: K.YOUTH_LEAGUE, name: `贵州省${spec.province}商会团委`, parentId: String(partyHead.id), hostId: String(chamber.id) });
      await create({ kind: K.WOMEN_FEDERATION, name: `贵州省${spec.province}商会妇联`, parentId: String(partyHead.id), hostId: String(chamber.id) });
    }
  }
  progress(`Seeded ${organizations} organizations`);
  progress('Seeding demo data: members and chamber leaders');
  const people = await seedDemoPeople(db, cipher, random, progress);
  progress('Seeding demo data: development cases, notices and reports');
  const development = await seedDemoDevelopment(db, cipher, random, progress);
  progress('Seeding demo data: training');
  const training = await seedDemoTraining(db, progress);
  progress('Seeding demo data: exemplars');
  const exemplars = await seedDemoExemplars(db, progress);
  progress('Seeding demo data: meetings, letters, assessments and venues');
  const oversight = await seedDemoOversight(db, random, progress);
  return {
    organizations,
    chambers: DEMO_CHAMBERS.length,
    enterprises,
    people: people + development.cases,
    cases: development.cases,
    notices: development.notices,
    classes: training.classes,
    exemplars,
    meetings: oversight.meetings,
  };
}
