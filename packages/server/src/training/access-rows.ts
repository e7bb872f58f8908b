import { todayInChina } from '../common/dates';
import type { MatrixRow, MatrixWorld, Place } from '../test/authorization-matrix';
import { createPerson } from '../test/people-fixtures';
import type { Gql } from '../test/server';
import { createClass, createProgram, ENROLL } from '../test/training-fixtures';

const at = (world: MatrixWorld, place: Place) => world[place === 'inScope' ? 'home' : 'away'];
let serial = 0;
const next = () => (serial += 1);

const READERS = { ADMIN: 'all', ASSESSOR: 'all', COORDINATOR: 'scoped', STAFF: 'scoped', TRAINEE: 'scoped' } as const;
const MANAGERS = { ADMIN: 'all', COORDINATOR: 'scoped' } as const;
const ENROLLERS = { ADMIN: 'all', COORDINATOR: 'scoped', STAFF: 'scoped' } as const;

/** What each chamber of the matrix world needs: a program and an open class run by the chamber, a person to enroll, and the trainee's person. */
export async function trainingPlace(gql: Gql, chamberId: string, province: string) {
  const program = await createProgram(gql, chamberId);
  const klass = await createClass(gql, program.id, { capacity: 500 });
  const traineePerson = await createPerson(gql, { name: `${province}矩阵学员`, organizationId: chamberId });
  const enrollment = (await gql(ENROLL, { c: klass.id, p: traineePerson.id })).data!.enroll;
  const sessions = (await gql(`query($id: ID!) { TrainingClass(id: $id) { sessions { id checkInCode } } }`, { id: klass.id })).data!.TrainingClass.sessions;
  return { programId: program.id, classId: klass.id, traineePersonId: traineePerson.id, traineeEnrollmentId: enrollment.id, sessionId: sessions[0].id, sessionCode: sessions[0].checkInCode };
}

async function freshEnrollment(w: MatrixWorld, place: Place) {
  const person = await createPerson(w.server.gql, { name: `矩阵报名${next()}`, organizationId: at(w, place).chamberId });
  return (await w.server.gql(ENROLL, { c: at(w, place).classId, p: person.id })).data!.enroll as { id: string };
}

async function freshClass(w: MatrixWorld, place: Place, publish = true) {
  return createClass(w.server.gql, at(w, place).programId, { capacity: 100, publish });
}

