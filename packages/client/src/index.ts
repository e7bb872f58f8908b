import { GraphQLClient } from 'graphql-request';
import {
  SetJointBranchEnterprisesDocument,
  OversightSettingsDocument,
  SetOrganizationRulesDocument,
  SetAssessmentWeightsDocument,
  SetMeetingRequirementDocument,
  type SetOrganizationRulesMutationVariables,
  type RecordPaperNoticeMutationVariables,
  type ApproveExemplarMutationVariables,
  type SetAssessmentWeightsMutationVariables,
  type SetMeetingRequirementMutationVariables,
  VenuesOfDocument,
  CreateVenueDocument,
  InspectVenueDocument,
  RemoveVenuePhotoDocument,
  type CreateVenueMutationVariables,
  type InspectVenueMutationVariables,
  HomeDashboardDocument,
  MeetingListDocument,
  MeetingsByIdsDocument,
  MeetingByIdDocument,
  CreateMeetingDocument,
  UpdateMeetingDocument,
  UpdateAssessmentDocument,
  type UpdateMeetingMutationVariables,
  type UpdateAssessmentMutationVariables,
  RecordMeetingHeldDocument,
  CancelMeetingDocument,
  MeetingRegularityDocument,
  RectificationListDocument,
  RectificationsByIdsDocument,
  VenueComplianceDocument,
  CoverageDocument,
  ResponsibilityLettersDocument,
  SignResponsibilityLetterDocument,
  AssessmentsDocument,
  RecordAssessmentDocument,
  UncoveredEnterprisesDocument,
  MyRemindersDocument,
  UnreadReminderCountDocument,
  MarkRemindersReadDocument,
  MaterialKindsDocument,
  MissingMaterialsDocument,
  type MissingMaterialsQueryVariables,
  CreateMaterialKindDocument,
  type CreateMaterialKindMutationVariables,
  UpdateMaterialKindDocument,
  type UpdateMaterialKindMutationVariables,
  ReminderRulesDocument,
  UpdateReminderRuleDocument,
  ReminderChannelsDocument,
  ReminderWebhooksDocument,
  CreateReminderWebhookDocument,
  UpdateReminderWebhookDocument,
  DeleteReminderWebhookDocument,
  ReminderDeliveriesDocument,
  type CreateReminderWebhookMutationVariables,
  type UpdateReminderWebhookMutationVariables,
  type ReminderDeliveriesQueryVariables,
  type MyRemindersQueryVariables,
  type UpdateReminderRuleMutationVariables,
  ChambersWithoutLetterDocument,
  ChambersNotAssessedDocument,
  type MeetingRegularityQueryVariables,
  type VenueComplianceQueryVariables,
  type UncoveredEnterprisesQueryVariables,
  type ResponsibilityLettersQueryVariables,
  type ChambersWithoutLetterQueryVariables,
  type AssessmentsQueryVariables,
  type ChambersNotAssessedQueryVariables,
  type MeetingListQueryVariables,
  type CreateMeetingMutationVariables,
  type RecordMeetingHeldMutationVariables,
  type RectificationListQueryVariables,
  type SignResponsibilityLetterMutationVariables,
  type RecordAssessmentMutationVariables,
  ArchiveOrganizationDocument,
  AuditEntriesByIdsDocument,
  AuditEntryByIdDocument,
  AuditEntryListDocument,
  RevealNationalIdDocument,
  ProbingAccountsDocument,
  ChangePasswordDocument,
  CreateApiTokenDocument,
  CreateUserDocument,
  MeDocument,
  MyApiTokensDocument,
  ResetUserPasswordDocument,
  RevokeApiTokenDocument,
  SignInDocument,
  SignOutDocument,
  UnlockUserDocument,
  UpdateUserDocument,
  UserByIdDocument,
  UserListDocument,
  UsersByIdsDocument,
  type AuditEntryListQueryVariables,
  type CreateUserMutationVariables,
  type UpdateUserMutationVariables,
  type UserListQueryVariables,
  CreateOrganizationDocument,
  DeleteOrganizationDocument,
  OrganizationByIdDocument,
  OrganizationListDocument,
  OrganizationsByIdsDocument,
  OrganizationTreeDocument,
  RestoreOrganizationDocument,
  UpdateOrganizationDocument,
  type CreateOrganizationMutationVariables,
  type OrganizationListQueryVariables,
  type UpdateOrganizationMutationVariables,
  ArchivePersonDocument,
  ImportPeopleDocument,
  PreviewPeopleImportDocument,
  CreatePersonDocument,
  DeletePersonDocument,
  PeopleByIdsDocument,
  PersonByIdDocument,
  PersonListDocument,
  RestorePersonDocument,
  UpdatePersonDocument,
  type CreatePersonMutationVariables,
  type PersonListQueryVariables,
  type UpdatePersonMutationVariables,
  AdvanceDevelopmentCaseDocument,
  ApproveAdmissionDocument,
  AssignCultivationContactsDocument,
  AssignIntroducersDocument,
  CalendarDayListDocument,
  CancelProbationDocument,
  CaseByIdDocument,
  CaseListDocument,
  CasesByIdsDocument,
  ClearCalendarDayDocument,
  CloseReportDocument,
  ConcludeReportDocument,
  CreatePublicNoticeDocument,
  DeletePublicNoticeDocument,
  DevelopmentPipelineDocument,
  ExtendProbationDocument,
  FileReportDocument,
  NoticeByIdDocument,
  NoticeEndDateDocument,
  NoticeListDocument,
  NoticesByIdsDocument,
  OpenDevelopmentCaseDocument,
  PublishedNoticeDocument,
  PublishedNoticesDocument,
  PublishNoticeDocument,
  RecordPaperNoticeDocument,
  RecordCaseAssessmentDocument,
  RecordCaseTalkDocument,
  RecordCaseTrainingDocument,
  RecordPoliticalReviewDocument,
  RecordReportDocument,
  ReportByIdDocument,
  ReportListDocument,
  ReportsByIdsDocument,
  SetCalendarDayDocument,
  StartReportVerificationDocument,
  UpdatePublicNoticeDocument,
  WithdrawDevelopmentCaseDocument,
  type AdvanceDevelopmentCaseMutationVariables,
  type ApproveAdmissionMutationVariables,
  type AssignCultivationContactsMutationVariables,
  type AssignIntroducersMutationVariables,
  type CalendarDayListQueryVariables,
  type CancelProbationMutationVariables,
  type CaseListQueryVariables,
  type CloseReportMutationVariables,
  type ConcludeReportMutationVariables,
  type CreatePublicNoticeMutationVariables,
  type ExtendProbationMutationVariables,
  type FileReportMutationVariables,
  type NoticeEndDateQueryVariables,
  type NoticeListQueryVariables,
  type OpenDevelopmentCaseMutationVariables,
  type RecordCaseAssessmentMutationVariables,
  type RecordCaseTalkMutationVariables,
  type RecordCaseTrainingMutationVariables,
  type RecordPoliticalReviewMutationVariables,
  type RecordReportMutationVariables,
  type ReportListQueryVariables,
  type SetCalendarDayMutationVariables,
  type UpdatePublicNoticeMutationVariables,
  type WithdrawDevelopmentCaseMutationVariables,
  ProgramListDocument,
  ProgramsByIdsDocument,
  ProgramByIdDocument,
  CreateTrainingProgramDocument,
  UpdateTrainingProgramDocument,
  ClassListDocument,
  ClassesByIdsDocument,
  ClassByIdDocument,
  CreateTrainingClassDocument,
  UpdateTrainingClassDocument,
  PublishTrainingClassDocument,
  CancelTrainingClassDocument,
  EnrollmentListDocument,
  MyTrainingDocument,
  EnrollmentsByIdsDocument,
  EnrollmentByIdDocument,
  TrainingByChamberDocument,
  EnrollDocument,
  EnrollMyselfDocument,
  CancelEnrollmentDocument,
  ConfirmEnrollmentsDocument,
  MarkEnrollmentsAbsentDocument,
  MarkAttendanceDocument,
  CheckInDocument,
  RevokeCertificateDocument,
  VerifyCertificateDocument,
  type ProgramListQueryVariables,
  type ClassListQueryVariables,
  type EnrollmentListQueryVariables,
  type CreateTrainingProgramMutationVariables,
  type UpdateTrainingProgramMutationVariables,
  type CreateTrainingClassMutationVariables,
  type UpdateTrainingClassMutationVariables,
  ExemplarListDocument,
  ExemplarsByIdsDocument,
  ExemplarByIdDocument,
  ExemplarRevisionDiffDocument,
  CreateExemplarDocument,
  UpdateExemplarDocument,
  SubmitExemplarForReviewDocument,
  ApproveExemplarDocument,
  ReturnExemplarToDraftDocument,
  PublishExemplarDocument,
  WithdrawExemplarDocument,
  PublishedExemplarsDocument,
  type ExemplarListQueryVariables,
  type CreateExemplarMutationVariables,
  type UpdateExemplarMutationVariables,
  type PublishedExemplarsQueryVariables,
  type TypedDocumentString,
} from './generated/graphql.js';
import { ApiError, toApiError } from './errors.js';

