// Generated from packages/server/contract.json by scripts/contract.mjs at build: do not edit.
import type { CaseStage, NoticeStage, OrganizationKind, UserRole } from './graphql';

/** Every permission the server grants (`me.permissions` holds the signed-in account's). */
export const PERMISSIONS = ['organization:read', 'organization:write', 'organization:archive', 'organization:setStatus', 'user:manage', 'audit:read', 'person:read', 'person:write', 'person:archive', 'person:readNationalId', 'case:read', 'case:write', 'notice:read', 'notice:write', 'notice:publish', 'report:read', 'report:record', 'report:verify', 'calendar:manage', 'training:read', 'training:manage', 'training:enroll', 'training:self', 'exemplar:read', 'exemplar:write', 'exemplar:review', 'exemplar:publish', 'oversight:read', 'meeting:write', 'oversight:configure', 'rectification:write', 'rectification:accept', 'assessment:write'] as const;
export type Permission = (typeof PERMISSIONS)[number];

/** Which permissions each role holds. */
export const ROLE_PERMISSIONS: Readonly<Record<UserRole, readonly Permission[]>> = {
  ADMIN: ['organization:read', 'organization:write', 'organization:archive', 'organization:setStatus', 'user:manage', 'audit:read', 'person:read', 'person:write', 'person:archive', 'person:readNationalId', 'case:read', 'case:write', 'notice:read', 'notice:write', 'notice:publish', 'report:read', 'report:record', 'report:verify', 'calendar:manage', 'training:read', 'training:manage', 'training:enroll', 'exemplar:read', 'exemplar:write', 'exemplar:review', 'exemplar:publish', 'oversight:read', 'meeting:write', 'oversight:configure', 'rectification:write', 'rectification:accept', 'assessment:write'],
  ASSESSOR: ['organization:read', 'audit:read', 'person:read', 'case:read', 'notice:read', 'report:read', 'training:read', 'exemplar:read', 'exemplar:review', 'oversight:read', 'rectification:accept', 'assessment:write'],
  COORDINATOR: ['organization:read', 'organization:write', 'organization:archive', 'audit:read', 'person:read', 'person:write', 'person:archive', 'person:readNationalId', 'case:read', 'case:write', 'notice:read', 'notice:write', 'notice:publish', 'report:read', 'report:record', 'report:verify', 'training:read', 'training:manage', 'training:enroll', 'exemplar:read', 'exemplar:write', 'oversight:read', 'meeting:write', 'rectification:write'],
  STAFF: ['organization:read', 'organization:write', 'person:read', 'person:write', 'case:read', 'case:write', 'notice:read', 'notice:write', 'report:read', 'report:record', 'training:read', 'training:enroll', 'exemplar:read', 'exemplar:write', 'oversight:read', 'meeting:write'],
  TRAINEE: ['training:self'],
};

/** Roles whose scope is everything, not their organization's subtree. */
export const ROLES_SEEING_ALL: readonly UserRole[] = ['ADMIN', 'ASSESSOR'];

/** Which kinds may sit directly under which, along the line of leadership. */
export const ALLOWED_PARENT_KINDS: Readonly<Record<OrganizationKind, readonly OrganizationKind[]>> = {
  AGENCY: ['AGENCY'],
  COORDINATION_GROUP: ['AGENCY'],
  CHAMBER: ['AGENCY', 'COORDINATION_GROUP'],
  ENTERPRISE: ['CHAMBER'],
  PARTY_COMMITTEE: ['AGENCY', 'CHAMBER', 'PARTY_COMMITTEE'],
  GENERAL_BRANCH: ['AGENCY', 'CHAMBER', 'PARTY_COMMITTEE'],
  BRANCH: ['AGENCY', 'CHAMBER', 'PARTY_COMMITTEE', 'GENERAL_BRANCH'],
  JOINT_BRANCH: ['AGENCY', 'CHAMBER', 'PARTY_COMMITTEE', 'GENERAL_BRANCH'],
  UNION: ['CHAMBER', 'ENTERPRISE', 'PARTY_COMMITTEE', 'GENERAL_BRANCH', 'BRANCH', 'JOINT_BRANCH'],
  WOMEN_FEDERATION: ['CHAMBER', 'ENTERPRISE', 'PARTY_COMMITTEE', 'GENERAL_BRANCH', 'BRANCH', 'JOINT_BRANCH'],
  YOUTH_LEAGUE: ['CHAMBER', 'ENTERPRISE', 'PARTY_COMMITTEE', 'GENERAL_BRANCH', 'BRANCH', 'JOINT_BRANCH'],
};

/** Kinds that may have a host (the chamber or enterprise they are formed in). */
export const HOSTED_KINDS: readonly OrganizationKind[] = ['PARTY_COMMITTEE', 'GENERAL_BRANCH', 'BRANCH', 'JOINT_BRANCH', 'UNION', 'WOMEN_FEDERATION', 'YOUTH_LEAGUE'];

