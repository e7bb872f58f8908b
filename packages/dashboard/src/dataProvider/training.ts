import type {
  CreateTrainingClassMutationVariables,
  CreateTrainingProgramMutationVariables,
  EnrollmentFilter,
  GuildhallClient,
  TrainingClassFilter,
  TrainingProgramFilter,
  UpdateTrainingClassMutationVariables,
  UpdateTrainingProgramMutationVariables,
} from '@guildhall/client';
import type { Identifier, RaRecord } from 'react-admin';
import {
  CLASS_CREATE_FIELDS,
  CLASS_FILTER_KEYS,
  CLASS_MAX_LENGTHS,
  CLASS_UPDATE_FIELDS,
  ENROLLMENT_FILTER_KEYS,
  PROGRAM_CREATE_FIELDS,
  PROGRAM_FILTER_KEYS,
  PROGRAM_MAX_LENGTHS,
  PROGRAM_UPDATE_FIELDS,
  normalizeClass,
  trainingFilter,
  type ChamberTrainingRow,
  type Enrollment,
  type TrainingClass,
} from '../training/training';
import { asRecord, counted, type ProviderContext, type ResourceHandler, type VersionedParams } from './resource';

export interface TrainingMethods {
  /** Training classes: publishing opens the class for enrollment in its window; cancelling ends it. */
  publishClass(params: VersionedParams): Promise<{ data: RaRecord }>;
  cancelClass(params: VersionedParams): Promise<{ data: RaRecord }>;
  /**
   * 我的培训 in one request: the signed-in trainee's places (newest first, up to 100) and the
   * classes open for enrollment (soonest first, up to 50).
   */
  myTraining(): Promise<{ data: { places: Enrollment[]; open: TrainingClass[] } }>;
  /** The signed-in trainee takes a seat, or a place in line. */
  enrollMyself(params: { classId: Identifier }): Promise<{ data: Enrollment }>;
  /** Places: cancelled one by one (each may promote the first in line), the others in one request. */
  cancelEnrollments(params: { ids: Identifier[] }): Promise<{ data: Enrollment[] }>;
  confirmEnrollments(params: { ids: Identifier[] }): Promise<{ data: Enrollment[] }>;
  markEnrollmentsAbsent(params: { ids: Identifier[] }): Promise<{ data: Enrollment[] }>;
  markAttendance(params: { sessionId: Identifier; ids: Identifier[] }): Promise<{ data: Enrollment[] }>;
  /** The trainee checks in to a session of today with its six-digit code. */
  checkIn(params: { sessionId: Identifier; code: string }): Promise<{ data: Enrollment }>;
  revokeCertificate(params: { id: Identifier }): Promise<{ data: Enrollment }>;
  /** Places, attendance, completion and hours per chamber, over a program or a year. */
  trainingByChamber(params: { programId?: Identifier | null; year?: number | null }): Promise<{ data: ChamberTrainingRow[] }>;
}

export function trainingHandlers(client: GuildhallClient): Record<string, ResourceHandler> {
  return {
    /** Training programs (培训计划): created and edited; the organizer is chosen once. */
    trainingPrograms: {
      createFields: PROGRAM_CREATE_FIELDS,
      updateFields: PROGRAM_UPDATE_FIELDS,
      maxLengths: PROGRAM_MAX_LENGTHS,
      normalize: (values) => (typeof values.year === 'string' && values.year !== '' ? { ...values, year: Number(values.year) } : values),
      list: ({ filter, ...rest }) => counted(client.training.programs({ ...rest, filter: trainingFilter(filter, PROGRAM_FILTER_KEYS) as TrainingProgramFilter })),
      get: async (id) => (await client.training.program(id)).item,
      byIds: async (ids) => (await client.training.programsByIds(ids)).items,
      create: async (fields) => (await client.training.createProgram(fields as CreateTrainingProgramMutationVariables)).item,
      update: async (id, version, changes) => (await client.training.updateProgram({ ...changes, id, version } as UpdateTrainingProgramMutationVariables)).item,
    },
    /** Training classes (培训班): sessions and quotas go as whole lists; publishing and cancelling are the data provider's. */
    trainingClasses: {
      createFields: CLASS_CREATE_FIELDS,
      updateFields: CLASS_UPDATE_FIELDS,
      maxLengths: CLASS_MAX_LENGTHS,
      normalize: normalizeClass,
      list: ({ filter, ...rest }) => counted(client.training.classes({ ...rest, filter: trainingFilter(filter, CLASS_FILTER_KEYS) as TrainingClassFilter })),
      get: async (id) => (await client.training.class(id)).item,
      byIds: async (ids) => (await client.training.classesByIds(ids)).items,
      create: async (fields) => (await client.training.createClass(fields as CreateTrainingClassMutationVariables)).item,
      update: async (id, version, changes) => (await client.training.updateClass({ ...changes, id, version } as UpdateTrainingClassMutationVariables)).item,
    },
    /** Places in classes (报名记录): a create enrolls a person; the other steps are the data provider's. */
    enrollments: {
      createFields: ['classId', 'personId'],
      updateFields: [],
      maxLengths: {},
      list: ({ filter, ...rest }) => counted(client.training.enrollments({ ...rest, filter: trainingFilter(filter, ENROLLMENT_FILTER_KEYS) as EnrollmentFilter })),
      get: async (id) => (await client.training.enrollment(id)).item,
      byIds: async (ids) => (await client.training.enrollmentsByIds(ids)).items,
      create: async (fields) => (await client.training.enroll(String(fields.classId ?? ''), String(fields.personId ?? ''))).item,
    },
  };
}

export function trainingMethods({ client, call }: ProviderContext): TrainingMethods {
  return {
    publishClass: (params) =>
      call('trainingClasses', async () => ({ data: asRecord((await client.training.publishClass(String(params.id), params.previousData.version)).item) })),

    cancelClass: (params) =>
      call('trainingClasses', async () => ({ data: asRecord((await client.training.cancelClass(String(params.id), params.previousData.version)).item) })),

    myTraining: () => call('enrollments', async () => ({ data: await client.training.myTraining(100, 50) })),
    enrollMyself: (params) => call('enrollments', async () => ({ data: (await client.training.enrollMyself(String(params.classId))).item })),

    cancelEnrollments: (params) =>
      call('enrollments', async () => {
        const data: Enrollment[] = [];
        for (const id of params.ids) data.push((await client.training.cancel(String(id))).item);
        return { data };
      }),

    confirmEnrollments: (params) => call('enrollments', async () => ({ data: (await client.training.confirm(params.ids.map(String))).items })),

    markEnrollmentsAbsent: (params) => call('enrollments', async () => ({ data: (await client.training.markAbsent(params.ids.map(String))).items })),

    markAttendance: (params) =>
      call('enrollments', async () => ({ data: (await client.training.markAttendance(String(params.sessionId), params.ids.map(String))).items }), ['sessionId']),

    checkIn: (params) =>
      call('enrollments', async () => ({ data: (await client.training.checkIn(String(params.sessionId), params.code.trim())).item }), ['sessionId', 'code']),

    revokeCertificate: (params) => call('enrollments', async () => ({ data: (await client.training.revokeCertificate(String(params.id))).item })),

    trainingByChamber: (params) =>
      call('trainingPrograms', async () => {
        const programId = params.programId == null || params.programId === '' ? null : String(params.programId);
        return { data: (await client.training.byChamber(programId, params.year ?? null)).items };
      }),
  };
}
