import type { MatrixRow, MatrixWorld, Place } from '../test/authorization-matrix';

const at = (world: MatrixWorld, place: Place) => world[place === 'inScope' ? 'home' : 'away'];
const READERS = { ADMIN: 'all', ASSESSOR: 'all', COORDINATOR: 'scoped', STAFF: 'scoped' } as const;
const WRITERS = { ADMIN: 'all', COORDINATOR: 'scoped', STAFF: 'scoped' } as const;
const EVERY_READER = { ADMIN: 'all', ASSESSOR: 'all', COORDINATOR: 'all', STAFF: 'all' } as const;

/** A meeting planned by the administrator for the place's branch. */
async function freshMeeting(w: MatrixWorld, place: Place) {
  const res = await w.server.gql(`mutation($o: ID!) { createMeeting(organizationId: $o, type: THEME_DAY, topic: "矩阵主题党日", plannedOn: "2025-05-01", expectedCount: 10) { id version } }`, {
    o: at(w, place).branchId,
  });
  return res.data!.createMeeting as { id: string; version: number };
}

/** Authorization rows of meetings and their regularity. */
export const OVERSIGHT_ACCESS_ROWS: MatrixRow[] = [
  { operation: 'Meeting(id)', allowed: READERS, run: async (gql, w, place) => gql(`query($id: ID!) { Meeting(id: $id) { id } }`, { id: (await freshMeeting(w, place)).id }) },
  {
    operation: 'allMeetings',
    allowed: READERS,
    run: async (gql, w, place) => gql(`query($ids: [ID!]) { allMeetings(filter: { ids: $ids }) { id } _allMeetingsMeta(filter: { ids: $ids }) { count } }`, { ids: [(await freshMeeting(w, place)).id] }),
    listed: (data) => data.allMeetings.length === 1 && data._allMeetingsMeta.count === 1,
  },
  { operation: 'meetingRequirements', allowed: EVERY_READER, run: (gql) => gql(`query { meetingRequirements { type } }`) },
  {
    operation: 'meetingRegularity',
    allowed: READERS,
    run: (gql, w, place) => gql(`query($o: ID) { meetingRegularity(year: 2025, withinOrganization: $o) { organizationId } }`, { o: at(w, place).chamberId }),
    listed: (data) => data.meetingRegularity.length > 0,
  },
  {
    operation: 'createMeeting',
    allowed: WRITERS,
    run: (gql, w, place) => gql(`mutation($o: ID!) { createMeeting(organizationId: $o, type: PARTY_LECTURE, topic: "党课", plannedOn: "2025-06-01") { id } }`, { o: at(w, place).branchId }),
  },
  {
    operation: 'updateMeeting',
    allowed: WRITERS,
    run: async (gql, w, place) => {
      const m = await freshMeeting(w, place);
      return gql(`mutation($id: ID!, $v: Int!) { updateMeeting(id: $id, version: $v, location: "会议室") { id } }`, { id: m.id, v: m.version });
    },
  },
  {
    operation: 'recordMeetingHeld',
    allowed: WRITERS,
    run: async (gql, w, place) => {
      const m = await freshMeeting(w, place);
      return gql(`mutation($id: ID!, $v: Int!) { recordMeetingHeld(id: $id, version: $v, heldOn: "2025-05-01", attendedCount: 8) { id } }`, { id: m.id, v: m.version });
    },
  },
  {
    operation: 'cancelMeeting',
    allowed: WRITERS,
    run: async (gql, w, place) => {
      const m = await freshMeeting(w, place);
      return gql(`mutation($id: ID!, $v: Int!) { cancelMeeting(id: $id, version: $v) { id } }`, { id: m.id, v: m.version });
    },
  },
  {
    operation: 'coverage',
    allowed: READERS,
    run: (gql, w, place) => gql(`query($o: ID) { coverage(withinOrganization: $o) { enterprises chambers } }`, { o: at(w, place).chamberId }),
    listed: (data) => data.coverage.chambers === 1,
  },
  {
    operation: 'uncoveredEnterprises',
    allowed: READERS,
    run: (gql, w, place) => gql(`query($o: ID) { uncoveredEnterprises(withinOrganization: $o) { id } }`, { o: at(w, place).chamberId }),
    listed: (data) => data.uncoveredEnterprises.length > 0,
  },
  {
    operation: 'organizationEligibility',
    allowed: READERS,
    run: (gql, w, place) => gql(`query($o: ID) { organizationEligibility(withinOrganization: $o) { organizationId } }`, { o: at(w, place).chamberId }),
    listed: (data) => data.organizationEligibility.length > 0,
  },
  { operation: 'setMeetingRequirement', allowed: { ADMIN: 'all' }, run: (gql) => gql(`mutation { setMeetingRequirement(organizationKind: JOINT_BRANCH, type: THEME_DAY, period: MONTH, minCount: 1) { type } }`) },
];