/** Kinds that may host an organization. */
export const HOST_KINDS: readonly OrganizationKind[] = ['CHAMBER', 'ENTERPRISE'];

/** Kinds whose subtree can hold member enterprises. */
export const ENTERPRISE_HOLDING_KINDS: readonly OrganizationKind[] = ['AGENCY', 'COORDINATION_GROUP', 'CHAMBER'];

/** The longest text (in characters) each mutation's arguments take, by mutation and argument. */
export const MAX_LENGTHS = {
  advanceDevelopmentCase: { decisionRef: 100, note: 500 },
  approveAdmission: { decisionRef: 100, note: 500 },
  approveExemplar: { hotline: 50, note: 500, suggestionBox: 200 },
  assignCultivationContacts: { note: 500 },
  assignIntroducers: { note: 500 },
  cancelProbation: { decisionRef: 100, note: 500 },
  closeRectification: { note: 2000 },
  closeReport: { decision: 1000 },
  concludeReport: { note: 1000 },
  createApiToken: { name: 50 },
  createExemplar: { awards: 100, citation: 500, 'publicity.link': 500, 'publicity.mediaType': 20, 'publicity.outlet': 100, story: 40000, title: 100 },
  createMaterialKind: { name: 60 },
  createMeeting: { location: 200, topic: 100 },
  createOrganization: { address: 200, creditCode: 18, industry: 50, name: 100, originProvince: 10, phone: 30, shortName: 40 },
  createPerson: { ethnicity: 20, name: 50, phone: 30, posts: 200 },
  createPublicNotice: { body: 2000, hotline: 50, suggestionBox: 200, title: 100 },
  createReminderWebhook: { name: 50, secret: 200, url: 500 },
  createTrainingClass: { audience: 200, 'sessions.topic': 200, title: 100, venue: 200 },
  createTrainingProgram: { description: 1000, title: 100 },
  createUser: { displayName: 50, email: 254, username: 50 },
  createVenue: { address: 200, name: 100 },
  extendProbation: { decisionRef: 100, note: 500 },
  failRectificationAcceptance: { note: 2000 },
  fileReport: { content: 2000, reporterContact: 100, reporterName: 50 },
  importPeople: { contentBase64: 200000, fileName: 200 },
  inspectVenue: { 'checks.code': 40, 'checks.note': 200 },
  openDevelopmentCase: { note: 500 },
  openRectification: { problems: 1000 },
  passRectificationAcceptance: { note: 2000 },
  previewPeopleImport: { contentBase64: 200000, fileName: 200 },
  publishExemplar: { note: 500 },
  recordAssessment: { comment: 500, 'scores.note': 200 },
  recordCaseAssessment: { note: 500 },
  recordCaseTalk: { note: 500 },
  recordCaseTraining: { note: 500 },
  recordMeetingHeld: { minutes: 20000 },
  recordPaperNotice: { evidence: 500, reason: 500 },
  recordPoliticalReview: { note: 500 },
  recordReport: { content: 2000, reporterContact: 100, reporterName: 50 },
  returnExemplarToDraft: { note: 500 },
  setCalendarDay: { note: 100 },
  signResponsibilityLetter: { signatory: 50, 'targets.target': 500 },
  startRectification: { note: 2000 },
  submitExemplarForReview: { note: 500 },
  submitRectificationForAcceptance: { note: 2000 },
  updateAssessment: { comment: 500, 'scores.note': 200 },
  updateExemplar: { awards: 100, citation: 500, 'publicity.link': 500, 'publicity.mediaType': 20, 'publicity.outlet': 100, story: 40000, title: 100 },
  updateMaterialKind: { name: 60 },
  updateMeeting: { location: 200, topic: 100 },
  updateOrganization: { address: 200, creditCode: 18, industry: 50, name: 100, originProvince: 10, phone: 30, shortName: 40 },
  updatePerson: { ethnicity: 20, name: 50, phone: 30, posts: 200 },
  updatePublicNotice: { body: 2000, hotline: 50, suggestionBox: 200, title: 100 },
  updateReminderWebhook: { name: 50, secret: 200, url: 500 },
  updateTrainingClass: { audience: 200, 'sessions.topic': 200, title: 100, venue: 200 },
  updateTrainingProgram: { description: 1000, title: 100 },
  updateUser: { displayName: 50, email: 254 },
  withdrawDevelopmentCase: { note: 500 },
  withdrawExemplar: { note: 500 },
} as const;

/** The characters an exemplar's story may hold once its tags are dropped (the HTML may be longer). */
export const STORY_CHARS = 20000;

/** The largest upload each REST endpoint takes (bytes), and a dossier material's most pages. */
export const UPLOAD_LIMITS = { photoBytes: 8388608, materialBytes: 20971520, materialPages: 60 } as const;

