import {
  OrganizationSubtreePageDocument,
  type ApiTokenItemFragment,
  type CaseAction,
  type CreateApiTokenMutation,
  type DayType,
  type GuildhallClient,
  type ImportPeopleMutation,
  type NoticeEndDateQuery,
  type OrganizationSubtreePageQuery,
  type ReportFinding,
  type AssessmentsQuery,
  type HomeDashboardQuery,
  type ProbingAccountsQuery,
  type MeetingRegularityQuery,
  type RecordAssessmentMutationVariables,
  type ResponsibilityLettersQuery,
  type SignResponsibilityLetterMutationVariables,
  type VenueComplianceQuery,
  type CoverageQuery,
  type VenuesOfQuery,
  type OversightSettingsQuery,
  type SetOrganizationRulesMutationVariables,
  type SetAssessmentWeightsMutationVariables,
  type SetMeetingRequirementMutationVariables,
  type CreateVenueMutationVariables,
  type InspectVenueMutationVariables,
} from '@guildhall/client';
import type { DataProvider, GetListResult, Identifier, RaRecord } from 'react-admin';
import { HttpError } from 'react-admin';
import { toHttpError, type Translate } from './apiErrors';
import { createHandlers, type ResourceHandler, type Values } from './dataHandlers';
import { MAX_PHOTO_BYTES, photoUploadUrl, withContent, type Exemplar, type ExemplarStep, type Photo, type RevisionChange } from './exemplars/exemplar';
import { STEP_FORM_FIELDS, pipelineRows, runStep, type PipelineRow, type StepValues } from './development/development';
import type { ReportStep } from './reports/report';
import type { ChamberTrainingRow, Enrollment, TrainingClass } from './training/training';
import type { User } from './users/roles';

/** The server answers at most this many rows per request. */
export const MAX_PER_PAGE = 100;
/** A tree view stops loading beyond this many organizations. */
export const MAX_TREE_NODES = 2000;

export type TreeNode = OrganizationSubtreePageQuery['items'][number];
export type ApiToken = ApiTokenItemFragment;
/** A token just created: the token itself is in this answer only. */
export type NewToken = CreateApiTokenMutation['created'];

export interface TreeResult {
  /** The subtree below the root (the root itself excluded), shallowest first. */
  data: TreeNode[];
  /** True when the subtree has more organizations than were loaded. */
  truncated: boolean;
}

export type NoticeSpan = NoticeEndDateQuery['span'];
/** What a people sheet holds: rows read, people created (0 in a preview) and the problems. */
export type ImportOutcome = ImportPeopleMutation['outcome'];

export interface ReportStepValues {
  finding?: ReportFinding;
  note?: string;
  on?: string;
  decision?: string | null;
}

export interface VersionedParams {
  id: Identifier;
  previousData: { version: number };
}

export type HomeFigures = HomeDashboardQuery['item'];
export type ProbingAccountRow = ProbingAccountsQuery['items'][number];
export type RegularityRow = MeetingRegularityQuery['items'][number];
export type VenueComplianceRow = VenueComplianceQuery['items'][number];
export type CoverageReport = CoverageQuery;
export type LettersOfYear = ResponsibilityLettersQuery;
export type AssessmentsOfYear = AssessmentsQuery;
export type VenuesOfUnit = VenuesOfQuery;
export type OversightSettings = OversightSettingsQuery;

