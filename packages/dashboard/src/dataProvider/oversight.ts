import type {
  AssessmentsQuery,
  ChambersWithoutLetterQuery,
  CoverageQuery,
  CoverageGap,
  CreateMeetingMutationVariables,
  GuildhallClient,
  HomeDashboardQuery,
  MeetingFilter,
  MeetingRegularityQuery,
  OversightSettingsQuery,
  RecordAssessmentMutationVariables,
  RectificationFilter,
  ResponsibilityLettersQuery,
  SetAssessmentWeightsMutationVariables,
  SetMeetingRequirementMutationVariables,
  SetOrganizationRulesMutationVariables,
  SignResponsibilityLetterMutationVariables,
  UncoveredEnterprisesQuery,
  VenueComplianceQuery,
} from '@guildhall/client';
import type { Identifier, RaRecord } from 'react-admin';
import { MEETING_CREATE_FIELDS, MEETING_FILTER_KEYS, MEETING_MAX_LENGTHS, RECTIFICATION_FILTER_KEYS, oversightFilter } from '../oversight/oversight';
import { counted, done, type ProviderContext, type ResourceHandler } from './resource';

export type HomeFigures = HomeDashboardQuery['item'];
export type RegularityRow = MeetingRegularityQuery['page']['items'][number];
export type VenueComplianceRow = VenueComplianceQuery['page']['items'][number];
export type CoverageReport = CoverageQuery;
export type UncoveredRow = UncoveredEnterprisesQuery['page']['items'][number];
export type LetterRow = ResponsibilityLettersQuery['items'][number];
export type AssessmentRow = AssessmentsQuery['items'][number];
export type AssessmentWeights = AssessmentsQuery['weights'];
export type ChamberRef = ChambersWithoutLetterQuery['page']['items'][number];

/** The page of a report list asked for (0-based), and what comes back: its rows and how many in all. */
export interface PageParams {
  page: number;
  perPage: number;
}
export interface PageResult<T> {
  data: T[];
  total: number;
}
export type OversightSettings = OversightSettingsQuery;

export interface OversightMethods {
  /** The coordination group's home page for a year. */
  home(params: { year: number }): Promise<{ data: HomeFigures }>;
  /** A planned meeting was held (with attendance and minutes), or is cancelled. */
  meetingHeld(params: { id: Identifier; previousData: { version: number }; heldOn: string; attendedCount: number; expectedCount?: number | null; minutes?: string | null }): Promise<{ data: RaRecord }>;
  meetingCancel(params: { id: Identifier; previousData: { version: number } }): Promise<{ data: RaRecord }>;
  /** A page of the year's regularity, least regular first; `annualOnly` keeps the "one meeting a year" ones. */
  regularity(params: PageParams & { year: number; annualOnly: boolean }): Promise<PageResult<RegularityRow>>;
  /** A page of the units held to a venue standard, those short of it first (or only those). */
  venueCompliance(params: PageParams & { shortOnly: boolean }): Promise<PageResult<VenueComplianceRow>>;
  /** Coverage overall and per chamber, below an organization or over the whole scope. */
  coverage(params: { within?: string | null }): Promise<{ data: CoverageReport }>;
  /** A page of the member enterprises not (fully) covered, below an organization, with one gap or any. */
  uncovered(params: PageParams & { within: string | null; missing: CoverageGap | null }): Promise<PageResult<UncoveredRow>>;
  /** A page of the year's letters, by chamber. */
  letters(params: PageParams & { year: number }): Promise<PageResult<LetterRow>>;
  chambersWithoutLetter(params: PageParams & { year: number }): Promise<PageResult<ChamberRef>>;
  signLetter(params: SignResponsibilityLetterMutationVariables): Promise<void>;
  /** A page of the year's ranking, best first, with the year's weights. */
  assessments(params: PageParams & { year: number }): Promise<PageResult<AssessmentRow> & { weights: AssessmentWeights }>;
  chambersNotAssessed(params: PageParams & { year: number }): Promise<PageResult<ChamberRef>>;
  recordAssessment(params: RecordAssessmentMutationVariables): Promise<void>;
  /** The rules on organizations, the meeting requirements and the year's assessment weights (administrators change them). */
  oversightSettings(params: { year: number }): Promise<{ data: OversightSettings }>;
  setOrganizationRules(params: SetOrganizationRulesMutationVariables): Promise<void>;
  setAssessmentWeights(params: SetAssessmentWeightsMutationVariables): Promise<void>;
  setMeetingRequirement(params: SetMeetingRequirementMutationVariables): Promise<void>;
}

