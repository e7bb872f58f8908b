import type { Gql } from './server';

export const EXEMPLAR_FIELDS = 'id version state personId ownerOrganizationId publishedRevisionId workingRevisionId withdrawnAt';

export async function createExemplar(gql: Gql, fields: Record<string, unknown>): Promise<Record<string, any>> {
  const res = await gql(
    `mutation($p: ID, $o: ID, $c: ExemplarCategory, $t: String, $ci: String, $s: String, $a: [String!]) {
      createExemplar(personId: $p, subjectOrganizationId: $o, category: $c, title: $t, citation: $ci, story: $s, awards: $a) { ${EXEMPLAR_FIELDS} }
    }`,
    { c: 'PARTY_MEMBER', t: '扎根商会的好党员', ci: '带领企业党员服务群众', s: '<p>十年如一日服务会员企业。</p>', ...fields },
  );
  if (res.errors) throw new Error(`createExemplar failed: ${JSON.stringify(res.errors)}`);
  return res.data!.createExemplar;
}

/** What an approval opens the notice with (approveExemplar's own arguments). */
export const NOTICE_CHANNELS = 'hotline: "0851-86000000", suggestionBox: "商会党群服务中心一楼意见箱"';

/** The arguments a step takes besides the record and the note. */
export const stepArguments = (mutation: string): string => (mutation === 'approveExemplar' ? `, ${NOTICE_CHANNELS}` : '');

export async function exemplarStep(gql: Gql, mutation: string, e: Record<string, any>, note?: string): Promise<Record<string, any>> {
  const res = await gql(`mutation($id: ID!, $v: Int!, $n: String) { ${mutation}(id: $id, version: $v, note: $n${stepArguments(mutation)}) { ${EXEMPLAR_FIELDS} } }`, { id: e.id, v: e.version, n: note });
  if (res.errors) throw new Error(`${mutation} failed: ${JSON.stringify(res.errors)}`);
  return res.data![mutation];
}