export interface GuildhallDataProvider extends DataProvider {
  /** The coordination group's home page for a year. */
  home(params: { year: number }): Promise<{ data: HomeFigures }>;
  /** Accounts that reached the daily budget of values refused over records they cannot read (administrators). */
  probingAccounts(): Promise<{ data: ProbingAccountRow[] }>;
  /** A planned meeting was held (with attendance and minutes), or is cancelled. */
  meetingHeld(params: { id: Identifier; previousData: { version: number }; heldOn: string; attendedCount: number; expectedCount?: number | null; minutes?: string | null }): Promise<{ data: RaRecord }>;
  meetingCancel(params: { id: Identifier; previousData: { version: number } }): Promise<{ data: RaRecord }>;
  regularity(params: { year: number }): Promise<{ data: RegularityRow[] }>;
  venueCompliance(): Promise<{ data: VenueComplianceRow[] }>;
  /** Coverage overall and per chamber, and the enterprises not (fully) covered, below an organization or over the whole scope. */
  coverage(params: { within?: string | null }): Promise<{ data: CoverageReport }>;
  letters(params: { year: number }): Promise<{ data: LettersOfYear }>;
  signLetter(params: SignResponsibilityLetterMutationVariables): Promise<void>;
  assessments(params: { year: number }): Promise<{ data: AssessmentsOfYear }>;
  recordAssessment(params: RecordAssessmentMutationVariables): Promise<void>;
  /** A unit's venues with checks and photos, and the checklists in force. */
  venuesOf(params: { organizationId: Identifier }): Promise<{ data: VenuesOfUnit }>;
  createVenue(params: CreateVenueMutationVariables): Promise<void>;
  inspectVenue(params: InspectVenueMutationVariables): Promise<void>;
  uploadVenuePhoto(params: { id: Identifier; file: Blob }): Promise<void>;
  removeVenuePhoto(params: { id: Identifier }): Promise<void>;
  /** The member enterprises a joint branch takes in, replacing the present ones. */
  setJointEnterprises(params: { id: Identifier; previousData: { version: number }; enterpriseIds: string[] }): Promise<{ data: RaRecord }>;
  /** The rules on organizations, the meeting requirements and the year's assessment weights (administrators change them). */
  oversightSettings(params: { year: number }): Promise<{ data: OversightSettings }>;
  setOrganizationRules(params: SetOrganizationRulesMutationVariables): Promise<void>;
  setAssessmentWeights(params: SetAssessmentWeightsMutationVariables): Promise<void>;
  setMeetingRequirement(params: SetMeetingRequirementMutationVariables): Promise<void>;
  /** Organizations and people: takes the record out of the everyday lists. */
  archive(resource: string, params: VersionedParams): Promise<{ data: RaRecord }>;
  restore(resource: string, params: VersionedParams): Promise<{ data: RaRecord }>;
  tree(resource: string, params: { id: Identifier }): Promise<TreeResult>;
  resetPassword(resource: string, params: { id: Identifier; newPassword: string }): Promise<{ data: User }>;
  unlock(resource: string, params: { id: Identifier }): Promise<{ data: User }>;
  /** One step of a development case (talk, advance, contacts…), with the version that was read. */
  caseStep(params: { id: Identifier; action: CaseAction; previousData: { version: number }; values: StepValues }): Promise<{ data: RaRecord }>;
  /** Open cases per stage, one row per chamber. */
  pipeline(params?: { withinOrganization?: Identifier | null }): Promise<{ data: PipelineRow[] }>;
  /** The end a notice would have, computed by the server's working-day calendar. */
  noticeEndDate(params: { startsOn: string; lengthDays: number; dayType: DayType }): Promise<{ data: NoticeSpan }>;
  publishNotice(params: VersionedParams): Promise<{ data: RaRecord }>;
  /** The years the official holiday schedule covers. */
  calendarYears(): Promise<{ data: { from: number; to: number } }>;
  /** A report's workflow: start verifying, conclude, close. */
  reportStep(params: { id: Identifier; step: ReportStep; previousData: { version: number }; values?: ReportStepValues }): Promise<{ data: RaRecord }>;
  /** Reads a people sheet and lists its problems; writes nothing. */
  /** The whole national id of one person, as an audited view. */
  revealNationalId(params: { id: Identifier }): Promise<{ data: string | null }>;
  previewPeopleImport(params: { fileName: string; contentBase64: string }): Promise<{ data: ImportOutcome }>;
  /** Creates everyone in the sheet, or nobody. */
  importPeople(params: { fileName: string; contentBase64: string }): Promise<{ data: ImportOutcome }>;
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
  /** A profile's workflow: submit, approve, return (with a note), publish, withdraw (with a note). */
  exemplarStep(params: { id: Identifier; step: ExemplarStep; previousData: { version: number }; note?: string | null }): Promise<{ data: Exemplar }>;
  /** Field by field, what changed between two revisions of a profile (by their numbers). */
  exemplarDiff(params: { id: Identifier; from: number; to: number }): Promise<{ data: RevisionChange[] }>;
  /** Sends a photo for the profile's working revision; the answer has the profile's new version. */
  uploadExemplarPhoto(params: { id: Identifier; previousData: { version: number }; file: Blob }): Promise<{ data: { photo: Photo; version: number } }>;
  /** The signed-in user's own account. */
  changePassword(params: { currentPassword: string; newPassword: string }): Promise<void>;
  myApiTokens(): Promise<{ data: ApiToken[] }>;
  /** Needs the password again; every token expires, after 1 to 365 days. */
  createApiToken(params: { name: string; password: string; expiresInDays: number }): Promise<{ data: NewToken }>;
  revokeApiToken(params: { id: Identifier }): Promise<{ data: ApiToken }>;
}