/** The filter fields of each list query. */
export const FILTER_KEYS = {
  allAssessments: ['ids', 'year', 'chamberId', 'withinOrganization'],
  allAuditEntries: ['q', 'ids', 'action', 'actorId', 'organizationId', 'recordType', 'recordId', 'at_gte', 'at_lte'],
  allCalendarDays: ['ids', 'date_gte', 'date_lte'],
  allDevelopmentCases: ['q', 'ids', 'personId', 'organizationId', 'withinOrganization', 'stage', 'stage_in', 'open', 'alert', 'noticeId', 'appliedOn_gte', 'appliedOn_lte'],
  allEnrollments: ['q', 'ids', 'classId', 'personId', 'chamberId', 'status', 'status_in', 'completed'],
  allExemplars: ['q', 'ids', 'category', 'state', 'withinOrganization', 'personId', 'subjectOrganizationId', 'ownerOrganizationId'],
  allMeetings: ['q', 'ids', 'organizationId', 'withinOrganization', 'type', 'status', 'plannedOn_gte', 'plannedOn_lte'],
  allOrganizations: ['q', 'ids', 'kind', 'kind_in', 'parentId', 'hostId', 'descendantsOf', 'status', 'originProvince', 'archived', 'foundedOn_gte', 'foundedOn_lte', 'termState', 'employeeCount_gte', 'employeeCount_lte'],
  allPeople: ['q', 'ids', 'organizationId', 'withinOrganization', 'employerId', 'membershipStatus', 'membershipStatus_in', 'relation', 'gender', 'education', 'birthDate_gte', 'birthDate_lte', 'archived'],
  allPublicNotices: ['q', 'ids', 'organizationId', 'withinOrganization', 'stage', 'state', 'caseId', 'startsOn_gte', 'startsOn_lte'],
  allRectificationCases: ['ids', 'organizationId', 'state', 'open'],
  allReports: ['q', 'ids', 'noticeId', 'caseId', 'withinOrganization', 'status', 'status_in', 'channel', 'receivedOn_gte', 'receivedOn_lte'],
  allResponsibilityLetters: ['ids', 'year', 'chamberId', 'withinOrganization'],
  allTrainingClasses: ['q', 'ids', 'programId', 'organizerId', 'status', 'enrollmentOpen', 'startsOn_gte', 'startsOn_lte'],
  allTrainingPrograms: ['q', 'ids', 'year', 'organizerId', 'archived'],
  allUsers: ['q', 'ids', 'role', 'organizationId', 'personId', 'disabled'],
  allVenues: ['q', 'ids', 'organizationId', 'withinOrganization', 'standard'],
} as const;

/** A person's phone as the server checks it, once spaces, hyphens and brackets are removed (mobile prefixes, landlines with their area code). */
export const PHONE_PATTERN = new RegExp("^(?:\\+?86|0086)?(?:1(?:3\\d|4[5-9]|5[0-35-9]|6[25-7]|7[0-8]|8\\d|9[0-35-9])\\d{8}|0[1-9]\\d{1,2}[2-9]\\d{6,7})$");

/** Each error code (`extensions.code`) the API answers with, and the HTTP status it stands for. */
export const ERROR_STATUS = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
  CONFLICT: 409,
  CAPACITY_FULL: 409,
  ALREADY_ENROLLED: 409,
  NOTICE_OPEN: 409,
  GUARD_FAILED: 409,
  RATE_LIMITED: 429,
  SERVICE_UNAVAILABLE: 503,
  PERSISTED_QUERY_NOT_SUPPORTED: 400,
  INTERNAL_SERVER_ERROR: 500,
} as const;

/** The case stage a notice of each kind written by hand is posted for (an exemplar's notice opens with its approval and covers no case). */
export const NOTICE_CASE_STAGE: Readonly<Record<Exclude<NoticeStage, 'EXEMPLAR'>, CaseStage>> = {
  DEVELOPMENT_TARGET: 'ACTIVIST',
  ADMISSION: 'DEVELOPMENT_TARGET',
  CONVERSION: 'PROBATIONARY',
};

/** The kinds of rows a refused delete (CONFLICT, reason `referenced`) may name in `extensions.references`, by what was to be deleted. */
export const REFERENCE_KINDS = {
  organizations: ['organizations', 'jointBranchLinks', 'people', 'exemplars', 'cases', 'notices', 'reports', 'trainingPrograms', 'trainingClasses', 'classQuotas', 'enrollments', 'accounts', 'venues', 'meetings', 'assessments', 'letters', 'rectifications', 'reminderWebhooks'] as const,
  people: ['exemplars', 'cases', 'enrollments', 'accounts'] as const,
};
export type ReferenceKind = (typeof REFERENCE_KINDS)[keyof typeof REFERENCE_KINDS][number];

/** Error codes the Guildhall API answers with. */
export type ApiErrorCode = keyof typeof ERROR_STATUS;
