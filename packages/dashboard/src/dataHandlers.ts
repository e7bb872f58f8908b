import type {
  AuditEntryFilter,
  CalendarDayFilter,
  CalendarDayKind,
  CreatePublicNoticeMutationVariables,
  DevelopmentCaseFilter,
  PublicNoticeFilter,
  RecordReportMutationVariables,
  ReportFilter,
  UpdatePublicNoticeMutationVariables,
  CreateOrganizationMutationVariables,
  CreatePersonMutationVariables,
  CreateUserMutationVariables,
  GuildhallClient,
  OrganizationFilter,
  PersonFilter,
  UpdateOrganizationMutationVariables,
  UpdatePersonMutationVariables,
  UpdateUserMutationVariables,
  UserFilter,
  CreateExemplarMutationVariables,
  CreateTrainingClassMutationVariables,
  CreateTrainingProgramMutationVariables,
  EnrollmentFilter,
  ExemplarFilter,
  TrainingClassFilter,
  TrainingProgramFilter,
  UpdateExemplarMutationVariables,
  UpdateTrainingClassMutationVariables,
  UpdateTrainingProgramMutationVariables,
  CreateMeetingMutationVariables,
  MeetingFilter,
  RectificationFilter,
} from '@guildhall/client';
import { CASE_FILTER_KEYS, knownFilters } from './development/development';
import { EXEMPLAR_CREATE_FIELDS, EXEMPLAR_MAX_LENGTHS, EXEMPLAR_UPDATE_FIELDS, exemplarFilter, normalizeExemplar, withContent } from './exemplars/exemplar';
import { NOTICE_CREATE_FIELDS, NOTICE_FILTER_KEYS, NOTICE_MAX_LENGTHS, NOTICE_UPDATE_FIELDS } from './notices/notice';
import { MAX_LENGTHS, WRITABLE_FIELDS } from './organizations/kinds';
import { PERSON_MAX_LENGTHS, PERSON_WRITABLE_FIELDS, personFilter } from './people/person';
import { REPORT_CREATE_FIELDS, REPORT_FILTER_KEYS, REPORT_MAX_LENGTHS } from './reports/report';
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
} from './training/training';
import { MEETING_CREATE_FIELDS, MEETING_FILTER_KEYS, MEETING_MAX_LENGTHS, RECTIFICATION_FILTER_KEYS, oversightFilter } from './oversight/oversight';
import { USER_CREATE_FIELDS, USER_MAX_LENGTHS, USER_UPDATE_FIELDS } from './users/roles';

export type Values = Record<string, unknown>;

export interface ListVariables {
  page: number;
  perPage: number;
  sortField?: string;
  sortOrder?: string;
  filter: Values;
}

/** What the data provider needs to know about one resource: its SDK calls and its writable fields. */
export interface ResourceHandler {
  /** Fields a create sends (when filled). */
  createFields: readonly string[];
  /** Fields an update may send (when changed). */
  updateFields: readonly string[];
  /** Text limits, to word length problems. */
  maxLengths: Record<string, number>;
  /** Puts form values in the shape the server takes, before a create and before comparing for an update. */
  normalize?(values: Values): Values;
  list(variables: ListVariables): Promise<{ items: Values[]; total: number }>;
  get(id: string): Promise<Values>;
  byIds(ids: string[]): Promise<Values[]>;
  create?(fields: Values): Promise<Values>;
  update?(id: string, version: number, changes: Values): Promise<Values>;
  delete?(id: string, version?: number): Promise<Values>;
  archive?(id: string, version: number): Promise<Values>;
  restore?(id: string, version: number): Promise<Values>;
}

/** A local calendar day as the start or the end of that day, as the server's time filters take them. */
export function dayBoundary(value: unknown, end: boolean): string | undefined {
  if (typeof value !== 'string' || value === '') return undefined;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  const [year, month, day] = value.split('-').map(Number);
  const date = end ? new Date(year, month - 1, day, 23, 59, 59, 999) : new Date(year, month - 1, day);
  return date.toISOString();
}

function organizationHandler(client: GuildhallClient): ResourceHandler {
  return {
    createFields: WRITABLE_FIELDS,
    updateFields: WRITABLE_FIELDS,
    maxLengths: MAX_LENGTHS,
    list: async ({ filter, ...rest }) => {
      const { items, total } = await client.organizations.list({ ...rest, filter: filter as OrganizationFilter });
      return { items, total: total.count };
    },
    get: async (id) => (await client.organizations.get(id)).item,
    byIds: async (ids) => (await client.organizations.byIds(ids)).items,
    create: async (fields) => (await client.organizations.create(fields as CreateOrganizationMutationVariables)).item,
    update: async (id, version, changes) =>
      (await client.organizations.update({ ...changes, id, version } as UpdateOrganizationMutationVariables)).item,
    delete: async (id, version) => (await client.organizations.delete(id, version)).item,
    archive: async (id, version) => (await client.organizations.archive(id, version)).item,
    restore: async (id, version) => (await client.organizations.restore(id, version)).item,
  };
}