function emptyToNull(value: unknown): unknown {
  return value === undefined || value === '' ? null : value;
}

/** A list element as text: ids as they are, rows (a class's sessions) by their fields. */
function itemKey(item: unknown): string {
  return item !== null && typeof item === 'object' ? JSON.stringify(item) : String(item);
}

/** Values are equal, lists (a notice's cases, a class's sessions) element by element. */
function same(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => itemKey(item) === itemKey(b[i]));
  return a === b;
}

/** The writable fields that differ from what was read; fields absent from `data` are left alone. */
export function changedFields(data: Values, previousData: Values | undefined, fields: readonly string[]): Values {
  const changes: Values = {};
  for (const field of fields) {
    if (!(field in data) || data[field] === undefined) continue;
    const next = emptyToNull(data[field]);
    if (!same(next, emptyToNull(previousData?.[field]))) changes[field] = next;
  }
  return changes;
}

/** The writable fields that have a value, for a create. */
export function filledFields(data: Values, fields: readonly string[]): Values {
  return Object.fromEntries(fields.map((f) => [f, emptyToNull(data[f])]).filter(([, v]) => v !== null));
}

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

// react-admin's methods are generic in the record type their caller expects; the SDK's own
// types are checked up to this point, and this only hands the record over to that generic.
function asRecord(item: unknown): never {
  return item as never;
}

/**
 * react-admin's data provider over the typed SDK. Pages are 1-based in react-admin and
 * 0-based on the server; updates send the version that was read and only the fields that changed.
 */
export interface DataProviderOptions {
  /** For the REST endpoints beside GraphQL (photo uploads): the browser's fetch, with the session cookie. */
  fetch?: typeof fetch;
}

/** An API error as the SDK makes them, from a REST answer's `{ errors: [...] }`. */
function restError(raw: { message?: string; extensions?: Record<string, unknown> } | undefined, status: number): Error {
  const extensions = raw?.extensions ?? { code: status === 413 ? 'BAD_USER_INPUT' : 'INTERNAL_SERVER_ERROR' };
  const code = typeof extensions.code === 'string' ? extensions.code : 'INTERNAL_SERVER_ERROR';
  return Object.assign(new Error(raw?.message ?? `HTTP ${status}`), { name: 'ApiError', code, fields: Array.isArray(extensions.fields) ? extensions.fields : [], extensions, status });
}

const tooLarge = () => restError({ message: 'the photo is too large', extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'photo', constraint: 'photoTooLarge', message: 'the photo is too large' }] } }, 413);

