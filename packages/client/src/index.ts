import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { GraphQLClient } from 'graphql-request';
import {
  ArchiveOrganizationDocument,
  AuditEntriesByIdsDocument,
  AuditEntryByIdDocument,
  AuditEntryListDocument,
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
} from './generated/graphql.js';
import { toApiError } from './errors.js';

export * from './generated/graphql.js';
export * from './errors.js';

export interface ClientOptions {
  /** Extra headers on every request, e.g. an API token. */
  headers?: Record<string, string>;
  /** Send cookies (the dashboard's session) along. */
  credentials?: RequestCredentials;
  fetch?: typeof fetch;
}

/** A typed SDK for the Guildhall API: one method per operation, errors as ApiError. */
export function createClient(url: string, options: ClientOptions = {}) {
  const client = new GraphQLClient(url, {
    headers: { 'content-type': 'application/json', ...options.headers },
    credentials: options.credentials,
    fetch: options.fetch,
  });

  async function run<TResult, TVariables extends object>(document: TypedDocumentNode<TResult, TVariables>, variables: TVariables): Promise<TResult> {
    try {
      return await client.request<TResult, TVariables>({ document, variables } as never);
    } catch (error) {
      throw toApiError(error);
    }
  }

  return {
    request: run,
    organizations: {
      list: (variables: OrganizationListQueryVariables) => run(OrganizationListDocument, variables),
      byIds: (ids: string[]) => run(OrganizationsByIdsDocument, { ids }),
      tree: (rootId: string) => run(OrganizationTreeDocument, { rootId }),
      get: (id: string) => run(OrganizationByIdDocument, { id }),
      create: (variables: CreateOrganizationMutationVariables) => run(CreateOrganizationDocument, variables),
      update: (variables: UpdateOrganizationMutationVariables) => run(UpdateOrganizationDocument, variables),
      delete: (id: string, version?: number) => run(DeleteOrganizationDocument, { id, version }),
      archive: (id: string, version: number) => run(ArchiveOrganizationDocument, { id, version }),
      restore: (id: string, version: number) => run(RestoreOrganizationDocument, { id, version }),
    },
    people: {
      list: (variables: PersonListQueryVariables) => run(PersonListDocument, variables),
      byIds: (ids: string[]) => run(PeopleByIdsDocument, { ids }),
      get: (id: string) => run(PersonByIdDocument, { id }),
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
      get: (id: string) => run(CaseByIdDocument, { id }),
      /** Open cases per stage per chamber. */
      pipeline: (withinOrganization?: string | null) => run(DevelopmentPipelineDocument, { withinOrganization }),
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
      get: (id: string) => run(NoticeByIdDocument, { id }),
      /** The end a notice would have, before it is saved. */
      endDate: (variables: NoticeEndDateQueryVariables) => run(NoticeEndDateDocument, variables),
      create: (variables: CreatePublicNoticeMutationVariables) => run(CreatePublicNoticeDocument, variables),
      update: (variables: UpdatePublicNoticeMutationVariables) => run(UpdatePublicNoticeDocument, variables),
      delete: (id: string, version?: number) => run(DeletePublicNoticeDocument, { id, version }),
      publish: (id: string, version: number) => run(PublishNoticeDocument, { id, version }),
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
      get: (id: string) => run(ReportByIdDocument, { id }),
      record: (variables: RecordReportMutationVariables) => run(RecordReportDocument, variables),
      startVerification: (id: string, version: number) => run(StartReportVerificationDocument, { id, version }),
      conclude: (variables: ConcludeReportMutationVariables) => run(ConcludeReportDocument, variables),
      close: (variables: CloseReportMutationVariables) => run(CloseReportDocument, variables),
    },
    /** What anyone may do without an account. */
    public: {
      notices: (page?: number, perPage?: number) => run(PublishedNoticesDocument, { page, perPage }),
      notice: (id: string) => run(PublishedNoticeDocument, { id }),
      fileReport: (variables: FileReportMutationVariables) => run(FileReportDocument, variables),
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
      get: (id: string) => run(UserByIdDocument, { id }),
      create: (variables: CreateUserMutationVariables) => run(CreateUserDocument, variables),
      update: (variables: UpdateUserMutationVariables) => run(UpdateUserDocument, variables),
      resetPassword: (id: string, newPassword: string) => run(ResetUserPasswordDocument, { id, newPassword }),
      unlock: (id: string) => run(UnlockUserDocument, { id }),
    },
    apiTokens: {
      /** The signed-in user's own tokens, revoked and expired ones included. */
      mine: () => run(MyApiTokensDocument, {}),
      /** The token itself is in the answer once and never again. */
      create: (name: string, expiresInDays?: number | null) => run(CreateApiTokenDocument, { name, expiresInDays }),
      revoke: (id: string) => run(RevokeApiTokenDocument, { id }),
    },
    audit: {
      list: (variables: AuditEntryListQueryVariables) => run(AuditEntryListDocument, variables),
      byIds: (ids: string[]) => run(AuditEntriesByIdsDocument, { ids }),
      get: (id: string) => run(AuditEntryByIdDocument, { id }),
    },
  };
}

export type GuildhallClient = ReturnType<typeof createClient>;
