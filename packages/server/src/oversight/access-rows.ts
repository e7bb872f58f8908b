import type { MatrixRow, MatrixWorld, Place } from '../test/authorization-matrix';
import { VenuePhoto } from './venue.entity';

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

let serial = 0;

/** A fresh branch of the place's chamber, marked weak or lax by the administrator. */
async function weakBranch(w: MatrixWorld, place: Place) {
  serial += 1;
  const created = await w.server.gql(`mutation($p: ID!, $n: String!) { createOrganization(kind: BRANCH, name: $n, parentId: $p, hostId: $p, status: WEAK_LAX) { id } }`, {
    p: at(w, place).chamberId,
    n: `矩阵软弱涣散支部${serial}`,
  });
  return created.data!.createOrganization.id as string;
}

/** A rectification case at the acceptance step, opened by the administrator. */
async function caseAtAcceptance(w: MatrixWorld, place: Place) {
  const gql = w.server.gql;
  let c = (await gql(`mutation($o: ID!) { openRectification(organizationId: $o, problems: "班子不健全", identifiedOn: "2026-01-05") { id version } }`, { o: await weakBranch(w, place) })).data!.openRectification;
  c = (await gql(`mutation($id: ID!, $v: Int!) { startRectification(id: $id, version: $v, note: "调整班子") { id version } }`, { id: c.id, v: c.version })).data!.startRectification;
  return (await gql(`mutation($id: ID!, $v: Int!) { submitRectificationForAcceptance(id: $id, version: $v) { id version } }`, { id: c.id, v: c.version })).data!.submitRectificationForAcceptance as { id: string; version: number };
}

/** The last year a letter was signed for, per world and chamber: letters are one per chamber and year. */
const lettersSigned = new WeakMap<MatrixWorld, Map<string, number>>();

function nextLetterYear(w: MatrixWorld, place: Place): number {
  const years = lettersSigned.get(w) ?? new Map<string, number>();
  lettersSigned.set(w, years);
  const year = (years.get(at(w, place).chamberId) ?? 2000) + 1;
  years.set(at(w, place).chamberId, year);
  return year;
}

/** Signs, as the administrator, a letter for the place's chamber in a year no other row uses. */
async function signedLetter(w: MatrixWorld, place: Place) {
  const letterYear = nextLetterYear(w, place);
  await w.server.gql(`mutation($c: ID!, $y: Int!) { signResponsibilityLetter(chamberId: $c, year: $y, signedOn: "2026-01-10", signatory: "会长", targets: [{ area: SYSTEM, target: "按期换届" }]) { id } }`, {
    c: at(w, place).chamberId,
    y: letterYear,
  });
  return letterYear;
}

const SCORES = `[{ area: SYSTEM, score: 90 }, { area: TRAINING, score: 80 }, { area: SUPPORT, score: 70 }, { area: ROLE, score: 60 }, { area: ATMOSPHERE, score: 50 }]`;