export function createDataProvider(client: GuildhallClient, translate: Translate, options: DataProviderOptions = {}): GuildhallDataProvider {
  const handlers = createHandlers(client);
  const fetchImpl = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => globalThis.fetch(input, init));

  function handlerOf(resource: string): ResourceHandler {
    const handler = handlers[resource];
    if (!handler) throw new HttpError(`Unknown resource: ${resource}`, 404);
    return handler;
  }

  /** Runs a call and maps API errors; `formFields` are the inputs whose problems belong on the form. */
  async function call<T>(resource: string, run: (handler: ResourceHandler) => Promise<T>, formFields?: readonly string[]): Promise<T> {
    const handler = handlerOf(resource);
    try {
      return await run(handler);
    } catch (error) {
      throw toHttpError(error, translate, { resource, formFields, maxLengths: handler.maxLengths });
    }
  }

  /** Calls about the signed-in user's own account, which belong to no resource. */
  async function callAccount<T>(run: () => Promise<T>, formFields: readonly string[]): Promise<T> {
    try {
      return await run();
    } catch (error) {
      throw toHttpError(error, translate, { resource: 'account', formFields });
    }
  }

  function unsupported(): never {
    throw new HttpError(translate('guildhall.errors.bulkUpdateUnsupported'), 400);
  }

  async function list(
    handler: ResourceHandler,
    params: { pagination?: { page: number; perPage: number }; sort?: { field: string; order: string }; filter?: Values },
  ): Promise<GetListResult> {
    const { page, perPage } = params.pagination ?? { page: 1, perPage: 25 };
    const { items, total } = await handler.list({
      page: Math.max(page - 1, 0),
      perPage,
      sortField: params.sort?.field || undefined,
      sortOrder: params.sort?.order || undefined,
      filter: params.filter ?? {},
    });
    return { data: items.map(asRecord), total };
  }

  function versionOf(params: { previousData?: unknown; data?: unknown }): number | undefined {
    const version = (params.previousData as Values | undefined)?.version ?? (params.data as Values | undefined)?.version;
    return typeof version === 'number' ? version : undefined;
  }

  return {
    getList: (resource, params) => call(resource, (handler) => list(handler, params)),

    getOne: (resource, params) =>
      call(resource, async (handler) => {
        const item = await handler.get(String(params.id));
        // Out of scope answers like "does not exist"; some lookups answer null rather than an error.
        if (!item) throw new HttpError(translate('guildhall.errors.notFound'), 404);
        return { data: asRecord(item) };
      }),

    // Lookups by id include archived organizations.
    getMany: (resource, params) =>
      call(resource, async (handler) => {
        const ids = [...new Set(params.ids.map(String))];
        const found: Values[] = [];
        for (const batch of chunks(ids, MAX_PER_PAGE)) found.push(...(await handler.byIds(batch)));
        return { data: found.map(asRecord) };
      }),

    getManyReference: (resource, params) =>
      call(resource, (handler) => list(handler, { ...params, filter: { ...params.filter, [params.target]: String(params.id) } })),

    create: (resource, params) =>
      call(
        resource,
        async (handler) => {
          if (!handler.create) return unsupported();
          const data = handler.normalize ? handler.normalize(params.data as Values) : (params.data as Values);
          return { data: asRecord(await handler.create(filledFields(data, handler.createFields))) };
        },
        handlers[resource]?.createFields,
      ),

    update: (resource, params) =>
      call(
        resource,
        async (handler) => {
          if (!handler.update) return unsupported();
          const previous = params.previousData as Values | undefined;
          const version = versionOf(params);
          if (version === undefined) throw new HttpError('The version that was read is missing', 400);
          const normalize = handler.normalize ?? ((values: Values) => values);
          const changes = changedFields(normalize(params.data as Values), previous && normalize(previous), handler.updateFields);
          if (Object.keys(changes).length === 0 && previous) return { data: previous as never };
          return { data: asRecord(await handler.update(String(params.id), version, changes)) };
        },
        handlers[resource]?.updateFields,
      ),

    updateMany: async () => unsupported(),

    delete: (resource, params) =>
      call(resource, async (handler) => {
        if (!handler.delete) return unsupported();
        const item = await handler.delete(String(params.id), versionOf(params));
        return { data: { ...(params.previousData ?? {}), ...item } as never };
      }),

    deleteMany: (resource, params) =>
      call(resource, async (handler) => {
        const remove = handler.delete;
        if (!remove) return unsupported();
        const deleted: Identifier[] = [];
        for (const id of params.ids) deleted.push((await remove(String(id))).id as Identifier);
        return { data: deleted as never };
      }),

    archive: (resource, params) =>
      call(resource, async (handler) => {
        if (!handler.archive) return unsupported();
        return { data: asRecord(await handler.archive(String(params.id), params.previousData.version)) };
      }),

    restore: (resource, params) =>
      call(resource, async (handler) => {
        if (!handler.restore) return unsupported();
        return { data: asRecord(await handler.restore(String(params.id), params.previousData.version)) };
      }),

    tree: (resource, params) =>
      call(resource, async () => {
        const data: TreeNode[] = [];
        for (let page = 0; data.length < MAX_TREE_NODES; page += 1) {
          const { items } = await client.request(OrganizationSubtreePageDocument, { rootId: String(params.id), page });
          data.push(...items);
          if (items.length < MAX_PER_PAGE) return { data, truncated: false };
        }
        return { data, truncated: true };
      }),

    resetPassword: (resource, params) =>
      call(resource, async () => ({ data: (await client.users.resetPassword(String(params.id), params.newPassword)).item }), ['newPassword']),

    unlock: (resource, params) => call(resource, async () => ({ data: (await client.users.unlock(String(params.id))).item })),

    caseStep: (params) =>
      call(
        'developmentCases',
        async () => ({ data: asRecord(await runStep(client, params.action, String(params.id), params.previousData.version, params.values)) }),
        STEP_FORM_FIELDS,
      ),

    pipeline: (params) =>
      call('developmentCases', async () => {
        const within = params?.withinOrganization;
        return { data: pipelineRows((await client.cases.pipeline(within == null ? null : String(within))).items) };
      }),

    noticeEndDate: (params) =>
      call('publicNotices', async () => ({ data: (await client.notices.endDate(params)).span }), ['startsOn', 'lengthDays', 'dayType']),

    publishNotice: (params) =>
      call('publicNotices', async () => ({ data: asRecord((await client.notices.publish(String(params.id), params.previousData.version)).item) })),

    calendarYears: () => call('calendarDays', async () => ({ data: (await client.calendar.list({ perPage: 1 })).years })),

    reportStep: (params) =>
      call(
        'reports',
        async () => {
          const id = String(params.id);
          const { version } = params.previousData;
          const values = params.values ?? {};
          if (params.step === 'startVerification') return { data: asRecord((await client.reports.startVerification(id, version)).item) };
          if (params.step === 'conclude') {
            return { data: asRecord((await client.reports.conclude({ id, version, finding: values.finding!, note: values.note ?? '' })).item) };
          }
          const decision = typeof values.decision === 'string' && values.decision.trim() !== '' ? values.decision : null;
          return { data: asRecord((await client.reports.close({ id, version, on: values.on ?? '', decision })).item) };
        },
        ['finding', 'note', 'on', 'decision'],
      ),

    revealNationalId: (params) => call('people', async () => ({ data: (await client.people.revealNationalId(String(params.id))).nationalId })),
    previewPeopleImport: (params) =>
      call('people', async () => ({ data: (await client.people.previewImport(params.fileName, params.contentBase64)).outcome })),

    importPeople: (params) => call('people', async () => ({ data: (await client.people.import(params.fileName, params.contentBase64)).outcome })),

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

    home: (params) => call('meetings', async () => ({ data: (await client.oversight.home(params.year)).item })),
    probingAccounts: () => call('users', async () => ({ data: (await client.audit.probingAccounts()).items })),

    meetingHeld: (params) =>
      call(
        'meetings',
        async () => ({
          data: (
            await client.oversight.recordMeetingHeld({
              id: String(params.id),
              version: params.previousData.version,
              heldOn: params.heldOn,
              attendedCount: params.attendedCount,
              expectedCount: params.expectedCount ?? null,
              minutes: typeof params.minutes === 'string' && params.minutes.trim() ? params.minutes.trim() : null,
            })
          ).item,
        }),
        ['heldOn', 'attendedCount', 'expectedCount', 'minutes'],
      ),

    meetingCancel: (params) => call('meetings', async () => ({ data: (await client.oversight.cancelMeeting(String(params.id), params.previousData.version)).item })),

    regularity: (params) => call('meetings', async () => ({ data: (await client.oversight.regularity(params.year)).items })),

    venueCompliance: () => call('meetings', async () => ({ data: (await client.oversight.venueCompliance()).items })),
    coverage: (params) => call('meetings', async () => ({ data: await client.oversight.coverage(params.within ?? null) })),

    letters: (params) => call('meetings', async () => ({ data: await client.oversight.letters(params.year) })),

    signLetter: (params) =>
      call(
        'meetings',
        async () => {
          await client.oversight.signLetter(params);
        },
        ['chamberId', 'year', 'signedOn', 'signatory', 'targets'],
      ),

    assessments: (params) => call('meetings', async () => ({ data: await client.oversight.assessments(params.year) })),

    recordAssessment: (params) =>
      call(
        'meetings',
        async () => {
          await client.oversight.recordAssessment(params);
        },
        ['chamberId', 'year', 'assessedOn', 'scores', 'comment'],
      ),

    trainingByChamber: (params) =>
      call('trainingPrograms', async () => {
        const programId = params.programId == null || params.programId === '' ? null : String(params.programId);
        return { data: (await client.training.byChamber(programId, params.year ?? null)).items };
      }),

    exemplarStep: (params) =>
      call(
        'exemplars',
        async () => {
          const id = String(params.id);
          const { version } = params.previousData;
          const note = typeof params.note === 'string' ? params.note.trim() : '';
          const steps: Record<ExemplarStep, () => Promise<{ item: Parameters<typeof withContent>[0] }>> = {
            submit: () => client.exemplars.submit(id, version),
            approve: () => client.exemplars.approve(id, version),
            return: () => client.exemplars.returnToDraft(id, version, note),
            publish: () => client.exemplars.publish(id, version),
            withdraw: () => client.exemplars.withdraw(id, version, note),
          };
          return { data: withContent((await steps[params.step]()).item) as Exemplar };
        },
        ['note'],
      ),

    exemplarDiff: (params) => call('exemplars', async () => ({ data: (await client.exemplars.diff(String(params.id), params.from, params.to)).changes })),

    uploadExemplarPhoto: (params) =>
      call(
        'exemplars',
        async () => {
          // The server refuses more than 8 MB (413) before reading it: no need to send it.
          if (params.file.size > MAX_PHOTO_BYTES) throw tooLarge();
          const response = await fetchImpl(photoUploadUrl(String(params.id), params.previousData.version), {
            method: 'POST',
            credentials: 'same-origin',
            headers: { 'X-Requested-With': 'guildhall', 'Content-Type': params.file.type || 'application/octet-stream' },
            body: params.file,
          });
          if (response.status === 413) throw tooLarge();
          let body: { data?: { exemplar: { version: number }; photo: Photo }; errors?: { message?: string; extensions?: Record<string, unknown> }[] } | undefined;
          try {
            body = await response.json();
          } catch {
            body = undefined;
          }
          if (!response.ok || !body?.data) throw restError(body?.errors?.[0], response.status);
          return { data: { photo: body.data.photo, version: body.data.exemplar.version } };
        },
        ['photo'],
      ),

    venuesOf: (params) => call('meetings', async () => ({ data: await client.oversight.venuesOf(String(params.organizationId)) })),

    createVenue: (params) =>
      call(
        'meetings',
        async () => {
          await client.oversight.createVenue(params);
        },
        ['name', 'standard', 'address', 'areaSqm'],
      ),

    inspectVenue: (params) =>
      call(
        'meetings',
        async () => {
          await client.oversight.inspectVenue(params);
        },
        ['checkedOn', 'checks'],
      ),

    uploadVenuePhoto: (params) =>
      call(
        'meetings',
        async () => {
          if (params.file.size > MAX_PHOTO_BYTES) throw tooLarge();
          const response = await fetchImpl(`/venues/${encodeURIComponent(String(params.id))}/photos`, {
            method: 'POST',
            credentials: 'same-origin',
            headers: { 'X-Requested-With': 'guildhall', 'Content-Type': params.file.type || 'application/octet-stream' },
            body: params.file,
          });
          if (response.status === 413) throw tooLarge();
          let body: { data?: unknown; errors?: { message?: string; extensions?: Record<string, unknown> }[] } | undefined;
          try {
            body = await response.json();
          } catch {
            body = undefined;
          }
          if (!response.ok || !body?.data) throw restError(body?.errors?.[0], response.status);
        },
        ['photo'],
      ),

    oversightSettings: (params) => call('meetings', async () => ({ data: await client.oversight.settings(params.year) })),

    setOrganizationRules: (params) =>
      call(
        'meetings',
        async () => {
          await client.oversight.setRules(params);
        },
        ['branchMinFullMembers', 'generalBranchAboveMembers', 'committeeMinMembers', 'jointBranchMaxEnterprises', 'committeeTermYears', 'branchTermYears', 'termDueSoonMonths', 'fullVenueMinMembers'],
      ),

    setAssessmentWeights: (params) =>
      call(
        'meetings',
        async () => {
          await client.oversight.setWeights(params);
        },
        ['weights'],
      ),

    setMeetingRequirement: (params) =>
      call(
        'meetings',
        async () => {
          await client.oversight.setMeetingRequirement(params);
        },
        ['minCount', 'period'],
      ),

    setJointEnterprises: (params) =>
      call('organizations', async () => ({ data: asRecord((await client.organizations.setJointEnterprises(String(params.id), params.previousData.version, params.enterpriseIds)).item) })),

    removeVenuePhoto: (params) =>
      call('meetings', async () => {
        await client.oversight.removeVenuePhoto(String(params.id));
      }),

    changePassword: (params) =>
      callAccount(async () => {
        await client.auth.changePassword(params.currentPassword, params.newPassword);
      }, ['currentPassword', 'newPassword']),

    myApiTokens: () => callAccount(async () => ({ data: (await client.apiTokens.mine()).items }), []),

    createApiToken: (params) => callAccount(async () => ({ data: (await client.apiTokens.create(params.name, params.password, params.expiresInDays)).created }), ['name', 'password', 'expiresInDays']),

    revokeApiToken: (params) => callAccount(async () => ({ data: (await client.apiTokens.revoke(String(params.id))).item }), []),
  };
}