function personHandler(client: GuildhallClient): ResourceHandler {
  return {
    createFields: PERSON_WRITABLE_FIELDS,
    updateFields: PERSON_WRITABLE_FIELDS,
    maxLengths: PERSON_MAX_LENGTHS,
    list: async ({ filter, ...rest }) => {
      // The server refuses a filter it does not know: stale list settings must not break the page.
      const { items, total } = await client.people.list({ ...rest, filter: personFilter(filter) as PersonFilter });
      return { items, total: total.count };
    },
    get: async (id) => (await client.people.get(id)).item,
    byIds: async (ids) => (await client.people.byIds(ids)).items,
    create: async (fields) => (await client.people.create(fields as CreatePersonMutationVariables)).item,
    update: async (id, version, changes) => (await client.people.update({ ...changes, id, version } as UpdatePersonMutationVariables)).item,
    delete: async (id, version) => (await client.people.delete(id, version)).item,
    archive: async (id, version) => (await client.people.archive(id, version)).item,
    restore: async (id, version) => (await client.people.restore(id, version)).item,
  };
}

function userHandler(client: GuildhallClient): ResourceHandler {
  return {
    createFields: USER_CREATE_FIELDS,
    updateFields: USER_UPDATE_FIELDS,
    maxLengths: USER_MAX_LENGTHS,
    list: async ({ filter, ...rest }) => {
      const { items, total } = await client.users.list({ ...rest, filter: filter as UserFilter });
      return { items, total: total.count };
    },
    get: async (id) => (await client.users.get(id)).item,
    byIds: async (ids) => (await client.users.byIds(ids)).items,
    create: async (fields) => (await client.users.create(fields as CreateUserMutationVariables)).item,
    update: async (id, version, changes) => (await client.users.update({ ...changes, id, version } as UpdateUserMutationVariables)).item,
  };
}

function auditHandler(client: GuildhallClient): ResourceHandler {
  return {
    createFields: [],
    updateFields: [],
    maxLengths: {},
    list: async ({ filter, ...rest }) => {
      // Date inputs give calendar days; the server compares points in time.
      const { at_gte, at_lte, ...others } = filter;
      const range = { at_gte: dayBoundary(at_gte, false), at_lte: dayBoundary(at_lte, true) };
      const { items, total } = await client.audit.list({ ...rest, filter: { ...others, ...range } as AuditEntryFilter });
      return { items, total: total.count };
    },
    get: async (id) => (await client.audit.get(id)).item,
    byIds: async (ids) => (await client.audit.byIds(ids)).items,
  };
}

/** The case filters the server knows; the list's open/closed choice arrives as text. */
export function caseFilter(filter: Values): Values {
  const known = knownFilters(filter, CASE_FILTER_KEYS);
  if (known.open === 'true' || known.open === 'false') known.open = known.open === 'true';
  return known;
}

/** Development cases: opened here; their steps go through the data provider's `caseStep`. */
function caseHandler(client: GuildhallClient): ResourceHandler {
  return {
    createFields: ['personId', 'organizationId', 'appliedOn', 'note'],
    updateFields: [],
    maxLengths: { note: 500 },
    list: async ({ filter, ...rest }) => {
      const { items, total } = await client.cases.list({ ...rest, filter: caseFilter(filter) as DevelopmentCaseFilter });
      return { items, total: total.count };
    },
    get: async (id) => (await client.cases.get(id)).item,
    byIds: async (ids) => (await client.cases.byIds(ids)).items,
    create: async (fields) =>
      (
        await client.cases.open({
          personId: String(fields.personId ?? ''),
          organizationId: String(fields.organizationId ?? ''),
          appliedOn: String(fields.appliedOn ?? ''),
          note: (fields.note as string | undefined) ?? null,
        })
      ).item,
  };
}