/** An assessment of the place's chamber, recorded by the administrator against a fresh letter. */
async function freshAssessment(w: MatrixWorld, place: Place) {
  const year = await signedLetter(w, place);
  const res = await w.server.gql(`mutation($c: ID!, $y: Int!) { recordAssessment(chamberId: $c, year: $y, assessedOn: "2026-11-01", scores: ${SCORES}) { id version year } }`, { c: at(w, place).chamberId, y: year });
  return res.data!.recordAssessment as { id: string; version: number; year: number };
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
  {
    operation: 'allRectificationCases',
    allowed: READERS,
    run: async (gql, w, place) => gql(`query($ids: [ID!]) { allRectificationCases(filter: { ids: $ids }) { id } }`, { ids: [(await caseAtAcceptance(w, place)).id] }),
    listed: (data) => data.allRectificationCases.length === 1,
  },
  {
    operation: 'openRectification',
    allowed: { ADMIN: 'all', COORDINATOR: 'scoped' },
    run: async (gql, w, place) => gql(`mutation($o: ID!) { openRectification(organizationId: $o, problems: "组织生活不正常", identifiedOn: "2026-01-05") { id } }`, { o: await weakBranch(w, place) }),
  },
  {
    operation: 'passRectificationAcceptance',
    allowed: { ADMIN: 'all', ASSESSOR: 'all' },
    run: async (gql, w, place) => {
      const c = await caseAtAcceptance(w, place);
      return gql(`mutation($id: ID!, $v: Int!) { passRectificationAcceptance(id: $id, version: $v) { id } }`, { id: c.id, v: c.version });
    },
  },
  {
    operation: 'closeRectification',
    allowed: { ADMIN: 'all', COORDINATOR: 'scoped' },
    run: async (gql, w, place) => {
      const c = await caseAtAcceptance(w, place);
      const passed = (await w.server.gql(`mutation($id: ID!, $v: Int!) { passRectificationAcceptance(id: $id, version: $v) { id version } }`, { id: c.id, v: c.version })).data!.passRectificationAcceptance;
      return gql(`mutation($id: ID!, $v: Int!) { closeRectification(id: $id, version: $v) { id } }`, { id: passed.id, v: passed.version });
    },
  },
  { operation: 'venueChecklist', allowed: EVERY_READER, run: (gql) => gql(`query { venueChecklist(standard: FULL) { code } }`) },
  {
    operation: 'venueCompliance',
    allowed: READERS,
    run: (gql, w, place) => gql(`query($o: ID) { venueCompliance(withinOrganization: $o) { organizationId } }`, { o: at(w, place).chamberId }),
    listed: (data) => data.venueCompliance.length > 0,
  },
  {
    operation: 'createVenue',
    allowed: WRITERS,
    run: (gql, w, place) => gql(`mutation($o: ID!) { createVenue(organizationId: $o, standard: FOUR_HAVES, name: "矩阵活动室") { id } }`, { o: at(w, place).branchId }),
  },
  {
    operation: 'inspectVenue',
    allowed: WRITERS,
    run: async (gql, w, place) => {
      const v = (await w.server.gql(`mutation($o: ID!) { createVenue(organizationId: $o, standard: FOUR_HAVES, name: "矩阵活动室") { id version } }`, { o: at(w, place).branchId })).data!.createVenue;
      return gql(`mutation($id: ID!, $v: Int!) { inspectVenue(id: $id, version: $v, checkedOn: "2026-06-01", checks: [{ code: "place", ok: true }]) { id } }`, { id: v.id, v: v.version });
    },
  },
  {
    operation: 'allVenues',
    allowed: READERS,
    run: async (gql, w, place) => {
      await w.server.gql(`mutation($o: ID!) { createVenue(organizationId: $o, standard: FOUR_HAVES, name: "矩阵活动室") { id } }`, { o: at(w, place).branchId });
      return gql(`query($o: ID) { allVenues(filter: { organizationId: $o }) { id } _allVenuesMeta(filter: { organizationId: $o }) { count } }`, { o: at(w, place).branchId });
    },
    listed: (data) => data.allVenues.length > 0 && data._allVenuesMeta.count > 0,
  },
  {
    operation: 'Venue(id)',
    allowed: READERS,
    run: async (gql, w, place) => {
      const v = (await w.server.gql(`mutation($o: ID!) { createVenue(organizationId: $o, standard: FOUR_HAVES, name: "矩阵活动室") { id } }`, { o: at(w, place).branchId })).data!.createVenue;
      return gql(`query($id: ID!) { Venue(id: $id) { id name } }`, { id: v.id });
    },
  },
  { operation: 'setVenueChecklist', allowed: { ADMIN: 'all' }, run: (gql) => gql(`mutation { setVenueChecklist(standard: FULL, items: [{ code: "place", label: "有场所" }]) { code } }`) },
  { operation: 'setMeetingRequirement', allowed: { ADMIN: 'all' }, run: (gql) => gql(`mutation { setMeetingRequirement(organizationKind: JOINT_BRANCH, type: THEME_DAY, period: MONTH, minCount: 1) { type } }`) },
  {
    operation: 'responsibilityLetters',
    allowed: READERS,
    run: async (gql, w, place) => gql(`query($y: Int) { responsibilityLetters(year: $y) { chamberId } }`, { y: await signedLetter(w, place) }),
    listed: (data, w, place) => data.responsibilityLetters.some((l: { chamberId: string }) => l.chamberId === at(w, place).chamberId),
  },
  {
    operation: 'ResponsibilityLetter(id)',
    allowed: READERS,
    run: async (gql, w, place) => {
      const y = await signedLetter(w, place);
      const letter = (await w.server.gql(`query($c: ID, $y: Int) { allResponsibilityLetters(filter: { chamberId: $c, year: $y }) { id } }`, { c: at(w, place).chamberId, y })).data!.allResponsibilityLetters[0];
      return gql(`query($id: ID!) { ResponsibilityLetter(id: $id) { id chamberId } }`, { id: letter.id });
    },
  },
  {
    operation: 'allResponsibilityLetters',
    allowed: READERS,
    run: async (gql, w, place) => {
      const y = await signedLetter(w, place);
      return gql(`query($c: ID, $y: Int) { allResponsibilityLetters(filter: { chamberId: $c, year: $y }) { id chamberId } _allResponsibilityLettersMeta(filter: { chamberId: $c, year: $y }) { count } }`, { c: at(w, place).chamberId, y });
    },
    listed: (data) => data.allResponsibilityLetters.length === 1 && data._allResponsibilityLettersMeta.count === 1,
  },
  {
    operation: 'chambersWithoutLetter',
    allowed: READERS,
    run: (gql) => gql(`query { chambersWithoutLetter(year: 2099) { id } }`),
    listed: (data, w, place) => data.chambersWithoutLetter.some((c: { id: string }) => c.id === at(w, place).chamberId),
  },
  {
    operation: 'signResponsibilityLetter',
    allowed: { ADMIN: 'all' },
    run: (gql, w, place) => {
      const letterYear = nextLetterYear(w, place);
      return gql(`mutation($c: ID!, $y: Int!) { signResponsibilityLetter(chamberId: $c, year: $y, signedOn: "2026-01-10", signatory: "会长", targets: [{ area: SYSTEM, target: "按期换届" }]) { id } }`, { c: at(w, place).chamberId, y: letterYear });
    },
  },
  {
    operation: 'assessments',
    allowed: READERS,
    run: async (gql, w, place) => gql(`query($y: Int!) { assessments(year: $y) { chamberId } }`, { y: (await freshAssessment(w, place)).year }),
    listed: (data, w, place) => data.assessments.some((a: { chamberId: string }) => a.chamberId === at(w, place).chamberId),
  },
  {
    operation: 'Assessment(id)',
    allowed: READERS,
    run: async (gql, w, place) => gql(`query($id: ID!) { Assessment(id: $id) { id chamberId } }`, { id: (await freshAssessment(w, place)).id }),
  },
  {
    operation: 'allAssessments',
    allowed: READERS,
    run: async (gql, w, place) => gql(`query($ids: [ID!]) { allAssessments(filter: { ids: $ids }) { id } _allAssessmentsMeta(filter: { ids: $ids }) { count } }`, { ids: [(await freshAssessment(w, place)).id] }),
    listed: (data) => data.allAssessments.length === 1 && data._allAssessmentsMeta.count === 1,
  },
  {
    operation: 'chambersNotAssessed',
    allowed: READERS,
    run: (gql) => gql(`query { chambersNotAssessed(year: 2099) { id } }`),
    listed: (data, w, place) => data.chambersNotAssessed.some((c: { id: string }) => c.id === at(w, place).chamberId),
  },
  { operation: 'assessmentWeights', allowed: EVERY_READER, run: (gql) => gql(`query { assessmentWeights(year: 2026) { area weight } }`) },
  {
    operation: 'setAssessmentWeights',
    allowed: { ADMIN: 'all' },
    run: (gql) => gql(`mutation { setAssessmentWeights(year: 2100, weights: [{ area: SYSTEM, weight: 40 }, { area: TRAINING, weight: 15 }, { area: SUPPORT, weight: 15 }, { area: ROLE, weight: 15 }, { area: ATMOSPHERE, weight: 15 }]) { weight } }`),
  },
  {
    operation: 'recordAssessment',
    allowed: { ADMIN: 'all', ASSESSOR: 'all' },
    run: async (gql, w, place) => gql(`mutation($c: ID!, $y: Int!) { recordAssessment(chamberId: $c, year: $y, assessedOn: "2026-11-01", scores: ${SCORES}) { id } }`, { c: at(w, place).chamberId, y: await signedLetter(w, place) }),
  },
  {
    operation: 'updateAssessment',
    allowed: { ADMIN: 'all', ASSESSOR: 'all' },
    run: async (gql, w, place) => {
      const a = await freshAssessment(w, place);
      return gql(`mutation($id: ID!, $v: Int!) { updateAssessment(id: $id, version: $v, comment: "复核") { id } }`, { id: a.id, v: a.version });
    },
  },
  {
    operation: 'homeDashboard',
    allowed: READERS,
    run: (gql) => gql(`query { homeDashboard(year: 2025) { coverageByChamber { chamberId } } }`),
    listed: (data, w, place) => data.homeDashboard.coverageByChamber.some((c: { chamberId: string }) => c.chamberId === at(w, place).chamberId),
  },
  { operation: 'organizationRules', allowed: EVERY_READER, run: (gql) => gql(`query { organizationRules { branchTermYears } }`) },
  { operation: 'setOrganizationRules', allowed: { ADMIN: 'all' }, run: (gql) => gql(`mutation { setOrganizationRules(termDueSoonMonths: 6) { termDueSoonMonths } }`) },
  {
    operation: 'setJointBranchEnterprises',
    allowed: WRITERS,
    run: async (gql, w, place) => {
      serial += 1;
      const created = await w.server.gql(`mutation($p: ID!, $n: String!) { createOrganization(kind: JOINT_BRANCH, name: $n, parentId: $p, hostId: $p) { id version } }`, { p: at(w, place).chamberId, n: `矩阵联合党支部${serial}` });
      const branch = created.data!.createOrganization;
      return gql(`mutation($b: ID!, $v: Int!) { setJointBranchEnterprises(jointBranchId: $b, version: $v, enterpriseIds: []) { id } }`, { b: branch.id, v: branch.version });
    },
  },
  {
    operation: 'removeVenuePhoto',
    allowed: WRITERS,
    run: async (gql, w, place) => {
      const v = (await w.server.gql(`mutation($o: ID!) { createVenue(organizationId: $o, standard: FOUR_HAVES, name: "矩阵活动室") { id } }`, { o: at(w, place).branchId })).data!.createVenue;
      // A photo row as an upload leaves it; its files are not needed to remove it.
      const photo = await w.server.dataSource.getRepository(VenuePhoto).save({ venueId: Number(v.id), storageKey: `venue-matrix-${v.id}`, width: 800, height: 600 });
      return gql(`mutation($id: ID!) { removeVenuePhoto(id: $id) { id } }`, { id: String(photo.id) });
    },
  },
];
