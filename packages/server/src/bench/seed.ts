import type { DataSource } from 'typeorm';
import { pinyinInitials, pinyinSortKey } from '../common/pinyin';
import type { Dialect } from '../db/database';
import { OrganizationKind as K, OrganizationStatus } from '../organizations';
import { pathOf } from '../kernel/paths';
import { createRandom } from '../common/random';
import { makeCreditCode } from '../seed/demo';

/** One organization row, with every column as the service would have written it. */
interface Row {
  id: number;
  kind: K;
  name: string;
  shortName: string | null;
  namePinyin: string;
  nameInitials: string;
  parentId: number | null;
  hostId: number | null;
  path: string;
  depth: number;
  status: OrganizationStatus;
  creditCode: string | null;
  originProvince: string | null;
  industry: string | null;
  employeeCount: number | null;
  foundedOn: string | null;
  address: string | null;
  phone: string | null;
  archivedAt: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

const COLUMNS: (keyof Row)[] = [
  'id', 'kind', 'name', 'shortName', 'namePinyin', 'nameInitials', 'parentId', 'hostId', 'path', 'depth', 'status', 'creditCode',
  'originProvince', 'industry', 'employeeCount', 'foundedOn', 'address', 'phone', 'archivedAt', 'version', 'createdAt', 'updatedAt',
];

/** Rows per INSERT statement and statements per transaction. */
const ROWS_PER_STATEMENT = 500;
const STATEMENTS_PER_TRANSACTION = 10;

/** Organizations per chamber on average: the chamber, its committee, ~50 enterprises, branches and mass organizations. */
export const ROWS_PER_CHAMBER = 60;

const ORIGIN_PROVINCES = [
  '湖南', '四川', '浙江', '福建', '广东', '江西', '重庆', '江苏', '河南', '湖北', '安徽', '山东', '广西', '云南', '陕西', '上海',
  '河北', '北京', '天津', '山西', '内蒙古', '辽宁', '吉林', '黑龙江', '海南', '甘肃', '青海', '宁夏', '新疆', '西藏', '台湾', '香港',
];
/** Where in Guizhou a chamber is registered: the province itself, its cities and prefectures, then counties. */
const PLACES = [
  '贵州省', '贵阳市', '遵义市', '六盘水市', '安顺市', '毕节市', '铜仁市', '黔东南州', '黔南州', '黔西南州', '南明区', '云岩区',
  '花溪区', '乌当区', '白云区', '观山湖区', '清镇市', '修文县', '开阳县', '息烽县', '红花岗区', '汇川区', '仁怀市', '赤水市',
  '凯里市', '都匀市', '兴义市', '盘州市', '西秀区', '七星关区', '碧江区', '福泉市',
];
/** Origin cities, for chambers of one city's natives once every place and province pair is taken. */
const ORIGIN_CITIES: [string, string][] = [
  ['湖南', '邵阳'], ['湖南', '衡阳'], ['湖南', '常德'], ['湖南', '娄底'], ['四川', '南充'], ['四川', '宜宾'], ['四川', '泸州'],
  ['浙江', '温州'], ['浙江', '台州'], ['浙江', '义乌'], ['福建', '莆田'], ['福建', '泉州'], ['福建', '福清'], ['广东', '潮汕'],
  ['广东', '梅州'], ['江西', '赣州'], ['江西', '抚州'], ['江苏', '徐州'], ['河南', '信阳'], ['河南', '周口'], ['湖北', '黄冈'],
  ['安徽', '阜阳'], ['山东', '临沂'], ['云南', '曲靖'], ['重庆', '万州'],
];
const COMPANY_PLACES = ['贵州', '贵州', '贵州', '贵州', '贵州', '贵阳', '遵义', '六盘水', '安顺', '毕节', '铜仁', '黔东南', '黔南', '黔西南'];
const NAME_STEMS = [
  '兴黔', '盛达', '华信', '远航', '恒通', '金桥', '宏业', '瑞丰', '嘉禾', '同心', '鼎盛', '银河', '天成', '永安', '创新', '博远',
  '安泰', '泰和', '顺达', '汇通', '锦程', '云海', '弘毅', '德隆', '新元', '长城', '富源', '中天', '海纳', '百川', '宏图', '聚力',
  '凯旋', '众诚', '利民', '华夏', '东方', '明珠', '九鼎', '和信', '正大', '国泰', '腾飞', '宇通', '乐山', '朝阳', '阳光', '青山',
];
const INDUSTRIES: { industry: string; suffix: string }[] = [
  { industry: '建筑业', suffix: '建设工程' },
  { industry: '建筑业', suffix: '建筑劳务' },
  { industry: '批发和零售业', suffix: '商贸' },
  { industry: '批发和零售业', suffix: '医药' },
  { industry: '制造业', suffix: '实业' },
  { industry: '制造业', suffix: '机械制造' },
  { industry: '房地产业', suffix: '置业' },
  { industry: '住宿和餐饮业', suffix: '餐饮管理' },
  { industry: '信息技术服务业', suffix: '信息技术' },
  { industry: '交通运输业', suffix: '物流' },
  { industry: '农业', suffix: '农业开发' },
  { industry: '采矿业', suffix: '矿业' },
  { industry: '文化旅游业', suffix: '文化旅游' },
  { industry: '金融业', suffix: '投资' },
];
const DISTRICTS = ['南明区', '云岩区', '观山湖区', '花溪区', '乌当区', '白云区'];

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** A moment between 2023 and 2025 that grows with the id, in the dialect's stored datetime form. */
function timestamp(dialect: Dialect, id: number, total: number): string {
  const start = Date.UTC(2023, 0, 4, 1, 0, 0);
  const span = 2 * 365 * 86_400_000;
  const d = new Date(start + Math.floor((span * id) / (total + 1)));
  const base = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
  // SQLite rows take the column default datetime('now'); MariaDB rows take CURRENT_TIMESTAMP(6).
  return dialect === 'sqlite' ? base : `${base}.${pad(d.getUTCMilliseconds(), 3)}000`;
}

/** The tree of one department: an agency and its coordination group, then chambers with their enterprises and party organizations. */
export function* generateOrganizations(size: number, dialect: Dialect): Generator<Row> {
  const random = createRandom(20260518);
  const pinyinCache = new Map<string, [string, string]>();
  const initialsOf = (text: string) => pinyinCache.get(text)?.[1] ?? pinyinInitials(text);
  const pinyinOf = (name: string): [string, string] => {
    let cached = pinyinCache.get(name);
    if (!cached) {
      cached = [pinyinSortKey(name), pinyinInitials(name)];
      pinyinCache.set(name, cached);
    }
    return cached;
  };
  // The search key the service stores: the name's initials, then the short name's (as its searchInitials does).
  const searchInitials = (name: string, shortName: string | null) => {
    const full = pinyinOf(name)[1].slice(0, 59);
    return shortName ? `${full} ${initialsOf(shortName).slice(0, 40)}` : full;
  };
  const creditCodes = new Set<string>();
  const creditCode = (prefix: '91' | '51'): string => {
    for (;;) {
      const code = makeCreditCode(random, prefix);
      if (!creditCodes.has(code)) {
        creditCodes.add(code);
        return code;
      }
    }
  };
  const date = (fromYear: number, toYear: number) => `${random.int(fromYear, toYear)}-${pad(random.int(1, 12))}-${pad(random.int(1, 28))}`;
  const phone = () => `0851-${random.int(8000, 8999)}${random.int(1000, 9999)}`;

  let nextId = 1;
  const make = (fields: Partial<Row> & Pick<Row, 'kind' | 'name'>, parent: Row | null): Row => {
    const id = nextId;
    nextId += 1;
    const createdAt = timestamp(dialect, id, size);
    return {
      id,
      shortName: null,
      namePinyin: pinyinOf(fields.name)[0],
      nameInitials: searchInitials(fields.name, fields.shortName ?? null),
      parentId: parent?.id ?? null,
      hostId: null,
      path: pathOf(parent?.path ?? null, id),
      depth: parent ? parent.depth + 1 : 0,
      status: OrganizationStatus.NORMAL,
      creditCode: null,
      originProvince: null,
      industry: null,
      employeeCount: null,
      foundedOn: null,
      address: null,
      phone: null,
      archivedAt: null,
      version: 1,
      createdAt,
      updatedAt: createdAt,
      ...fields,
    };
  };
  /** Archiving bumps the version and the update time, as the service's archive does. */
  const archive = (row: Row) => {
    row.archivedAt = timestamp(dialect, row.id + Math.floor(size / 10), size);
    if (dialect === 'sqlite') row.archivedAt += '.000';
    row.updatedAt = timestamp(dialect, row.id + Math.floor(size / 10), size);
    row.version = 2;
  };

  const agency = make({ kind: K.AGENCY, name: '贵州省商务厅', shortName: '省商务厅', address: '贵州省贵阳市', foundedOn: '1983-06-01' }, null);
  yield agency;
  yield make({ kind: K.COORDINATION_GROUP, name: '异地商会组织党建工作协调小组', shortName: '协调小组', foundedOn: '2016-03-15' }, agency);

  const chambers = Math.max(1, Math.round((size - 2) / ROWS_PER_CHAMBER));
  const chamberNames = chamberNameSequence();
  const budget = size - 2;
  for (let c = 0; c < chambers; c += 1) {
    const rows = Math.floor(budget / chambers) + (c < budget % chambers ? 1 : 0);
    const { name, shortName, province } = chamberNames.next().value as { name: string; shortName: string; province: string };
    const chamber = make(
      {
        kind: K.CHAMBER,
        name,
        shortName,
        originProvince: province,
        creditCode: creditCode('51'),
        foundedOn: date(2003, 2020),
        address: `贵州省贵阳市${random.pick(DISTRICTS)}`,
        phone: phone(),
        status: random.next() < 0.04 ? OrganizationStatus.WEAK_LAX : OrganizationStatus.NORMAL,
      },
      agency,
    );
    yield chamber;
    if (rows === 1) continue;
    const committee = make(
      { kind: K.PARTY_COMMITTEE, name: `${name}党委`, hostId: chamber.id, foundedOn: date(2012, 2020), status: random.next() < 0.03 ? OrganizationStatus.WEAK_LAX : OrganizationStatus.NORMAL },
      chamber,
    );
    yield committee;

    // What is left after the chamber and its committee: ~10% party branches, two mass organizations, the rest enterprises.
    const rest = rows - 2;
    const branches = rest >= 10 ? Math.round(rest * 0.1) : 0;
    const mass = rest >= 20 ? 2 : 0;
    const enterpriseCount = rest - branches - mass;
    const used = new Set<string>();
    const enterprises: Row[] = [];
    for (let i = 0; i < enterpriseCount; i += 1) {
      const { industry, suffix } = random.pick(INDUSTRIES);
      let enterpriseName: string;
      do enterpriseName = `${random.pick(COMPANY_PLACES)}${random.pick(NAME_STEMS)}${suffix}有限公司`;
      while (used.has(enterpriseName));
      used.add(enterpriseName);
      // Most member enterprises are small; a few employ a thousand people or more.
      const employees = Math.round(5 + 2000 * random.next() ** 4);
      const enterprise = make(
        {
          kind: K.ENTERPRISE,
          name: enterpriseName,
          creditCode: creditCode('91'),
          industry,
          employeeCount: employees,
          foundedOn: date(1998, 2024),
          address: random.next() < 0.8 ? `贵州省${random.pick(['贵阳市', '遵义市', '安顺市', '毕节市'])}${random.pick(DISTRICTS)}` : null,
          phone: random.next() < 0.6 ? phone() : null,
        },
        chamber,
      );
      enterprises.push(enterprise);
    }
    // The largest enterprises run branches of their own under the committee; the rest share a joint branch.
    const hosts = [...enterprises].sort((a, b) => (b.employeeCount ?? 0) - (a.employeeCount ?? 0)).slice(0, Math.max(0, branches - 1));
    const hostIds = new Set(hosts.map((h) => h.id));
    for (const enterprise of enterprises) {
      if (!hostIds.has(enterprise.id) && random.next() < 0.01) archive(enterprise);
      yield enterprise;
    }
    for (const host of hosts) {
      yield make(
        { kind: K.BRANCH, name: `${host.name}党支部`, hostId: host.id, foundedOn: date(2014, 2023), status: random.next() < 0.03 ? OrganizationStatus.WEAK_LAX : OrganizationStatus.NORMAL },
        committee,
      );
    }
    if (branches > 0) yield make({ kind: K.JOINT_BRANCH, name: `${name}第一联合党支部`, hostId: chamber.id, foundedOn: date(2016, 2023) }, committee);
    if (mass > 0) {
      yield make({ kind: K.YOUTH_LEAGUE, name: `${name}团委`, hostId: chamber.id }, committee);
      yield make({ kind: K.WOMEN_FEDERATION, name: `${name}妇联`, hostId: chamber.id }, committee);
    }
  }
}

/** Distinct chamber names: every place with every province, then with origin cities, then numbered. */
function* chamberNameSequence(): Generator<{ name: string; shortName: string; province: string }> {
  for (const place of PLACES) {
    for (const province of ORIGIN_PROVINCES) yield { name: `${place}${province}商会`, shortName: `${province}商会`, province };
  }
  for (const place of PLACES) {
    for (const [province, city] of ORIGIN_CITIES) yield { name: `${place}${province}${city}商会`, shortName: `${city}商会`, province };
  }
  for (let n = 2; ; n += 1) {
    for (const place of PLACES) {
      for (const province of ORIGIN_PROVINCES) yield { name: `${place}${province}商会第${n}分会`, shortName: `${province}商会`, province };
    }
  }
}

/** Writes `size` organizations with multi-row INSERTs, a few thousand rows per transaction. */
export async function seedOrganizations(
  dataSource: DataSource,
  dialect: Dialect,
  size: number,
  onProgress: (done: number, total: number) => void,
): Promise<void> {
  const columns = COLUMNS.map((c) => dataSource.driver.escape(c)).join(', ');
  const rowPlaceholder = `(${COLUMNS.map(() => '?').join(', ')})`;
  const statementFor = (rows: number) => `INSERT INTO ${dataSource.driver.escape('organization')} (${columns}) VALUES ${Array(rows).fill(rowPlaceholder).join(', ')}`;
  const fullStatement = statementFor(ROWS_PER_STATEMENT);

  const rows = generateOrganizations(size, dialect);
  let next = rows.next();
  let done = 0;
  while (!next.done) {
    await dataSource.transaction(async (em) => {
      for (let s = 0; s < STATEMENTS_PER_TRANSACTION && !next.done; s += 1) {
        const params: unknown[] = [];
        let count = 0;
        for (; count < ROWS_PER_STATEMENT && !next.done; count += 1, next = rows.next()) {
          for (const column of COLUMNS) params.push(next.value[column]);
        }
        await em.query(count === ROWS_PER_STATEMENT ? fullStatement : statementFor(count), params);
        done += count;
      }
    });
    onProgress(done, size);
  }
  if (done !== size) throw new Error(`seeding wrote ${done} organizations instead of ${size}`);
  // Fresh statistics, as a long-running database would have; plans then match what production sees.
  if (dialect === 'mysql') await dataSource.query('ANALYZE TABLE `organization`');
}