/** Public notices: drafts are created, changed and deleted; publishing is the data provider's `publishNotice`. */
function noticeHandler(client: GuildhallClient): ResourceHandler {
  return {
    createFields: NOTICE_CREATE_FIELDS,
    updateFields: NOTICE_UPDATE_FIELDS,
    maxLengths: NOTICE_MAX_LENGTHS,
    list: async ({ filter, ...rest }) => {
      const { items, total } = await client.notices.list({ ...rest, filter: knownFilters(filter, NOTICE_FILTER_KEYS) as PublicNoticeFilter });
      return { items, total: total.count };
    },
    get: async (id) => (await client.notices.get(id)).item,
    byIds: async (ids) => (await client.notices.byIds(ids)).items,
    create: async (fields) => (await client.notices.create(fields as CreatePublicNoticeMutationVariables)).item,
    update: async (id, version, changes) => (await client.notices.update({ ...changes, id, version } as UpdatePublicNoticeMutationVariables)).item,
    delete: async (id, version) => (await client.notices.delete(id, version)).item,
  };
}

/** Local overrides of the official holiday schedule: set (create) and cleared (delete) by administrators. */
function calendarHandler(client: GuildhallClient): ResourceHandler {
  const byIds = async (ids: string[]) => (await client.calendar.list({ perPage: 100, filter: { ids } })).items;
  return {
    createFields: ['date', 'kind', 'note'],
    updateFields: [],
    maxLengths: { note: 100 },
    list: async ({ filter, ...rest }) => {
      const { items, total } = await client.calendar.list({ ...rest, filter: knownFilters(filter, ['ids', 'date_gte', 'date_lte']) as CalendarDayFilter });
      return { items, total: total.count };
    },
    get: async (id) => {
      const [item] = await byIds([id]);
      return item;
    },
    byIds,
    create: async (fields) =>
      (await client.calendar.set({ date: String(fields.date ?? ''), kind: fields.kind as CalendarDayKind, note: (fields.note as string | undefined) ?? null })).item,
    delete: async (id) => (await client.calendar.clear(id)).item,
  };
}

/** Reports: recorded here; their workflow goes through the data provider's `reportStep`. */
function reportHandler(client: GuildhallClient): ResourceHandler {
  return {
    createFields: REPORT_CREATE_FIELDS,
    updateFields: [],
    maxLengths: REPORT_MAX_LENGTHS,
    list: async ({ filter, ...rest }) => {
      const { items, total } = await client.reports.list({ ...rest, filter: knownFilters(filter, REPORT_FILTER_KEYS) as ReportFilter });
      return { items, total: total.count };
    },
    get: async (id) => (await client.reports.get(id)).item,
    byIds: async (ids) => (await client.reports.byIds(ids)).items,
    create: async (fields) => (await client.reports.record(fields as RecordReportMutationVariables)).item,
  };
}

/** Training programs (培训计划): created and edited; the organizer is chosen once. */
function programHandler(client: GuildhallClient): ResourceHandler {
  return {
    createFields: PROGRAM_CREATE_FIELDS,
    updateFields: PROGRAM_UPDATE_FIELDS,
    maxLengths: PROGRAM_MAX_LENGTHS,
    normalize: (values) => (typeof values.year === 'string' && values.year !== '' ? { ...values, year: Number(values.year) } : values),
    list: async ({ filter, ...rest }) => {
      const { items, total } = await client.training.programs({ ...rest, filter: trainingFilter(filter, PROGRAM_FILTER_KEYS) as TrainingProgramFilter });
      return { items, total: total.count };
    },
    get: async (id) => (await client.training.program(id)).item,
    byIds: async (ids) => (await client.training.programsByIds(ids)).items,
    create: async (fields) => (await client.training.createProgram(fields as CreateTrainingProgramMutationVariables)).item,
    update: async (id, version, changes) => (await client.training.updateProgram({ ...changes, id, version } as UpdateTrainingProgramMutationVariables)).item,
  };
}

/** Training classes (培训班): sessions and quotas go as whole lists; publishing and cancelling are the data provider's. */
function classHandler(client: GuildhallClient): ResourceHandler {
  return {
    createFields: CLASS_CREATE_FIELDS,
    updateFields: CLASS_UPDATE_FIELDS,
    maxLengths: CLASS_MAX_LENGTHS,
    normalize: normalizeClass,
    list: async ({ filter, ...rest }) => {
      const { items, total } = await client.training.classes({ ...rest, filter: trainingFilter(filter, CLASS_FILTER_KEYS) as TrainingClassFilter });
      return { items, total: total.count };
    },
    get: async (id) => (await client.training.class(id)).item,
    byIds: async (ids) => (await client.training.classesByIds(ids)).items,
    create: async (fields) => (await client.training.createClass(fields as CreateTrainingClassMutationVariables)).item,
    update: async (id, version, changes) => (await client.training.updateClass({ ...changes, id, version } as UpdateTrainingClassMutationVariables)).item,
  };
}

