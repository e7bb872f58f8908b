import { SYSTEM_ACTOR } from '../access/actor';
import { nationalIdCheckCharacter } from '../common/national-id';
import type { Random } from '../common/random';
import type { Database } from '../db/database';
import { Organization, OrganizationKind as K, PARTY_KINDS } from '../organizations';
import { Education, MembershipRelation, MembershipStatus } from '../people';
import { PersonService } from '../people';
import type { PersonalDataCipher } from '../people';
import { personUsesByCases } from '../development';

/** Province codes of GB/T 2260, for the region part of national ids: members come from the chamber's home province. */
const PROVINCE_CODES: Record<string, string> = {
  湖南: '43', 四川: '51', 浙江: '33', 福建: '35', 广东: '44', 江西: '36', 重庆: '50', 江苏: '32', 河南: '41',
  湖北: '42', 安徽: '34', 山东: '37', 广西: '45', 云南: '53', 陕西: '61', 上海: '31', 河北: '13',
};
const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '马', '朱', '胡', '郭', '何', '高', '林', '罗', '郑', '梁', '谢', '宋', '唐', '许', '韩', '冯', '邓', '曹', '彭', '曾', '肖', '田', '董', '袁', '潘', '蒋', '蔡', '余'];
const GIVEN = ['伟', '芳', '娜', '敏', '静', '丽', '强', '磊', '军', '洋', '勇', '艳', '杰', '娟', '涛', '明', '超', '秀', '霞', '平', '刚', '桂', '英', '华', '文', '辉', '建', '国', '红', '玉', '海', '鹏', '飞', '林', '斌', '宇', '浩', '凯', '晨', '欣'];
const POSTS = ['会长', '常务副会长', '副会长', '秘书长', '理事', '监事长'];

export function makeNationalId(random: Random, province: string, birthDate: string, gender: 'MALE' | 'FEMALE'): string {
  const region = `${PROVINCE_CODES[province] ?? '52'}${String(random.int(1, 12)).padStart(2, '0')}${String(random.int(1, 30)).padStart(2, '0')}`;
  const sequence = random.int(0, 499) * 2 + (gender === 'MALE' ? 1 : 0);
  const body = `${region}${birthDate.replace(/-/g, '')}${String(sequence).padStart(3, '0')}`;
  return body + nationalIdCheckCharacter(body);
}

function birthDate(random: Random): string {
  return `${random.int(1962, 2000)}-${String(random.int(1, 12)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`;
}

/**
 * Members and chamber leaders of each chamber: full members kept by the chamber's party
 * organizations (a few flow-in), and leaders who are not members kept by the chamber itself.
 */
export async function seedDemoPeople(db: Database, cipher: PersonalDataCipher, random: Random, progress: (message: string) => void): Promise<number> {
  const people = new PersonService(db, SYSTEM_ACTOR, cipher, personUsesByCases);
  const chambers = await db.manager.find(Organization, { where: { kind: K.CHAMBER }, order: { id: 'ASC' } });
  const usedIds = new Set<string>();
  let count = 0;
  for (const chamber of chambers) {
    const below = await db.manager
      .createQueryBuilder(Organization, 'o')
      .where('o.path LIKE :prefix', { prefix: `${chamber.path}%` })
      .andWhere('o.id <> :id', { id: chamber.id })
      .getMany();
    const partyOrgs = below.filter((o) => PARTY_KINDS.includes(o.kind));
    const enterprises = below.filter((o) => o.kind === K.ENTERPRISE);
    const members = Math.round(enterprises.length * 1.6);
    const leaders = 6;
    for (let i = 0; i < members + leaders; i += 1) {
      const leader = i >= members;
      const gender = random.next() < 0.7 ? 'MALE' : 'FEMALE';
      const born = birthDate(random);
      let nationalId: string;
      do nationalId = makeNationalId(random, chamber.originProvince ?? '', born, gender);
      while (usedIds.has(nationalId));
      usedIds.add(nationalId);
      const admitted = leader ? null : `${random.int(Math.max(Number(born.slice(0, 4)) + 20, 1990), 2022)}-07-01`;
      await people.create({
        name: random.pick(SURNAMES) + random.pick(GIVEN) + (random.next() < 0.6 ? random.pick(GIVEN) : ''),
        organizationId: String(leader ? chamber.id : random.pick(partyOrgs).id),
        employerId: String(random.pick(enterprises).id),
        nationalId,
        ethnicity: random.next() < 0.85 ? '汉族' : random.pick(['土家族', '苗族', '侗族', '布依族', '彝族']),
        education: random.pick([Education.SENIOR_HIGH, Education.JUNIOR_COLLEGE, Education.BACHELOR, Education.BACHELOR, Education.MASTER]),
        phone: `1${random.pick(['38', '39', '51', '58', '86', '87'])}${String(random.int(0, 99_999_999)).padStart(8, '0')}`,
        posts: leader ? POSTS[i - members] : null,
        membershipStatus: leader ? MembershipStatus.NON_MEMBER : MembershipStatus.FULL,
        relation: !leader && random.next() < 0.12 ? MembershipRelation.FLOW_IN : MembershipRelation.REGISTERED,
        admittedOn: admitted,
        fullMemberSince: admitted ? `${Number(admitted.slice(0, 4)) + 1}-07-01` : null,
      });
      count += 1;
    }
    progress(`  people of ${chamber.name}: ${members} members, ${leaders} leaders`);
  }
  return count;
}
