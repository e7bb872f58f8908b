import { SYSTEM_ACTOR } from '../access/actor';
import type { Database } from '../db/database';
import { ExemplarCategory } from '../exemplars';
import { ExemplarService } from '../exemplars';
import { FileStore } from '../db/file-store';
import { Organization, OrganizationKind as K } from '../organizations';
import { MembershipStatus, Person } from '../people';

interface DemoProfile {
  chamber: string;
  subject: 'member' | 'leader' | 'committee';
  category: ExemplarCategory;
  title: string;
  citation: string;
  story: string;
  awards: string[];
  publish: boolean;
}

const PROFILES: DemoProfile[] = [
  {
    chamber: '贵州省湖南商会',
    subject: 'member',
    category: ExemplarCategory.PARTY_MEMBER,
    title: '把党员的身份亮在企业一线',
    citation: '带头设立党员先锋岗，带动企业职工参与乡村振兴帮扶项目三十余次。',
    story: '<p>他是企业里第一个亮出党员身份的人。</p><p>在商会党委的组织下，他牵头成立了企业党员志愿服务队，常年到黔东南的帮扶村开展农产品产销对接。</p><ul><li>组织党员志愿服务 36 次</li><li>帮助销售农产品 120 余吨</li></ul>',
    awards: ['贵州省商务厅优秀共产党员'],
    publish: true,
  },
  {
    chamber: '贵州省湖南商会',
    subject: 'committee',
    category: ExemplarCategory.PARTY_ORGANIZATION,
    title: '“三会一课”常态化的商会党委',
    citation: '坚持每月主题党日，建立会员企业党建联系点，实现会员企业党的工作全覆盖。',
    story: '<p>商会党委把党建工作融入商会服务，建立“党委委员联系会员企业”制度。</p><p>近三年，新发展党员 9 名，联合党支部覆盖小微会员企业 21 家。</p>',
    awards: ['全省异地商会先进基层党组织'],
    publish: true,
  },
  {
    chamber: '贵州省四川商会',
    subject: 'leader',
    category: ExemplarCategory.ENTREPRENEUR,
    title: '守法经营、回报桑梓的民营企业家',
    citation: '企业连续十年纳税信用 A 级，出资设立助学基金资助困难学生 200 余名。',
    story: '<p>作为商会会长，他带头签订诚信经营承诺书。</p><blockquote>“商会的信誉，就是每一家会员企业的信誉。”</blockquote>',
    awards: ['贵州省优秀民营企业家'],
    publish: true,
  },
  {
    chamber: '贵州省浙江商会',
    subject: 'member',
    category: ExemplarCategory.INSTRUCTOR,
    title: '扎根商会的党建指导员',
    citation: '指导会员企业建立党组织 6 个，规范“三会一课”记录台账。',
    story: '<p>她每周走访两家会员企业，手把手指导规范党组织生活。</p>',
    awards: [],
    publish: false,
  },
];

/** Exemplars of the demo chambers: three published in the showcase, one in review. */
export async function seedDemoExemplars(db: Database, progress: (message: string) => void): Promise<number> {
  const photos = new FileStore(db);
  // Approved 20 days ago, so their notices have ended and they can be published now.
  const back = new ExemplarService(db, SYSTEM_ACTOR, photos, () => new Date(Date.now() - 20 * 86_400_000));
  const now = new ExemplarService(db, SYSTEM_ACTOR, photos);
  let count = 0;
  for (const profile of PROFILES) {
    const chamber = await db.manager.findOneBy(Organization, { name: profile.chamber, kind: K.CHAMBER });
    if (!chamber) continue;
    const below = db.manager.createQueryBuilder(Organization, 'o').where('o.path LIKE :prefix', { prefix: `${chamber.path}%` });
    let subject: { personId?: string; subjectOrganizationId?: string };
    if (profile.subject === 'committee') {
      const committee = await below.clone().andWhere('o.kind IN (:...kinds)', { kinds: [K.PARTY_COMMITTEE, K.BRANCH] }).orderBy('o.depth', 'ASC').getOne();
      if (!committee) continue;
      subject = { subjectOrganizationId: String(committee.id) };
    } else {
      const person = await db.manager
        .createQueryBuilder(Person, 'p')
        .innerJoin(Organization, 'o', 'o.id = p.organizationId')
        .where('o.path LIKE :prefix', { prefix: `${chamber.path}%` })
        .andWhere(profile.subject === 'leader' ? "p.posts = '会长'" : 'p.membershipStatus = :full', { full: MembershipStatus.FULL })
        .orderBy('p.id', 'ASC')
        .getOne();
      if (!person) continue;
      subject = { personId: String(person.id) };
    }
    let e = await back.create({ ...subject, category: profile.category, title: profile.title, citation: profile.citation, story: profile.story, awards: profile.awards });
    e = await back.submit({ id: String(e.id), version: e.version });
    count += 1;
    if (!profile.publish) continue;
    e = await back.approve({ id: String(e.id), version: e.version, hotline: chamber.phone ?? '0851-86000000', suggestionBox: `${chamber.name}党群服务中心一楼意见箱` });
    await now.publish({ id: String(e.id), version: e.version });
  }
  progress(`  ${count} exemplar profiles`);
  return count;
}