export function oversightHandlers(client: GuildhallClient): Record<string, ResourceHandler> {
  return {
    /** Meetings (三会一课): planned with a create; held and cancelled through the data provider's steps. */
    meetings: {
      createFields: MEETING_CREATE_FIELDS,
      updateFields: [],
      maxLengths: MEETING_MAX_LENGTHS,
      list: ({ filter, ...rest }) => counted(client.oversight.meetings({ ...rest, filter: oversightFilter(filter, MEETING_FILTER_KEYS) as MeetingFilter })),
      get: async (id) => (await client.oversight.meeting(id)).item,
      byIds: async (ids) => (await client.oversight.meetingsByIds(ids)).items,
      create: async (fields) => (await client.oversight.planMeeting(fields as CreateMeetingMutationVariables)).item,
    },
    /** Rectification of weak or lax organizations (软弱涣散整顿), read here; opened and moved on by the server's steps. */
    rectificationCases: {
      createFields: [],
      updateFields: [],
      maxLengths: {},
      list: ({ filter, ...rest }) => counted(client.oversight.rectifications({ ...rest, filter: oversightFilter(filter, RECTIFICATION_FILTER_KEYS) as RectificationFilter })),
      get: async (id) => {
        const [item] = (await client.oversight.rectificationsByIds([id])).items;
        if (!item) throw Object.assign(new Error(`rectification case ${id} does not exist`), { name: 'ApiError', code: 'NOT_FOUND', fields: [] });
        return item;
      },
      byIds: async (ids) => (await client.oversight.rectificationsByIds(ids)).items,
    },
  };
}

const pageOf = <T>(page: { items: T[]; total: number }): PageResult<T> => ({ data: page.items, total: page.total });

/** The oversight reports and settings; their problems are worded as the meetings' (the oversight resource). */
export function oversightMethods({ client, call }: ProviderContext): OversightMethods {
  return {
    home: (params) => call('meetings', async () => ({ data: (await client.oversight.home(params.year)).item })),

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

    regularity: ({ year, annualOnly, page, perPage }) => call('meetings', async () => pageOf((await client.oversight.regularity({ year, annualOnly, page, perPage })).page)),

    venueCompliance: ({ shortOnly, page, perPage }) => call('meetings', async () => pageOf((await client.oversight.venueCompliance({ shortOnly, page, perPage })).page)),
    coverage: (params) => call('meetings', async () => ({ data: await client.oversight.coverage(params.within ?? null) })),
    uncovered: ({ within, missing, page, perPage }) => call('meetings', async () => pageOf((await client.oversight.uncovered({ withinOrganization: within, missing, page, perPage })).page)),

    letters: ({ year, page, perPage }) =>
      call('meetings', async () => {
        const { items, total } = await client.oversight.letters({ year, page, perPage });
        return { data: items, total: total.count };
      }),
    chambersWithoutLetter: ({ year, page, perPage }) => call('meetings', async () => pageOf((await client.oversight.chambersWithoutLetter({ year, page, perPage })).page)),
    signLetter: (params) => call('meetings', () => done(client.oversight.signLetter(params)), ['chamberId', 'year', 'signedOn', 'signatory', 'targets']),

    assessments: ({ year, page, perPage }) =>
      call('meetings', async () => {
        const { items, total, weights } = await client.oversight.assessments({ year, page, perPage });
        return { data: items, total: total.count, weights };
      }),
    chambersNotAssessed: ({ year, page, perPage }) => call('meetings', async () => pageOf((await client.oversight.chambersNotAssessed({ year, page, perPage })).page)),
    recordAssessment: (params) => call('meetings', () => done(client.oversight.recordAssessment(params)), ['chamberId', 'year', 'assessedOn', 'scores', 'comment']),

    oversightSettings: (params) => call('meetings', async () => ({ data: await client.oversight.settings(params.year) })),

    setOrganizationRules: (params) =>
      call('meetings', () => done(client.oversight.setRules(params)), [
        'branchMinFullMembers',
        'generalBranchAboveMembers',
        'committeeMinMembers',
        'jointBranchMaxEnterprises',
        'committeeTermYears',
        'branchTermYears',
        'termDueSoonMonths',
        'fullVenueMinMembers',
      ]),

    setAssessmentWeights: (params) => call('meetings', () => done(client.oversight.setWeights(params)), ['weights']),

    setMeetingRequirement: (params) => call('meetings', () => done(client.oversight.setMeetingRequirement(params)), ['minCount', 'period']),
  };
}