/** Places in classes (报名记录): a create enrolls a person; the other steps are the data provider's. */
function enrollmentHandler(client: GuildhallClient): ResourceHandler {
  return {
    createFields: ['classId', 'personId'],
    updateFields: [],
    maxLengths: {},
    list: async ({ filter, ...rest }) => {
      const { items, total } = await client.training.enrollments({ ...rest, filter: trainingFilter(filter, ENROLLMENT_FILTER_KEYS) as EnrollmentFilter });
      return { items, total: total.count };
    },
    get: async (id) => (await client.training.enrollment(id)).item,
    byIds: async (ids) => (await client.training.enrollmentsByIds(ids)).items,
    create: async (fields) => (await client.training.enroll(String(fields.classId ?? ''), String(fields.personId ?? ''))).item,
  };
}

/**
 * Exemplars (先进典型): created and edited as drafts, with the shown revision's content on the
 * record; the workflow and photos go through the data provider's `exemplarStep` and `uploadExemplarPhoto`.
 */
function exemplarHandler(client: GuildhallClient): ResourceHandler {
  return {
    createFields: EXEMPLAR_CREATE_FIELDS,
    updateFields: EXEMPLAR_UPDATE_FIELDS,
    maxLengths: EXEMPLAR_MAX_LENGTHS,
    normalize: normalizeExemplar,
    list: async ({ filter, ...rest }) => {
      const { items, total } = await client.exemplars.list({ ...rest, filter: exemplarFilter(filter) as ExemplarFilter });
      return { items: items.map(withContent), total: total.count };
    },
    get: async (id) => withContent((await client.exemplars.get(id)).item),
    byIds: async (ids) => (await client.exemplars.byIds(ids)).items.map(withContent),
    create: async (fields) => withContent((await client.exemplars.create(fields as CreateExemplarMutationVariables)).item),
    update: async (id, version, changes) => withContent((await client.exemplars.update({ ...changes, id, version } as UpdateExemplarMutationVariables)).item),
  };
}

/** Meetings (三会一课): planned with a create; held and cancelled through the data provider's steps. */
function meetingHandler(client: GuildhallClient): ResourceHandler {
  return {
    createFields: MEETING_CREATE_FIELDS,
    updateFields: [],
    maxLengths: MEETING_MAX_LENGTHS,
    list: async ({ filter, ...rest }) => {
      const { items, total } = await client.oversight.meetings({ ...rest, filter: oversightFilter(filter, MEETING_FILTER_KEYS) as MeetingFilter });
      return { items, total: total.count };
    },
    get: async (id) => (await client.oversight.meeting(id)).item,
    byIds: async (ids) => (await client.oversight.meetingsByIds(ids)).items,
    create: async (fields) => (await client.oversight.planMeeting(fields as CreateMeetingMutationVariables)).item,
  };
}

/** Rectification of weak or lax organizations (软弱涣散整顿), read here; opened and moved on by the server's steps. */
function rectificationHandler(client: GuildhallClient): ResourceHandler {
  return {
    createFields: [],
    updateFields: [],
    maxLengths: {},
    list: async ({ filter, ...rest }) => {
      const { items, total } = await client.oversight.rectifications({ ...rest, filter: oversightFilter(filter, RECTIFICATION_FILTER_KEYS) as RectificationFilter });
      return { items, total: total.count };
    },
    get: async (id) => {
      const [item] = (await client.oversight.rectificationsByIds([id])).items;
      if (!item) throw Object.assign(new Error(`rectification case ${id} does not exist`), { name: 'ApiError', code: 'NOT_FOUND', fields: [] });
      return item;
    },
    byIds: async (ids) => (await client.oversight.rectificationsByIds(ids)).items,
  };
}

export function createHandlers(client: GuildhallClient): Record<string, ResourceHandler> {
  return {
    organizations: organizationHandler(client),
    people: personHandler(client),
    users: userHandler(client),
    auditEntries: auditHandler(client),
    developmentCases: caseHandler(client),
    publicNotices: noticeHandler(client),
    calendarDays: calendarHandler(client),
    reports: reportHandler(client),
    trainingPrograms: programHandler(client),
    trainingClasses: classHandler(client),
    enrollments: enrollmentHandler(client),
    exemplars: exemplarHandler(client),
    meetings: meetingHandler(client),
    rectificationCases: rectificationHandler(client),
  };
}