export * from './generated/graphql.js';
export * from './generated/contract.js';
export * from './errors.js';
export * from './react-admin.js';

export interface ClientOptions {
  /** Extra headers on every request, e.g. an API token. */
  headers?: Record<string, string>;
  /** Send cookies (the dashboard's session) along. */
  credentials?: RequestCredentials;
  fetch?: typeof fetch;
}

/** Whether an operation changes something: its text starts with `mutation` (its fragments follow it). */
function isMutation(query: string): boolean {
  return /^\s*mutation\b/.test(query);
}

/** A typed SDK for the Guildhall API: one method per operation, errors as ApiError. */
export function createClient(url: string, options: ClientOptions = {}) {
  const client = new GraphQLClient(url, {
    headers: { 'content-type': 'application/json', ...options.headers },
    credentials: options.credentials,
    fetch: options.fetch,
  });

  // The operations are kept as their text (codegen's string documents), not as parsed syntax
  // trees: a page's script then carries short strings instead of some 450 kB of nested objects
  // for the browser to parse and build at start, and sends the text as it is.
  async function run<TResult, TVariables extends object>(document: TypedDocumentString<TResult, TVariables>, variables: TVariables): Promise<TResult> {
    const query = document.toString();
    try {
      return await client.request<TResult, TVariables>({ document: query, variables } as never);
    } catch (error) {
      throw toApiError(error, { change: isMutation(query) });
    }
  }

  /**
   * One record by id: `X(id)` answers a nullable X (one record not found nulls that field alone),
   * and the server says NOT_FOUND with it; a null without the error is taken as NOT_FOUND too.
   */
  async function one<TResult extends { item?: unknown }, TVariables extends object>(
    document: TypedDocumentString<TResult, TVariables>,
    variables: TVariables,
  ): Promise<TResult & { item: NonNullable<TResult['item']> }> {
    const answer = await run(document, variables);
    if (answer.item === null || answer.item === undefined) throw new ApiError({ message: 'not found', extensions: { code: 'NOT_FOUND' } });
    return answer as TResult & { item: NonNullable<TResult['item']> };
  }

  return {
    request: run,
    organizations: {
      list: (variables: OrganizationListQueryVariables) => run(OrganizationListDocument, variables),
      byIds: (ids: string[]) => run(OrganizationsByIdsDocument, { ids }),
      tree: (rootId: string) => run(OrganizationTreeDocument, { rootId }),
      get: (id: string) => one(OrganizationByIdDocument, { id }),
      create: (variables: CreateOrganizationMutationVariables) => run(CreateOrganizationDocument, variables),
      update: (variables: UpdateOrganizationMutationVariables) => run(UpdateOrganizationDocument, variables),
      delete: (id: string, version?: number) => run(DeleteOrganizationDocument, { id, version }),
      archive: (id: string, version: number) => run(ArchiveOrganizationDocument, { id, version }),
      restore: (id: string, version: number) => run(RestoreOrganizationDocument, { id, version }),
      /** The member enterprises a joint branch takes in (at most the rules' limit). */
      setJointEnterprises: (jointBranchId: string, version: number, enterpriseIds: string[]) => run(SetJointBranchEnterprisesDocument, { jointBranchId, version, enterpriseIds }),
    },
    people: {
      list: (variables: PersonListQueryVariables) => run(PersonListDocument, variables),
      byIds: (ids: string[]) => run(PeopleByIdsDocument, { ids }),
      get: (id: string) => one(PersonByIdDocument, { id }),
      /** The whole national id of one person; each call is an audit entry on the server. */
      revealNationalId: (id: string) => run(RevealNationalIdDocument, { id }),
      create: (variables: CreatePersonMutationVariables) => run(CreatePersonDocument, variables),
      update: (variables: UpdatePersonMutationVariables) => run(UpdatePersonDocument, variables),
      delete: (id: string, version?: number) => run(DeletePersonDocument, { id, version }),
      archive: (id: string, version: number) => run(ArchivePersonDocument, { id, version }),
      restore: (id: string, version: number) => run(RestorePersonDocument, { id, version }),
      /** Checks a sheet (.xlsx or .csv, base64) row by row; writes nothing. */
      previewImport: (fileName: string, contentBase64: string) => run(PreviewPeopleImportDocument, { fileName, contentBase64 }),
      /** Creates everyone in the sheet or nobody. */
      import: (fileName: string, contentBase64: string) => run(ImportPeopleDocument, { fileName, contentBase64 }),
    },
    cases: {
      list: (variables: CaseListQueryVariables) => run(CaseListDocument, variables),
      byIds: (ids: string[]) => run(CasesByIdsDocument, { ids }),
      get: (id: string) => one(CaseByIdDocument, { id }),
      /** Open cases per stage per chamber. */
      pipeline: (withinOrganization?: string | null) => run(DevelopmentPipelineDocument, { withinOrganization }),
      /** The kinds of material the steps need (docs/api.md, "The dossier"), and the administrators' changes to them. */
      materialKinds: () => run(MaterialKindsDocument, {}),
      /** 材料待办: a page of the required materials the open cases lack. */
      missingMaterials: (variables: MissingMaterialsQueryVariables) => run(MissingMaterialsDocument, variables),
      createMaterialKind: (variables: CreateMaterialKindMutationVariables) => run(CreateMaterialKindDocument, variables),
      updateMaterialKind: (variables: UpdateMaterialKindMutationVariables) => run(UpdateMaterialKindDocument, variables),
      open: (variables: OpenDevelopmentCaseMutationVariables) => run(OpenDevelopmentCaseDocument, variables),
      recordTalk: (variables: RecordCaseTalkMutationVariables) => run(RecordCaseTalkDocument, variables),
      /** The next stage; GUARD_FAILED / NOTICE_OPEN name the rule in the way. */
      advance: (variables: AdvanceDevelopmentCaseMutationVariables) => run(AdvanceDevelopmentCaseDocument, variables),
      assignContacts: (variables: AssignCultivationContactsMutationVariables) => run(AssignCultivationContactsDocument, variables),
      assignIntroducers: (variables: AssignIntroducersMutationVariables) => run(AssignIntroducersDocument, variables),
      recordAssessment: (variables: RecordCaseAssessmentMutationVariables) => run(RecordCaseAssessmentDocument, variables),
      recordPoliticalReview: (variables: RecordPoliticalReviewMutationVariables) => run(RecordPoliticalReviewDocument, variables),
      recordTraining: (variables: RecordCaseTrainingMutationVariables) => run(RecordCaseTrainingDocument, variables),
      approveAdmission: (variables: ApproveAdmissionMutationVariables) => run(ApproveAdmissionDocument, variables),
      extendProbation: (variables: ExtendProbationMutationVariables) => run(ExtendProbationDocument, variables),
      cancelProbation: (variables: CancelProbationMutationVariables) => run(CancelProbationDocument, variables),
      withdraw: (variables: WithdrawDevelopmentCaseMutationVariables) => run(WithdrawDevelopmentCaseDocument, variables),
    },
    notices: {
      list: (variables: NoticeListQueryVariables) => run(NoticeListDocument, variables),
      byIds: (ids: string[]) => run(NoticesByIdsDocument, { ids }),
      get: (id: string) => one(NoticeByIdDocument, { id }),
      /** The end a notice would have, before it is saved. */
      endDate: (variables: NoticeEndDateQueryVariables) => run(NoticeEndDateDocument, variables),
      create: (variables: CreatePublicNoticeMutationVariables) => run(CreatePublicNoticeDocument, variables),
      update: (variables: UpdatePublicNoticeMutationVariables) => run(UpdatePublicNoticeDocument, variables),
      delete: (id: string, version?: number) => run(DeletePublicNoticeDocument, { id, version }),
      publish: (id: string, version: number) => run(PublishNoticeDocument, { id, version }),
      /** Records a draft as a notice that ran on paper, after the fact, with why and what shows it. */
      recordPaper: (params: RecordPaperNoticeMutationVariables) => run(RecordPaperNoticeDocument, params),
    },
    calendar: {
      /** Local overrides, and the years the official schedule covers. */
      list: (variables: CalendarDayListQueryVariables) => run(CalendarDayListDocument, variables),
      set: (variables: SetCalendarDayMutationVariables) => run(SetCalendarDayDocument, variables),
      clear: (id: string) => run(ClearCalendarDayDocument, { id }),
    },
    reports: {
      list: (variables: ReportListQueryVariables) => run(ReportListDocument, variables),
      byIds: (ids: string[]) => run(ReportsByIdsDocument, { ids }),
      get: (id: string) => one(ReportByIdDocument, { id }),
      record: (variables: RecordReportMutationVariables) => run(RecordReportDocument, variables),
      startVerification: (id: string, version: number) => run(StartReportVerificationDocument, { id, version }),
      conclude: (variables: ConcludeReportMutationVariables) => run(ConcludeReportDocument, variables),
      close: (variables: CloseReportMutationVariables) => run(CloseReportDocument, variables),
    },
    training: {
      programs: (variables: ProgramListQueryVariables) => run(ProgramListDocument, variables),
      programsByIds: (ids: string[]) => run(ProgramsByIdsDocument, { ids }),
      program: (id: string) => one(ProgramByIdDocument, { id }),
      createProgram: (variables: CreateTrainingProgramMutationVariables) => run(CreateTrainingProgramDocument, variables),
      updateProgram: (variables: UpdateTrainingProgramMutationVariables) => run(UpdateTrainingProgramDocument, variables),
      classes: (variables: ClassListQueryVariables) => run(ClassListDocument, variables),
      classesByIds: (ids: string[]) => run(ClassesByIdsDocument, { ids }),
      class: (id: string) => one(ClassByIdDocument, { id }),
      createClass: (variables: CreateTrainingClassMutationVariables) => run(CreateTrainingClassDocument, variables),
      updateClass: (variables: UpdateTrainingClassMutationVariables) => run(UpdateTrainingClassDocument, variables),
      publishClass: (id: string, version: number) => run(PublishTrainingClassDocument, { id, version }),
      cancelClass: (id: string, version: number) => run(CancelTrainingClassDocument, { id, version }),
      enrollments: (variables: EnrollmentListQueryVariables) => run(EnrollmentListDocument, variables),
      /** A trainee's 我的培训 in one request: their places and the classes open for enrollment. */
      myTraining: (placesPerPage: number, openPerPage: number) => run(MyTrainingDocument, { placesPerPage, openPerPage }),
      enrollmentsByIds: (ids: string[]) => run(EnrollmentsByIdsDocument, { ids }),
      enrollment: (id: string) => one(EnrollmentByIdDocument, { id }),
      byChamber: (programId?: string | null, year?: number | null) => run(TrainingByChamberDocument, { programId, year }),
      /** A seat or a place in line; CAPACITY_FULL / ALREADY_ENROLLED otherwise. */
      enroll: (classId: string, personId: string) => run(EnrollDocument, { classId, personId }),
      enrollMyself: (classId: string) => run(EnrollMyselfDocument, { classId }),
      cancel: (id: string) => run(CancelEnrollmentDocument, { id }),
      confirm: (ids: string[]) => run(ConfirmEnrollmentsDocument, { ids }),
      markAbsent: (ids: string[]) => run(MarkEnrollmentsAbsentDocument, { ids }),
      markAttendance: (sessionId: string, ids: string[]) => run(MarkAttendanceDocument, { sessionId, ids }),
      checkIn: (sessionId: string, code: string) => run(CheckInDocument, { sessionId, code }),
      revokeCertificate: (id: string) => run(RevokeCertificateDocument, { id }),
    },
    /** Your reminders (docs/api.md, "Reminders") and the rules administrators set. */
    reminders: {
      /** A page of your reminders, newest first, and how many are unread. */
      mine: (variables: MyRemindersQueryVariables = {}) => run(MyRemindersDocument, variables),
      unreadCount: () => run(UnreadReminderCountDocument, {}),
      markRead: (ids: string[]) => run(MarkRemindersReadDocument, { ids }),
      rules: () => run(ReminderRulesDocument, {}),
      updateRule: (variables: UpdateReminderRuleMutationVariables) => run(UpdateReminderRuleDocument, variables),
      /** Whether e-mail is configured, and the digest hour. */
      channels: () => run(ReminderChannelsDocument, {}),
      webhooks: () => run(ReminderWebhooksDocument, {}),
      createWebhook: (variables: CreateReminderWebhookMutationVariables) => run(CreateReminderWebhookDocument, variables),
      updateWebhook: (variables: UpdateReminderWebhookMutationVariables) => run(UpdateReminderWebhookDocument, variables),
      deleteWebhook: (id: string, version: number) => run(DeleteReminderWebhookDocument, { id, version }),
      /** A page of the daily digests sent and being sent, newest first. */
      deliveries: (variables: ReminderDeliveriesQueryVariables = {}) => run(ReminderDeliveriesDocument, variables),
    },
    oversight: {
      /** The coordination group's home page for a year (default: this year). */
      home: (year?: number | null) => run(HomeDashboardDocument, { year }),
      meetings: (variables: MeetingListQueryVariables) => run(MeetingListDocument, variables),
      meetingsByIds: (ids: string[]) => run(MeetingsByIdsDocument, { ids }),
      meeting: (id: string) => one(MeetingByIdDocument, { id }),
      planMeeting: (variables: CreateMeetingMutationVariables) => run(CreateMeetingDocument, variables),
      /** Changes a planned meeting (topic, day, place, expected attendance). */
      updateMeeting: (variables: UpdateMeetingMutationVariables) => run(UpdateMeetingDocument, variables),
      recordMeetingHeld: (variables: RecordMeetingHeldMutationVariables) => run(RecordMeetingHeldDocument, variables),
      cancelMeeting: (id: string, version: number) => run(CancelMeetingDocument, { id, version }),
      /** A page of the year's meeting regularity, least regular first. */
      regularity: (variables: MeetingRegularityQueryVariables) => run(MeetingRegularityDocument, variables),
      rectifications: (variables: RectificationListQueryVariables) => run(RectificationListDocument, variables),
      rectificationsByIds: (ids: string[]) => run(RectificationsByIdsDocument, { ids }),
      /** A page of the units held to a venue standard, those short of it first. */
      venueCompliance: (variables: VenueComplianceQueryVariables) => run(VenueComplianceDocument, variables),
      /** Coverage overall and per chamber. */
      coverage: (withinOrganization?: string | null) => run(CoverageDocument, { withinOrganization }),
      /** A page of the member enterprises not (fully) covered, by name. */
      uncovered: (variables: UncoveredEnterprisesQueryVariables) => run(UncoveredEnterprisesDocument, variables),
      /** A page of the year's letters, by chamber, with the total. */
      letters: (variables: ResponsibilityLettersQueryVariables) => run(ResponsibilityLettersDocument, variables),
      /** A page of the chambers still without a letter for the year. */
      chambersWithoutLetter: (variables: ChambersWithoutLetterQueryVariables) => run(ChambersWithoutLetterDocument, variables),
      signLetter: (variables: SignResponsibilityLetterMutationVariables) => run(SignResponsibilityLetterDocument, variables),
      /** A page of the year's ranking, best first, with the total and the weights. */
      assessments: (variables: AssessmentsQueryVariables) => run(AssessmentsDocument, variables),
      /** A page of the chambers not yet assessed for the year. */
      chambersNotAssessed: (variables: ChambersNotAssessedQueryVariables) => run(ChambersNotAssessedDocument, variables),
      recordAssessment: (variables: RecordAssessmentMutationVariables) => run(RecordAssessmentDocument, variables),
      /** Corrects a recorded assessment (day, scores, comment). */
      updateAssessment: (variables: UpdateAssessmentMutationVariables) => run(UpdateAssessmentDocument, variables),
      /** A unit's venues with their checks and photos, and the checklists in force. */
      venuesOf: (organizationId: string) => run(VenuesOfDocument, { organizationId }),
      createVenue: (variables: CreateVenueMutationVariables) => run(CreateVenueDocument, variables),
      inspectVenue: (variables: InspectVenueMutationVariables) => run(InspectVenueDocument, variables),
      removeVenuePhoto: (id: string) => run(RemoveVenuePhotoDocument, { id }),
      /** The rules on organizations, the meeting requirements and a year's assessment weights. */
      settings: (year: number) => run(OversightSettingsDocument, { year }),
      setRules: (variables: SetOrganizationRulesMutationVariables) => run(SetOrganizationRulesDocument, variables),
      setWeights: (variables: SetAssessmentWeightsMutationVariables) => run(SetAssessmentWeightsDocument, variables),
      setMeetingRequirement: (variables: SetMeetingRequirementMutationVariables) => run(SetMeetingRequirementDocument, variables),
    },
    exemplars: {
      list: (variables: ExemplarListQueryVariables) => run(ExemplarListDocument, variables),
      byIds: (ids: string[]) => run(ExemplarsByIdsDocument, { ids }),
      get: (id: string) => one(ExemplarByIdDocument, { id }),
      diff: (id: string, from: number, to: number) => run(ExemplarRevisionDiffDocument, { id, from, to }),
      create: (variables: CreateExemplarMutationVariables) => run(CreateExemplarDocument, variables),
      /** Edits the draft; a published profile gets a new revision. */
      update: (variables: UpdateExemplarMutationVariables) => run(UpdateExemplarDocument, variables),
      submit: (id: string, version: number) => run(SubmitExemplarForReviewDocument, { id, version }),
      /** IN_REVIEW → NOTICE: opens the profile's public notice with its hotline and suggestion box. */
      approve: (variables: ApproveExemplarMutationVariables) => run(ApproveExemplarDocument, variables),
      returnToDraft: (id: string, version: number, note: string) => run(ReturnExemplarToDraftDocument, { id, version, note }),
      publish: (id: string, version: number) => run(PublishExemplarDocument, { id, version }),
      withdraw: (id: string, version: number, note: string) => run(WithdrawExemplarDocument, { id, version, note }),
    },
    /** What anyone may do without an account. */
    public: {
      notices: (page?: number, perPage?: number) => run(PublishedNoticesDocument, { page, perPage }),
      notice: (id: string) => run(PublishedNoticeDocument, { id }),
      fileReport: (variables: FileReportMutationVariables) => run(FileReportDocument, variables),
      verifyCertificate: (code: string) => run(VerifyCertificateDocument, { code }),
      exemplars: (variables: PublishedExemplarsQueryVariables) => run(PublishedExemplarsDocument, variables),
    },
    auth: {
      /** The signed-in user and their permissions; `me` is null without a session. */
      me: () => run(MeDocument, {}),
      signIn: (username: string, password: string) => run(SignInDocument, { username, password }),
      signOut: () => run(SignOutDocument, {}),
      changePassword: (currentPassword: string, newPassword: string) => run(ChangePasswordDocument, { currentPassword, newPassword }),
    },
    users: {
      list: (variables: UserListQueryVariables) => run(UserListDocument, variables),
      byIds: (ids: string[]) => run(UsersByIdsDocument, { ids }),
      get: (id: string) => one(UserByIdDocument, { id }),
      create: (variables: CreateUserMutationVariables) => run(CreateUserDocument, variables),
      update: (variables: UpdateUserMutationVariables) => run(UpdateUserDocument, variables),
      resetPassword: (id: string, newPassword: string) => run(ResetUserPasswordDocument, { id, newPassword }),
      unlock: (id: string) => run(UnlockUserDocument, { id }),
    },
    apiTokens: {
      /** The signed-in user's own tokens, revoked and expired ones included. */
      mine: () => run(MyApiTokensDocument, {}),
      /** The token itself is in the answer once and never again. */
      /** Only from a signed-in session, with the password again; 1 to 365 days (90 when left out). */
      create: (name: string, password: string, expiresInDays?: number) => run(CreateApiTokenDocument, { name, password, expiresInDays }),
      revoke: (id: string) => run(RevokeApiTokenDocument, { id }),
    },
    audit: {
      list: (variables: AuditEntryListQueryVariables) => run(AuditEntryListDocument, variables),
      byIds: (ids: string[]) => run(AuditEntriesByIdsDocument, { ids }),
      get: (id: string) => one(AuditEntryByIdDocument, { id }),
      /** Accounts that reached the daily budget of values refused over records they cannot read (administrators). */
      probingAccounts: () => run(ProbingAccountsDocument, {}),
    },
  };
}

export type GuildhallClient = ReturnType<typeof createClient>;
