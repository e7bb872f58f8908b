import { addDays, todayInChina } from '../common/dates';
import type { MatrixRow, MatrixWorld, Place } from '../test/authorization-matrix';
import { createExemplar, exemplarStep, stepArguments } from '../test/exemplar-fixtures';

const at = (world: MatrixWorld, place: Place) => world[place === 'inScope' ? 'home' : 'away'];

const READERS = { ADMIN: 'all', ASSESSOR: 'all', COORDINATOR: 'scoped', STAFF: 'scoped' } as const;
const WRITERS = { ADMIN: 'all', COORDINATOR: 'scoped', STAFF: 'scoped' } as const;
const REVIEWERS = { ADMIN: 'all', ASSESSOR: 'all' } as const;
const PUBLISHERS = { ADMIN: 'all' } as const;

/** A profile of the place's person, brought by the administrator to `state`. */
async function freshExemplar(w: MatrixWorld, place: Place, state: 'DRAFT' | 'IN_REVIEW' | 'NOTICE' | 'PUBLISHED') {
  const gql = w.server.gql;
  let e = await createExemplar(gql, { p: at(w, place).personId });
  if (state === 'DRAFT') return e;
  e = await exemplarStep(gql, 'submitExemplarForReview', e);
  if (state === 'IN_REVIEW') return e;
  e = await exemplarStep(gql, 'approveExemplar', e);
  const ended = addDays(todayInChina(), -1);
  await w.server.dataSource.query("UPDATE exemplar_revision SET noticeEndsOn = ? WHERE exemplarId = ? AND state = 'NOTICE'", [ended, Number(e.id)]);
  if (state === 'NOTICE') return e;
  return exemplarStep(gql, 'publishExemplar', e);
}

const step = (operation: string, allowed: MatrixRow['allowed'], state: Parameters<typeof freshExemplar>[2], note?: string): MatrixRow => ({
  operation,
  allowed,
  run: async (gql, w, place) => {
    const e = await freshExemplar(w, place, state);
    return gql(`mutation($id: ID!, $v: Int!, $n: String) { ${operation}(id: $id, version: $v, note: $n${stepArguments(operation)}) { id } }`, { id: e.id, v: e.version, n: note });
  },
});

/** Authorization rows of exemplar profiles. */
export const EXEMPLAR_ACCESS_ROWS: MatrixRow[] = [
  {
    operation: 'Exemplar(id)',
    allowed: READERS,
    run: async (gql, w, place) => gql(`query($id: ID!) { Exemplar(id: $id) { id state revisions { number } } }`, { id: (await freshExemplar(w, place, 'DRAFT')).id }),
  },
  {
    operation: 'allExemplars',
    allowed: READERS,
    run: async (gql, w, place) => gql(`query($ids: [ID!]) { allExemplars(filter: { ids: $ids }) { id } _allExemplarsMeta(filter: { ids: $ids }) { count } }`, { ids: [(await freshExemplar(w, place, 'DRAFT')).id] }),
    listed: (data) => data.allExemplars.length === 1 && data._allExemplarsMeta.count === 1,
  },
  {
    operation: 'exemplarRevisionDiff',
    allowed: READERS,
    run: async (gql, w, place) => gql(`query($id: ID!) { exemplarRevisionDiff(id: $id, from: 1, to: 1) { field } }`, { id: (await freshExemplar(w, place, 'DRAFT')).id }),
  },
  {
    operation: 'createExemplar',
    allowed: WRITERS,
    run: (gql, w, place) =>
      gql(`mutation($p: ID) { createExemplar(personId: $p, category: PARTY_MEMBER, title: "矩阵典型", citation: "事迹", story: "<p>事迹</p>") { id } }`, { p: at(w, place).personId }),
  },
  {
    operation: 'updateExemplar',
    allowed: WRITERS,
    run: async (gql, w, place) => {
      const e = await freshExemplar(w, place, 'DRAFT');
      return gql(`mutation($id: ID!, $v: Int!) { updateExemplar(id: $id, version: $v, title: "改过的标题") { id } }`, { id: e.id, v: e.version });
    },
  },
  step('submitExemplarForReview', WRITERS, 'DRAFT'),
  step('approveExemplar', REVIEWERS, 'IN_REVIEW'),
  step('returnExemplarToDraft', REVIEWERS, 'IN_REVIEW', '请补充材料'),
  step('publishExemplar', PUBLISHERS, 'NOTICE'),
  step('withdrawExemplar', PUBLISHERS, 'PUBLISHED', '调离'),
];