/** Authorization rows of training. */
export const TRAINING_ACCESS_ROWS: MatrixRow[] = [
  { operation: 'TrainingProgram(id)', allowed: READERS, run: (gql, w, place) => gql(`query($id: ID!) { TrainingProgram(id: $id) { id } }`, { id: at(w, place).programId }) },
  {
    operation: 'allTrainingPrograms',
    allowed: READERS,
    run: (gql, w, place) => gql(`query($ids: [ID!]) { allTrainingPrograms(filter: { ids: $ids }) { id } _allTrainingProgramsMeta(filter: { ids: $ids }) { count } }`, { ids: [at(w, place).programId] }),
    listed: (data) => data.allTrainingPrograms.length === 1 && data._allTrainingProgramsMeta.count === 1,
  },
  {
    operation: 'createTrainingProgram',
    allowed: MANAGERS,
    run: (gql, w, place) => gql(`mutation($o: ID!) { createTrainingProgram(title: "矩阵计划", year: 2026, organizerId: $o) { id } }`, { o: at(w, place).chamberId }),
  },
  {
    operation: 'updateTrainingProgram',
    allowed: MANAGERS,
    run: async (gql, w, place) => {
      const p = (await createProgram(w.server.gql, at(w, place).chamberId)).id;
      return gql(`mutation($id: ID!) { updateTrainingProgram(id: $id, version: 1, description: "改") { id } }`, { id: p });
    },
  },
  { operation: 'TrainingClass(id)', allowed: READERS, run: (gql, w, place) => gql(`query($id: ID!) { TrainingClass(id: $id) { id seated stats { seated } } }`, { id: at(w, place).classId }) },
  {
    operation: 'allTrainingClasses',
    allowed: READERS,
    run: (gql, w, place) => gql(`query($ids: [ID!]) { allTrainingClasses(filter: { ids: $ids }) { id } _allTrainingClassesMeta(filter: { ids: $ids }) { count } }`, { ids: [at(w, place).classId] }),
    listed: (data) => data.allTrainingClasses.length === 1 && data._allTrainingClassesMeta.count === 1,
  },
  {
    operation: 'createTrainingClass',
    allowed: MANAGERS,
    run: (gql, w, place) =>
      gql(`mutation($p: ID!, $d: String!) { createTrainingClass(programId: $p, title: "矩阵班", capacity: 10, enrollmentOpensOn: $d, enrollmentClosesOn: $d) { id } }`, { p: at(w, place).programId, d: todayInChina() }),
  },
  {
    operation: 'updateTrainingClass',
    allowed: MANAGERS,
    run: async (gql, w, place) => {
      const c = await freshClass(w, place);
      return gql(`mutation($id: ID!, $v: Int!) { updateTrainingClass(id: $id, version: $v, venue: "党校") { id } }`, { id: c.id, v: c.version });
    },
  },
  {
    operation: 'publishTrainingClass',
    allowed: MANAGERS,
    run: async (gql, w, place) => {
      const c = await freshClass(w, place, false);
      return gql(`mutation($id: ID!, $v: Int!) { publishTrainingClass(id: $id, version: $v) { id } }`, { id: c.id, v: c.version });
    },
  },
  {
    operation: 'cancelTrainingClass',
    allowed: MANAGERS,
    run: async (gql, w, place) => {
      const c = await freshClass(w, place);
      return gql(`mutation($id: ID!, $v: Int!) { cancelTrainingClass(id: $id, version: $v) { id } }`, { id: c.id, v: c.version });
    },
  },
  {
    operation: 'Enrollment(id)',
    allowed: READERS,
    run: (gql, w, place) => gql(`query($id: ID!) { Enrollment(id: $id) { id person { name } class { title } } }`, { id: at(w, place).traineeEnrollmentId }),
  },
  {
    operation: 'allEnrollments',
    allowed: READERS,
    run: (gql, w, place) => gql(`query($ids: [ID!]) { allEnrollments(filter: { ids: $ids }) { id } _allEnrollmentsMeta(filter: { ids: $ids }) { count } }`, { ids: [at(w, place).traineeEnrollmentId] }),
    listed: (data) => data.allEnrollments.length === 1 && data._allEnrollmentsMeta.count === 1,
  },
  {
    operation: 'trainingByChamber',
    allowed: { ADMIN: 'all', ASSESSOR: 'all', COORDINATOR: 'scoped', STAFF: 'scoped' },
    run: (gql, w, place) => gql(`query($p: ID) { trainingByChamber(programId: $p) { seated } }`, { p: at(w, place).programId }),
    listed: (data) => data.trainingByChamber.length > 0,
  },
  {
    operation: 'enroll',
    allowed: ENROLLERS,
    run: async (gql, w, place) => {
      const person = await createPerson(w.server.gql, { name: `矩阵新学员${next()}`, organizationId: at(w, place).chamberId });
      return gql(ENROLL, { c: at(w, place).classId, p: person.id });
    },
  },
  {
    operation: 'enrollMyself',
    allowed: { TRAINEE: 'scoped' },
    run: async (gql, w, place) => gql(`mutation($c: ID!) { enrollMyself(classId: $c) { id } }`, { c: (await freshClass(w, place)).id }),
  },
  {
    operation: 'cancelEnrollment',
    allowed: { ADMIN: 'all', COORDINATOR: 'scoped', STAFF: 'scoped', TRAINEE: 'scoped' },
    run: async (gql, w, place) => {
      // The trainee's own place: re-enrolled after each cancellation.
      await w.server.gql(ENROLL, { c: at(w, place).classId, p: at(w, place).traineePersonId });
      return gql(`mutation($id: ID!) { cancelEnrollment(id: $id) { id } }`, { id: at(w, place).traineeEnrollmentId });
    },
  },
  {
    operation: 'confirmEnrollments',
    allowed: MANAGERS,
    run: async (gql, w, place) => gql(`mutation($ids: [ID!]!) { confirmEnrollments(ids: $ids) { id } }`, { ids: [(await freshEnrollment(w, place)).id] }),
  },
  {
    operation: 'markEnrollmentsAbsent',
    allowed: MANAGERS,
    run: async (gql, w, place) => gql(`mutation($ids: [ID!]!) { markEnrollmentsAbsent(ids: $ids) { id } }`, { ids: [(await freshEnrollment(w, place)).id] }),
  },
  {
    operation: 'markAttendance',
    allowed: MANAGERS,
    run: async (gql, w, place) => gql(`mutation($s: ID!, $ids: [ID!]!) { markAttendance(sessionId: $s, ids: $ids) { id } }`, { s: at(w, place).sessionId, ids: [(await freshEnrollment(w, place)).id] }),
  },
  {
    operation: 'checkIn',
    allowed: { TRAINEE: 'scoped' },
    run: async (gql, w, place) => {
      await w.server.gql(ENROLL, { c: at(w, place).classId, p: at(w, place).traineePersonId });
      return gql(`mutation($s: ID!, $c: String!) { checkIn(sessionId: $s, code: $c) { id } }`, { s: at(w, place).sessionId, c: at(w, place).sessionCode });
    },
  },
  {
    operation: 'revokeCertificate',
    allowed: MANAGERS,
    run: async (gql, w, place) => {
      const c = await createClass(w.server.gql, at(w, place).programId, { capacity: 10, requiredHours: 4 });
      const person = await createPerson(w.server.gql, { name: `矩阵结业${next()}`, organizationId: at(w, place).chamberId });
      const e = (await w.server.gql(ENROLL, { c: c.id, p: person.id })).data!.enroll;
      const s = (await w.server.gql(`query($id: ID!) { TrainingClass(id: $id) { sessions { id } } }`, { id: c.id })).data!.TrainingClass.sessions[0];
      await w.server.gql(`mutation($s: ID!, $ids: [ID!]!) { markAttendance(sessionId: $s, ids: $ids) { id } }`, { s: s.id, ids: [e.id] });
      return gql(`mutation($id: ID!) { revokeCertificate(id: $id) { id } }`, { id: e.id });
    },
  },
];
