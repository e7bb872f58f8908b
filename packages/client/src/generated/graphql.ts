/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AreaScoreInput = {
  area: FocusArea;
  /** Read-only: accepted back as read, and ignored */
  id?: string | null | undefined;
  note?: string | null | undefined;
  score: number;
  /** Read-only: accepted back as read, and ignored: the weight comes from the year's weights */
  weight?: number | null | undefined;
};

export type AreaWeightInput = {
  area: FocusArea;
  weight: number;
};

export type AssessmentResult =
  /** 优秀 */
  | 'EXCELLENT'
  /** 不合格 */
  | 'FAIL'
  /** 良好 */
  | 'GOOD'
  /** 合格 */
  | 'PASS';

export type AuditEntryFilter = {
  action?: string | null | undefined;
  actorId?: string | null | undefined;
  at_gte?: string | null | undefined;
  at_lte?: string | null | undefined;
  ids?: Array<string> | null | undefined;
  organizationId?: string | null | undefined;
  /** Search in actions, actor names and record ids */
  q?: string | null | undefined;
  recordId?: string | null | undefined;
  recordType?: string | null | undefined;
};

export type CalendarDayFilter = {
  date_gte?: string | null | undefined;
  date_lte?: string | null | undefined;
  ids?: Array<string> | null | undefined;
};

export type CalendarDayKind =
  /** 休息日 (e.g. a local holiday) */
  | 'HOLIDAY'
  /** 工作日 (e.g. a make-up workday) */
  | 'WORKDAY';

export type CaseAction =
  /** Moved to the next stage */
  | 'ADVANCE'
  /** 上级党委审批 */
  | 'APPROVE_ADMISSION'
  /** 确定培养联系人 */
  | 'ASSIGN_CONTACTS'
  /** 确定入党介绍人 */
  | 'ASSIGN_INTRODUCERS'
  /** 取消预备党员资格 */
  | 'CANCEL'
  /** 转为正式党员 */
  | 'CONVERT'
  /** 延长预备期 */
  | 'EXTEND_PROBATION'
  /** 提出入党申请 */
  | 'OPEN'
  /** 半年考察 */
  | 'RECORD_ASSESSMENT'
  /** 政治审查 */
  | 'RECORD_POLITICAL_REVIEW'
  /** 谈话 */
  | 'RECORD_TALK'
  /** 集中培训 */
  | 'RECORD_TRAINING'
  /** Ended before admission */
  | 'WITHDRAW';

export type CaseAlertKind =
  /** 审批逾期: no approval by the higher committee three months after admission */
  | 'APPROVAL_OVERDUE'
  /** 预备期已满: probation has ended, conversion is due */
  | 'CONVERSION_DUE'
  /** 谈话逾期: no talk a month after the application */
  | 'TALK_OVERDUE';

export type CaseStage =
  /** 入党积极分子 */
  | 'ACTIVIST'
  /** 入党申请人 */
  | 'APPLICANT'
  /** 取消预备党员资格: the case is closed */
  | 'CANCELLED'
  /** 发展对象 */
  | 'DEVELOPMENT_TARGET'
  /** 正式党员: converted, the case is closed */
  | 'FULL'
  /** 预备党员 */
  | 'PROBATIONARY'
  /** Ended before admission (withdrawn or not pursued): the case is closed */
  | 'WITHDRAWN';

export type CheckInMethod =
  /** 学员签到码 */
  | 'CODE'
  /** 工作人员签到 */
  | 'COORDINATOR';

export type ClassStatus =
  /** 已取消 */
  | 'CANCELLED'
  /** 筹备中 */
  | 'DRAFT'
  /** 已发布: open for enrollment in its window */
  | 'PUBLISHED';

/** What an uncovered member enterprise lacks */
export type CoverageGap =
  | 'ORGANIZATION'
  | 'WORK';

export type DayType =
  /** 自然日 */
  | 'CALENDAR'
  /** 工作日: the official holiday and make-up workday calendar, with local overrides */
  | 'WORKING';

export type DeliveryChannel =
  /** 电子邮件 */
  | 'EMAIL'
  /** 群机器人 */
  | 'WEBHOOK';

export type DeliveryStatus =
  /** 发送失败: every attempt failed */
  | 'FAILED'
  /** 待发送 (or waiting to try again) */
  | 'PENDING'
  /** 已发送 */
  | 'SENT';

/** Filters of the development case list */
export type DevelopmentCaseFilter = {
  /** Cases with this alert today */
  alert?: CaseAlertKind | null | undefined;
  appliedOn_gte?: string | null | undefined;
  appliedOn_lte?: string | null | undefined;
  ids?: Array<string> | null | undefined;
  /** Cases covered by this notice */
  noticeId?: string | null | undefined;
  /** true: cases still in the pipeline; false: closed ones */
  open?: boolean | null | undefined;
  organizationId?: string | null | undefined;
  personId?: string | null | undefined;
  /** Search in the candidate's name and its pinyin initials */
  q?: string | null | undefined;
  stage?: CaseStage | null | undefined;
  stage_in?: Array<CaseStage> | null | undefined;
  /** Cases of party organizations anywhere in this organization's subtree, itself included */
  withinOrganization?: string | null | undefined;
};

export type DossierState =
  /** 后续: required, of a step further ahead than the case's next; not counted missing yet */
  | 'AHEAD'
  /** 待补: required, and its step was recorded without it */
  | 'LATE'
  /** 待上传: required, and its step (the case's next) waits for it */
  | 'MISSING'
  /** 可选: not required of this case (or of a step a closed case never reached), not there */
  | 'OPTIONAL'
  /** 已归档: in the dossier */
  | 'PRESENT';

/** The step a material documents, in the dossier's order; its required materials are needed before the step is recorded */
export type DossierStep =
  /** 确定入党积极分子: needed before the case moves to ACTIVIST */
  | 'ACTIVIST'
  /** 接收预备党员: needed before the case moves to PROBATIONARY */
  | 'ADMISSION'
  /** 入党申请: needed before the talk is recorded (the case exists once the application is) */
  | 'APPLICATION'
  /** 上级党委审批: needed before the approval is recorded */
  | 'APPROVAL'
  /** 培养考察: needed before the case moves to DEVELOPMENT_TARGET */
  | 'ASSESSMENT'
  /** 预备党员转正: needed before the conversion */
  | 'CONVERSION'
  /** 确定发展对象: needed before the case moves to DEVELOPMENT_TARGET */
  | 'DEVELOPMENT_TARGET'
  /** 政治审查: needed before the political review is recorded */
  | 'POLITICAL_REVIEW'
  /** 谈话: needed before the talk is recorded */
  | 'TALK'
  /** 集中培训: needed before the training is recorded */
  | 'TRAINING';

export type Education =
  /** 本科 */
  | 'BACHELOR'
  /** 博士研究生 */
  | 'DOCTOR'
  /** 大专 */
  | 'JUNIOR_COLLEGE'
  /** 初中 */
  | 'JUNIOR_HIGH'
  /** 硕士研究生 */
  | 'MASTER'
  /** 小学 */
  | 'PRIMARY'
  /** 中专 */
  | 'SECONDARY_VOCATIONAL'
  /** 高中 */
  | 'SENIOR_HIGH';

export type EnrollmentFilter = {
  chamberId?: string | null | undefined;
  classId?: string | null | undefined;
  completed?: boolean | null | undefined;
  ids?: Array<string> | null | undefined;
  personId?: string | null | undefined;
  /** Search in the person's name and initials */
  q?: string | null | undefined;
  status?: EnrollmentStatus | null | undefined;
  status_in?: Array<EnrollmentStatus> | null | undefined;
};

export type EnrollmentStatus =
  /** 缺席 */
  | 'ABSENT'
  /** 已参训 */
  | 'ATTENDED'
  /** 已取消 */
  | 'CANCELLED'
  /** 已确认 */
  | 'CONFIRMED'
  /** 已报名 */
  | 'REGISTERED'
  /** 候补 */
  | 'WAITLISTED';

export type ExemplarCategory =
  /** 优秀民营企业家 */
  | 'ENTREPRENEUR'
  /** 优秀党建指导员 */
  | 'INSTRUCTOR'
  /** 优秀共产党员 */
  | 'PARTY_MEMBER'
  /** 先进基层党组织 */
  | 'PARTY_ORGANIZATION'
  /** 优秀党务工作者 */
  | 'PARTY_WORKER';

export type ExemplarFilter = {
  category?: ExemplarCategory | null | undefined;
  ids?: Array<string> | null | undefined;
  /** Profiles this organization keeps */
  ownerOrganizationId?: string | null | undefined;
  /** Profiles of this person */
  personId?: string | null | undefined;
  q?: string | null | undefined;
  /** State of the working revision, or PUBLISHED / WITHDRAWN for the profile */
  state?: ExemplarState | null | undefined;
  /** Profiles of this organization */
  subjectOrganizationId?: string | null | undefined;
  withinOrganization?: string | null | undefined;
};

export type ExemplarState =
  /** 草稿 */
  | 'DRAFT'
  /** 审核中 */
  | 'IN_REVIEW'
  /** 公示中 */
  | 'NOTICE'
  /** 已发布 */
  | 'PUBLISHED'
  /** 已被新版本取代 (a revision published before the current one) */
  | 'SUPERSEDED'
  /** 已撤回 */
  | 'WITHDRAWN';

/** The five focus areas */
export type FocusArea =
  /** 氛围营造: form without voice (有形无声) */
  | 'ATMOSPHERE'
  /** 作用发挥: posts without action (有位无为) */
  | 'ROLE'
  /** 基础保障: names without substance (有名无实) */
  | 'SUPPORT'
  /** 制度建设: rules that are not followed (有规不行) */
  | 'SYSTEM'
  /** 教育培训: responsibility without knowledge (有责无识) */
  | 'TRAINING';

export type Gender =
  /** 女 */
  | 'FEMALE'
  /** 男 */
  | 'MALE';

export type LetterTargetInput = {
  area: FocusArea;
  target: string;
};

/** PDF as uploaded, or a scanned or photographed page as JPEG or PNG */
export type MaterialFileType =
  | 'JPEG'
  | 'PDF'
  | 'PNG';

export type MeetingFilter = {
  ids?: Array<string> | null | undefined;
  organizationId?: string | null | undefined;
  plannedOn_gte?: string | null | undefined;
  plannedOn_lte?: string | null | undefined;
  q?: string | null | undefined;
  status?: MeetingStatus | null | undefined;
  type?: MeetingType | null | undefined;
  /** Meetings of organizations anywhere in this subtree, itself included */
  withinOrganization?: string | null | undefined;
};

export type MeetingPeriod =
  /** 每半年 */
  | 'HALF_YEAR'
  /** 每月 */
  | 'MONTH'
  /** 每季度 */
  | 'QUARTER'
  /** 每年 */
  | 'YEAR';

export type MeetingStatus =
  /** 已取消 */
  | 'CANCELLED'
  /** 已召开 */
  | 'HELD'
  /** 计划 */
  | 'PLANNED';

export type MeetingType =
  /** 支部委员会会议 */
  | 'COMMITTEE_MEETING'
  /** 党小组会 */
  | 'GROUP_MEETING'
  /** 支部党员大会 */
  | 'MEMBERS_MEETING'
  /** 党课 */
  | 'PARTY_LECTURE'
  /** 主题党日 */
  | 'THEME_DAY';

export type MembershipRelation =
  /** 流动党员: joins activities here, votes where the relation is kept */
  | 'FLOW_IN'
  /** 组织关系在此: votes here */
  | 'REGISTERED';

export type MembershipStatus =
  /** 入党积极分子 */
  | 'ACTIVIST'
  /** 入党申请人 */
  | 'APPLICANT'
  /** 发展对象 */
  | 'DEVELOPMENT_TARGET'
  /** 正式党员 */
  | 'FULL'
  /** 已离开 (left, transferred out or probation cancelled) */
  | 'LEFT'
  /** 群众: not in the pipeline (e.g. a chamber leader attending training) */
  | 'NON_MEMBER'
  /** 预备党员 */
  | 'PROBATIONARY';

export type NoticePhase =
  /** 公示期满 */
  | 'ENDED'
  /** 公示中 */
  | 'RUNNING'
  /** 即将公示 */
  | 'UPCOMING';

export type NoticeStage =
  /** 拟接收预备党员公示: before admission */
  | 'ADMISSION'
  /** 预备党员转正公示: before conversion */
  | 'CONVERSION'
  /** 发展对象公示: before activists become development targets */
  | 'DEVELOPMENT_TARGET'
  /** 先进典型公示: an exemplar profile's 10 days, opened when it is approved (exemplarId); not created by hand */
  | 'EXEMPLAR';

export type NoticeState =
  /** 草稿 */
  | 'DRAFT'
  /** Ended, and every report on it was closed as unsubstantiated */
  | 'ENDED_CLEAN'
  /** Ended, with reports still open or substantiated */
  | 'ENDED_WITH_OBJECTIONS'
  /** 公示中: published and running today (China time) */
  | 'PUBLISHED'
  /** 即将公示: published, the first day still to come (China time) */
  | 'UPCOMING';

/** Filters of the organization list; every field narrows the result */
export type OrganizationFilter = {
  /** false (default): active only; true: archived only */
  archived?: boolean | null | undefined;
  /** The whole subtree below this organization (itself excluded) */
  descendantsOf?: string | null | undefined;
  employeeCount_gte?: number | null | undefined;
  employeeCount_lte?: number | null | undefined;
  foundedOn_gte?: string | null | undefined;
  foundedOn_lte?: string | null | undefined;
  hostId?: string | null | undefined;
  ids?: Array<string> | null | undefined;
  kind?: OrganizationKind | null | undefined;
  kind_in?: Array<OrganizationKind> | null | undefined;
  originProvince?: string | null | undefined;
  parentId?: string | null | undefined;
  /** Search in names, short names, pinyin initials and credit codes */
  q?: string | null | undefined;
  status?: OrganizationStatus | null | undefined;
  /** Party organizations whose term is in this state today */
  termState?: TermState | null | undefined;
};

/** What an organization is */
export type OrganizationKind =
  /** 主管单位, e.g. 省商务厅 */
  | 'AGENCY'
  /** 党支部 */
  | 'BRANCH'
  /** 异地商会 (out-of-province chamber of commerce) */
  | 'CHAMBER'
  /** 异地商会组织党建工作协调小组 */
  | 'COORDINATION_GROUP'
  /** 会员企业 (member enterprise) */
  | 'ENTERPRISE'
  /** 党总支 */
  | 'GENERAL_BRANCH'
  /** 联合党支部 (hosts up to 5 enterprises) */
  | 'JOINT_BRANCH'
  /** 党委 */
  | 'PARTY_COMMITTEE'
  /** 工会 */
  | 'UNION'
  /** 妇联 */
  | 'WOMEN_FEDERATION'
  /** 共青团 */
  | 'YOUTH_LEAGUE';

export type OrganizationStatus =
  /** 正常 */
  | 'NORMAL'
  /** 软弱涣散: needs a rectification case */
  | 'WEAK_LAX';

/** Work that is late or needs attention, each with a list to drill down to */
export type OverdueKind =
  /** Party organizations whose meetings this year all fell on one day ("one meeting a year") */
  | 'ANNUAL_ONLY'
  /** Admissions not approved within three months (alert APPROVAL_OVERDUE) */
  | 'APPROVAL_OVERDUE'
  /** Chambers not yet assessed for the year */
  | 'ASSESSMENT_MISSING'
  /** Probation ended, conversion due (alert CONVERSION_DUE) */
  | 'CONVERSION_DUE'
  /** Chambers without a responsibility letter for the year */
  | 'LETTER_MISSING'
  /** Meetings planned for a day now past and not recorded as held or cancelled */
  | 'MEETING_NOT_HELD'
  /** Weak or lax organizations whose rectification is not closed */
  | 'RECTIFICATION_OPEN'
  /** Applicants not talked to within a month (development cases, alert TALK_OVERDUE) */
  | 'TALK_OVERDUE'
  /** Party organizations whose term ends within the months of notice */
  | 'TERM_DUE_SOON'
  /** Party organizations whose term has ended without an election (逾期未换届) */
  | 'TERM_OVERDUE'
  /** Units whose activity venue falls short of the standard they need */
  | 'VENUE_NONCOMPLIANT';

/** Filters of the people list; every field narrows the result */
export type PersonFilter = {
  /** false (default): active only; true: archived only */
  archived?: boolean | null | undefined;
  birthDate_gte?: string | null | undefined;
  birthDate_lte?: string | null | undefined;
  education?: Education | null | undefined;
  employerId?: string | null | undefined;
  gender?: Gender | null | undefined;
  ids?: Array<string> | null | undefined;
  membershipStatus?: MembershipStatus | null | undefined;
  membershipStatus_in?: Array<MembershipStatus> | null | undefined;
  organizationId?: string | null | undefined;
  /** Search in names and their pinyin initials, the name or short name of the keeping organization, phone numbers, and (for those allowed to read them) whole national ids */
  q?: string | null | undefined;
  relation?: MembershipRelation | null | undefined;
  /** People kept anywhere in this organization's subtree, itself included */
  withinOrganization?: string | null | undefined;
};

/** Filters of the notice list */
export type PublicNoticeFilter = {
  /** Notices covering this case */
  caseId?: string | null | undefined;
  ids?: Array<string> | null | undefined;
  organizationId?: string | null | undefined;
  /** Search in titles */
  q?: string | null | undefined;
  stage?: NoticeStage | null | undefined;
  startsOn_gte?: string | null | undefined;
  startsOn_lte?: string | null | undefined;
  /** The state today */
  state?: NoticeState | null | undefined;
  /** Notices of organizations anywhere in this subtree, itself included */
  withinOrganization?: string | null | undefined;
};

export type PublicityInput = {
  date?: string | null | undefined;
  /** Read-only: accepted back as read, and ignored */
  id?: string | null | undefined;
  link?: string | null | undefined;
  mediaType: string;
  outlet: string;
};

/** Seats reserved for one chamber */
export type QuotaInput = {
  chamberId: string;
  /** Read-only: accepted back as read, and ignored */
  classId?: string | null | undefined;
  /** Read-only: accepted back as read, and ignored */
  id?: string | null | undefined;
  seats: number;
};

export type RectificationFilter = {
  ids?: Array<string> | null | undefined;
  /** true: not closed yet; false: closed */
  open?: boolean | null | undefined;
  organizationId?: string | null | undefined;
  state?: RectificationState | null | undefined;
};

export type RectificationState =
  /** 待验收 */
  | 'ACCEPTANCE'
  /** 已销号 */
  | 'CLOSED'
  /** 已认定 */
  | 'IDENTIFIED'
  /** 整顿中 */
  | 'RECTIFYING';

/** What a reminder is of: an overdue kind of the home page (same name), or a day in a record's life */
export type ReminderKind =
  /** Admissions not approved within three months (OverdueKind APPROVAL_OVERDUE) */
  | 'APPROVAL_OVERDUE'
  /** Chambers without the year's assessment (OverdueKind ASSESSMENT_MISSING) */
  | 'ASSESSMENT_MISSING'
  /** 培训班即将开班: a published class's first day (due on it), to the trainees with a seat */
  | 'CLASS_STARTING'
  /** Probation ended, conversion due (OverdueKind CONVERSION_DUE) */
  | 'CONVERSION_DUE'
  /** Chambers without the year's responsibility letter (OverdueKind LETTER_MISSING) */
  | 'LETTER_MISSING'
  /** Planned meetings past their day and not recorded (OverdueKind MEETING_NOT_HELD) */
  | 'MEETING_NOT_HELD'
  /** 公示即将期满: a published notice's last day (due on it), for the outcome to be recorded */
  | 'NOTICE_ENDING'
  /** 候补转正: a seat given from the waiting line (listed from that day, due on the class's first day), to the trainee */
  | 'SEAT_GIVEN'
  /** Applicants not talked to within a month (OverdueKind TALK_OVERDUE) */
  | 'TALK_OVERDUE'
  /** Party organizations whose term ends within their months of notice (OverdueKind TERM_DUE_SOON) */
  | 'TERM_DUE_SOON'
  /** Party organizations past the end of their term (OverdueKind TERM_OVERDUE) */
  | 'TERM_OVERDUE';

export type ReminderRecipient =
  /** The department's administrators, one reminder per kind and day with the count */
  | 'ADMINISTRATORS'
  /** The coordinators whose organization holds the record (商会协调员), one reminder per record */
  | 'COORDINATORS'
  /** The trainee a class's reminder is about (the accounts linked to the enrolled person); kinds not about a trainee send them nothing */
  | 'TRAINEE';

/** What a reminder is about: the record it opens */
export type ReminderSubject =
  | 'DEVELOPMENT_CASE'
  | 'ENROLLMENT'
  | 'LIST'
  | 'MEETING'
  | 'ORGANIZATION'
  | 'PUBLIC_NOTICE'
  | 'TRAINING_CLASS';

export type ReportChannel =
  /** 热线电话 */
  | 'HOTLINE'
  /** 来信 */
  | 'LETTER'
  /** 网上提交 */
  | 'ONLINE'
  /** 意见箱 */
  | 'SUGGESTION_BOX'
  /** 来访 */
  | 'VISIT';

/** Filters of the report list */
export type ReportFilter = {
  caseId?: string | null | undefined;
  channel?: ReportChannel | null | undefined;
  ids?: Array<string> | null | undefined;
  noticeId?: string | null | undefined;
  /** Search in the content and the receipt number */
  q?: string | null | undefined;
  receivedOn_gte?: string | null | undefined;
  receivedOn_lte?: string | null | undefined;
  status?: ReportStatus | null | undefined;
  status_in?: Array<ReportStatus> | null | undefined;
  /** Reports concerning organizations anywhere in this subtree, itself included */
  withinOrganization?: string | null | undefined;
};

export type ReportFinding =
  | 'SUBSTANTIATED'
  | 'UNSUBSTANTIATED';

export type ReportStatus =
  /** 已办结 */
  | 'CLOSED'
  /** 已受理 */
  | 'RECEIVED'
  /** 情况属实: blocks the case until the committee decides */
  | 'SUBSTANTIATED'
  /** 情况不属实 */
  | 'UNSUBSTANTIATED'
  /** 核查中 */
  | 'VERIFYING';

/** One session of a class */
export type SessionInput = {
  /** Read-only: accepted back as read, and ignored */
  checkInCode?: string | null | undefined;
  /** Read-only: accepted back as read, and ignored */
  classId?: string | null | undefined;
  date: string;
  hours: number;
  /** Read-only: accepted back as read, and ignored */
  id?: string | null | undefined;
  topic?: string | null | undefined;
};

export type TermState =
  /** 任期内 */
  | 'CURRENT'
  /** 即将到期: within the months of notice before the end */
  | 'DUE_SOON'
  /** No term recorded (or not a party organization) */
  | 'NONE'
  /** 逾期未换届: the end has come */
  | 'OVERDUE';

export type TrainingClassFilter = {
  /** Classes whose enrollment window contains today */
  enrollmentOpen?: boolean | null | undefined;
  ids?: Array<string> | null | undefined;
  /** Classes this organization runs */
  organizerId?: string | null | undefined;
  programId?: string | null | undefined;
  q?: string | null | undefined;
  startsOn_gte?: string | null | undefined;
  startsOn_lte?: string | null | undefined;
  status?: ClassStatus | null | undefined;
};

export type TrainingProgramFilter = {
  archived?: boolean | null | undefined;
  ids?: Array<string> | null | undefined;
  organizerId?: string | null | undefined;
  q?: string | null | undefined;
  year?: number | null | undefined;
};

export type UserFilter = {
  disabled?: boolean | null | undefined;
  ids?: Array<string> | null | undefined;
  organizationId?: string | null | undefined;
  /** The account of this person */
  personId?: string | null | undefined;
  /** Search in usernames and display names */
  q?: string | null | undefined;
  role?: UserRole | null | undefined;
};

export type UserRole =
  /** 部门管理员: everything, everywhere */
  | 'ADMIN'
  /** 协调小组评估员: reads everything, assesses */
  | 'ASSESSOR'
  /** 商会协调员: their organization's subtree */
  | 'COORDINATOR'
  /** 商会工作人员: their subtree, without national ids */
  | 'STAFF'
  /** 学员: their own enrollments */
  | 'TRAINEE';

export type VenueCheckInput = {
  code: string;
  note?: string | null | undefined;
  ok: boolean;
};

export type VenueStandard =
  /** “四有”标准: small party organizations */
  | 'FOUR_HAVES'
  /** 标准化活动场所: large party organizations */
  | 'FULL'
  /** 工会或青年活动室: enterprises without a party organization */
  | 'MASS_ROOM';

export type WebhookKind =
  /** 钉钉群机器人 (signed with its secret) */
  | 'DINGTALK'
  /** 企业微信群机器人 */
  | 'WECOM';

export type ViewerDetailFragment = { permissions: Array<string>, unreadReminders: number, user: { id: string, username: string, displayName: string, role: UserRole, organizationId: string, organization: { id: string, name: string, shortName: string | null } | null } };

export type UserListItemFragment = { id: string, username: string, displayName: string, role: UserRole, organizationId: string, personId: string | null, email: string | null, disabled: boolean, failedSignIns: number, lockedUntil: string | null, lastSignInAt: string | null, version: number, createdAt: string, updatedAt: string, organization: { id: string, name: string, shortName: string | null } | null };

export type ApiTokenItemFragment = { id: string, name: string, prefix: string, createdAt: string, lastUsedAt: string | null, expiresAt: string | null, revokedAt: string | null };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { permissions: Array<string>, unreadReminders: number, user: { id: string, username: string, displayName: string, role: UserRole, organizationId: string, organization: { id: string, name: string, shortName: string | null } | null } } | null };

export type SignInMutationVariables = Exact<{
  username: string;
  password: string;
}>;


export type SignInMutation = { signIn: { permissions: Array<string>, unreadReminders: number, user: { id: string, username: string, displayName: string, role: UserRole, organizationId: string, organization: { id: string, name: string, shortName: string | null } | null } } };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { signOut: boolean };

export type ChangePasswordMutationVariables = Exact<{
  currentPassword: string;
  newPassword: string;
}>;


export type ChangePasswordMutation = { changePassword: boolean };

export type UserListQueryVariables = Exact<{
  page?: number | null | undefined;
  perPage?: number | null | undefined;
  sortField?: string | null | undefined;
  sortOrder?: string | null | undefined;
  filter?: UserFilter | null | undefined;
}>;


export type UserListQuery = { items: Array<{ id: string, username: string, displayName: string, role: UserRole, organizationId: string, personId: string | null, email: string | null, disabled: boolean, failedSignIns: number, lockedUntil: string | null, lastSignInAt: string | null, version: number, createdAt: string, updatedAt: string, organization: { id: string, name: string, shortName: string | null } | null }>, total: { count: number } };

export type UsersByIdsQueryVariables = Exact<{
  ids: Array<string> | string;
}>;


export type UsersByIdsQuery = { items: Array<{ id: string, username: string, displayName: string, role: UserRole, organizationId: string, personId: string | null, email: string | null, disabled: boolean, failedSignIns: number, lockedUntil: string | null, lastSignInAt: string | null, version: number, createdAt: string, updatedAt: string, organization: { id: string, name: string, shortName: string | null } | null }> };

export type UserByIdQueryVariables = Exact<{
  id: string;
}>;


export type UserByIdQuery = { item: { id: string, username: string, displayName: string, role: UserRole, organizationId: string, personId: string | null, email: string | null, disabled: boolean, failedSignIns: number, lockedUntil: string | null, lastSignInAt: string | null, version: number, createdAt: string, updatedAt: string, organization: { id: string, name: string, shortName: string | null } | null } | null };

export type CreateUserMutationVariables = Exact<{
  username: string;
  displayName: string;
  role: UserRole;
  organizationId: string;
  password: string;
  personId?: string | null | undefined;
  email?: string | null | undefined;
}>;


export type CreateUserMutation = { item: { id: string, username: string, displayName: string, role: UserRole, organizationId: string, personId: string | null, email: string | null, disabled: boolean, failedSignIns: number, lockedUntil: string | null, lastSignInAt: string | null, version: number, createdAt: string, updatedAt: string, organization: { id: string, name: string, shortName: string | null } | null } };

export type UpdateUserMutationVariables = Exact<{
  id: string;
  version: number;
  displayName?: string | null | undefined;
  role?: UserRole | null | undefined;
  organizationId?: string | null | undefined;
  disabled?: boolean | null | undefined;
  personId?: string | null | undefined;
  email?: string | null | undefined;
}>;


export type UpdateUserMutation = { item: { id: string, username: string, displayName: string, role: UserRole, organizationId: string, personId: string | null, email: string | null, disabled: boolean, failedSignIns: number, lockedUntil: string | null, lastSignInAt: string | null, version: number, createdAt: string, updatedAt: string, organization: { id: string, name: string, shortName: string | null } | null } };

export type ResetUserPasswordMutationVariables = Exact<{
  id: string;
  newPassword: string;
}>;


export type ResetUserPasswordMutation = { item: { id: string, username: string, displayName: string, role: UserRole, organizationId: string, personId: string | null, email: string | null, disabled: boolean, failedSignIns: number, lockedUntil: string | null, lastSignInAt: string | null, version: number, createdAt: string, updatedAt: string, organization: { id: string, name: string, shortName: string | null } | null } };

export type UnlockUserMutationVariables = Exact<{
  id: string;
}>;


export type UnlockUserMutation = { item: { id: string, username: string, displayName: string, role: UserRole, organizationId: string, personId: string | null, email: string | null, disabled: boolean, failedSignIns: number, lockedUntil: string | null, lastSignInAt: string | null, version: number, createdAt: string, updatedAt: string, organization: { id: string, name: string, shortName: string | null } | null } };

export type MyApiTokensQueryVariables = Exact<{ [key: string]: never; }>;


export type MyApiTokensQuery = { items: Array<{ id: string, name: string, prefix: string, createdAt: string, lastUsedAt: string | null, expiresAt: string | null, revokedAt: string | null }> };

export type CreateApiTokenMutationVariables = Exact<{
  name: string;
  password: string;
  expiresInDays?: number | null | undefined;
}>;


export type CreateApiTokenMutation = { created: { token: string | null, id: string, name: string, prefix: string, createdAt: string, lastUsedAt: string | null, expiresAt: string | null, revokedAt: string | null } };

export type RevokeApiTokenMutationVariables = Exact<{
  id: string;
}>;


export type RevokeApiTokenMutation = { item: { id: string, name: string, prefix: string, createdAt: string, lastUsedAt: string | null, expiresAt: string | null, revokedAt: string | null } };

export type AuditEntryItemFragment = { id: string, at: string, actorId: string | null, actorName: string | null, actorDisplayName: string | null, organizationId: string | null, action: string, recordType: string | null, recordId: string | null, changes: Record<string, unknown> | null, requestId: string | null, ip: string | null, organization: { id: string, name: string, shortName: string | null } | null };

export type AuditEntryListQueryVariables = Exact<{
  page?: number | null | undefined;
  perPage?: number | null | undefined;
  sortField?: string | null | undefined;
  sortOrder?: string | null | undefined;
  filter?: AuditEntryFilter | null | undefined;
}>;


export type AuditEntryListQuery = { items: Array<{ id: string, at: string, actorId: string | null, actorName: string | null, actorDisplayName: string | null, organizationId: string | null, action: string, recordType: string | null, recordId: string | null, changes: Record<string, unknown> | null, requestId: string | null, ip: string | null, organization: { id: string, name: string, shortName: string | null } | null }>, total: { count: number } };

export type AuditEntryByIdQueryVariables = Exact<{
  id: string;
}>;


export type AuditEntryByIdQuery = { item: { id: string, at: string, actorId: string | null, actorName: string | null, actorDisplayName: string | null, organizationId: string | null, action: string, recordType: string | null, recordId: string | null, changes: Record<string, unknown> | null, requestId: string | null, ip: string | null, organization: { id: string, name: string, shortName: string | null } | null } | null };

export type AuditEntriesByIdsQueryVariables = Exact<{
  ids: Array<string> | string;
}>;


export type AuditEntriesByIdsQuery = { items: Array<{ id: string, at: string, actorId: string | null, actorName: string | null, actorDisplayName: string | null, organizationId: string | null, action: string, recordType: string | null, recordId: string | null, changes: Record<string, unknown> | null, requestId: string | null, ip: string | null, organization: { id: string, name: string, shortName: string | null } | null }> };

export type ProbingAccountsQueryVariables = Exact<{ [key: string]: never; }>;


export type ProbingAccountsQuery = { items: Array<{ userId: string, candidates: number, lastAt: string, user: { id: string, username: string, displayName: string, organization: { id: string, name: string } | null } | null }> };

export type CaseListItemFragment = { id: string, personId: string, organizationId: string, stage: CaseStage, appliedOn: string, talkedOn: string | null, activistOn: string | null, targetOn: string | null, politicalReviewOn: string | null, trainingDays: number, trainingHours: number, admittedOn: string | null, approvedOn: string | null, probationEndsOn: string | null, extensionMonths: number | null, closedOn: string | null, version: number, updatedAt: string, dossierMissing: number, person: { id: string, name: string, gender: Gender | null, birthDate: string | null, employer: { id: string, name: string } | null } | null, organization: { id: string, name: string, shortName: string | null } | null, alerts: Array<{ kind: CaseAlertKind, dueOn: string }> };

export type CaseDetailFragment = { createdAt: string, id: string, personId: string, organizationId: string, stage: CaseStage, appliedOn: string, talkedOn: string | null, activistOn: string | null, targetOn: string | null, politicalReviewOn: string | null, trainingDays: number, trainingHours: number, admittedOn: string | null, approvedOn: string | null, probationEndsOn: string | null, extensionMonths: number | null, closedOn: string | null, version: number, updatedAt: string, dossierMissing: number, contacts: Array<{ id: string, name: string }>, introducers: Array<{ id: string, name: string }>, assessments: Array<{ id: string, period: string, result: AssessmentResult, assessedOn: string, note: string | null }>, events: Array<{ id: string, action: CaseAction, effectiveOn: string, fromStage: CaseStage | null, toStage: CaseStage | null, decisionRef: string | null, note: string | null, noticeId: string | null, actorName: string | null, actorDisplayName: string | null, recordedAt: string }>, notices: Array<{ id: string, title: string, stage: NoticeStage, startsOn: string, endsOn: string, state: NoticeState, postedOnPaper: boolean }>, nextSteps: Array<{ action: CaseAction, toStage: CaseStage | null, ready: boolean, failures: Array<{ rule: string, message: string, earliestDate: string | null, params: Record<string, unknown> | null }> }>, dossier: Array<{ state: DossierState, required: boolean, kind: { id: string, code: string, name: string, step: DossierStep, required: boolean, fileTypes: Array<MaterialFileType> }, material: { id: string, revision: number, fileName: string, fileType: MaterialFileType, pageCount: number, formedOn: string, uploadedAt: string, uploadedByName: string, url: string } | null }>, person: { id: string, name: string, gender: Gender | null, birthDate: string | null, employer: { id: string, name: string } | null } | null, organization: { id: string, name: string, shortName: string | null } | null, alerts: Array<{ kind: CaseAlertKind, dueOn: string }> };

export type CaseListQueryVariables = Exact<{
  page?: number | null | undefined;
  perPage?: number | null | undefined;
  sortField?: string | null | undefined;
  sortOrder?: string | null | undefined;
  filter?: DevelopmentCaseFilter | null | undefined;
}>;


export type CaseListQuery = { items: Array<{ id: string, personId: string, organizationId: string, stage: CaseStage, appliedOn: string, talkedOn: string | null, activistOn: string | null, targetOn: string | null, politicalReviewOn: string | null, trainingDays: number, trainingHours: number, admittedOn: string | null, approvedOn: string | null, probationEndsOn: string | null, extensionMonths: number | null, closedOn: string | null, version: number, updatedAt: string, dossierMissing: number, person: { id: string, name: string, gender: Gender | null, birthDate: string | null, employer: { id: string, name: string } | null } | null, organization: { id: string, name: string, shortName: string | null } | null, alerts: Array<{ kind: CaseAlertKind, dueOn: string }> }>, total: { count: number } };

export type CasesByIdsQueryVariables = Exact<{
  ids: Array<string> | string;
}>;


export type CasesByIdsQuery = { items: Array<{ id: string, personId: string, organizationId: string, stage: CaseStage, appliedOn: string, talkedOn: string | null, activistOn: string | null, targetOn: string | null, politicalReviewOn: string | null, trainingDays: number, trainingHours: number, admittedOn: string | null, approvedOn: string | null, probationEndsOn: string | null, extensionMonths: number | null, closedOn: string | null, version: number, updatedAt: string, dossierMissing: number, person: { id: string, name: string, gender: Gender | null, birthDate: string | null, employer: { id: string, name: string } | null } | null, organization: { id: string, name: string, shortName: string | null } | null, alerts: Array<{ kind: CaseAlertKind, dueOn: string }> }> };

export type CaseByIdQueryVariables = Exact<{
  id: string;
}>;


export type CaseByIdQuery = { item: { createdAt: string, id: string, personId: string, organizationId: string, stage: CaseStage, appliedOn: string, talkedOn: string | null, activistOn: string | null, targetOn: string | null, politicalReviewOn: string | null, trainingDays: number, trainingHours: number, admittedOn: string | null, approvedOn: string | null, probationEndsOn: string | null, extensionMonths: number | null, closedOn: string | null, version: number, updatedAt: string, dossierMissing: number, contacts: Array<{ id: string, name: string }>, introducers: Array<{ id: string, name: string }>, assessments: Array<{ id: string, period: string, result: AssessmentResult, assessedOn: string, note: string | null }>, events: Array<{ id: string, action: CaseAction, effectiveOn: string, fromStage: CaseStage | null, toStage: CaseStage | null, decisionRef: string | null, note: string | null, noticeId: string | null, actorName: string | null, actorDisplayName: string | null, recordedAt: string }>, notices: Array<{ id: string, title: string, stage: NoticeStage, startsOn: string, endsOn: string, state: NoticeState, postedOnPaper: boolean }>, nextSteps: Array<{ action: CaseAction, toStage: CaseStage | null, ready: boolean, failures: Array<{ rule: string, message: string, earliestDate: string | null, params: Record<string, unknown> | null }> }>, dossier: Array<{ state: DossierState, required: boolean, kind: { id: string, code: string, name: string, step: DossierStep, required: boolean, fileTypes: Array<MaterialFileType> }, material: { id: string, revision: number, fileName: string, fileType: MaterialFileType, pageCount: number, formedOn: string, uploadedAt: string, uploadedByName: string, url: string } | null }>, person: { id: string, name: string, gender: Gender | null, birthDate: string | null, employer: { id: string, name: string } | null } | null, organization: { id: string, name: string, shortName: string | null } | null, alerts: Array<{ kind: CaseAlertKind, dueOn: string }> } | null };

export type DevelopmentPipelineQueryVariables = Exact<{
  withinOrganization?: string | null | undefined;
}>;


export type DevelopmentPipelineQuery = { items: Array<{ organizationId: string, organizationName: string, stage: CaseStage, count: number }> };

export type OpenDevelopmentCaseMutationVariables = Exact<{
  personId: string;
  organizationId: string;
  appliedOn: string;
  note?: string | null | undefined;
}>;


export type OpenDevelopmentCaseMutation = { item: { createdAt: string, id: string, personId: string, organizationId: string, stage: CaseStage, appliedOn: string, talkedOn: string | null, activistOn: string | null, targetOn: string | null, politicalReviewOn: string | null, trainingDays: number, trainingHours: number, admittedOn: string | null, approvedOn: string | null, probationEndsOn: string | null, extensionMonths: number | null, closedOn: string | null, version: number, updatedAt: string, dossierMissing: number, contacts: Array<{ id: string, name: string }>, introducers: Array<{ id: string, name: string }>, assessments: Array<{ id: string, period: string, result: AssessmentResult, assessedOn: string, note: string | null }>, events: Array<{ id: string, action: CaseAction, effectiveOn: string, fromStage: CaseStage | null, toStage: CaseStage | null, decisionRef: string | null, note: string | null, noticeId: string | null, actorName: string | null, actorDisplayName: string | null, recordedAt: string }>, notices: Array<{ id: string, title: string, stage: NoticeStage, startsOn: string, endsOn: string, state: NoticeState, postedOnPaper: boolean }>, nextSteps: Array<{ action: CaseAction, toStage: CaseStage | null, ready: boolean, failures: Array<{ rule: string, message: string, earliestDate: string | null, params: Record<string, unknown> | null }> }>, dossier: Array<{ state: DossierState, required: boolean, kind: { id: string, code: string, name: string, step: DossierStep, required: boolean, fileTypes: Array<MaterialFileType> }, material: { id: string, revision: number, fileName: string, fileType: MaterialFileType, pageCount: number, formedOn: string, uploadedAt: string, uploadedByName: string, url: string } | null }>, person: { id: string, name: string, gender: Gender | null, birthDate: string | null, employer: { id: string, name: string } | null } | null, organization: { id: string, name: string, shortName: string | null } | null, alerts: Array<{ kind: CaseAlertKind, dueOn: string }> } };

export type RecordCaseTalkMutationVariables = Exact<{
  id: string;
  version: number;
  on: string;
  note?: string | null | undefined;
}>;


export type RecordCaseTalkMutation = { item: { createdAt: string, id: string, personId: string, organizationId: string, stage: CaseStage, appliedOn: string, talkedOn: string | null, activistOn: string | null, targetOn: string | null, politicalReviewOn: string | null, trainingDays: number, trainingHours: number, admittedOn: string | null, approvedOn: string | null, probationEndsOn: string | null, extensionMonths: number | null, closedOn: string | null, version: number, updatedAt: string, dossierMissing: number, contacts: Array<{ id: string, name: string }>, introducers: Array<{ id: string, name: string }>, assessments: Array<{ id: string, period: string, result: AssessmentResult, assessedOn: string, note: string | null }>, events: Array<{ id: string, action: CaseAction, effectiveOn: string, fromStage: CaseStage | null, toStage: CaseStage | null, decisionRef: string | null, note: string | null, noticeId: string | null, actorName: string | null, actorDisplayName: string | null, recordedAt: string }>, notices: Array<{ id: string, title: string, stage: NoticeStage, startsOn: string, endsOn: string, state: NoticeState, postedOnPaper: boolean }>, nextSteps: Array<{ action: CaseAction, toStage: CaseStage | null, ready: boolean, failures: Array<{ rule: string, message: string, earliestDate: string | null, params: Record<string, unknown> | null }> }>, dossier: Array<{ state: DossierState, required: boolean, kind: { id: string, code: string, name: string, step: DossierStep, required: boolean, fileTypes: Array<MaterialFileType> }, material: { id: string, revision: number, fileName: string, fileType: MaterialFileType, pageCount: number, formedOn: string, uploadedAt: string, uploadedByName: string, url: string } | null }>, person: { id: string, name: string, gender: Gender | null, birthDate: string | null, employer: { id: string, name: string } | null } | null, organization: { id: string, name: string, shortName: string | null } | null, alerts: Array<{ kind: CaseAlertKind, dueOn: string }> } };

export type AdvanceDevelopmentCaseMutationVariables = Exact<{
  id: string;
  version: number;
  on: string;
  decisionRef?: string | null | undefined;
  note?: string | null | undefined;
}>;


export type AdvanceDevelopmentCaseMutation = { item: { createdAt: string, id: string, personId: string, organizationId: string, stage: CaseStage, appliedOn: string, talkedOn: string | null, activistOn: string | null, targetOn: string | null, politicalReviewOn: string | null, trainingDays: number, trainingHours: number, admittedOn: string | null, approvedOn: string | null, probationEndsOn: string | null, extensionMonths: number | null, closedOn: string | null, version: number, updatedAt: string, dossierMissing: number, contacts: Array<{ id: string, name: string }>, introducers: Array<{ id: string, name: string }>, assessments: Array<{ id: string, period: string, result: AssessmentResult, assessedOn: string, note: string | null }>, events: Array<{ id: string, action: CaseAction, effectiveOn: string, fromStage: CaseStage | null, toStage: CaseStage | null, decisionRef: string | null, note: string | null, noticeId: string | null, actorName: string | null, actorDisplayName: string | null, recordedAt: string }>, notices: Array<{ id: string, title: string, stage: NoticeStage, startsOn: string, endsOn: string, state: NoticeState, postedOnPaper: boolean }>, nextSteps: Array<{ action: CaseAction, toStage: CaseStage | null, ready: boolean, failures: Array<{ rule: string, message: string, earliestDate: string | null, params: Record<string, unknown> | null }> }>, dossier: Array<{ state: DossierState, required: boolean, kind: { id: string, code: string, name: string, step: DossierStep, required: boolean, fileTypes: Array<MaterialFileType> }, material: { id: string, revision: number, fileName: string, fileType: MaterialFileType, pageCount: number, formedOn: string, uploadedAt: string, uploadedByName: string, url: string } | null }>, person: { id: string, name: string, gender: Gender | null, birthDate: string | null, employer: { id: string, name: string } | null } | null, organization: { id: string, name: string, shortName: string | null } | null, alerts: Array<{ kind: CaseAlertKind, dueOn: string }> } };

export type AssignCultivationContactsMutationVariables = Exact<{
  id: string;
  version: number;
  on: string;
  personIds: Array<string> | string;
  note?: string | null | undefined;
}>;


export type AssignCultivationContactsMutation = { item: { createdAt: string, id: string, personId: string, organizationId: string, stage: CaseStage, appliedOn: string, talkedOn: string | null, activistOn: string | null, targetOn: string | null, politicalReviewOn: string | null, trainingDays: number, trainingHours: number, admittedOn: string | null, approvedOn: string | null, probationEndsOn: string | null, extensionMonths: number | null, closedOn: string | null, version: number, updatedAt: string, dossierMissing: number, contacts: Array<{ id: string, name: string }>, introducers: Array<{ id: string, name: string }>, assessments: Array<{ id: string, period: string, result: AssessmentResult, assessedOn: string, note: string | null }>, events: Array<{ id: string, action: CaseAction, effectiveOn: string, fromStage: CaseStage | null, toStage: CaseStage | null, decisionRef: string | null, note: string | null, noticeId: string | null, actorName: string | null, actorDisplayName: string | null, recordedAt: string }>, notices: Array<{ id: string, title: string, stage: NoticeStage, startsOn: string, endsOn: string, state: NoticeState, postedOnPaper: boolean }>, nextSteps: Array<{ action: CaseAction, toStage: CaseStage | null, ready: boolean, failures: Array<{ rule: string, message: string, earliestDate: string | null, params: Record<string, unknown> | null }> }>, dossier: Array<{ state: DossierState, required: boolean, kind: { id: string, code: string, name: string, step: DossierStep, required: boolean, fileTypes: Array<MaterialFileType> }, material: { id: string, revision: number, fileName: string, fileType: MaterialFileType, pageCount: number, formedOn: string, uploadedAt: string, uploadedByName: string, url: string } | null }>, person: { id: string, name: string, gender: Gender | null, birthDate: string | null, employer: { id: string, name: string } | null } | null, organization: { id: string, name: string, shortName: string | null } | null, alerts: Array<{ kind: CaseAlertKind, dueOn: string }> } };

export type AssignIntroducersMutationVariables = Exact<{
  id: string;
  version: number;
  on: string;
  personIds: Array<string> | string;
  note?: string | null | undefined;
}>;


export type AssignIntroducersMutation = { item: { createdAt: string, id: string, personId: string, organizationId: string, stage: CaseStage, appliedOn: string, talkedOn: string | null, activistOn: string | null, targetOn: string | null, politicalReviewOn: string | null, trainingDays: number, trainingHours: number, admittedOn: string | null, approvedOn: string | null, probationEndsOn: string | null, extensionMonths: number | null, closedOn: string | null, version: number, updatedAt: string, dossierMissing: number, contacts: Array<{ id: string, name: string }>, introducers: Array<{ id: string, name: string }>, assessments: Array<{ id: string, period: string, result: AssessmentResult, assessedOn: string, note: string | null }>, events: Array<{ id: string, action: CaseAction, effectiveOn: string, fromStage: CaseStage | null, toStage: CaseStage | null, decisionRef: string | null, note: string | null, noticeId: string | null, actorName: string | null, actorDisplayName: string | null, recordedAt: string }>, notices: Array<{ id: string, title: string, stage: NoticeStage, startsOn: string, endsOn: string, state: NoticeState, postedOnPaper: boolean }>, nextSteps: Array<{ action: CaseAction, toStage: CaseStage | null, ready: boolean, failures: Array<{ rule: string, message: string, earliestDate: string | null, params: Record<string, unknown> | null }> }>, dossier: Array<{ state: DossierState, required: boolean, kind: { id: string, code: string, name: string, step: DossierStep, required: boolean, fileTypes: Array<MaterialFileType> }, material: { id: string, revision: number, fileName: string, fileType: MaterialFileType, pageCount: number, formedOn: string, uploadedAt: string, uploadedByName: string, url: string } | null }>, person: { id: string, name: string, gender: Gender | null, birthDate: string | null, employer: { id: string, name: string } | null } | null, organization: { id: string, name: string, shortName: string | null } | null, alerts: Array<{ kind: CaseAlertKind, dueOn: string }> } };

export type RecordCaseAssessmentMutationVariables = Exact<{
  id: string;
  version: number;
  on: string;
  period: string;
  result: AssessmentResult;
  note?: string | null | undefined;
}>;


export type RecordCaseAssessmentMutation = { item: { createdAt: string, id: string, personId: string, organizationId: string, stage: CaseStage, appliedOn: string, talkedOn: string | null, activistOn: string | null, targetOn: string | null, politicalReviewOn: string | null, trainingDays: number, trainingHours: number, admittedOn: string | null, approvedOn: string | null, probationEndsOn: string | null, extensionMonths: number | null, closedOn: string | null, version: number, updatedAt: string, dossierMissing: number, contacts: Array<{ id: string, name: string }>, introducers: Array<{ id: string, name: string }>, assessments: Array<{ id: string, period: string, result: AssessmentResult, assessedOn: string, note: string | null }>, events: Array<{ id: string, action: CaseAction, effectiveOn: string, fromStage: CaseStage | null, toStage: CaseStage | null, decisionRef: string | null, note: string | null, noticeId: string | null, actorName: string | null, actorDisplayName: string | null, recordedAt: string }>, notices: Array<{ id: string, title: string, stage: NoticeStage, startsOn: string, endsOn: string, state: NoticeState, postedOnPaper: boolean }>, nextSteps: Array<{ action: CaseAction, toStage: CaseStage | null, ready: boolean, failures: Array<{ rule: string, message: string, earliestDate: string | null, params: Record<string, unknown> | null }> }>, dossier: Array<{ state: DossierState, required: boolean, kind: { id: string, code: string, name: string, step: DossierStep, required: boolean, fileTypes: Array<MaterialFileType> }, material: { id: string, revision: number, fileName: string, fileType: MaterialFileType, pageCount: number, formedOn: string, uploadedAt: string, uploadedByName: string, url: string } | null }>, person: { id: string, name: string, gender: Gender | null, birthDate: string | null, employer: { id: string, name: string } | null } | null, organization: { id: string, name: string, shortName: string | null } | null, alerts: Array<{ kind: CaseAlertKind, dueOn: string }> } };

export type RecordPoliticalReviewMutationVariables = Exact<{
  id: string;
  version: number;
  on: string;
  note?: string | null | undefined;
}>;


export type RecordPoliticalReviewMutation = { item: { createdAt: string, id: string, personId: string, organizationId: string, stage: CaseStage, appliedOn: string, talkedOn: string | null, activistOn: string | null, targetOn: string | null, politicalReviewOn: string | null, trainingDays: number, trainingHours: number, admittedOn: string | null, approvedOn: string | null, probationEndsOn: string | null, extensionMonths: number | null, closedOn: string | null, version: number, updatedAt: string, dossierMissing: number, contacts: Array<{ id: string, name: string }>, introducers: Array<{ id: string, name: string }>, assessments: Array<{ id: string, period: string, result: AssessmentResult, assessedOn: string, note: string | null }>, events: Array<{ id: string, action: CaseAction, effectiveOn: string, fromStage: CaseStage | null, toStage: CaseStage | null, decisionRef: string | null, note: string | null, noticeId: string | null, actorName: string | null, actorDisplayName: string | null, recordedAt: string }>, notices: Array<{ id: string, title: string, stage: NoticeStage, startsOn: string, endsOn: string, state: NoticeState, postedOnPaper: boolean }>, nextSteps: Array<{ action: CaseAction, toStage: CaseStage | null, ready: boolean, failures: Array<{ rule: string, message: string, earliestDate: string | null, params: Record<string, unknown> | null }> }>, dossier: Array<{ state: DossierState, required: boolean, kind: { id: string, code: string, name: string, step: DossierStep, required: boolean, fileTypes: Array<MaterialFileType> }, material: { id: string, revision: number, fileName: string, fileType: MaterialFileType, pageCount: number, formedOn: string, uploadedAt: string, uploadedByName: string, url: string } | null }>, person: { id: string, name: string, gender: Gender | null, birthDate: string | null, employer: { id: string, name: string } | null } | null, organization: { id: string, name: string, shortName: string | null } | null, alerts: Array<{ kind: CaseAlertKind, dueOn: string }> } };

export type RecordCaseTrainingMutationVariables = Exact<{
  id: string;
  version: number;
  on: string;
  days: number;
  hours: number;
  note?: string | null | undefined;
}>;


export type RecordCaseTrainingMutation = { item: { createdAt: string, id: string, personId: string, organizationId: string, stage: CaseStage, appliedOn: string, talkedOn: string | null, activistOn: string | null, targetOn: string | null, politicalReviewOn: string | null, trainingDays: number, trainingHours: number, admittedOn: string | null, approvedOn: string | null, probationEndsOn: string | null, extensionMonths: number | null, closedOn: string | null, version: number, updatedAt: string, dossierMissing: number, contacts: Array<{ id: string, name: string }>, introducers: Array<{ id: string, name: string }>, assessments: Array<{ id: string, period: string, result: AssessmentResult, assessedOn: string, note: string | null }>, events: Array<{ id: string, action: CaseAction, effectiveOn: string, fromStage: CaseStage | null, toStage: CaseStage | null, decisionRef: string | null, note: string | null, noticeId: string | null, actorName: string | null, actorDisplayName: string | null, recordedAt: string }>, notices: Array<{ id: string, title: string, stage: NoticeStage, startsOn: string, endsOn: string, state: NoticeState, postedOnPaper: boolean }>, nextSteps: Array<{ action: CaseAction, toStage: CaseStage | null, ready: boolean, failures: Array<{ rule: string, message: string, earliestDate: string | null, params: Record<string, unknown> | null }> }>, dossier: Array<{ state: DossierState, required: boolean, kind: { id: string, code: string, name: string, step: DossierStep, required: boolean, fileTypes: Array<MaterialFileType> }, material: { id: string, revision: number, fileName: string, fileType: MaterialFileType, pageCount: number, formedOn: string, uploadedAt: string, uploadedByName: string, url: string } | null }>, person: { id: string, name: string, gender: Gender | null, birthDate: string | null, employer: { id: string, name: string } | null } | null, organization: { id: string, name: string, shortName: string | null } | null, alerts: Array<{ kind: CaseAlertKind, dueOn: string }> } };

export type ApproveAdmissionMutationVariables = Exact<{
  id: string;
  version: number;
  on: string;
  decisionRef?: string | null | undefined;
  note?: string | null | undefined;
}>;


export type ApproveAdmissionMutation = { item: { createdAt: string, id: string, personId: string, organizationId: string, stage: CaseStage, appliedOn: string, talkedOn: string | null, activistOn: string | null, targetOn: string | null, politicalReviewOn: string | null, trainingDays: number, trainingHours: number, admittedOn: string | null, approvedOn: string | null, probationEndsOn: string | null, extensionMonths: number | null, closedOn: string | null, version: number, updatedAt: string, dossierMissing: number, contacts: Array<{ id: string, name: string }>, introducers: Array<{ id: string, name: string }>, assessments: Array<{ id: string, period: string, result: AssessmentResult, assessedOn: string, note: string | null }>, events: Array<{ id: string, action: CaseAction, effectiveOn: string, fromStage: CaseStage | null, toStage: CaseStage | null, decisionRef: string | null, note: string | null, noticeId: string | null, actorName: string | null, actorDisplayName: string | null, recordedAt: string }>, notices: Array<{ id: string, title: string, stage: NoticeStage, startsOn: string, endsOn: string, state: NoticeState, postedOnPaper: boolean }>, nextSteps: Array<{ action: CaseAction, toStage: CaseStage | null, ready: boolean, failures: Array<{ rule: string, message: string, earliestDate: string | null, params: Record<string, unknown> | null }> }>, dossier: Array<{ state: DossierState, required: boolean, kind: { id: string, code: string, name: string, step: DossierStep, required: boolean, fileTypes: Array<MaterialFileType> }, material: { id: string, revision: number, fileName: string, fileType: MaterialFileType, pageCount: number, formedOn: string, uploadedAt: string, uploadedByName: string, url: string } | null }>, person: { id: string, name: string, gender: Gender | null, birthDate: string | null, employer: { id: string, name: string } | null } | null, organization: { id: string, name: string, shortName: string | null } | null, alerts: Array<{ kind: CaseAlertKind, dueOn: string }> } };

export type ExtendProbationMutationVariables = Exact<{
  id: string;
  version: number;
  on: string;
  months: number;
  decisionRef?: string | null | undefined;
  note?: string | null | undefined;
}>;


export type ExtendProbationMutation = { item: { createdAt: string, id: string, personId: string, organizationId: string, stage: CaseStage, appliedOn: string, talkedOn: string | null, activistOn: string | null, targetOn: string | null, politicalReviewOn: string | null, trainingDays: number, trainingHours: number, admittedOn: string | null, approvedOn: string | null, probationEndsOn: string | null, extensionMonths: number | null, closedOn: string | null, version: number, updatedAt: string, dossierMissing: number, contacts: Array<{ id: string, name: string }>, introducers: Array<{ id: string, name: string }>, assessments: Array<{ id: string, period: string, result: AssessmentResult, assessedOn: string, note: string | null }>, events: Array<{ id: string, action: CaseAction, effectiveOn: string, fromStage: CaseStage | null, toStage: CaseStage | null, decisionRef: string | null, note: string | null, noticeId: string | null, actorName: string | null, actorDisplayName: string | null, recordedAt: string }>, notices: Array<{ id: string, title: string, stage: NoticeStage, startsOn: string, endsOn: string, state: NoticeState, postedOnPaper: boolean }>, nextSteps: Array<{ action: CaseAction, toStage: CaseStage | null, ready: boolean, failures: Array<{ rule: string, message: string, earliestDate: string | null, params: Record<string, unknown> | null }> }>, dossier: Array<{ state: DossierState, required: boolean, kind: { id: string, code: string, name: string, step: DossierStep, required: boolean, fileTypes: Array<MaterialFileType> }, material: { id: string, revision: number, fileName: string, fileType: MaterialFileType, pageCount: number, formedOn: string, uploadedAt: string, uploadedByName: string, url: string } | null }>, person: { id: string, name: string, gender: Gender | null, birthDate: string | null, employer: { id: string, name: string } | null } | null, organization: { id: string, name: string, shortName: string | null } | null, alerts: Array<{ kind: CaseAlertKind, dueOn: string }> } };

export type CancelProbationMutationVariables = Exact<{
  id: string;
  version: number;
  on: string;
  decisionRef?: string | null | undefined;
  note?: string | null | undefined;
}>;


export type CancelProbationMutation = { item: { createdAt: string, id: string, personId: string, organizationId: string, stage: CaseStage, appliedOn: string, talkedOn: string | null, activistOn: string | null, targetOn: string | null, politicalReviewOn: string | null, trainingDays: number, trainingHours: number, admittedOn: string | null, approvedOn: string | null, probationEndsOn: string | null, extensionMonths: number | null, closedOn: string | null, version: number, updatedAt: string, dossierMissing: number, contacts: Array<{ id: string, name: string }>, introducers: Array<{ id: string, name: string }>, assessments: Array<{ id: string, period: string, result: AssessmentResult, assessedOn: string, note: string | null }>, events: Array<{ id: string, action: CaseAction, effectiveOn: string, fromStage: CaseStage | null, toStage: CaseStage | null, decisionRef: string | null, note: string | null, noticeId: string | null, actorName: string | null, actorDisplayName: string | null, recordedAt: string }>, notices: Array<{ id: string, title: string, stage: NoticeStage, startsOn: string, endsOn: string, state: NoticeState, postedOnPaper: boolean }>, nextSteps: Array<{ action: CaseAction, toStage: CaseStage | null, ready: boolean, failures: Array<{ rule: string, message: string, earliestDate: string | null, params: Record<string, unknown> | null }> }>, dossier: Array<{ state: DossierState, required: boolean, kind: { id: string, code: string, name: string, step: DossierStep, required: boolean, fileTypes: Array<MaterialFileType> }, material: { id: string, revision: number, fileName: string, fileType: MaterialFileType, pageCount: number, formedOn: string, uploadedAt: string, uploadedByName: string, url: string } | null }>, person: { id: string, name: string, gender: Gender | null, birthDate: string | null, employer: { id: string, name: string } | null } | null, organization: { id: string, name: string, shortName: string | null } | null, alerts: Array<{ kind: CaseAlertKind, dueOn: string }> } };

export type WithdrawDevelopmentCaseMutationVariables = Exact<{
  id: string;
  version: number;
  on: string;
  note?: string | null | undefined;
}>;


export type WithdrawDevelopmentCaseMutation = { item: { createdAt: string, id: string, personId: string, organizationId: string, stage: CaseStage, appliedOn: string, talkedOn: string | null, activistOn: string | null, targetOn: string | null, politicalReviewOn: string | null, trainingDays: number, trainingHours: number, admittedOn: string | null, approvedOn: string | null, probationEndsOn: string | null, extensionMonths: number | null, closedOn: string | null, version: number, updatedAt: string, dossierMissing: number, contacts: Array<{ id: string, name: string }>, introducers: Array<{ id: string, name: string }>, assessments: Array<{ id: string, period: string, result: AssessmentResult, assessedOn: string, note: string | null }>, events: Array<{ id: string, action: CaseAction, effectiveOn: string, fromStage: CaseStage | null, toStage: CaseStage | null, decisionRef: string | null, note: string | null, noticeId: string | null, actorName: string | null, actorDisplayName: string | null, recordedAt: string }>, notices: Array<{ id: string, title: string, stage: NoticeStage, startsOn: string, endsOn: string, state: NoticeState, postedOnPaper: boolean }>, nextSteps: Array<{ action: CaseAction, toStage: CaseStage | null, ready: boolean, failures: Array<{ rule: string, message: string, earliestDate: string | null, params: Record<string, unknown> | null }> }>, dossier: Array<{ state: DossierState, required: boolean, kind: { id: string, code: string, name: string, step: DossierStep, required: boolean, fileTypes: Array<MaterialFileType> }, material: { id: string, revision: number, fileName: string, fileType: MaterialFileType, pageCount: number, formedOn: string, uploadedAt: string, uploadedByName: string, url: string } | null }>, person: { id: string, name: string, gender: Gender | null, birthDate: string | null, employer: { id: string, name: string } | null } | null, organization: { id: string, name: string, shortName: string | null } | null, alerts: Array<{ kind: CaseAlertKind, dueOn: string }> } };

export type MaterialKindItemFragment = { id: string, code: string, name: string, step: DossierStep, required: boolean, requiredFrom: string | null, fileTypes: Array<MaterialFileType>, uploadRoles: Array<UserRole>, sortOrder: number, builtIn: boolean, version: number };

export type MaterialKindsQueryVariables = Exact<{ [key: string]: never; }>;


export type MaterialKindsQuery = { items: Array<{ id: string, code: string, name: string, step: DossierStep, required: boolean, requiredFrom: string | null, fileTypes: Array<MaterialFileType>, uploadRoles: Array<UserRole>, sortOrder: number, builtIn: boolean, version: number }> };

export type CreateMaterialKindMutationVariables = Exact<{
  code: string;
  name: string;
  step: DossierStep;
  required: boolean;
  requiredFrom?: string | null | undefined;
  fileTypes: Array<MaterialFileType> | MaterialFileType;
  uploadRoles: Array<UserRole> | UserRole;
  sortOrder?: number | null | undefined;
}>;


export type CreateMaterialKindMutation = { item: { id: string, code: string, name: string, step: DossierStep, required: boolean, requiredFrom: string | null, fileTypes: Array<MaterialFileType>, uploadRoles: Array<UserRole>, sortOrder: number, builtIn: boolean, version: number } };

export type UpdateMaterialKindMutationVariables = Exact<{
  id: string;
  version?: number | null | undefined;
  name?: string | null | undefined;
  required?: boolean | null | undefined;
  requiredFrom?: string | null | undefined;
  fileTypes?: Array<MaterialFileType> | MaterialFileType | null | undefined;
  uploadRoles?: Array<UserRole> | UserRole | null | undefined;
  sortOrder?: number | null | undefined;
}>;


export type UpdateMaterialKindMutation = { item: { id: string, code: string, name: string, step: DossierStep, required: boolean, requiredFrom: string | null, fileTypes: Array<MaterialFileType>, uploadRoles: Array<UserRole>, sortOrder: number, builtIn: boolean, version: number } };

export type MissingMaterialsQueryVariables = Exact<{
  kind?: string | null | undefined;
  withinOrganization?: string | null | undefined;
  page?: number | null | undefined;
  perPage?: number | null | undefined;
}>;


export type MissingMaterialsQuery = { page: { total: number, items: Array<{ state: DossierState, kind: { id: string, code: string, name: string, step: DossierStep }, case: { id: string, stage: CaseStage, person: { id: string, name: string } | null, organization: { id: string, name: string, shortName: string | null } | null } }> } };

export type RevisionItemFragment = { id: string, number: number, state: ExemplarState, category: ExemplarCategory, title: string, citation: string, story: string, awards: Array<string>, noticeId: string | null, noticeStartsOn: string | null, noticeEndsOn: string | null, reviewNote: string | null, authorName: string | null, createdAt: string, updatedAt: string, publicity: Array<{ outlet: string, mediaType: string, link: string | null, date: string | null }>, photo: { id: string, width: number, height: number, url: string, thumbnailUrl: string } | null };

export type ExemplarItemFragment = { id: string, version: number, state: ExemplarState, personId: string | null, subjectOrganizationId: string | null, ownerOrganizationId: string, publishedRevisionId: string | null, workingRevisionId: string | null, withdrawnAt: string | null, updatedAt: string, person: { id: string, name: string } | null, subjectOrganization: { id: string, name: string } | null, ownerOrganization: { id: string, name: string, shortName: string | null } | null, workingRevision: { id: string, number: number, state: ExemplarState, category: ExemplarCategory, title: string, citation: string, story: string, awards: Array<string>, noticeId: string | null, noticeStartsOn: string | null, noticeEndsOn: string | null, reviewNote: string | null, authorName: string | null, createdAt: string, updatedAt: string, publicity: Array<{ outlet: string, mediaType: string, link: string | null, date: string | null }>, photo: { id: string, width: number, height: number, url: string, thumbnailUrl: string } | null } | null, publishedRevision: { id: string, number: number, state: ExemplarState, category: ExemplarCategory, title: string, citation: string, story: string, awards: Array<string>, noticeId: string | null, noticeStartsOn: string | null, noticeEndsOn: string | null, reviewNote: string | null, authorName: string | null, createdAt: string, updatedAt: string, publicity: Array<{ outlet: string, mediaType: string, link: string | null, date: string | null }>, photo: { id: string, width: number, height: number, url: string, thumbnailUrl: string } | null } | null };

export type ExemplarListQueryVariables = Exact<{
  page?: number | null | undefined;
  perPage?: number | null | undefined;
  sortField?: string | null | undefined;
  sortOrder?: string | null | undefined;
  filter?: ExemplarFilter | null | undefined;
}>;


export type ExemplarListQuery = { items: Array<{ id: string, version: number, state: ExemplarState, personId: string | null, subjectOrganizationId: string | null, ownerOrganizationId: string, publishedRevisionId: string | null, workingRevisionId: string | null, withdrawnAt: string | null, updatedAt: string, person: { id: string, name: string } | null, subjectOrganization: { id: string, name: string } | null, ownerOrganization: { id: string, name: string, shortName: string | null } | null, workingRevision: { id: string, number: number, state: ExemplarState, category: ExemplarCategory, title: string, citation: string, story: string, awards: Array<string>, noticeId: string | null, noticeStartsOn: string | null, noticeEndsOn: string | null, reviewNote: string | null, authorName: string | null, createdAt: string, updatedAt: string, publicity: Array<{ outlet: string, mediaType: string, link: string | null, date: string | null }>, photo: { id: string, width: number, height: number, url: string, thumbnailUrl: string } | null } | null, publishedRevision: { id: string, number: number, state: ExemplarState, category: ExemplarCategory, title: string, citation: string, story: string, awards: Array<string>, noticeId: string | null, noticeStartsOn: string | null, noticeEndsOn: string | null, reviewNote: string | null, authorName: string | null, createdAt: string, updatedAt: string, publicity: Array<{ outlet: string, mediaType: string, link: string | null, date: string | null }>, photo: { id: string, width: number, height: number, url: string, thumbnailUrl: string } | null } | null }>, total: { count: number } };

export type ExemplarsByIdsQueryVariables = Exact<{
  ids: Array<string> | string;
}>;


export type ExemplarsByIdsQuery = { items: Array<{ id: string, version: number, state: ExemplarState, personId: string | null, subjectOrganizationId: string | null, ownerOrganizationId: string, publishedRevisionId: string | null, workingRevisionId: string | null, withdrawnAt: string | null, updatedAt: string, person: { id: string, name: string } | null, subjectOrganization: { id: string, name: string } | null, ownerOrganization: { id: string, name: string, shortName: string | null } | null, workingRevision: { id: string, number: number, state: ExemplarState, category: ExemplarCategory, title: string, citation: string, story: string, awards: Array<string>, noticeId: string | null, noticeStartsOn: string | null, noticeEndsOn: string | null, reviewNote: string | null, authorName: string | null, createdAt: string, updatedAt: string, publicity: Array<{ outlet: string, mediaType: string, link: string | null, date: string | null }>, photo: { id: string, width: number, height: number, url: string, thumbnailUrl: string } | null } | null, publishedRevision: { id: string, number: number, state: ExemplarState, category: ExemplarCategory, title: string, citation: string, story: string, awards: Array<string>, noticeId: string | null, noticeStartsOn: string | null, noticeEndsOn: string | null, reviewNote: string | null, authorName: string | null, createdAt: string, updatedAt: string, publicity: Array<{ outlet: string, mediaType: string, link: string | null, date: string | null }>, photo: { id: string, width: number, height: number, url: string, thumbnailUrl: string } | null } | null }> };

export type ExemplarByIdQueryVariables = Exact<{
  id: string;
}>;


export type ExemplarByIdQuery = { item: { createdAt: string, id: string, version: number, state: ExemplarState, personId: string | null, subjectOrganizationId: string | null, ownerOrganizationId: string, publishedRevisionId: string | null, workingRevisionId: string | null, withdrawnAt: string | null, updatedAt: string, revisions: Array<{ id: string, number: number, state: ExemplarState, category: ExemplarCategory, title: string, citation: string, story: string, awards: Array<string>, noticeId: string | null, noticeStartsOn: string | null, noticeEndsOn: string | null, reviewNote: string | null, authorName: string | null, createdAt: string, updatedAt: string, publicity: Array<{ outlet: string, mediaType: string, link: string | null, date: string | null }>, photo: { id: string, width: number, height: number, url: string, thumbnailUrl: string } | null }>, person: { id: string, name: string } | null, subjectOrganization: { id: string, name: string } | null, ownerOrganization: { id: string, name: string, shortName: string | null } | null, workingRevision: { id: string, number: number, state: ExemplarState, category: ExemplarCategory, title: string, citation: string, story: string, awards: Array<string>, noticeId: string | null, noticeStartsOn: string | null, noticeEndsOn: string | null, reviewNote: string | null, authorName: string | null, createdAt: string, updatedAt: string, publicity: Array<{ outlet: string, mediaType: string, link: string | null, date: string | null }>, photo: { id: string, width: number, height: number, url: string, thumbnailUrl: string } | null } | null, publishedRevision: { id: string, number: number, state: ExemplarState, category: ExemplarCategory, title: string, citation: string, story: string, awards: Array<string>, noticeId: string | null, noticeStartsOn: string | null, noticeEndsOn: string | null, reviewNote: string | null, authorName: string | null, createdAt: string, updatedAt: string, publicity: Array<{ outlet: string, mediaType: string, link: string | null, date: string | null }>, photo: { id: string, width: number, height: number, url: string, thumbnailUrl: string } | null } | null } | null };

export type ExemplarRevisionDiffQueryVariables = Exact<{
  id: string;
  from: number;
  to: number;
}>;


export type ExemplarRevisionDiffQuery = { changes: Array<{ field: string, before: string | null, after: string | null }> };

export type CreateExemplarMutationVariables = Exact<{
  personId?: string | null | undefined;
  subjectOrganizationId?: string | null | undefined;
  category?: ExemplarCategory | null | undefined;
  title?: string | null | undefined;
  citation?: string | null | undefined;
  story?: string | null | undefined;
  awards?: Array<string> | string | null | undefined;
  publicity?: Array<PublicityInput> | PublicityInput | null | undefined;
}>;


export type CreateExemplarMutation = { item: { id: string, version: number, state: ExemplarState, personId: string | null, subjectOrganizationId: string | null, ownerOrganizationId: string, publishedRevisionId: string | null, workingRevisionId: string | null, withdrawnAt: string | null, updatedAt: string, person: { id: string, name: string } | null, subjectOrganization: { id: string, name: string } | null, ownerOrganization: { id: string, name: string, shortName: string | null } | null, workingRevision: { id: string, number: number, state: ExemplarState, category: ExemplarCategory, title: string, citation: string, story: string, awards: Array<string>, noticeId: string | null, noticeStartsOn: string | null, noticeEndsOn: string | null, reviewNote: string | null, authorName: string | null, createdAt: string, updatedAt: string, publicity: Array<{ outlet: string, mediaType: string, link: string | null, date: string | null }>, photo: { id: string, width: number, height: number, url: string, thumbnailUrl: string } | null } | null, publishedRevision: { id: string, number: number, state: ExemplarState, category: ExemplarCategory, title: string, citation: string, story: string, awards: Array<string>, noticeId: string | null, noticeStartsOn: string | null, noticeEndsOn: string | null, reviewNote: string | null, authorName: string | null, createdAt: string, updatedAt: string, publicity: Array<{ outlet: string, mediaType: string, link: string | null, date: string | null }>, photo: { id: string, width: number, height: number, url: string, thumbnailUrl: string } | null } | null } };

export type UpdateExemplarMutationVariables = Exact<{
  id: string;
  version: number;
  category?: ExemplarCategory | null | undefined;
  title?: string | null | undefined;
  citation?: string | null | undefined;
  story?: string | null | undefined;
  awards?: Array<string> | string | null | undefined;
  publicity?: Array<PublicityInput> | PublicityInput | null | undefined;
}>;


export type UpdateExemplarMutation = { item: { id: string, version: number, state: ExemplarState, personId: string | null, subjectOrganizationId: string | null, ownerOrganizationId: string, publishedRevisionId: string | null, workingRevisionId: string | null, withdrawnAt: string | null, updatedAt: string, person: { id: string, name: string } | null, subjectOrganization: { id: string, name: string } | null, ownerOrganization: { id: string, name: string, shortName: string | null } | null, workingRevision: { id: string, number: number, state: ExemplarState, category: ExemplarCategory, title: string, citation: string, story: string, awards: Array<string>, noticeId: string | null, noticeStartsOn: string | null, noticeEndsOn: string | null, reviewNote: string | null, authorName: string | null, createdAt: string, updatedAt: string, publicity: Array<{ outlet: string, mediaType: string, link: string | null, date: string | null }>, photo: { id: string, width: number, height: number, url: string, thumbnailUrl: string } | null } | null, publishedRevision: { id: string, number: number, state: ExemplarState, category: ExemplarCategory, title: string, citation: string, story: string, awards: Array<string>, noticeId: string | null, noticeStartsOn: string | null, noticeEndsOn: string | null, reviewNote: string | null, authorName: string | null, createdAt: string, updatedAt: string, publicity: Array<{ outlet: string, mediaType: string, link: string | null, date: string | null }>, photo: { id: string, width: number, height: number, url: string, thumbnailUrl: string } | null } | null } };

export type SubmitExemplarForReviewMutationVariables = Exact<{
  id: string;
  version: number;
  note?: string | null | undefined;
}>;


export type SubmitExemplarForReviewMutation = { item: { id: string, version: number, state: ExemplarState, personId: string | null, subjectOrganizationId: string | null, ownerOrganizationId: string, publishedRevisionId: string | null, workingRevisionId: string | null, withdrawnAt: string | null, updatedAt: string, person: { id: string, name: string } | null, subjectOrganization: { id: string, name: string } | null, ownerOrganization: { id: string, name: string, shortName: string | null } | null, workingRevision: { id: string, number: number, state: ExemplarState, category: ExemplarCategory, title: string, citation: string, story: string, awards: Array<string>, noticeId: string | null, noticeStartsOn: string | null, noticeEndsOn: string | null, reviewNote: string | null, authorName: string | null, createdAt: string, updatedAt: string, publicity: Array<{ outlet: string, mediaType: string, link: string | null, date: string | null }>, photo: { id: string, width: number, height: number, url: string, thumbnailUrl: string } | null } | null, publishedRevision: { id: string, number: number, state: ExemplarState, category: ExemplarCategory, title: string, citation: string, story: string, awards: Array<string>, noticeId: string | null, noticeStartsOn: string | null, noticeEndsOn: string | null, reviewNote: string | null, authorName: string | null, createdAt: string, updatedAt: string, publicity: Array<{ outlet: string, mediaType: string, link: string | null, date: string | null }>, photo: { id: string, width: number, height: number, url: string, thumbnailUrl: string } | null } | null } };

export type ApproveExemplarMutationVariables = Exact<{
  id: string;
  version: number;
  note?: string | null | undefined;
  hotline: string;
  suggestionBox: string;
}>;


export type ApproveExemplarMutation = { item: { id: string, version: number, state: ExemplarState, personId: string | null, subjectOrganizationId: string | null, ownerOrganizationId: string, publishedRevisionId: string | null, workingRevisionId: string | null, withdrawnAt: string | null, updatedAt: string, person: { id: string, name: string } | null, subjectOrganization: { id: string, name: string } | null, ownerOrganization: { id: string, name: string, shortName: string | null } | null, workingRevision: { id: string, number: number, state: ExemplarState, category: ExemplarCategory, title: string, citation: string, story: string, awards: Array<string>, noticeId: string | null, noticeStartsOn: string | null, noticeEndsOn: string | null, reviewNote: string | null, authorName: string | null, createdAt: string, updatedAt: string, publicity: Array<{ outlet: string, mediaType: string, link: string | null, date: string | null }>, photo: { id: string, width: number, height: number, url: string, thumbnailUrl: string } | null } | null, publishedRevision: { id: string, number: number, state: ExemplarState, category: ExemplarCategory, title: string, citation: string, story: string, awards: Array<string>, noticeId: string | null, noticeStartsOn: string | null, noticeEndsOn: string | null, reviewNote: string | null, authorName: string | null, createdAt: string, updatedAt: string, publicity: Array<{ outlet: string, mediaType: string, link: string | null, date: string | null }>, photo: { id: string, width: number, height: number, url: string, thumbnailUrl: string } | null } | null } };

export type ReturnExemplarToDraftMutationVariables = Exact<{
  id: string;
  version: number;
  note?: string | null | undefined;
}>;


export type ReturnExemplarToDraftMutation = { item: { id: string, version: number, state: ExemplarState, personId: string | null, subjectOrganizationId: string | null, ownerOrganizationId: string, publishedRevisionId: string | null, workingRevisionId: string | null, withdrawnAt: string | null, updatedAt: string, person: { id: string, name: string } | null, subjectOrganization: { id: string, name: string } | null, ownerOrganization: { id: string, name: string, shortName: string | null } | null, workingRevision: { id: string, number: number, state: ExemplarState, category: ExemplarCategory, title: string, citation: string, story: string, awards: Array<string>, noticeId: string | null, noticeStartsOn: string | null, noticeEndsOn: string | null, reviewNote: string | null, authorName: string | null, createdAt: string, updatedAt: string, publicity: Array<{ outlet: string, mediaType: string, link: string | null, date: string | null }>, photo: { id: string, width: number, height: number, url: string, thumbnailUrl: string } | null } | null, publishedRevision: { id: string, number: number, state: ExemplarState, category: ExemplarCategory, title: string, citation: string, story: string, awards: Array<string>, noticeId: string | null, noticeStartsOn: string | null, noticeEndsOn: string | null, reviewNote: string | null, authorName: string | null, createdAt: string, updatedAt: string, publicity: Array<{ outlet: string, mediaType: string, link: string | null, date: string | null }>, photo: { id: string, width: number, height: number, url: string, thumbnailUrl: string } | null } | null } };

export type PublishExemplarMutationVariables = Exact<{
  id: string;
  version: number;
  note?: string | null | undefined;
}>;


export type PublishExemplarMutation = { item: { id: string, version: number, state: ExemplarState, personId: string | null, subjectOrganizationId: string | null, ownerOrganizationId: string, publishedRevisionId: string | null, workingRevisionId: string | null, withdrawnAt: string | null, updatedAt: string, person: { id: string, name: string } | null, subjectOrganization: { id: string, name: string } | null, ownerOrganization: { id: string, name: string, shortName: string | null } | null, workingRevision: { id: string, number: number, state: ExemplarState, category: ExemplarCategory, title: string, citation: string, story: string, awards: Array<string>, noticeId: string | null, noticeStartsOn: string | null, noticeEndsOn: string | null, reviewNote: string | null, authorName: string | null, createdAt: string, updatedAt: string, publicity: Array<{ outlet: string, mediaType: string, link: string | null, date: string | null }>, photo: { id: string, width: number, height: number, url: string, thumbnailUrl: string } | null } | null, publishedRevision: { id: string, number: number, state: ExemplarState, category: ExemplarCategory, title: string, citation: string, story: string, awards: Array<string>, noticeId: string | null, noticeStartsOn: string | null, noticeEndsOn: string | null, reviewNote: string | null, authorName: string | null, createdAt: string, updatedAt: string, publicity: Array<{ outlet: string, mediaType: string, link: string | null, date: string | null }>, photo: { id: string, width: number, height: number, url: string, thumbnailUrl: string } | null } | null } };

export type WithdrawExemplarMutationVariables = Exact<{
  id: string;
  version: number;
  note?: string | null | undefined;
}>;


export type WithdrawExemplarMutation = { item: { id: string, version: number, state: ExemplarState, personId: string | null, subjectOrganizationId: string | null, ownerOrganizationId: string, publishedRevisionId: string | null, workingRevisionId: string | null, withdrawnAt: string | null, updatedAt: string, person: { id: string, name: string } | null, subjectOrganization: { id: string, name: string } | null, ownerOrganization: { id: string, name: string, shortName: string | null } | null, workingRevision: { id: string, number: number, state: ExemplarState, category: ExemplarCategory, title: string, citation: string, story: string, awards: Array<string>, noticeId: string | null, noticeStartsOn: string | null, noticeEndsOn: string | null, reviewNote: string | null, authorName: string | null, createdAt: string, updatedAt: string, publicity: Array<{ outlet: string, mediaType: string, link: string | null, date: string | null }>, photo: { id: string, width: number, height: number, url: string, thumbnailUrl: string } | null } | null, publishedRevision: { id: string, number: number, state: ExemplarState, category: ExemplarCategory, title: string, citation: string, story: string, awards: Array<string>, noticeId: string | null, noticeStartsOn: string | null, noticeEndsOn: string | null, reviewNote: string | null, authorName: string | null, createdAt: string, updatedAt: string, publicity: Array<{ outlet: string, mediaType: string, link: string | null, date: string | null }>, photo: { id: string, width: number, height: number, url: string, thumbnailUrl: string } | null } | null } };

export type PublishedExemplarsQueryVariables = Exact<{
  category?: ExemplarCategory | null | undefined;
  chamberId?: string | null | undefined;
  page?: number | null | undefined;
  perPage?: number | null | undefined;
}>;


export type PublishedExemplarsQuery = { items: Array<{ id: string, category: ExemplarCategory, title: string, name: string, chamberName: string | null, citation: string, thumbnailUrl: string | null, publishedOn: string }>, total: { count: number } };

export type MyTrainingQueryVariables = Exact<{
  placesPerPage?: number | null | undefined;
  openPerPage?: number | null | undefined;
}>;


export type MyTrainingQuery = { places: Array<{ id: string, classId: string, personId: string, chamberId: string | null, status: EnrollmentStatus, requestedAt: string, hoursCredited: number, completedAt: string | null, certificateCode: string | null, certificateRevokedAt: string | null, waitlistPosition: number | null, promotedAt: string | null, version: number, person: { id: string, name: string, gender: Gender | null, posts: string | null } | null, class: { id: string, title: string, startsOn: string, endsOn: string } | null, chamber: { id: string, name: string, shortName: string | null } | null }>, open: Array<{ id: string, programId: string, organizerId: string | null, title: string, audience: string | null, venue: string | null, online: boolean, startsOn: string, endsOn: string, capacity: number, waitlist: boolean, enrollmentOpensOn: string, enrollmentClosesOn: string, requiredHours: number, totalHours: number, status: ClassStatus, seated: number, waitlisted: number, version: number, updatedAt: string, program: { id: string, title: string } | null, organizer: { id: string, name: string, shortName: string | null } | null }> };

export type NoticeListItemFragment = { id: string, organizationId: string, stage: NoticeStage, title: string, startsOn: string, lengthDays: number, dayType: DayType, endsOn: string, hotline: string, suggestionBox: string, publishedAt: string | null, publishedByName: string | null, postedOnPaper: boolean, publishableOnline: boolean, recordableOnPaper: boolean, state: NoticeState, unclearedReports: number, calendarCovered: boolean, caseIds: Array<string>, version: number, updatedAt: string, organization: { id: string, name: string, shortName: string | null } | null };

export type NoticeDetailFragment = { body: string | null, createdAt: string, exemplarId: string | null, publishedById: string | null, paperReason: string | null, paperEvidence: string | null, id: string, organizationId: string, stage: NoticeStage, title: string, startsOn: string, lengthDays: number, dayType: DayType, endsOn: string, hotline: string, suggestionBox: string, publishedAt: string | null, publishedByName: string | null, postedOnPaper: boolean, publishableOnline: boolean, recordableOnPaper: boolean, state: NoticeState, unclearedReports: number, calendarCovered: boolean, caseIds: Array<string>, version: number, updatedAt: string, cases: Array<{ id: string, stage: CaseStage, person: { id: string, name: string } | null }>, organization: { id: string, name: string, shortName: string | null } | null };

export type NoticeListQueryVariables = Exact<{
  page?: number | null | undefined;
  perPage?: number | null | undefined;
  sortField?: string | null | undefined;
  sortOrder?: string | null | undefined;
  filter?: PublicNoticeFilter | null | undefined;
}>;


export type NoticeListQuery = { items: Array<{ id: string, organizationId: string, stage: NoticeStage, title: string, startsOn: string, lengthDays: number, dayType: DayType, endsOn: string, hotline: string, suggestionBox: string, publishedAt: string | null, publishedByName: string | null, postedOnPaper: boolean, publishableOnline: boolean, recordableOnPaper: boolean, state: NoticeState, unclearedReports: number, calendarCovered: boolean, caseIds: Array<string>, version: number, updatedAt: string, organization: { id: string, name: string, shortName: string | null } | null }>, total: { count: number } };

export type NoticesByIdsQueryVariables = Exact<{
  ids: Array<string> | string;
}>;


export type NoticesByIdsQuery = { items: Array<{ id: string, organizationId: string, stage: NoticeStage, title: string, startsOn: string, lengthDays: number, dayType: DayType, endsOn: string, hotline: string, suggestionBox: string, publishedAt: string | null, publishedByName: string | null, postedOnPaper: boolean, publishableOnline: boolean, recordableOnPaper: boolean, state: NoticeState, unclearedReports: number, calendarCovered: boolean, caseIds: Array<string>, version: number, updatedAt: string, organization: { id: string, name: string, shortName: string | null } | null }> };

export type NoticeByIdQueryVariables = Exact<{
  id: string;
}>;


export type NoticeByIdQuery = { item: { body: string | null, createdAt: string, exemplarId: string | null, publishedById: string | null, paperReason: string | null, paperEvidence: string | null, id: string, organizationId: string, stage: NoticeStage, title: string, startsOn: string, lengthDays: number, dayType: DayType, endsOn: string, hotline: string, suggestionBox: string, publishedAt: string | null, publishedByName: string | null, postedOnPaper: boolean, publishableOnline: boolean, recordableOnPaper: boolean, state: NoticeState, unclearedReports: number, calendarCovered: boolean, caseIds: Array<string>, version: number, updatedAt: string, cases: Array<{ id: string, stage: CaseStage, person: { id: string, name: string } | null }>, organization: { id: string, name: string, shortName: string | null } | null } | null };

export type NoticeEndDateQueryVariables = Exact<{
  startsOn: string;
  lengthDays: number;
  dayType: DayType;
}>;


export type NoticeEndDateQuery = { span: { endsOn: string, calendarCovered: boolean } };

export type CreatePublicNoticeMutationVariables = Exact<{
  organizationId: string;
  stage: NoticeStage;
  title: string;
  body?: string | null | undefined;
  startsOn: string;
  lengthDays?: number | null | undefined;
  dayType?: DayType | null | undefined;
  hotline: string;
  suggestionBox: string;
  caseIds?: Array<string> | string | null | undefined;
}>;


export type CreatePublicNoticeMutation = { item: { body: string | null, createdAt: string, exemplarId: string | null, publishedById: string | null, paperReason: string | null, paperEvidence: string | null, id: string, organizationId: string, stage: NoticeStage, title: string, startsOn: string, lengthDays: number, dayType: DayType, endsOn: string, hotline: string, suggestionBox: string, publishedAt: string | null, publishedByName: string | null, postedOnPaper: boolean, publishableOnline: boolean, recordableOnPaper: boolean, state: NoticeState, unclearedReports: number, calendarCovered: boolean, caseIds: Array<string>, version: number, updatedAt: string, cases: Array<{ id: string, stage: CaseStage, person: { id: string, name: string } | null }>, organization: { id: string, name: string, shortName: string | null } | null } };

export type UpdatePublicNoticeMutationVariables = Exact<{
  id: string;
  version: number;
  title?: string | null | undefined;
  body?: string | null | undefined;
  startsOn?: string | null | undefined;
  lengthDays?: number | null | undefined;
  dayType?: DayType | null | undefined;
  hotline?: string | null | undefined;
  suggestionBox?: string | null | undefined;
  caseIds?: Array<string> | string | null | undefined;
}>;


export type UpdatePublicNoticeMutation = { item: { body: string | null, createdAt: string, exemplarId: string | null, publishedById: string | null, paperReason: string | null, paperEvidence: string | null, id: string, organizationId: string, stage: NoticeStage, title: string, startsOn: string, lengthDays: number, dayType: DayType, endsOn: string, hotline: string, suggestionBox: string, publishedAt: string | null, publishedByName: string | null, postedOnPaper: boolean, publishableOnline: boolean, recordableOnPaper: boolean, state: NoticeState, unclearedReports: number, calendarCovered: boolean, caseIds: Array<string>, version: number, updatedAt: string, cases: Array<{ id: string, stage: CaseStage, person: { id: string, name: string } | null }>, organization: { id: string, name: string, shortName: string | null } | null } };

export type DeletePublicNoticeMutationVariables = Exact<{
  id: string;
  version?: number | null | undefined;
}>;


export type DeletePublicNoticeMutation = { item: { id: string, title: string } };

export type PublishNoticeMutationVariables = Exact<{
  id: string;
  version: number;
}>;


export type PublishNoticeMutation = { item: { body: string | null, createdAt: string, exemplarId: string | null, publishedById: string | null, paperReason: string | null, paperEvidence: string | null, id: string, organizationId: string, stage: NoticeStage, title: string, startsOn: string, lengthDays: number, dayType: DayType, endsOn: string, hotline: string, suggestionBox: string, publishedAt: string | null, publishedByName: string | null, postedOnPaper: boolean, publishableOnline: boolean, recordableOnPaper: boolean, state: NoticeState, unclearedReports: number, calendarCovered: boolean, caseIds: Array<string>, version: number, updatedAt: string, cases: Array<{ id: string, stage: CaseStage, person: { id: string, name: string } | null }>, organization: { id: string, name: string, shortName: string | null } | null } };

export type RecordPaperNoticeMutationVariables = Exact<{
  id: string;
  version?: number | null | undefined;
  reason: string;
  evidence: string;
}>;


export type RecordPaperNoticeMutation = { item: { body: string | null, createdAt: string, exemplarId: string | null, publishedById: string | null, paperReason: string | null, paperEvidence: string | null, id: string, organizationId: string, stage: NoticeStage, title: string, startsOn: string, lengthDays: number, dayType: DayType, endsOn: string, hotline: string, suggestionBox: string, publishedAt: string | null, publishedByName: string | null, postedOnPaper: boolean, publishableOnline: boolean, recordableOnPaper: boolean, state: NoticeState, unclearedReports: number, calendarCovered: boolean, caseIds: Array<string>, version: number, updatedAt: string, cases: Array<{ id: string, stage: CaseStage, person: { id: string, name: string } | null }>, organization: { id: string, name: string, shortName: string | null } | null } };

export type CalendarDayListQueryVariables = Exact<{
  page?: number | null | undefined;
  perPage?: number | null | undefined;
  sortField?: string | null | undefined;
  sortOrder?: string | null | undefined;
  filter?: CalendarDayFilter | null | undefined;
}>;


export type CalendarDayListQuery = { items: Array<{ id: string, date: string, kind: CalendarDayKind, note: string | null }>, total: { count: number }, years: { from: number, to: number } };

export type SetCalendarDayMutationVariables = Exact<{
  date: string;
  kind: CalendarDayKind;
  note?: string | null | undefined;
}>;


export type SetCalendarDayMutation = { item: { id: string, date: string, kind: CalendarDayKind, note: string | null } };

export type ClearCalendarDayMutationVariables = Exact<{
  id: string;
}>;


export type ClearCalendarDayMutation = { item: { id: string, date: string, kind: CalendarDayKind, note: string | null } };

export type PublishedNoticesQueryVariables = Exact<{
  page?: number | null | undefined;
  perPage?: number | null | undefined;
}>;


export type PublishedNoticesQuery = { items: Array<{ id: string, title: string, stage: NoticeStage, organizationName: string, startsOn: string, endsOn: string, phase: NoticePhase }>, total: { count: number } };

export type PublishedNoticeQueryVariables = Exact<{
  id: string;
}>;


export type PublishedNoticeQuery = { item: { id: string, title: string, body: string | null, stage: NoticeStage, organizationName: string, startsOn: string, endsOn: string, lengthDays: number, dayType: DayType, hotline: string, suggestionBox: string, phase: NoticePhase, postedOnPaper: boolean, exemplarSubject: string | null, candidates: Array<{ caseId: string, name: string, stage: CaseStage, employerName: string | null }> } };

export type FileReportMutationVariables = Exact<{
  noticeId?: string | null | undefined;
  caseId?: string | null | undefined;
  content: string;
  anonymous?: boolean | null | undefined;
  reporterName?: string | null | undefined;
  reporterContact?: string | null | undefined;
  website?: string | null | undefined;
}>;


export type FileReportMutation = { receipt: { reference: string, receivedOn: string } };

export type OrganizationListItemFragment = { id: string, kind: OrganizationKind, name: string, shortName: string | null, namePinyin: string, parentId: string | null, hostId: string | null, depth: number, status: OrganizationStatus, creditCode: string | null, originProvince: string | null, industry: string | null, employeeCount: number | null, foundedOn: string | null, termState: TermState, archivedAt: string | null, version: number, updatedAt: string, childCount: number, enterpriseCount: number, parent: { id: string, name: string, shortName: string | null, kind: OrganizationKind } | null };

export type OrganizationDetailFragment = { termStartedOn: string | null, termEndsOn: string | null, address: string | null, phone: string | null, createdAt: string, id: string, kind: OrganizationKind, name: string, shortName: string | null, namePinyin: string, parentId: string | null, hostId: string | null, depth: number, status: OrganizationStatus, creditCode: string | null, originProvince: string | null, industry: string | null, employeeCount: number | null, foundedOn: string | null, termState: TermState, archivedAt: string | null, version: number, updatedAt: string, childCount: number, enterpriseCount: number, jointEnterprises: Array<{ id: string, name: string }>, host: { id: string, name: string, kind: OrganizationKind } | null, ancestors: Array<{ id: string, name: string, shortName: string | null, kind: OrganizationKind }>, parent: { id: string, name: string, shortName: string | null, kind: OrganizationKind } | null };

export type OrganizationListQueryVariables = Exact<{
  page?: number | null | undefined;
  perPage?: number | null | undefined;
  sortField?: string | null | undefined;
  sortOrder?: string | null | undefined;
  filter?: OrganizationFilter | null | undefined;
}>;


export type OrganizationListQuery = { items: Array<{ id: string, kind: OrganizationKind, name: string, shortName: string | null, namePinyin: string, parentId: string | null, hostId: string | null, depth: number, status: OrganizationStatus, creditCode: string | null, originProvince: string | null, industry: string | null, employeeCount: number | null, foundedOn: string | null, termState: TermState, archivedAt: string | null, version: number, updatedAt: string, childCount: number, enterpriseCount: number, parent: { id: string, name: string, shortName: string | null, kind: OrganizationKind } | null }>, total: { count: number } };

export type OrganizationsByIdsQueryVariables = Exact<{
  ids: Array<string> | string;
}>;


export type OrganizationsByIdsQuery = { items: Array<{ id: string, kind: OrganizationKind, name: string, shortName: string | null, namePinyin: string, parentId: string | null, hostId: string | null, depth: number, status: OrganizationStatus, creditCode: string | null, originProvince: string | null, industry: string | null, employeeCount: number | null, foundedOn: string | null, termState: TermState, archivedAt: string | null, version: number, updatedAt: string, childCount: number, enterpriseCount: number, parent: { id: string, name: string, shortName: string | null, kind: OrganizationKind } | null }> };

export type OrganizationTreeQueryVariables = Exact<{
  rootId: string;
}>;


export type OrganizationTreeQuery = { items: Array<{ id: string, kind: OrganizationKind, name: string, shortName: string | null, parentId: string | null, depth: number, status: OrganizationStatus, childCount: number }> };

export type OrganizationByIdQueryVariables = Exact<{
  id: string;
}>;


export type OrganizationByIdQuery = { item: { termStartedOn: string | null, termEndsOn: string | null, address: string | null, phone: string | null, createdAt: string, id: string, kind: OrganizationKind, name: string, shortName: string | null, namePinyin: string, parentId: string | null, hostId: string | null, depth: number, status: OrganizationStatus, creditCode: string | null, originProvince: string | null, industry: string | null, employeeCount: number | null, foundedOn: string | null, termState: TermState, archivedAt: string | null, version: number, updatedAt: string, childCount: number, enterpriseCount: number, jointEnterprises: Array<{ id: string, name: string }>, host: { id: string, name: string, kind: OrganizationKind } | null, ancestors: Array<{ id: string, name: string, shortName: string | null, kind: OrganizationKind }>, parent: { id: string, name: string, shortName: string | null, kind: OrganizationKind } | null } | null };

export type CreateOrganizationMutationVariables = Exact<{
  kind: OrganizationKind;
  name: string;
  shortName?: string | null | undefined;
  parentId?: string | null | undefined;
  hostId?: string | null | undefined;
  status?: OrganizationStatus | null | undefined;
  creditCode?: string | null | undefined;
  originProvince?: string | null | undefined;
  industry?: string | null | undefined;
  employeeCount?: number | null | undefined;
  foundedOn?: string | null | undefined;
  termStartedOn?: string | null | undefined;
  address?: string | null | undefined;
  phone?: string | null | undefined;
}>;


export type CreateOrganizationMutation = { item: { termStartedOn: string | null, termEndsOn: string | null, address: string | null, phone: string | null, createdAt: string, id: string, kind: OrganizationKind, name: string, shortName: string | null, namePinyin: string, parentId: string | null, hostId: string | null, depth: number, status: OrganizationStatus, creditCode: string | null, originProvince: string | null, industry: string | null, employeeCount: number | null, foundedOn: string | null, termState: TermState, archivedAt: string | null, version: number, updatedAt: string, childCount: number, enterpriseCount: number, jointEnterprises: Array<{ id: string, name: string }>, host: { id: string, name: string, kind: OrganizationKind } | null, ancestors: Array<{ id: string, name: string, shortName: string | null, kind: OrganizationKind }>, parent: { id: string, name: string, shortName: string | null, kind: OrganizationKind } | null } };

export type UpdateOrganizationMutationVariables = Exact<{
  id: string;
  version: number;
  kind?: OrganizationKind | null | undefined;
  name?: string | null | undefined;
  shortName?: string | null | undefined;
  parentId?: string | null | undefined;
  hostId?: string | null | undefined;
  status?: OrganizationStatus | null | undefined;
  creditCode?: string | null | undefined;
  originProvince?: string | null | undefined;
  industry?: string | null | undefined;
  employeeCount?: number | null | undefined;
  foundedOn?: string | null | undefined;
  termStartedOn?: string | null | undefined;
  address?: string | null | undefined;
  phone?: string | null | undefined;
}>;


export type UpdateOrganizationMutation = { item: { termStartedOn: string | null, termEndsOn: string | null, address: string | null, phone: string | null, createdAt: string, id: string, kind: OrganizationKind, name: string, shortName: string | null, namePinyin: string, parentId: string | null, hostId: string | null, depth: number, status: OrganizationStatus, creditCode: string | null, originProvince: string | null, industry: string | null, employeeCount: number | null, foundedOn: string | null, termState: TermState, archivedAt: string | null, version: number, updatedAt: string, childCount: number, enterpriseCount: number, jointEnterprises: Array<{ id: string, name: string }>, host: { id: string, name: string, kind: OrganizationKind } | null, ancestors: Array<{ id: string, name: string, shortName: string | null, kind: OrganizationKind }>, parent: { id: string, name: string, shortName: string | null, kind: OrganizationKind } | null } };

export type DeleteOrganizationMutationVariables = Exact<{
  id: string;
  version?: number | null | undefined;
}>;


export type DeleteOrganizationMutation = { item: { id: string, name: string } };

export type ArchiveOrganizationMutationVariables = Exact<{
  id: string;
  version: number;
}>;


export type ArchiveOrganizationMutation = { item: { termStartedOn: string | null, termEndsOn: string | null, address: string | null, phone: string | null, createdAt: string, id: string, kind: OrganizationKind, name: string, shortName: string | null, namePinyin: string, parentId: string | null, hostId: string | null, depth: number, status: OrganizationStatus, creditCode: string | null, originProvince: string | null, industry: string | null, employeeCount: number | null, foundedOn: string | null, termState: TermState, archivedAt: string | null, version: number, updatedAt: string, childCount: number, enterpriseCount: number, jointEnterprises: Array<{ id: string, name: string }>, host: { id: string, name: string, kind: OrganizationKind } | null, ancestors: Array<{ id: string, name: string, shortName: string | null, kind: OrganizationKind }>, parent: { id: string, name: string, shortName: string | null, kind: OrganizationKind } | null } };

export type RestoreOrganizationMutationVariables = Exact<{
  id: string;
  version: number;
}>;


export type RestoreOrganizationMutation = { item: { termStartedOn: string | null, termEndsOn: string | null, address: string | null, phone: string | null, createdAt: string, id: string, kind: OrganizationKind, name: string, shortName: string | null, namePinyin: string, parentId: string | null, hostId: string | null, depth: number, status: OrganizationStatus, creditCode: string | null, originProvince: string | null, industry: string | null, employeeCount: number | null, foundedOn: string | null, termState: TermState, archivedAt: string | null, version: number, updatedAt: string, childCount: number, enterpriseCount: number, jointEnterprises: Array<{ id: string, name: string }>, host: { id: string, name: string, kind: OrganizationKind } | null, ancestors: Array<{ id: string, name: string, shortName: string | null, kind: OrganizationKind }>, parent: { id: string, name: string, shortName: string | null, kind: OrganizationKind } | null } };

export type OrganizationSubtreePageQueryVariables = Exact<{
  rootId: string;
  page: number;
}>;


export type OrganizationSubtreePageQuery = { items: Array<{ id: string, kind: OrganizationKind, name: string, shortName: string | null, parentId: string | null, depth: number, status: OrganizationStatus, childCount: number }> };

export type SetJointBranchEnterprisesMutationVariables = Exact<{
  jointBranchId: string;
  version: number;
  enterpriseIds: Array<string> | string;
}>;


export type SetJointBranchEnterprisesMutation = { item: { termStartedOn: string | null, termEndsOn: string | null, address: string | null, phone: string | null, createdAt: string, id: string, kind: OrganizationKind, name: string, shortName: string | null, namePinyin: string, parentId: string | null, hostId: string | null, depth: number, status: OrganizationStatus, creditCode: string | null, originProvince: string | null, industry: string | null, employeeCount: number | null, foundedOn: string | null, termState: TermState, archivedAt: string | null, version: number, updatedAt: string, childCount: number, enterpriseCount: number, jointEnterprises: Array<{ id: string, name: string }>, host: { id: string, name: string, kind: OrganizationKind } | null, ancestors: Array<{ id: string, name: string, shortName: string | null, kind: OrganizationKind }>, parent: { id: string, name: string, shortName: string | null, kind: OrganizationKind } | null } };

export type HomeDashboardQueryVariables = Exact<{
  year?: number | null | undefined;
}>;


export type HomeDashboardQuery = { item: { year: number, asOf: string, chambers: number, organizationCoverage: number, workCoverage: number, chamberCoverage: number, openCases: number, trainingSeats: number, trainingCompleted: number, trainingCompletionRate: number, lettersSigned: number, assessed: number, averageAssessment: number | null, venueUnits: number, venuesCompliant: number, meetings: { organizations: number, average: number, regular: number, partial: number, irregular: number, annualOnly: number }, pipeline: Array<{ stage: CaseStage, count: number }>, overdue: Array<{ kind: OverdueKind, count: number }>, coverageByChamber: Array<{ chamberId: string, chamberName: string, value: number, second: number | null }>, trainingByChamber: Array<{ chamberId: string, chamberName: string, value: number, second: number | null }>, assessmentByChamber: Array<{ chamberId: string, chamberName: string, value: number }> } };

export type MeetingItemFragment = { id: string, organizationId: string, type: MeetingType, topic: string, plannedOn: string, heldOn: string | null, status: MeetingStatus, location: string | null, expectedCount: number | null, attendedCount: number | null, attendanceRate: number | null, minutes: string | null, version: number, organization: { id: string, name: string } | null };

export type MeetingListQueryVariables = Exact<{
  page?: number | null | undefined;
  perPage?: number | null | undefined;
  sortField?: string | null | undefined;
  sortOrder?: string | null | undefined;
  filter?: MeetingFilter | null | undefined;
}>;


export type MeetingListQuery = { items: Array<{ id: string, organizationId: string, type: MeetingType, topic: string, plannedOn: string, heldOn: string | null, status: MeetingStatus, location: string | null, expectedCount: number | null, attendedCount: number | null, attendanceRate: number | null, minutes: string | null, version: number, organization: { id: string, name: string } | null }>, total: { count: number } };

export type MeetingsByIdsQueryVariables = Exact<{
  ids: Array<string> | string;
}>;


export type MeetingsByIdsQuery = { items: Array<{ id: string, organizationId: string, type: MeetingType, topic: string, plannedOn: string, heldOn: string | null, status: MeetingStatus, location: string | null, expectedCount: number | null, attendedCount: number | null, attendanceRate: number | null, minutes: string | null, version: number, organization: { id: string, name: string } | null }> };

export type MeetingByIdQueryVariables = Exact<{
  id: string;
}>;


export type MeetingByIdQuery = { item: { id: string, organizationId: string, type: MeetingType, topic: string, plannedOn: string, heldOn: string | null, status: MeetingStatus, location: string | null, expectedCount: number | null, attendedCount: number | null, attendanceRate: number | null, minutes: string | null, version: number, organization: { id: string, name: string } | null } | null };

export type CreateMeetingMutationVariables = Exact<{
  organizationId: string;
  type: MeetingType;
  topic: string;
  plannedOn: string;
  location?: string | null | undefined;
  expectedCount?: number | null | undefined;
}>;


export type CreateMeetingMutation = { item: { id: string, organizationId: string, type: MeetingType, topic: string, plannedOn: string, heldOn: string | null, status: MeetingStatus, location: string | null, expectedCount: number | null, attendedCount: number | null, attendanceRate: number | null, minutes: string | null, version: number, organization: { id: string, name: string } | null } };

export type UpdateMeetingMutationVariables = Exact<{
  id: string;
  version: number;
  topic?: string | null | undefined;
  plannedOn?: string | null | undefined;
  location?: string | null | undefined;
  expectedCount?: number | null | undefined;
}>;


export type UpdateMeetingMutation = { item: { id: string, organizationId: string, type: MeetingType, topic: string, plannedOn: string, heldOn: string | null, status: MeetingStatus, location: string | null, expectedCount: number | null, attendedCount: number | null, attendanceRate: number | null, minutes: string | null, version: number, organization: { id: string, name: string } | null } };

export type RecordMeetingHeldMutationVariables = Exact<{
  id: string;
  version: number;
  heldOn: string;
  attendedCount: number;
  expectedCount?: number | null | undefined;
  minutes?: string | null | undefined;
}>;


export type RecordMeetingHeldMutation = { item: { id: string, organizationId: string, type: MeetingType, topic: string, plannedOn: string, heldOn: string | null, status: MeetingStatus, location: string | null, expectedCount: number | null, attendedCount: number | null, attendanceRate: number | null, minutes: string | null, version: number, organization: { id: string, name: string } | null } };

export type CancelMeetingMutationVariables = Exact<{
  id: string;
  version: number;
}>;


export type CancelMeetingMutation = { item: { id: string, organizationId: string, type: MeetingType, topic: string, plannedOn: string, heldOn: string | null, status: MeetingStatus, location: string | null, expectedCount: number | null, attendedCount: number | null, attendanceRate: number | null, minutes: string | null, version: number, organization: { id: string, name: string } | null } };

export type MeetingRegularityQueryVariables = Exact<{
  year: number;
  withinOrganization?: string | null | undefined;
  annualOnly?: boolean | null | undefined;
  page?: number | null | undefined;
  perPage?: number | null | undefined;
}>;


export type MeetingRegularityQuery = { page: { total: number, items: Array<{ organizationId: string, organizationName: string, organizationKind: OrganizationKind, elapsedPeriods: number, compliantPeriods: number, regularity: number, heldMeetings: number, annualOnly: boolean }> } };

export type RectificationItemFragment = { id: string, organizationId: string, state: RectificationState, problems: string, measures: string | null, identifiedOn: string, acceptedOn: string | null, acceptanceNote: string | null, closedOn: string | null, version: number, organization: { id: string, name: string } | null };

export type RectificationListQueryVariables = Exact<{
  page?: number | null | undefined;
  perPage?: number | null | undefined;
  sortField?: string | null | undefined;
  sortOrder?: string | null | undefined;
  filter?: RectificationFilter | null | undefined;
}>;


export type RectificationListQuery = { items: Array<{ id: string, organizationId: string, state: RectificationState, problems: string, measures: string | null, identifiedOn: string, acceptedOn: string | null, acceptanceNote: string | null, closedOn: string | null, version: number, organization: { id: string, name: string } | null }>, total: { count: number } };

export type RectificationsByIdsQueryVariables = Exact<{
  ids: Array<string> | string;
}>;


export type RectificationsByIdsQuery = { items: Array<{ id: string, organizationId: string, state: RectificationState, problems: string, measures: string | null, identifiedOn: string, acceptedOn: string | null, acceptanceNote: string | null, closedOn: string | null, version: number, organization: { id: string, name: string } | null }> };

export type CoverageQueryVariables = Exact<{
  withinOrganization?: string | null | undefined;
}>;


export type CoverageQuery = { coverage: { enterprises: number, enterprisesWithMembers: number, organizationCovered: number, organizationCoverage: number, workCovered: number, workCoverage: number, chambers: number, chambersWithPartyOrganization: number, chamberCoverage: number, byChamber: Array<{ chamberId: string, chamberName: string, hasPartyOrganization: boolean, enterprises: number, enterprisesWithMembers: number, organizationCovered: number, organizationCoverage: number, workCovered: number, workCoverage: number }> } };

export type UncoveredEnterprisesQueryVariables = Exact<{
  withinOrganization?: string | null | undefined;
  missing?: CoverageGap | null | undefined;
  page?: number | null | undefined;
  perPage?: number | null | undefined;
}>;


export type UncoveredEnterprisesQuery = { page: { total: number, items: Array<{ id: string, name: string, chamberId: string, members: number, missingOrganization: boolean, missingWork: boolean }> } };

export type VenueComplianceQueryVariables = Exact<{
  withinOrganization?: string | null | undefined;
  shortOnly?: boolean | null | undefined;
  page?: number | null | undefined;
  perPage?: number | null | undefined;
}>;


export type VenueComplianceQuery = { page: { total: number, items: Array<{ organizationId: string, organizationName: string, kind: OrganizationKind, members: number, requiredStandard: VenueStandard, compliant: boolean, venueId: string | null, missing: Array<string> }> } };

export type ResponsibilityLettersQueryVariables = Exact<{
  year: number;
  page?: number | null | undefined;
  perPage?: number | null | undefined;
}>;


export type ResponsibilityLettersQuery = { items: Array<{ id: string, chamberId: string, year: number, signedOn: string, signatory: string, chamber: { id: string, name: string } | null, targets: Array<{ area: FocusArea, target: string }> }>, total: { count: number } };

export type ChambersWithoutLetterQueryVariables = Exact<{
  year: number;
  page?: number | null | undefined;
  perPage?: number | null | undefined;
}>;


export type ChambersWithoutLetterQuery = { page: { total: number, items: Array<{ id: string, name: string }> } };

export type SignResponsibilityLetterMutationVariables = Exact<{
  chamberId: string;
  year: number;
  signedOn: string;
  signatory: string;
  targets: Array<LetterTargetInput> | LetterTargetInput;
}>;


export type SignResponsibilityLetterMutation = { item: { id: string } };

export type AssessmentsQueryVariables = Exact<{
  year: number;
  page?: number | null | undefined;
  perPage?: number | null | undefined;
}>;


export type AssessmentsQuery = { items: Array<{ id: string, chamberId: string, year: number, assessedOn: string, total: number, comment: string | null, version: number, chamber: { id: string, name: string } | null, scores: Array<{ area: FocusArea, score: number, weight: number, note: string | null }> }>, total: { count: number }, weights: Array<{ area: FocusArea, weight: number }> };

export type ChambersNotAssessedQueryVariables = Exact<{
  year: number;
  page?: number | null | undefined;
  perPage?: number | null | undefined;
}>;


export type ChambersNotAssessedQuery = { page: { total: number, items: Array<{ id: string, name: string }> } };

export type RecordAssessmentMutationVariables = Exact<{
  chamberId: string;
  year: number;
  assessedOn: string;
  scores: Array<AreaScoreInput> | AreaScoreInput;
  comment?: string | null | undefined;
}>;


export type RecordAssessmentMutation = { item: { id: string, total: number } };

export type UpdateAssessmentMutationVariables = Exact<{
  id: string;
  version: number;
  assessedOn?: string | null | undefined;
  scores?: Array<AreaScoreInput> | AreaScoreInput | null | undefined;
  comment?: string | null | undefined;
}>;


export type UpdateAssessmentMutation = { item: { id: string, total: number, version: number } };

export type VenueItemFragment = { id: string, organizationId: string, name: string, standard: VenueStandard, address: string | null, areaSqm: number | null, checkedOn: string | null, version: number, checks: Array<{ code: string, ok: boolean, note: string | null }>, photos: Array<{ id: string, url: string, thumbnailUrl: string, width: number, height: number }> };

export type VenuesOfQueryVariables = Exact<{
  organizationId?: string | null | undefined;
}>;


export type VenuesOfQuery = { items: Array<{ id: string, organizationId: string, name: string, standard: VenueStandard, address: string | null, areaSqm: number | null, checkedOn: string | null, version: number, checks: Array<{ code: string, ok: boolean, note: string | null }>, photos: Array<{ id: string, url: string, thumbnailUrl: string, width: number, height: number }> }>, fourHaves: Array<{ code: string, label: string }>, full: Array<{ code: string, label: string }>, massRoom: Array<{ code: string, label: string }> };

export type CreateVenueMutationVariables = Exact<{
  organizationId: string;
  standard: VenueStandard;
  name: string;
  address?: string | null | undefined;
  areaSqm?: number | null | undefined;
}>;


export type CreateVenueMutation = { item: { id: string, organizationId: string, name: string, standard: VenueStandard, address: string | null, areaSqm: number | null, checkedOn: string | null, version: number, checks: Array<{ code: string, ok: boolean, note: string | null }>, photos: Array<{ id: string, url: string, thumbnailUrl: string, width: number, height: number }> } };

export type InspectVenueMutationVariables = Exact<{
  id: string;
  version: number;
  checkedOn: string;
  checks: Array<VenueCheckInput> | VenueCheckInput;
}>;


export type InspectVenueMutation = { item: { id: string, organizationId: string, name: string, standard: VenueStandard, address: string | null, areaSqm: number | null, checkedOn: string | null, version: number, checks: Array<{ code: string, ok: boolean, note: string | null }>, photos: Array<{ id: string, url: string, thumbnailUrl: string, width: number, height: number }> } };

export type RemoveVenuePhotoMutationVariables = Exact<{
  id: string;
}>;


export type RemoveVenuePhotoMutation = { item: { id: string, organizationId: string, name: string, standard: VenueStandard, address: string | null, areaSqm: number | null, checkedOn: string | null, version: number, checks: Array<{ code: string, ok: boolean, note: string | null }>, photos: Array<{ id: string, url: string, thumbnailUrl: string, width: number, height: number }> } };

export type RulesItemFragment = { branchMinFullMembers: number, generalBranchAboveMembers: number, committeeMinMembers: number, jointBranchMaxEnterprises: number, committeeTermYears: number, branchTermYears: number, termDueSoonMonths: number, fullVenueMinMembers: number };

export type OversightSettingsQueryVariables = Exact<{
  year: number;
}>;


export type OversightSettingsQuery = { rules: { branchMinFullMembers: number, generalBranchAboveMembers: number, committeeMinMembers: number, jointBranchMaxEnterprises: number, committeeTermYears: number, branchTermYears: number, termDueSoonMonths: number, fullVenueMinMembers: number }, requirements: Array<{ organizationKind: OrganizationKind, type: MeetingType, period: MeetingPeriod, minCount: number }>, weights: Array<{ area: FocusArea, weight: number }> };

export type SetOrganizationRulesMutationVariables = Exact<{
  branchMinFullMembers?: number | null | undefined;
  generalBranchAboveMembers?: number | null | undefined;
  committeeMinMembers?: number | null | undefined;
  jointBranchMaxEnterprises?: number | null | undefined;
  committeeTermYears?: number | null | undefined;
  branchTermYears?: number | null | undefined;
  termDueSoonMonths?: number | null | undefined;
  fullVenueMinMembers?: number | null | undefined;
}>;


export type SetOrganizationRulesMutation = { rules: { branchMinFullMembers: number, generalBranchAboveMembers: number, committeeMinMembers: number, jointBranchMaxEnterprises: number, committeeTermYears: number, branchTermYears: number, termDueSoonMonths: number, fullVenueMinMembers: number } };

export type SetAssessmentWeightsMutationVariables = Exact<{
  year: number;
  weights: Array<AreaWeightInput> | AreaWeightInput;
}>;


export type SetAssessmentWeightsMutation = { weights: Array<{ area: FocusArea, weight: number }> };

export type SetMeetingRequirementMutationVariables = Exact<{
  organizationKind: OrganizationKind;
  type: MeetingType;
  period: MeetingPeriod;
  minCount: number;
}>;


export type SetMeetingRequirementMutation = { requirements: Array<{ organizationKind: OrganizationKind, type: MeetingType, period: MeetingPeriod, minCount: number }> };

export type PersonListItemFragment = { id: string, name: string, namePinyin: string, gender: Gender | null, birthDate: string | null, education: Education | null, phone: string | null, nationalId: string | null, organizationId: string, employerId: string | null, posts: string | null, membershipStatus: MembershipStatus, relation: MembershipRelation, admittedOn: string | null, fullMemberSince: string | null, votes: boolean, archivedAt: string | null, version: number, updatedAt: string, organization: { id: string, name: string, shortName: string | null, kind: OrganizationKind } | null, employer: { id: string, name: string, shortName: string | null } | null };

export type PersonDetailFragment = { ethnicity: string | null, createdAt: string, id: string, name: string, namePinyin: string, gender: Gender | null, birthDate: string | null, education: Education | null, phone: string | null, nationalId: string | null, organizationId: string, employerId: string | null, posts: string | null, membershipStatus: MembershipStatus, relation: MembershipRelation, admittedOn: string | null, fullMemberSince: string | null, votes: boolean, archivedAt: string | null, version: number, updatedAt: string, organization: { id: string, name: string, shortName: string | null, kind: OrganizationKind } | null, employer: { id: string, name: string, shortName: string | null } | null };

export type PersonListQueryVariables = Exact<{
  page?: number | null | undefined;
  perPage?: number | null | undefined;
  sortField?: string | null | undefined;
  sortOrder?: string | null | undefined;
  filter?: PersonFilter | null | undefined;
}>;


export type PersonListQuery = { items: Array<{ id: string, name: string, namePinyin: string, gender: Gender | null, birthDate: string | null, education: Education | null, phone: string | null, nationalId: string | null, organizationId: string, employerId: string | null, posts: string | null, membershipStatus: MembershipStatus, relation: MembershipRelation, admittedOn: string | null, fullMemberSince: string | null, votes: boolean, archivedAt: string | null, version: number, updatedAt: string, organization: { id: string, name: string, shortName: string | null, kind: OrganizationKind } | null, employer: { id: string, name: string, shortName: string | null } | null }>, total: { count: number } };

export type PeopleByIdsQueryVariables = Exact<{
  ids: Array<string> | string;
}>;


export type PeopleByIdsQuery = { items: Array<{ id: string, name: string, namePinyin: string, gender: Gender | null, birthDate: string | null, education: Education | null, phone: string | null, nationalId: string | null, organizationId: string, employerId: string | null, posts: string | null, membershipStatus: MembershipStatus, relation: MembershipRelation, admittedOn: string | null, fullMemberSince: string | null, votes: boolean, archivedAt: string | null, version: number, updatedAt: string, organization: { id: string, name: string, shortName: string | null, kind: OrganizationKind } | null, employer: { id: string, name: string, shortName: string | null } | null }> };

export type PersonByIdQueryVariables = Exact<{
  id: string;
}>;


export type PersonByIdQuery = { item: { ethnicity: string | null, createdAt: string, id: string, name: string, namePinyin: string, gender: Gender | null, birthDate: string | null, education: Education | null, phone: string | null, nationalId: string | null, organizationId: string, employerId: string | null, posts: string | null, membershipStatus: MembershipStatus, relation: MembershipRelation, admittedOn: string | null, fullMemberSince: string | null, votes: boolean, archivedAt: string | null, version: number, updatedAt: string, organization: { id: string, name: string, shortName: string | null, kind: OrganizationKind } | null, employer: { id: string, name: string, shortName: string | null } | null } | null };

export type CreatePersonMutationVariables = Exact<{
  name: string;
  organizationId: string;
  gender?: Gender | null | undefined;
  birthDate?: string | null | undefined;
  ethnicity?: string | null | undefined;
  education?: Education | null | undefined;
  phone?: string | null | undefined;
  nationalId?: string | null | undefined;
  employerId?: string | null | undefined;
  posts?: string | null | undefined;
  membershipStatus?: MembershipStatus | null | undefined;
  relation?: MembershipRelation | null | undefined;
  admittedOn?: string | null | undefined;
  fullMemberSince?: string | null | undefined;
}>;


export type CreatePersonMutation = { item: { ethnicity: string | null, createdAt: string, id: string, name: string, namePinyin: string, gender: Gender | null, birthDate: string | null, education: Education | null, phone: string | null, nationalId: string | null, organizationId: string, employerId: string | null, posts: string | null, membershipStatus: MembershipStatus, relation: MembershipRelation, admittedOn: string | null, fullMemberSince: string | null, votes: boolean, archivedAt: string | null, version: number, updatedAt: string, organization: { id: string, name: string, shortName: string | null, kind: OrganizationKind } | null, employer: { id: string, name: string, shortName: string | null } | null } };

export type UpdatePersonMutationVariables = Exact<{
  id: string;
  version: number;
  name?: string | null | undefined;
  organizationId?: string | null | undefined;
  gender?: Gender | null | undefined;
  birthDate?: string | null | undefined;
  ethnicity?: string | null | undefined;
  education?: Education | null | undefined;
  phone?: string | null | undefined;
  nationalId?: string | null | undefined;
  employerId?: string | null | undefined;
  posts?: string | null | undefined;
  membershipStatus?: MembershipStatus | null | undefined;
  relation?: MembershipRelation | null | undefined;
  admittedOn?: string | null | undefined;
  fullMemberSince?: string | null | undefined;
}>;


export type UpdatePersonMutation = { item: { ethnicity: string | null, createdAt: string, id: string, name: string, namePinyin: string, gender: Gender | null, birthDate: string | null, education: Education | null, phone: string | null, nationalId: string | null, organizationId: string, employerId: string | null, posts: string | null, membershipStatus: MembershipStatus, relation: MembershipRelation, admittedOn: string | null, fullMemberSince: string | null, votes: boolean, archivedAt: string | null, version: number, updatedAt: string, organization: { id: string, name: string, shortName: string | null, kind: OrganizationKind } | null, employer: { id: string, name: string, shortName: string | null } | null } };

export type DeletePersonMutationVariables = Exact<{
  id: string;
  version?: number | null | undefined;
}>;


export type DeletePersonMutation = { item: { id: string, name: string } };

export type ArchivePersonMutationVariables = Exact<{
  id: string;
  version: number;
}>;


export type ArchivePersonMutation = { item: { ethnicity: string | null, createdAt: string, id: string, name: string, namePinyin: string, gender: Gender | null, birthDate: string | null, education: Education | null, phone: string | null, nationalId: string | null, organizationId: string, employerId: string | null, posts: string | null, membershipStatus: MembershipStatus, relation: MembershipRelation, admittedOn: string | null, fullMemberSince: string | null, votes: boolean, archivedAt: string | null, version: number, updatedAt: string, organization: { id: string, name: string, shortName: string | null, kind: OrganizationKind } | null, employer: { id: string, name: string, shortName: string | null } | null } };

export type RestorePersonMutationVariables = Exact<{
  id: string;
  version: number;
}>;


export type RestorePersonMutation = { item: { ethnicity: string | null, createdAt: string, id: string, name: string, namePinyin: string, gender: Gender | null, birthDate: string | null, education: Education | null, phone: string | null, nationalId: string | null, organizationId: string, employerId: string | null, posts: string | null, membershipStatus: MembershipStatus, relation: MembershipRelation, admittedOn: string | null, fullMemberSince: string | null, votes: boolean, archivedAt: string | null, version: number, updatedAt: string, organization: { id: string, name: string, shortName: string | null, kind: OrganizationKind } | null, employer: { id: string, name: string, shortName: string | null } | null } };

export type ImportOutcomeItemFragment = { rows: number, created: number, problems: Array<{ row: number, field: string, column: string | null, constraint: string, message: string }>, preview: Array<{ row: number, name: string | null, organization: string | null, employer: string | null, nationalId: string | null, gender: Gender | null, birthDate: string | null, phone: string | null, membershipStatus: MembershipStatus | null, relation: MembershipRelation | null, admittedOn: string | null, fullMemberSince: string | null }> };

export type PreviewPeopleImportMutationVariables = Exact<{
  fileName: string;
  contentBase64: string;
}>;


export type PreviewPeopleImportMutation = { outcome: { rows: number, created: number, problems: Array<{ row: number, field: string, column: string | null, constraint: string, message: string }>, preview: Array<{ row: number, name: string | null, organization: string | null, employer: string | null, nationalId: string | null, gender: Gender | null, birthDate: string | null, phone: string | null, membershipStatus: MembershipStatus | null, relation: MembershipRelation | null, admittedOn: string | null, fullMemberSince: string | null }> } };

export type ImportPeopleMutationVariables = Exact<{
  fileName: string;
  contentBase64: string;
}>;


export type ImportPeopleMutation = { outcome: { rows: number, created: number, problems: Array<{ row: number, field: string, column: string | null, constraint: string, message: string }>, preview: Array<{ row: number, name: string | null, organization: string | null, employer: string | null, nationalId: string | null, gender: Gender | null, birthDate: string | null, phone: string | null, membershipStatus: MembershipStatus | null, relation: MembershipRelation | null, admittedOn: string | null, fullMemberSince: string | null }> } };

export type RevealNationalIdMutationVariables = Exact<{
  id: string;
}>;


export type RevealNationalIdMutation = { nationalId: string | null };

export type ReminderItemFragment = { id: string, kind: ReminderKind, subjectType: ReminderSubject, subjectId: string, organizationId: string | null, label: string, dueOn: string, occurrence: number, createdAt: string, readAt: string | null };

export type MyRemindersQueryVariables = Exact<{
  unreadOnly?: boolean | null | undefined;
  page?: number | null | undefined;
  perPage?: number | null | undefined;
}>;


export type MyRemindersQuery = { unread: number, page: { total: number, items: Array<{ id: string, kind: ReminderKind, subjectType: ReminderSubject, subjectId: string, organizationId: string | null, label: string, dueOn: string, occurrence: number, createdAt: string, readAt: string | null }> } };

export type UnreadReminderCountQueryVariables = Exact<{ [key: string]: never; }>;


export type UnreadReminderCountQuery = { unread: number };

export type MarkRemindersReadMutationVariables = Exact<{
  ids: Array<string> | string;
}>;


export type MarkRemindersReadMutation = { item: { marked: number, unread: number } };

export type ReminderRuleItemFragment = { kind: ReminderKind, enabled: boolean, offsetDays: number, repeatDays: number, recipients: Array<ReminderRecipient>, channels: Array<DeliveryChannel>, version: number, updatedAt: string | null };

export type ReminderRulesQueryVariables = Exact<{ [key: string]: never; }>;


export type ReminderRulesQuery = { items: Array<{ kind: ReminderKind, enabled: boolean, offsetDays: number, repeatDays: number, recipients: Array<ReminderRecipient>, channels: Array<DeliveryChannel>, version: number, updatedAt: string | null }> };

export type UpdateReminderRuleMutationVariables = Exact<{
  kind: ReminderKind;
  enabled: boolean;
  offsetDays: number;
  repeatDays: number;
  recipients: Array<ReminderRecipient> | ReminderRecipient;
  channels: Array<DeliveryChannel> | DeliveryChannel;
}>;


export type UpdateReminderRuleMutation = { item: { kind: ReminderKind, enabled: boolean, offsetDays: number, repeatDays: number, recipients: Array<ReminderRecipient>, channels: Array<DeliveryChannel>, version: number, updatedAt: string | null } };

export type ReminderChannelsQueryVariables = Exact<{ [key: string]: never; }>;


export type ReminderChannelsQuery = { channels: { emailConfigured: boolean, digestHour: number } };

export type ReminderWebhookItemFragment = { id: string, organizationId: string | null, kind: WebhookKind, name: string, enabled: boolean, version: number, createdAt: string, updatedAt: string };

export type ReminderWebhooksQueryVariables = Exact<{ [key: string]: never; }>;


export type ReminderWebhooksQuery = { items: Array<{ id: string, organizationId: string | null, kind: WebhookKind, name: string, enabled: boolean, version: number, createdAt: string, updatedAt: string }> };

export type CreateReminderWebhookMutationVariables = Exact<{
  organizationId?: string | null | undefined;
  kind: WebhookKind;
  name: string;
  url: string;
  secret?: string | null | undefined;
}>;


export type CreateReminderWebhookMutation = { item: { id: string, organizationId: string | null, kind: WebhookKind, name: string, enabled: boolean, version: number, createdAt: string, updatedAt: string } };

export type UpdateReminderWebhookMutationVariables = Exact<{
  id: string;
  version: number;
  name?: string | null | undefined;
  url?: string | null | undefined;
  secret?: string | null | undefined;
  enabled?: boolean | null | undefined;
}>;


export type UpdateReminderWebhookMutation = { item: { id: string, organizationId: string | null, kind: WebhookKind, name: string, enabled: boolean, version: number, createdAt: string, updatedAt: string } };

export type DeleteReminderWebhookMutationVariables = Exact<{
  id: string;
  version: number;
}>;


export type DeleteReminderWebhookMutation = { item: { id: string } };

export type ReminderDeliveriesQueryVariables = Exact<{
  status?: DeliveryStatus | null | undefined;
  page?: number | null | undefined;
  perPage?: number | null | undefined;
}>;


export type ReminderDeliveriesQuery = { page: { total: number, items: Array<{ id: string, channel: DeliveryChannel, recipient: string, day: string, reminderCount: number, status: DeliveryStatus, attempts: number, nextAttemptAt: string | null, lastError: string | null, sentAt: string | null, createdAt: string }> } };

export type ReportListItemFragment = { id: string, reference: string, organizationId: string, noticeId: string | null, caseId: string | null, channel: ReportChannel, anonymous: boolean, reporterName: string | null, reporterContact: string | null, content: string, receivedOn: string, status: ReportStatus, finding: ReportFinding | null, findingNote: string | null, decision: string | null, closedOn: string | null, version: number, updatedAt: string, notice: { id: string, title: string } | null, case: { id: string, stage: CaseStage, person: { id: string, name: string } | null } | null };

export type ReportListQueryVariables = Exact<{
  page?: number | null | undefined;
  perPage?: number | null | undefined;
  sortField?: string | null | undefined;
  sortOrder?: string | null | undefined;
  filter?: ReportFilter | null | undefined;
}>;


export type ReportListQuery = { items: Array<{ id: string, reference: string, organizationId: string, noticeId: string | null, caseId: string | null, channel: ReportChannel, anonymous: boolean, reporterName: string | null, reporterContact: string | null, content: string, receivedOn: string, status: ReportStatus, finding: ReportFinding | null, findingNote: string | null, decision: string | null, closedOn: string | null, version: number, updatedAt: string, notice: { id: string, title: string } | null, case: { id: string, stage: CaseStage, person: { id: string, name: string } | null } | null }>, total: { count: number } };

export type ReportsByIdsQueryVariables = Exact<{
  ids: Array<string> | string;
}>;


export type ReportsByIdsQuery = { items: Array<{ id: string, reference: string, organizationId: string, noticeId: string | null, caseId: string | null, channel: ReportChannel, anonymous: boolean, reporterName: string | null, reporterContact: string | null, content: string, receivedOn: string, status: ReportStatus, finding: ReportFinding | null, findingNote: string | null, decision: string | null, closedOn: string | null, version: number, updatedAt: string, notice: { id: string, title: string } | null, case: { id: string, stage: CaseStage, person: { id: string, name: string } | null } | null }> };

export type ReportByIdQueryVariables = Exact<{
  id: string;
}>;


export type ReportByIdQuery = { item: { createdAt: string, id: string, reference: string, organizationId: string, noticeId: string | null, caseId: string | null, channel: ReportChannel, anonymous: boolean, reporterName: string | null, reporterContact: string | null, content: string, receivedOn: string, status: ReportStatus, finding: ReportFinding | null, findingNote: string | null, decision: string | null, closedOn: string | null, version: number, updatedAt: string, notice: { id: string, title: string } | null, case: { id: string, stage: CaseStage, person: { id: string, name: string } | null } | null } | null };

export type RecordReportMutationVariables = Exact<{
  channel: ReportChannel;
  noticeId?: string | null | undefined;
  caseId?: string | null | undefined;
  content: string;
  anonymous?: boolean | null | undefined;
  reporterName?: string | null | undefined;
  reporterContact?: string | null | undefined;
  receivedOn: string;
}>;


export type RecordReportMutation = { item: { id: string, reference: string, organizationId: string, noticeId: string | null, caseId: string | null, channel: ReportChannel, anonymous: boolean, reporterName: string | null, reporterContact: string | null, content: string, receivedOn: string, status: ReportStatus, finding: ReportFinding | null, findingNote: string | null, decision: string | null, closedOn: string | null, version: number, updatedAt: string, notice: { id: string, title: string } | null, case: { id: string, stage: CaseStage, person: { id: string, name: string } | null } | null } };

export type StartReportVerificationMutationVariables = Exact<{
  id: string;
  version: number;
}>;


export type StartReportVerificationMutation = { item: { id: string, reference: string, organizationId: string, noticeId: string | null, caseId: string | null, channel: ReportChannel, anonymous: boolean, reporterName: string | null, reporterContact: string | null, content: string, receivedOn: string, status: ReportStatus, finding: ReportFinding | null, findingNote: string | null, decision: string | null, closedOn: string | null, version: number, updatedAt: string, notice: { id: string, title: string } | null, case: { id: string, stage: CaseStage, person: { id: string, name: string } | null } | null } };

export type ConcludeReportMutationVariables = Exact<{
  id: string;
  version: number;
  finding: ReportFinding;
  note: string;
}>;


export type ConcludeReportMutation = { item: { id: string, reference: string, organizationId: string, noticeId: string | null, caseId: string | null, channel: ReportChannel, anonymous: boolean, reporterName: string | null, reporterContact: string | null, content: string, receivedOn: string, status: ReportStatus, finding: ReportFinding | null, findingNote: string | null, decision: string | null, closedOn: string | null, version: number, updatedAt: string, notice: { id: string, title: string } | null, case: { id: string, stage: CaseStage, person: { id: string, name: string } | null } | null } };

export type CloseReportMutationVariables = Exact<{
  id: string;
  version: number;
  on: string;
  decision?: string | null | undefined;
}>;


export type CloseReportMutation = { item: { id: string, reference: string, organizationId: string, noticeId: string | null, caseId: string | null, channel: ReportChannel, anonymous: boolean, reporterName: string | null, reporterContact: string | null, content: string, receivedOn: string, status: ReportStatus, finding: ReportFinding | null, findingNote: string | null, decision: string | null, closedOn: string | null, version: number, updatedAt: string, notice: { id: string, title: string } | null, case: { id: string, stage: CaseStage, person: { id: string, name: string } | null } | null } };

export type ProgramItemFragment = { id: string, title: string, year: number, organizerId: string | null, description: string | null, archivedAt: string | null, version: number, updatedAt: string, organizer: { id: string, name: string, shortName: string | null } | null };

export type ProgramListQueryVariables = Exact<{
  page?: number | null | undefined;
  perPage?: number | null | undefined;
  sortField?: string | null | undefined;
  sortOrder?: string | null | undefined;
  filter?: TrainingProgramFilter | null | undefined;
}>;


export type ProgramListQuery = { items: Array<{ id: string, title: string, year: number, organizerId: string | null, description: string | null, archivedAt: string | null, version: number, updatedAt: string, organizer: { id: string, name: string, shortName: string | null } | null }>, total: { count: number } };

export type ProgramsByIdsQueryVariables = Exact<{
  ids: Array<string> | string;
}>;


export type ProgramsByIdsQuery = { items: Array<{ id: string, title: string, year: number, organizerId: string | null, description: string | null, archivedAt: string | null, version: number, updatedAt: string, organizer: { id: string, name: string, shortName: string | null } | null }> };

export type ProgramByIdQueryVariables = Exact<{
  id: string;
}>;


export type ProgramByIdQuery = { item: { id: string, title: string, year: number, organizerId: string | null, description: string | null, archivedAt: string | null, version: number, updatedAt: string, organizer: { id: string, name: string, shortName: string | null } | null } | null };

export type CreateTrainingProgramMutationVariables = Exact<{
  title: string;
  year: number;
  organizerId: string;
  description?: string | null | undefined;
}>;


export type CreateTrainingProgramMutation = { item: { id: string, title: string, year: number, organizerId: string | null, description: string | null, archivedAt: string | null, version: number, updatedAt: string, organizer: { id: string, name: string, shortName: string | null } | null } };

export type UpdateTrainingProgramMutationVariables = Exact<{
  id: string;
  version: number;
  title?: string | null | undefined;
  year?: number | null | undefined;
  description?: string | null | undefined;
}>;


export type UpdateTrainingProgramMutation = { item: { id: string, title: string, year: number, organizerId: string | null, description: string | null, archivedAt: string | null, version: number, updatedAt: string, organizer: { id: string, name: string, shortName: string | null } | null } };

export type ClassItemFragment = { id: string, programId: string, organizerId: string | null, title: string, audience: string | null, venue: string | null, online: boolean, startsOn: string, endsOn: string, capacity: number, waitlist: boolean, enrollmentOpensOn: string, enrollmentClosesOn: string, requiredHours: number, totalHours: number, status: ClassStatus, seated: number, waitlisted: number, version: number, updatedAt: string, program: { id: string, title: string } | null, organizer: { id: string, name: string, shortName: string | null } | null };

export type ClassDetailFragment = { id: string, programId: string, organizerId: string | null, title: string, audience: string | null, venue: string | null, online: boolean, startsOn: string, endsOn: string, capacity: number, waitlist: boolean, enrollmentOpensOn: string, enrollmentClosesOn: string, requiredHours: number, totalHours: number, status: ClassStatus, seated: number, waitlisted: number, version: number, updatedAt: string, sessions: Array<{ id: string, date: string, hours: number, topic: string | null, checkInCode: string | null }>, quotas: Array<{ id: string, chamberId: string, seats: number }>, stats: { capacity: number, seated: number, waitlisted: number, cancelled: number, fillRate: number, attendanceRate: number, completed: number, completionRate: number, byChamber: Array<{ chamberId: string | null, chamberName: string | null, quota: number | null, seated: number, waitlisted: number, attended: number, completed: number }> }, program: { id: string, title: string } | null, organizer: { id: string, name: string, shortName: string | null } | null };

export type ClassListQueryVariables = Exact<{
  page?: number | null | undefined;
  perPage?: number | null | undefined;
  sortField?: string | null | undefined;
  sortOrder?: string | null | undefined;
  filter?: TrainingClassFilter | null | undefined;
}>;


export type ClassListQuery = { items: Array<{ id: string, programId: string, organizerId: string | null, title: string, audience: string | null, venue: string | null, online: boolean, startsOn: string, endsOn: string, capacity: number, waitlist: boolean, enrollmentOpensOn: string, enrollmentClosesOn: string, requiredHours: number, totalHours: number, status: ClassStatus, seated: number, waitlisted: number, version: number, updatedAt: string, program: { id: string, title: string } | null, organizer: { id: string, name: string, shortName: string | null } | null }>, total: { count: number } };

export type ClassesByIdsQueryVariables = Exact<{
  ids: Array<string> | string;
}>;


export type ClassesByIdsQuery = { items: Array<{ id: string, programId: string, organizerId: string | null, title: string, audience: string | null, venue: string | null, online: boolean, startsOn: string, endsOn: string, capacity: number, waitlist: boolean, enrollmentOpensOn: string, enrollmentClosesOn: string, requiredHours: number, totalHours: number, status: ClassStatus, seated: number, waitlisted: number, version: number, updatedAt: string, program: { id: string, title: string } | null, organizer: { id: string, name: string, shortName: string | null } | null }> };

export type ClassByIdQueryVariables = Exact<{
  id: string;
}>;


export type ClassByIdQuery = { item: { id: string, programId: string, organizerId: string | null, title: string, audience: string | null, venue: string | null, online: boolean, startsOn: string, endsOn: string, capacity: number, waitlist: boolean, enrollmentOpensOn: string, enrollmentClosesOn: string, requiredHours: number, totalHours: number, status: ClassStatus, seated: number, waitlisted: number, version: number, updatedAt: string, sessions: Array<{ id: string, date: string, hours: number, topic: string | null, checkInCode: string | null }>, quotas: Array<{ id: string, chamberId: string, seats: number }>, stats: { capacity: number, seated: number, waitlisted: number, cancelled: number, fillRate: number, attendanceRate: number, completed: number, completionRate: number, byChamber: Array<{ chamberId: string | null, chamberName: string | null, quota: number | null, seated: number, waitlisted: number, attended: number, completed: number }> }, program: { id: string, title: string } | null, organizer: { id: string, name: string, shortName: string | null } | null } | null };

export type CreateTrainingClassMutationVariables = Exact<{
  programId: string;
  title: string;
  capacity: number;
  enrollmentOpensOn: string;
  enrollmentClosesOn: string;
  audience?: string | null | undefined;
  venue?: string | null | undefined;
  online?: boolean | null | undefined;
  waitlist?: boolean | null | undefined;
  requiredHours?: number | null | undefined;
  sessions?: Array<SessionInput> | SessionInput | null | undefined;
  quotas?: Array<QuotaInput> | QuotaInput | null | undefined;
}>;


export type CreateTrainingClassMutation = { item: { id: string, programId: string, organizerId: string | null, title: string, audience: string | null, venue: string | null, online: boolean, startsOn: string, endsOn: string, capacity: number, waitlist: boolean, enrollmentOpensOn: string, enrollmentClosesOn: string, requiredHours: number, totalHours: number, status: ClassStatus, seated: number, waitlisted: number, version: number, updatedAt: string, sessions: Array<{ id: string, date: string, hours: number, topic: string | null, checkInCode: string | null }>, quotas: Array<{ id: string, chamberId: string, seats: number }>, stats: { capacity: number, seated: number, waitlisted: number, cancelled: number, fillRate: number, attendanceRate: number, completed: number, completionRate: number, byChamber: Array<{ chamberId: string | null, chamberName: string | null, quota: number | null, seated: number, waitlisted: number, attended: number, completed: number }> }, program: { id: string, title: string } | null, organizer: { id: string, name: string, shortName: string | null } | null } };

export type UpdateTrainingClassMutationVariables = Exact<{
  id: string;
  version: number;
  title?: string | null | undefined;
  capacity?: number | null | undefined;
  enrollmentOpensOn?: string | null | undefined;
  enrollmentClosesOn?: string | null | undefined;
  audience?: string | null | undefined;
  venue?: string | null | undefined;
  online?: boolean | null | undefined;
  waitlist?: boolean | null | undefined;
  requiredHours?: number | null | undefined;
  sessions?: Array<SessionInput> | SessionInput | null | undefined;
  quotas?: Array<QuotaInput> | QuotaInput | null | undefined;
}>;


export type UpdateTrainingClassMutation = { item: { id: string, programId: string, organizerId: string | null, title: string, audience: string | null, venue: string | null, online: boolean, startsOn: string, endsOn: string, capacity: number, waitlist: boolean, enrollmentOpensOn: string, enrollmentClosesOn: string, requiredHours: number, totalHours: number, status: ClassStatus, seated: number, waitlisted: number, version: number, updatedAt: string, sessions: Array<{ id: string, date: string, hours: number, topic: string | null, checkInCode: string | null }>, quotas: Array<{ id: string, chamberId: string, seats: number }>, stats: { capacity: number, seated: number, waitlisted: number, cancelled: number, fillRate: number, attendanceRate: number, completed: number, completionRate: number, byChamber: Array<{ chamberId: string | null, chamberName: string | null, quota: number | null, seated: number, waitlisted: number, attended: number, completed: number }> }, program: { id: string, title: string } | null, organizer: { id: string, name: string, shortName: string | null } | null } };

export type PublishTrainingClassMutationVariables = Exact<{
  id: string;
  version: number;
}>;


export type PublishTrainingClassMutation = { item: { id: string, programId: string, organizerId: string | null, title: string, audience: string | null, venue: string | null, online: boolean, startsOn: string, endsOn: string, capacity: number, waitlist: boolean, enrollmentOpensOn: string, enrollmentClosesOn: string, requiredHours: number, totalHours: number, status: ClassStatus, seated: number, waitlisted: number, version: number, updatedAt: string, sessions: Array<{ id: string, date: string, hours: number, topic: string | null, checkInCode: string | null }>, quotas: Array<{ id: string, chamberId: string, seats: number }>, stats: { capacity: number, seated: number, waitlisted: number, cancelled: number, fillRate: number, attendanceRate: number, completed: number, completionRate: number, byChamber: Array<{ chamberId: string | null, chamberName: string | null, quota: number | null, seated: number, waitlisted: number, attended: number, completed: number }> }, program: { id: string, title: string } | null, organizer: { id: string, name: string, shortName: string | null } | null } };

export type CancelTrainingClassMutationVariables = Exact<{
  id: string;
  version: number;
}>;


export type CancelTrainingClassMutation = { item: { id: string, programId: string, organizerId: string | null, title: string, audience: string | null, venue: string | null, online: boolean, startsOn: string, endsOn: string, capacity: number, waitlist: boolean, enrollmentOpensOn: string, enrollmentClosesOn: string, requiredHours: number, totalHours: number, status: ClassStatus, seated: number, waitlisted: number, version: number, updatedAt: string, sessions: Array<{ id: string, date: string, hours: number, topic: string | null, checkInCode: string | null }>, quotas: Array<{ id: string, chamberId: string, seats: number }>, stats: { capacity: number, seated: number, waitlisted: number, cancelled: number, fillRate: number, attendanceRate: number, completed: number, completionRate: number, byChamber: Array<{ chamberId: string | null, chamberName: string | null, quota: number | null, seated: number, waitlisted: number, attended: number, completed: number }> }, program: { id: string, title: string } | null, organizer: { id: string, name: string, shortName: string | null } | null } };

export type EnrollmentItemFragment = { id: string, classId: string, personId: string, chamberId: string | null, status: EnrollmentStatus, requestedAt: string, hoursCredited: number, completedAt: string | null, certificateCode: string | null, certificateRevokedAt: string | null, waitlistPosition: number | null, promotedAt: string | null, version: number, person: { id: string, name: string, gender: Gender | null, posts: string | null } | null, class: { id: string, title: string, startsOn: string, endsOn: string } | null, chamber: { id: string, name: string, shortName: string | null } | null };

export type EnrollmentListQueryVariables = Exact<{
  page?: number | null | undefined;
  perPage?: number | null | undefined;
  sortField?: string | null | undefined;
  sortOrder?: string | null | undefined;
  filter?: EnrollmentFilter | null | undefined;
}>;


export type EnrollmentListQuery = { items: Array<{ id: string, classId: string, personId: string, chamberId: string | null, status: EnrollmentStatus, requestedAt: string, hoursCredited: number, completedAt: string | null, certificateCode: string | null, certificateRevokedAt: string | null, waitlistPosition: number | null, promotedAt: string | null, version: number, person: { id: string, name: string, gender: Gender | null, posts: string | null } | null, class: { id: string, title: string, startsOn: string, endsOn: string } | null, chamber: { id: string, name: string, shortName: string | null } | null }>, total: { count: number } };

export type EnrollmentsByIdsQueryVariables = Exact<{
  ids: Array<string> | string;
}>;


export type EnrollmentsByIdsQuery = { items: Array<{ id: string, classId: string, personId: string, chamberId: string | null, status: EnrollmentStatus, requestedAt: string, hoursCredited: number, completedAt: string | null, certificateCode: string | null, certificateRevokedAt: string | null, waitlistPosition: number | null, promotedAt: string | null, version: number, person: { id: string, name: string, gender: Gender | null, posts: string | null } | null, class: { id: string, title: string, startsOn: string, endsOn: string } | null, chamber: { id: string, name: string, shortName: string | null } | null }> };

export type EnrollmentByIdQueryVariables = Exact<{
  id: string;
}>;


export type EnrollmentByIdQuery = { item: { id: string, classId: string, personId: string, chamberId: string | null, status: EnrollmentStatus, requestedAt: string, hoursCredited: number, completedAt: string | null, certificateCode: string | null, certificateRevokedAt: string | null, waitlistPosition: number | null, promotedAt: string | null, version: number, attendances: Array<{ id: string, sessionId: string, method: CheckInMethod, checkedInAt: string }>, person: { id: string, name: string, gender: Gender | null, posts: string | null } | null, class: { id: string, title: string, startsOn: string, endsOn: string } | null, chamber: { id: string, name: string, shortName: string | null } | null } | null };

export type TrainingByChamberQueryVariables = Exact<{
  programId?: string | null | undefined;
  year?: number | null | undefined;
}>;


export type TrainingByChamberQuery = { items: Array<{ chamberId: string | null, chamberName: string | null, seated: number, waitlisted: number, attended: number, completed: number, hours: number, attendanceRate: number, completionRate: number }> };

export type EnrollMutationVariables = Exact<{
  classId: string;
  personId: string;
}>;


export type EnrollMutation = { item: { id: string, classId: string, personId: string, chamberId: string | null, status: EnrollmentStatus, requestedAt: string, hoursCredited: number, completedAt: string | null, certificateCode: string | null, certificateRevokedAt: string | null, waitlistPosition: number | null, promotedAt: string | null, version: number, person: { id: string, name: string, gender: Gender | null, posts: string | null } | null, class: { id: string, title: string, startsOn: string, endsOn: string } | null, chamber: { id: string, name: string, shortName: string | null } | null } };

export type EnrollMyselfMutationVariables = Exact<{
  classId: string;
}>;


export type EnrollMyselfMutation = { item: { id: string, classId: string, personId: string, chamberId: string | null, status: EnrollmentStatus, requestedAt: string, hoursCredited: number, completedAt: string | null, certificateCode: string | null, certificateRevokedAt: string | null, waitlistPosition: number | null, promotedAt: string | null, version: number, person: { id: string, name: string, gender: Gender | null, posts: string | null } | null, class: { id: string, title: string, startsOn: string, endsOn: string } | null, chamber: { id: string, name: string, shortName: string | null } | null } };

export type CancelEnrollmentMutationVariables = Exact<{
  id: string;
}>;


export type CancelEnrollmentMutation = { item: { id: string, classId: string, personId: string, chamberId: string | null, status: EnrollmentStatus, requestedAt: string, hoursCredited: number, completedAt: string | null, certificateCode: string | null, certificateRevokedAt: string | null, waitlistPosition: number | null, promotedAt: string | null, version: number, person: { id: string, name: string, gender: Gender | null, posts: string | null } | null, class: { id: string, title: string, startsOn: string, endsOn: string } | null, chamber: { id: string, name: string, shortName: string | null } | null } };

export type ConfirmEnrollmentsMutationVariables = Exact<{
  ids: Array<string> | string;
}>;


export type ConfirmEnrollmentsMutation = { items: Array<{ id: string, classId: string, personId: string, chamberId: string | null, status: EnrollmentStatus, requestedAt: string, hoursCredited: number, completedAt: string | null, certificateCode: string | null, certificateRevokedAt: string | null, waitlistPosition: number | null, promotedAt: string | null, version: number, person: { id: string, name: string, gender: Gender | null, posts: string | null } | null, class: { id: string, title: string, startsOn: string, endsOn: string } | null, chamber: { id: string, name: string, shortName: string | null } | null }> };

export type MarkEnrollmentsAbsentMutationVariables = Exact<{
  ids: Array<string> | string;
}>;


export type MarkEnrollmentsAbsentMutation = { items: Array<{ id: string, classId: string, personId: string, chamberId: string | null, status: EnrollmentStatus, requestedAt: string, hoursCredited: number, completedAt: string | null, certificateCode: string | null, certificateRevokedAt: string | null, waitlistPosition: number | null, promotedAt: string | null, version: number, person: { id: string, name: string, gender: Gender | null, posts: string | null } | null, class: { id: string, title: string, startsOn: string, endsOn: string } | null, chamber: { id: string, name: string, shortName: string | null } | null }> };

export type MarkAttendanceMutationVariables = Exact<{
  sessionId: string;
  ids: Array<string> | string;
}>;


export type MarkAttendanceMutation = { items: Array<{ id: string, classId: string, personId: string, chamberId: string | null, status: EnrollmentStatus, requestedAt: string, hoursCredited: number, completedAt: string | null, certificateCode: string | null, certificateRevokedAt: string | null, waitlistPosition: number | null, promotedAt: string | null, version: number, person: { id: string, name: string, gender: Gender | null, posts: string | null } | null, class: { id: string, title: string, startsOn: string, endsOn: string } | null, chamber: { id: string, name: string, shortName: string | null } | null }> };

export type CheckInMutationVariables = Exact<{
  sessionId: string;
  code: string;
}>;


export type CheckInMutation = { item: { id: string, classId: string, personId: string, chamberId: string | null, status: EnrollmentStatus, requestedAt: string, hoursCredited: number, completedAt: string | null, certificateCode: string | null, certificateRevokedAt: string | null, waitlistPosition: number | null, promotedAt: string | null, version: number, person: { id: string, name: string, gender: Gender | null, posts: string | null } | null, class: { id: string, title: string, startsOn: string, endsOn: string } | null, chamber: { id: string, name: string, shortName: string | null } | null } };

export type RevokeCertificateMutationVariables = Exact<{
  id: string;
}>;


export type RevokeCertificateMutation = { item: { id: string, classId: string, personId: string, chamberId: string | null, status: EnrollmentStatus, requestedAt: string, hoursCredited: number, completedAt: string | null, certificateCode: string | null, certificateRevokedAt: string | null, waitlistPosition: number | null, promotedAt: string | null, version: number, person: { id: string, name: string, gender: Gender | null, posts: string | null } | null, class: { id: string, title: string, startsOn: string, endsOn: string } | null, chamber: { id: string, name: string, shortName: string | null } | null } };

export type VerifyCertificateQueryVariables = Exact<{
  code: string;
}>;


export type VerifyCertificateQuery = { item: { code: string, valid: boolean, holderName: string, classTitle: string, organizerName: string, hours: number, completedOn: string } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const ViewerDetailFragmentDoc = new TypedDocumentString(`
    fragment ViewerDetail on ViewerInfo {
  user {
    id
    username
    displayName
    role
    organizationId
    organization {
      id
      name
      shortName
    }
  }
  permissions
  unreadReminders
}
    `, {"fragmentName":"ViewerDetail"}) as unknown as TypedDocumentString<ViewerDetailFragment, unknown>;
export const UserListItemFragmentDoc = new TypedDocumentString(`
    fragment UserListItem on User {
  id
  username
  displayName
  role
  organizationId
  organization {
    id
    name
    shortName
  }
  personId
  email
  disabled
  failedSignIns
  lockedUntil
  lastSignInAt
  version
  createdAt
  updatedAt
}
    `, {"fragmentName":"UserListItem"}) as unknown as TypedDocumentString<UserListItemFragment, unknown>;
export const ApiTokenItemFragmentDoc = new TypedDocumentString(`
    fragment ApiTokenItem on ApiToken {
  id
  name
  prefix
  createdAt
  lastUsedAt
  expiresAt
  revokedAt
}
    `, {"fragmentName":"ApiTokenItem"}) as unknown as TypedDocumentString<ApiTokenItemFragment, unknown>;
export const AuditEntryItemFragmentDoc = new TypedDocumentString(`
    fragment AuditEntryItem on AuditEntry {
  id
  at
  actorId
  actorName
  actorDisplayName
  organizationId
  organization {
    id
    name
    shortName
  }
  action
  recordType
  recordId
  changes
  requestId
  ip
}
    `, {"fragmentName":"AuditEntryItem"}) as unknown as TypedDocumentString<AuditEntryItemFragment, unknown>;
export const CaseListItemFragmentDoc = new TypedDocumentString(`
    fragment CaseListItem on DevelopmentCase {
  id
  personId
  organizationId
  stage
  appliedOn
  talkedOn
  activistOn
  targetOn
  politicalReviewOn
  trainingDays
  trainingHours
  admittedOn
  approvedOn
  probationEndsOn
  extensionMonths
  closedOn
  version
  updatedAt
  person {
    id
    name
    gender
    birthDate
    employer {
      id
      name
    }
  }
  organization {
    id
    name
    shortName
  }
  alerts {
    kind
    dueOn
  }
  dossierMissing
}
    `, {"fragmentName":"CaseListItem"}) as unknown as TypedDocumentString<CaseListItemFragment, unknown>;
export const CaseDetailFragmentDoc = new TypedDocumentString(`
    fragment CaseDetail on DevelopmentCase {
  ...CaseListItem
  createdAt
  contacts {
    id
    name
  }
  introducers {
    id
    name
  }
  assessments {
    id
    period
    result
    assessedOn
    note
  }
  events {
    id
    action
    effectiveOn
    fromStage
    toStage
    decisionRef
    note
    noticeId
    actorName
    actorDisplayName
    recordedAt
  }
  notices {
    id
    title
    stage
    startsOn
    endsOn
    state
    postedOnPaper
  }
  nextSteps {
    action
    toStage
    ready
    failures {
      rule
      message
      earliestDate
      params
    }
  }
  dossier {
    state
    required
    kind {
      id
      code
      name
      step
      required
      fileTypes
    }
    material {
      id
      revision
      fileName
      fileType
      pageCount
      formedOn
      uploadedAt
      uploadedByName
      url
    }
  }
}
    fragment CaseListItem on DevelopmentCase {
  id
  personId
  organizationId
  stage
  appliedOn
  talkedOn
  activistOn
  targetOn
  politicalReviewOn
  trainingDays
  trainingHours
  admittedOn
  approvedOn
  probationEndsOn
  extensionMonths
  closedOn
  version
  updatedAt
  person {
    id
    name
    gender
    birthDate
    employer {
      id
      name
    }
  }
  organization {
    id
    name
    shortName
  }
  alerts {
    kind
    dueOn
  }
  dossierMissing
}`, {"fragmentName":"CaseDetail"}) as unknown as TypedDocumentString<CaseDetailFragment, unknown>;
export const MaterialKindItemFragmentDoc = new TypedDocumentString(`
    fragment MaterialKindItem on MaterialKind {
  id
  code
  name
  step
  required
  requiredFrom
  fileTypes
  uploadRoles
  sortOrder
  builtIn
  version
}
    `, {"fragmentName":"MaterialKindItem"}) as unknown as TypedDocumentString<MaterialKindItemFragment, unknown>;
export const RevisionItemFragmentDoc = new TypedDocumentString(`
    fragment RevisionItem on ExemplarRevision {
  id
  number
  state
  category
  title
  citation
  story
  awards
  publicity {
    outlet
    mediaType
    link
    date
  }
  noticeId
  noticeStartsOn
  noticeEndsOn
  reviewNote
  authorName
  createdAt
  updatedAt
  photo {
    id
    width
    height
    url
    thumbnailUrl
  }
}
    `, {"fragmentName":"RevisionItem"}) as unknown as TypedDocumentString<RevisionItemFragment, unknown>;
export const ExemplarItemFragmentDoc = new TypedDocumentString(`
    fragment ExemplarItem on Exemplar {
  id
  version
  state
  personId
  subjectOrganizationId
  ownerOrganizationId
  publishedRevisionId
  workingRevisionId
  withdrawnAt
  updatedAt
  person {
    id
    name
  }
  subjectOrganization {
    id
    name
  }
  ownerOrganization {
    id
    name
    shortName
  }
  workingRevision {
    ...RevisionItem
  }
  publishedRevision {
    ...RevisionItem
  }
}
    fragment RevisionItem on ExemplarRevision {
  id
  number
  state
  category
  title
  citation
  story
  awards
  publicity {
    outlet
    mediaType
    link
    date
  }
  noticeId
  noticeStartsOn
  noticeEndsOn
  reviewNote
  authorName
  createdAt
  updatedAt
  photo {
    id
    width
    height
    url
    thumbnailUrl
  }
}`, {"fragmentName":"ExemplarItem"}) as unknown as TypedDocumentString<ExemplarItemFragment, unknown>;
export const NoticeListItemFragmentDoc = new TypedDocumentString(`
    fragment NoticeListItem on PublicNotice {
  id
  organizationId
  stage
  title
  startsOn
  lengthDays
  dayType
  endsOn
  hotline
  suggestionBox
  publishedAt
  publishedByName
  postedOnPaper
  publishableOnline
  recordableOnPaper
  state
  unclearedReports
  calendarCovered
  caseIds
  version
  updatedAt
  organization {
    id
    name
    shortName
  }
}
    `, {"fragmentName":"NoticeListItem"}) as unknown as TypedDocumentString<NoticeListItemFragment, unknown>;
export const NoticeDetailFragmentDoc = new TypedDocumentString(`
    fragment NoticeDetail on PublicNotice {
  ...NoticeListItem
  body
  createdAt
  exemplarId
  publishedById
  paperReason
  paperEvidence
  cases {
    id
    stage
    person {
      id
      name
    }
  }
}
    fragment NoticeListItem on PublicNotice {
  id
  organizationId
  stage
  title
  startsOn
  lengthDays
  dayType
  endsOn
  hotline
  suggestionBox
  publishedAt
  publishedByName
  postedOnPaper
  publishableOnline
  recordableOnPaper
  state
  unclearedReports
  calendarCovered
  caseIds
  version
  updatedAt
  organization {
    id
    name
    shortName
  }
}`, {"fragmentName":"NoticeDetail"}) as unknown as TypedDocumentString<NoticeDetailFragment, unknown>;
export const OrganizationListItemFragmentDoc = new TypedDocumentString(`
    fragment OrganizationListItem on Organization {
  id
  kind
  name
  shortName
  namePinyin
  parentId
  hostId
  depth
  status
  creditCode
  originProvince
  industry
  employeeCount
  foundedOn
  termState
  archivedAt
  version
  updatedAt
  parent {
    id
    name
    shortName
    kind
  }
  childCount
  enterpriseCount
}
    `, {"fragmentName":"OrganizationListItem"}) as unknown as TypedDocumentString<OrganizationListItemFragment, unknown>;
export const OrganizationDetailFragmentDoc = new TypedDocumentString(`
    fragment OrganizationDetail on Organization {
  ...OrganizationListItem
  termStartedOn
  termEndsOn
  jointEnterprises {
    id
    name
  }
  address
  phone
  createdAt
  host {
    id
    name
    kind
  }
  ancestors {
    id
    name
    shortName
    kind
  }
}
    fragment OrganizationListItem on Organization {
  id
  kind
  name
  shortName
  namePinyin
  parentId
  hostId
  depth
  status
  creditCode
  originProvince
  industry
  employeeCount
  foundedOn
  termState
  archivedAt
  version
  updatedAt
  parent {
    id
    name
    shortName
    kind
  }
  childCount
  enterpriseCount
}`, {"fragmentName":"OrganizationDetail"}) as unknown as TypedDocumentString<OrganizationDetailFragment, unknown>;
export const MeetingItemFragmentDoc = new TypedDocumentString(`
    fragment MeetingItem on Meeting {
  id
  organizationId
  organization {
    id
    name
  }
  type
  topic
  plannedOn
  heldOn
  status
  location
  expectedCount
  attendedCount
  attendanceRate
  minutes
  version
}
    `, {"fragmentName":"MeetingItem"}) as unknown as TypedDocumentString<MeetingItemFragment, unknown>;
export const RectificationItemFragmentDoc = new TypedDocumentString(`
    fragment RectificationItem on RectificationCase {
  id
  organizationId
  organization {
    id
    name
  }
  state
  problems
  measures
  identifiedOn
  acceptedOn
  acceptanceNote
  closedOn
  version
}
    `, {"fragmentName":"RectificationItem"}) as unknown as TypedDocumentString<RectificationItemFragment, unknown>;
export const VenueItemFragmentDoc = new TypedDocumentString(`
    fragment VenueItem on Venue {
  id
  organizationId
  name
  standard
  address
  areaSqm
  checkedOn
  checks {
    code
    ok
    note
  }
  photos {
    id
    url
    thumbnailUrl
    width
    height
  }
  version
}
    `, {"fragmentName":"VenueItem"}) as unknown as TypedDocumentString<VenueItemFragment, unknown>;
export const RulesItemFragmentDoc = new TypedDocumentString(`
    fragment RulesItem on OrganizationRules {
  branchMinFullMembers
  generalBranchAboveMembers
  committeeMinMembers
  jointBranchMaxEnterprises
  committeeTermYears
  branchTermYears
  termDueSoonMonths
  fullVenueMinMembers
}
    `, {"fragmentName":"RulesItem"}) as unknown as TypedDocumentString<RulesItemFragment, unknown>;
export const PersonListItemFragmentDoc = new TypedDocumentString(`
    fragment PersonListItem on Person {
  id
  name
  namePinyin
  gender
  birthDate
  education
  phone
  nationalId
  organizationId
  employerId
  posts
  membershipStatus
  relation
  admittedOn
  fullMemberSince
  votes
  archivedAt
  version
  updatedAt
  organization {
    id
    name
    shortName
    kind
  }
  employer {
    id
    name
    shortName
  }
}
    `, {"fragmentName":"PersonListItem"}) as unknown as TypedDocumentString<PersonListItemFragment, unknown>;
export const PersonDetailFragmentDoc = new TypedDocumentString(`
    fragment PersonDetail on Person {
  ...PersonListItem
  ethnicity
  createdAt
}
    fragment PersonListItem on Person {
  id
  name
  namePinyin
  gender
  birthDate
  education
  phone
  nationalId
  organizationId
  employerId
  posts
  membershipStatus
  relation
  admittedOn
  fullMemberSince
  votes
  archivedAt
  version
  updatedAt
  organization {
    id
    name
    shortName
    kind
  }
  employer {
    id
    name
    shortName
  }
}`, {"fragmentName":"PersonDetail"}) as unknown as TypedDocumentString<PersonDetailFragment, unknown>;
export const ImportOutcomeItemFragmentDoc = new TypedDocumentString(`
    fragment ImportOutcomeItem on ImportOutcomeView {
  rows
  created
  problems {
    row
    field
    column
    constraint
    message
  }
  preview {
    row
    name
    organization
    employer
    nationalId
    gender
    birthDate
    phone
    membershipStatus
    relation
    admittedOn
    fullMemberSince
  }
}
    `, {"fragmentName":"ImportOutcomeItem"}) as unknown as TypedDocumentString<ImportOutcomeItemFragment, unknown>;
export const ReminderItemFragmentDoc = new TypedDocumentString(`
    fragment ReminderItem on Reminder {
  id
  kind
  subjectType
  subjectId
  organizationId
  label
  dueOn
  occurrence
  createdAt
  readAt
}
    `, {"fragmentName":"ReminderItem"}) as unknown as TypedDocumentString<ReminderItemFragment, unknown>;
export const ReminderRuleItemFragmentDoc = new TypedDocumentString(`
    fragment ReminderRuleItem on ReminderRule {
  kind
  enabled
  offsetDays
  repeatDays
  recipients
  channels
  version
  updatedAt
}
    `, {"fragmentName":"ReminderRuleItem"}) as unknown as TypedDocumentString<ReminderRuleItemFragment, unknown>;
export const ReminderWebhookItemFragmentDoc = new TypedDocumentString(`
    fragment ReminderWebhookItem on ReminderWebhook {
  id
  organizationId
  kind
  name
  enabled
  version
  createdAt
  updatedAt
}
    `, {"fragmentName":"ReminderWebhookItem"}) as unknown as TypedDocumentString<ReminderWebhookItemFragment, unknown>;
export const ReportListItemFragmentDoc = new TypedDocumentString(`
    fragment ReportListItem on Report {
  id
  reference
  organizationId
  noticeId
  caseId
  channel
  anonymous
  reporterName
  reporterContact
  content
  receivedOn
  status
  finding
  findingNote
  decision
  closedOn
  version
  updatedAt
  notice {
    id
    title
  }
  case {
    id
    stage
    person {
      id
      name
    }
  }
}
    `, {"fragmentName":"ReportListItem"}) as unknown as TypedDocumentString<ReportListItemFragment, unknown>;
export const ProgramItemFragmentDoc = new TypedDocumentString(`
    fragment ProgramItem on TrainingProgram {
  id
  title
  year
  organizerId
  description
  archivedAt
  version
  updatedAt
  organizer {
    id
    name
    shortName
  }
}
    `, {"fragmentName":"ProgramItem"}) as unknown as TypedDocumentString<ProgramItemFragment, unknown>;
export const ClassItemFragmentDoc = new TypedDocumentString(`
    fragment ClassItem on TrainingClass {
  id
  programId
  organizerId
  title
  audience
  venue
  online
  startsOn
  endsOn
  capacity
  waitlist
  enrollmentOpensOn
  enrollmentClosesOn
  requiredHours
  totalHours
  status
  seated
  waitlisted
  version
  updatedAt
  program {
    id
    title
  }
  organizer {
    id
    name
    shortName
  }
}
    `, {"fragmentName":"ClassItem"}) as unknown as TypedDocumentString<ClassItemFragment, unknown>;
export const ClassDetailFragmentDoc = new TypedDocumentString(`
    fragment ClassDetail on TrainingClass {
  ...ClassItem
  sessions {
    id
    date
    hours
    topic
    checkInCode
  }
  quotas {
    id
    chamberId
    seats
  }
  stats {
    capacity
    seated
    waitlisted
    cancelled
    fillRate
    attendanceRate
    completed
    completionRate
    byChamber {
      chamberId
      chamberName
      quota
      seated
      waitlisted
      attended
      completed
    }
  }
}
    fragment ClassItem on TrainingClass {
  id
  programId
  organizerId
  title
  audience
  venue
  online
  startsOn
  endsOn
  capacity
  waitlist
  enrollmentOpensOn
  enrollmentClosesOn
  requiredHours
  totalHours
  status
  seated
  waitlisted
  version
  updatedAt
  program {
    id
    title
  }
  organizer {
    id
    name
    shortName
  }
}`, {"fragmentName":"ClassDetail"}) as unknown as TypedDocumentString<ClassDetailFragment, unknown>;
export const EnrollmentItemFragmentDoc = new TypedDocumentString(`
    fragment EnrollmentItem on Enrollment {
  id
  classId
  personId
  chamberId
  status
  requestedAt
  hoursCredited
  completedAt
  certificateCode
  certificateRevokedAt
  waitlistPosition
  promotedAt
  version
  person {
    id
    name
    gender
    posts
  }
  class {
    id
    title
    startsOn
    endsOn
  }
  chamber {
    id
    name
    shortName
  }
}
    `, {"fragmentName":"EnrollmentItem"}) as unknown as TypedDocumentString<EnrollmentItemFragment, unknown>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    ...ViewerDetail
  }
}
    fragment ViewerDetail on ViewerInfo {
  user {
    id
    username
    displayName
    role
    organizationId
    organization {
      id
      name
      shortName
    }
  }
  permissions
  unreadReminders
}`) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const SignInDocument = new TypedDocumentString(`
    mutation SignIn($username: String!, $password: String!) {
  signIn(username: $username, password: $password) {
    ...ViewerDetail
  }
}
    fragment ViewerDetail on ViewerInfo {
  user {
    id
    username
    displayName
    role
    organizationId
    organization {
      id
      name
      shortName
    }
  }
  permissions
  unreadReminders
}`) as unknown as TypedDocumentString<SignInMutation, SignInMutationVariables>;
export const SignOutDocument = new TypedDocumentString(`
    mutation SignOut {
  signOut
}
    `) as unknown as TypedDocumentString<SignOutMutation, SignOutMutationVariables>;
export const ChangePasswordDocument = new TypedDocumentString(`
    mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
  changePassword(currentPassword: $currentPassword, newPassword: $newPassword)
}
    `) as unknown as TypedDocumentString<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const UserListDocument = new TypedDocumentString(`
    query UserList($page: Int, $perPage: Int, $sortField: String, $sortOrder: String, $filter: UserFilter) {
  items: allUsers(
    page: $page
    perPage: $perPage
    sortField: $sortField
    sortOrder: $sortOrder
    filter: $filter
  ) {
    ...UserListItem
  }
  total: _allUsersMeta(page: $page, perPage: $perPage, filter: $filter) {
    count
  }
}
    fragment UserListItem on User {
  id
  username
  displayName
  role
  organizationId
  organization {
    id
    name
    shortName
  }
  personId
  email
  disabled
  failedSignIns
  lockedUntil
  lastSignInAt
  version
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<UserListQuery, UserListQueryVariables>;
export const UsersByIdsDocument = new TypedDocumentString(`
    query UsersByIds($ids: [ID!]!) {
  items: allUsers(perPage: 100, filter: {ids: $ids}) {
    ...UserListItem
  }
}
    fragment UserListItem on User {
  id
  username
  displayName
  role
  organizationId
  organization {
    id
    name
    shortName
  }
  personId
  email
  disabled
  failedSignIns
  lockedUntil
  lastSignInAt
  version
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<UsersByIdsQuery, UsersByIdsQueryVariables>;
export const UserByIdDocument = new TypedDocumentString(`
    query UserById($id: ID!) {
  item: User(id: $id) {
    ...UserListItem
  }
}
    fragment UserListItem on User {
  id
  username
  displayName
  role
  organizationId
  organization {
    id
    name
    shortName
  }
  personId
  email
  disabled
  failedSignIns
  lockedUntil
  lastSignInAt
  version
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<UserByIdQuery, UserByIdQueryVariables>;
export const CreateUserDocument = new TypedDocumentString(`
    mutation CreateUser($username: String!, $displayName: String!, $role: UserRole!, $organizationId: ID!, $password: String!, $personId: ID, $email: String) {
  item: createUser(
    username: $username
    displayName: $displayName
    role: $role
    organizationId: $organizationId
    password: $password
    personId: $personId
    email: $email
  ) {
    ...UserListItem
  }
}
    fragment UserListItem on User {
  id
  username
  displayName
  role
  organizationId
  organization {
    id
    name
    shortName
  }
  personId
  email
  disabled
  failedSignIns
  lockedUntil
  lastSignInAt
  version
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<CreateUserMutation, CreateUserMutationVariables>;
export const UpdateUserDocument = new TypedDocumentString(`
    mutation UpdateUser($id: ID!, $version: Int!, $displayName: String, $role: UserRole, $organizationId: ID, $disabled: Boolean, $personId: ID, $email: String) {
  item: updateUser(
    id: $id
    version: $version
    displayName: $displayName
    role: $role
    organizationId: $organizationId
    disabled: $disabled
    personId: $personId
    email: $email
  ) {
    ...UserListItem
  }
}
    fragment UserListItem on User {
  id
  username
  displayName
  role
  organizationId
  organization {
    id
    name
    shortName
  }
  personId
  email
  disabled
  failedSignIns
  lockedUntil
  lastSignInAt
  version
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<UpdateUserMutation, UpdateUserMutationVariables>;
export const ResetUserPasswordDocument = new TypedDocumentString(`
    mutation ResetUserPassword($id: ID!, $newPassword: String!) {
  item: resetUserPassword(id: $id, newPassword: $newPassword) {
    ...UserListItem
  }
}
    fragment UserListItem on User {
  id
  username
  displayName
  role
  organizationId
  organization {
    id
    name
    shortName
  }
  personId
  email
  disabled
  failedSignIns
  lockedUntil
  lastSignInAt
  version
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<ResetUserPasswordMutation, ResetUserPasswordMutationVariables>;
export const UnlockUserDocument = new TypedDocumentString(`
    mutation UnlockUser($id: ID!) {
  item: unlockUser(id: $id) {
    ...UserListItem
  }
}
    fragment UserListItem on User {
  id
  username
  displayName
  role
  organizationId
  organization {
    id
    name
    shortName
  }
  personId
  email
  disabled
  failedSignIns
  lockedUntil
  lastSignInAt
  version
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<UnlockUserMutation, UnlockUserMutationVariables>;
export const MyApiTokensDocument = new TypedDocumentString(`
    query MyApiTokens {
  items: myApiTokens {
    ...ApiTokenItem
  }
}
    fragment ApiTokenItem on ApiToken {
  id
  name
  prefix
  createdAt
  lastUsedAt
  expiresAt
  revokedAt
}`) as unknown as TypedDocumentString<MyApiTokensQuery, MyApiTokensQueryVariables>;
export const CreateApiTokenDocument = new TypedDocumentString(`
    mutation CreateApiToken($name: String!, $password: String!, $expiresInDays: Int) {
  created: createApiToken(
    name: $name
    password: $password
    expiresInDays: $expiresInDays
  ) {
    token
    ...ApiTokenItem
  }
}
    fragment ApiTokenItem on ApiToken {
  id
  name
  prefix
  createdAt
  lastUsedAt
  expiresAt
  revokedAt
}`) as unknown as TypedDocumentString<CreateApiTokenMutation, CreateApiTokenMutationVariables>;
export const RevokeApiTokenDocument = new TypedDocumentString(`
    mutation RevokeApiToken($id: ID!) {
  item: revokeApiToken(id: $id) {
    ...ApiTokenItem
  }
}
    fragment ApiTokenItem on ApiToken {
  id
  name
  prefix
  createdAt
  lastUsedAt
  expiresAt
  revokedAt
}`) as unknown as TypedDocumentString<RevokeApiTokenMutation, RevokeApiTokenMutationVariables>;
export const AuditEntryListDocument = new TypedDocumentString(`
    query AuditEntryList($page: Int, $perPage: Int, $sortField: String, $sortOrder: String, $filter: AuditEntryFilter) {
  items: allAuditEntries(
    page: $page
    perPage: $perPage
    sortField: $sortField
    sortOrder: $sortOrder
    filter: $filter
  ) {
    ...AuditEntryItem
  }
  total: _allAuditEntriesMeta(page: $page, perPage: $perPage, filter: $filter) {
    count
  }
}
    fragment AuditEntryItem on AuditEntry {
  id
  at
  actorId
  actorName
  actorDisplayName
  organizationId
  organization {
    id
    name
    shortName
  }
  action
  recordType
  recordId
  changes
  requestId
  ip
}`) as unknown as TypedDocumentString<AuditEntryListQuery, AuditEntryListQueryVariables>;
export const AuditEntryByIdDocument = new TypedDocumentString(`
    query AuditEntryById($id: ID!) {
  item: AuditEntry(id: $id) {
    ...AuditEntryItem
  }
}
    fragment AuditEntryItem on AuditEntry {
  id
  at
  actorId
  actorName
  actorDisplayName
  organizationId
  organization {
    id
    name
    shortName
  }
  action
  recordType
  recordId
  changes
  requestId
  ip
}`) as unknown as TypedDocumentString<AuditEntryByIdQuery, AuditEntryByIdQueryVariables>;
export const AuditEntriesByIdsDocument = new TypedDocumentString(`
    query AuditEntriesByIds($ids: [ID!]!) {
  items: allAuditEntries(perPage: 100, filter: {ids: $ids}) {
    ...AuditEntryItem
  }
}
    fragment AuditEntryItem on AuditEntry {
  id
  at
  actorId
  actorName
  actorDisplayName
  organizationId
  organization {
    id
    name
    shortName
  }
  action
  recordType
  recordId
  changes
  requestId
  ip
}`) as unknown as TypedDocumentString<AuditEntriesByIdsQuery, AuditEntriesByIdsQueryVariables>;
export const ProbingAccountsDocument = new TypedDocumentString(`
    query ProbingAccounts {
  items: probingAccounts {
    userId
    candidates
    lastAt
    user {
      id
      username
      displayName
      organization {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ProbingAccountsQuery, ProbingAccountsQueryVariables>;
export const CaseListDocument = new TypedDocumentString(`
    query CaseList($page: Int, $perPage: Int, $sortField: String, $sortOrder: String, $filter: DevelopmentCaseFilter) {
  items: allDevelopmentCases(
    page: $page
    perPage: $perPage
    sortField: $sortField
    sortOrder: $sortOrder
    filter: $filter
  ) {
    ...CaseListItem
  }
  total: _allDevelopmentCasesMeta(page: $page, perPage: $perPage, filter: $filter) {
    count
  }
}
    fragment CaseListItem on DevelopmentCase {
  id
  personId
  organizationId
  stage
  appliedOn
  talkedOn
  activistOn
  targetOn
  politicalReviewOn
  trainingDays
  trainingHours
  admittedOn
  approvedOn
  probationEndsOn
  extensionMonths
  closedOn
  version
  updatedAt
  person {
    id
    name
    gender
    birthDate
    employer {
      id
      name
    }
  }
  organization {
    id
    name
    shortName
  }
  alerts {
    kind
    dueOn
  }
  dossierMissing
}`) as unknown as TypedDocumentString<CaseListQuery, CaseListQueryVariables>;
export const CasesByIdsDocument = new TypedDocumentString(`
    query CasesByIds($ids: [ID!]!) {
  items: allDevelopmentCases(perPage: 100, filter: {ids: $ids}) {
    ...CaseListItem
  }
}
    fragment CaseListItem on DevelopmentCase {
  id
  personId
  organizationId
  stage
  appliedOn
  talkedOn
  activistOn
  targetOn
  politicalReviewOn
  trainingDays
  trainingHours
  admittedOn
  approvedOn
  probationEndsOn
  extensionMonths
  closedOn
  version
  updatedAt
  person {
    id
    name
    gender
    birthDate
    employer {
      id
      name
    }
  }
  organization {
    id
    name
    shortName
  }
  alerts {
    kind
    dueOn
  }
  dossierMissing
}`) as unknown as TypedDocumentString<CasesByIdsQuery, CasesByIdsQueryVariables>;
export const CaseByIdDocument = new TypedDocumentString(`
    query CaseById($id: ID!) {
  item: DevelopmentCase(id: $id) {
    ...CaseDetail
  }
}
    fragment CaseListItem on DevelopmentCase {
  id
  personId
  organizationId
  stage
  appliedOn
  talkedOn
  activistOn
  targetOn
  politicalReviewOn
  trainingDays
  trainingHours
  admittedOn
  approvedOn
  probationEndsOn
  extensionMonths
  closedOn
  version
  updatedAt
  person {
    id
    name
    gender
    birthDate
    employer {
      id
      name
    }
  }
  organization {
    id
    name
    shortName
  }
  alerts {
    kind
    dueOn
  }
  dossierMissing
}
fragment CaseDetail on DevelopmentCase {
  ...CaseListItem
  createdAt
  contacts {
    id
    name
  }
  introducers {
    id
    name
  }
  assessments {
    id
    period
    result
    assessedOn
    note
  }
  events {
    id
    action
    effectiveOn
    fromStage
    toStage
    decisionRef
    note
    noticeId
    actorName
    actorDisplayName
    recordedAt
  }
  notices {
    id
    title
    stage
    startsOn
    endsOn
    state
    postedOnPaper
  }
  nextSteps {
    action
    toStage
    ready
    failures {
      rule
      message
      earliestDate
      params
    }
  }
  dossier {
    state
    required
    kind {
      id
      code
      name
      step
      required
      fileTypes
    }
    material {
      id
      revision
      fileName
      fileType
      pageCount
      formedOn
      uploadedAt
      uploadedByName
      url
    }
  }
}`) as unknown as TypedDocumentString<CaseByIdQuery, CaseByIdQueryVariables>;
export const DevelopmentPipelineDocument = new TypedDocumentString(`
    query DevelopmentPipeline($withinOrganization: ID) {
  items: developmentPipeline(withinOrganization: $withinOrganization) {
    organizationId
    organizationName
    stage
    count
  }
}
    `) as unknown as TypedDocumentString<DevelopmentPipelineQuery, DevelopmentPipelineQueryVariables>;
export const OpenDevelopmentCaseDocument = new TypedDocumentString(`
    mutation OpenDevelopmentCase($personId: ID!, $organizationId: ID!, $appliedOn: String!, $note: String) {
  item: openDevelopmentCase(
    personId: $personId
    organizationId: $organizationId
    appliedOn: $appliedOn
    note: $note
  ) {
    ...CaseDetail
  }
}
    fragment CaseListItem on DevelopmentCase {
  id
  personId
  organizationId
  stage
  appliedOn
  talkedOn
  activistOn
  targetOn
  politicalReviewOn
  trainingDays
  trainingHours
  admittedOn
  approvedOn
  probationEndsOn
  extensionMonths
  closedOn
  version
  updatedAt
  person {
    id
    name
    gender
    birthDate
    employer {
      id
      name
    }
  }
  organization {
    id
    name
    shortName
  }
  alerts {
    kind
    dueOn
  }
  dossierMissing
}
fragment CaseDetail on DevelopmentCase {
  ...CaseListItem
  createdAt
  contacts {
    id
    name
  }
  introducers {
    id
    name
  }
  assessments {
    id
    period
    result
    assessedOn
    note
  }
  events {
    id
    action
    effectiveOn
    fromStage
    toStage
    decisionRef
    note
    noticeId
    actorName
    actorDisplayName
    recordedAt
  }
  notices {
    id
    title
    stage
    startsOn
    endsOn
    state
    postedOnPaper
  }
  nextSteps {
    action
    toStage
    ready
    failures {
      rule
      message
      earliestDate
      params
    }
  }
  dossier {
    state
    required
    kind {
      id
      code
      name
      step
      required
      fileTypes
    }
    material {
      id
      revision
      fileName
      fileType
      pageCount
      formedOn
      uploadedAt
      uploadedByName
      url
    }
  }
}`) as unknown as TypedDocumentString<OpenDevelopmentCaseMutation, OpenDevelopmentCaseMutationVariables>;
export const RecordCaseTalkDocument = new TypedDocumentString(`
    mutation RecordCaseTalk($id: ID!, $version: Int!, $on: String!, $note: String) {
  item: recordCaseTalk(id: $id, version: $version, on: $on, note: $note) {
    ...CaseDetail
  }
}
    fragment CaseListItem on DevelopmentCase {
  id
  personId
  organizationId
  stage
  appliedOn
  talkedOn
  activistOn
  targetOn
  politicalReviewOn
  trainingDays
  trainingHours
  admittedOn
  approvedOn
  probationEndsOn
  extensionMonths
  closedOn
  version
  updatedAt
  person {
    id
    name
    gender
    birthDate
    employer {
      id
      name
    }
  }
  organization {
    id
    name
    shortName
  }
  alerts {
    kind
    dueOn
  }
  dossierMissing
}
fragment CaseDetail on DevelopmentCase {
  ...CaseListItem
  createdAt
  contacts {
    id
    name
  }
  introducers {
    id
    name
  }
  assessments {
    id
    period
    result
    assessedOn
    note
  }
  events {
    id
    action
    effectiveOn
    fromStage
    toStage
    decisionRef
    note
    noticeId
    actorName
    actorDisplayName
    recordedAt
  }
  notices {
    id
    title
    stage
    startsOn
    endsOn
    state
    postedOnPaper
  }
  nextSteps {
    action
    toStage
    ready
    failures {
      rule
      message
      earliestDate
      params
    }
  }
  dossier {
    state
    required
    kind {
      id
      code
      name
      step
      required
      fileTypes
    }
    material {
      id
      revision
      fileName
      fileType
      pageCount
      formedOn
      uploadedAt
      uploadedByName
      url
    }
  }
}`) as unknown as TypedDocumentString<RecordCaseTalkMutation, RecordCaseTalkMutationVariables>;
export const AdvanceDevelopmentCaseDocument = new TypedDocumentString(`
    mutation AdvanceDevelopmentCase($id: ID!, $version: Int!, $on: String!, $decisionRef: String, $note: String) {
  item: advanceDevelopmentCase(
    id: $id
    version: $version
    on: $on
    decisionRef: $decisionRef
    note: $note
  ) {
    ...CaseDetail
  }
}
    fragment CaseListItem on DevelopmentCase {
  id
  personId
  organizationId
  stage
  appliedOn
  talkedOn
  activistOn
  targetOn
  politicalReviewOn
  trainingDays
  trainingHours
  admittedOn
  approvedOn
  probationEndsOn
  extensionMonths
  closedOn
  version
  updatedAt
  person {
    id
    name
    gender
    birthDate
    employer {
      id
      name
    }
  }
  organization {
    id
    name
    shortName
  }
  alerts {
    kind
    dueOn
  }
  dossierMissing
}
fragment CaseDetail on DevelopmentCase {
  ...CaseListItem
  createdAt
  contacts {
    id
    name
  }
  introducers {
    id
    name
  }
  assessments {
    id
    period
    result
    assessedOn
    note
  }
  events {
    id
    action
    effectiveOn
    fromStage
    toStage
    decisionRef
    note
    noticeId
    actorName
    actorDisplayName
    recordedAt
  }
  notices {
    id
    title
    stage
    startsOn
    endsOn
    state
    postedOnPaper
  }
  nextSteps {
    action
    toStage
    ready
    failures {
      rule
      message
      earliestDate
      params
    }
  }
  dossier {
    state
    required
    kind {
      id
      code
      name
      step
      required
      fileTypes
    }
    material {
      id
      revision
      fileName
      fileType
      pageCount
      formedOn
      uploadedAt
      uploadedByName
      url
    }
  }
}`) as unknown as TypedDocumentString<AdvanceDevelopmentCaseMutation, AdvanceDevelopmentCaseMutationVariables>;
export const AssignCultivationContactsDocument = new TypedDocumentString(`
    mutation AssignCultivationContacts($id: ID!, $version: Int!, $on: String!, $personIds: [ID!]!, $note: String) {
  item: assignCultivationContacts(
    id: $id
    version: $version
    on: $on
    personIds: $personIds
    note: $note
  ) {
    ...CaseDetail
  }
}
    fragment CaseListItem on DevelopmentCase {
  id
  personId
  organizationId
  stage
  appliedOn
  talkedOn
  activistOn
  targetOn
  politicalReviewOn
  trainingDays
  trainingHours
  admittedOn
  approvedOn
  probationEndsOn
  extensionMonths
  closedOn
  version
  updatedAt
  person {
    id
    name
    gender
    birthDate
    employer {
      id
      name
    }
  }
  organization {
    id
    name
    shortName
  }
  alerts {
    kind
    dueOn
  }
  dossierMissing
}
fragment CaseDetail on DevelopmentCase {
  ...CaseListItem
  createdAt
  contacts {
    id
    name
  }
  introducers {
    id
    name
  }
  assessments {
    id
    period
    result
    assessedOn
    note
  }
  events {
    id
    action
    effectiveOn
    fromStage
    toStage
    decisionRef
    note
    noticeId
    actorName
    actorDisplayName
    recordedAt
  }
  notices {
    id
    title
    stage
    startsOn
    endsOn
    state
    postedOnPaper
  }
  nextSteps {
    action
    toStage
    ready
    failures {
      rule
      message
      earliestDate
      params
    }
  }
  dossier {
    state
    required
    kind {
      id
      code
      name
      step
      required
      fileTypes
    }
    material {
      id
      revision
      fileName
      fileType
      pageCount
      formedOn
      uploadedAt
      uploadedByName
      url
    }
  }
}`) as unknown as TypedDocumentString<AssignCultivationContactsMutation, AssignCultivationContactsMutationVariables>;
export const AssignIntroducersDocument = new TypedDocumentString(`
    mutation AssignIntroducers($id: ID!, $version: Int!, $on: String!, $personIds: [ID!]!, $note: String) {
  item: assignIntroducers(
    id: $id
    version: $version
    on: $on
    personIds: $personIds
    note: $note
  ) {
    ...CaseDetail
  }
}
    fragment CaseListItem on DevelopmentCase {
  id
  personId
  organizationId
  stage
  appliedOn
  talkedOn
  activistOn
  targetOn
  politicalReviewOn
  trainingDays
  trainingHours
  admittedOn
  approvedOn
  probationEndsOn
  extensionMonths
  closedOn
  version
  updatedAt
  person {
    id
    name
    gender
    birthDate
    employer {
      id
      name
    }
  }
  organization {
    id
    name
    shortName
  }
  alerts {
    kind
    dueOn
  }
  dossierMissing
}
fragment CaseDetail on DevelopmentCase {
  ...CaseListItem
  createdAt
  contacts {
    id
    name
  }
  introducers {
    id
    name
  }
  assessments {
    id
    period
    result
    assessedOn
    note
  }
  events {
    id
    action
    effectiveOn
    fromStage
    toStage
    decisionRef
    note
    noticeId
    actorName
    actorDisplayName
    recordedAt
  }
  notices {
    id
    title
    stage
    startsOn
    endsOn
    state
    postedOnPaper
  }
  nextSteps {
    action
    toStage
    ready
    failures {
      rule
      message
      earliestDate
      params
    }
  }
  dossier {
    state
    required
    kind {
      id
      code
      name
      step
      required
      fileTypes
    }
    material {
      id
      revision
      fileName
      fileType
      pageCount
      formedOn
      uploadedAt
      uploadedByName
      url
    }
  }
}`) as unknown as TypedDocumentString<AssignIntroducersMutation, AssignIntroducersMutationVariables>;
export const RecordCaseAssessmentDocument = new TypedDocumentString(`
    mutation RecordCaseAssessment($id: ID!, $version: Int!, $on: String!, $period: String!, $result: AssessmentResult!, $note: String) {
  item: recordCaseAssessment(
    id: $id
    version: $version
    on: $on
    period: $period
    result: $result
    note: $note
  ) {
    ...CaseDetail
  }
}
    fragment CaseListItem on DevelopmentCase {
  id
  personId
  organizationId
  stage
  appliedOn
  talkedOn
  activistOn
  targetOn
  politicalReviewOn
  trainingDays
  trainingHours
  admittedOn
  approvedOn
  probationEndsOn
  extensionMonths
  closedOn
  version
  updatedAt
  person {
    id
    name
    gender
    birthDate
    employer {
      id
      name
    }
  }
  organization {
    id
    name
    shortName
  }
  alerts {
    kind
    dueOn
  }
  dossierMissing
}
fragment CaseDetail on DevelopmentCase {
  ...CaseListItem
  createdAt
  contacts {
    id
    name
  }
  introducers {
    id
    name
  }
  assessments {
    id
    period
    result
    assessedOn
    note
  }
  events {
    id
    action
    effectiveOn
    fromStage
    toStage
    decisionRef
    note
    noticeId
    actorName
    actorDisplayName
    recordedAt
  }
  notices {
    id
    title
    stage
    startsOn
    endsOn
    state
    postedOnPaper
  }
  nextSteps {
    action
    toStage
    ready
    failures {
      rule
      message
      earliestDate
      params
    }
  }
  dossier {
    state
    required
    kind {
      id
      code
      name
      step
      required
      fileTypes
    }
    material {
      id
      revision
      fileName
      fileType
      pageCount
      formedOn
      uploadedAt
      uploadedByName
      url
    }
  }
}`) as unknown as TypedDocumentString<RecordCaseAssessmentMutation, RecordCaseAssessmentMutationVariables>;
export const RecordPoliticalReviewDocument = new TypedDocumentString(`
    mutation RecordPoliticalReview($id: ID!, $version: Int!, $on: String!, $note: String) {
  item: recordPoliticalReview(id: $id, version: $version, on: $on, note: $note) {
    ...CaseDetail
  }
}
    fragment CaseListItem on DevelopmentCase {
  id
  personId
  organizationId
  stage
  appliedOn
  talkedOn
  activistOn
  targetOn
  politicalReviewOn
  trainingDays
  trainingHours
  admittedOn
  approvedOn
  probationEndsOn
  extensionMonths
  closedOn
  version
  updatedAt
  person {
    id
    name
    gender
    birthDate
    employer {
      id
      name
    }
  }
  organization {
    id
    name
    shortName
  }
  alerts {
    kind
    dueOn
  }
  dossierMissing
}
fragment CaseDetail on DevelopmentCase {
  ...CaseListItem
  createdAt
  contacts {
    id
    name
  }
  introducers {
    id
    name
  }
  assessments {
    id
    period
    result
    assessedOn
    note
  }
  events {
    id
    action
    effectiveOn
    fromStage
    toStage
    decisionRef
    note
    noticeId
    actorName
    actorDisplayName
    recordedAt
  }
  notices {
    id
    title
    stage
    startsOn
    endsOn
    state
    postedOnPaper
  }
  nextSteps {
    action
    toStage
    ready
    failures {
      rule
      message
      earliestDate
      params
    }
  }
  dossier {
    state
    required
    kind {
      id
      code
      name
      step
      required
      fileTypes
    }
    material {
      id
      revision
      fileName
      fileType
      pageCount
      formedOn
      uploadedAt
      uploadedByName
      url
    }
  }
}`) as unknown as TypedDocumentString<RecordPoliticalReviewMutation, RecordPoliticalReviewMutationVariables>;
export const RecordCaseTrainingDocument = new TypedDocumentString(`
    mutation RecordCaseTraining($id: ID!, $version: Int!, $on: String!, $days: Int!, $hours: Int!, $note: String) {
  item: recordCaseTraining(
    id: $id
    version: $version
    on: $on
    days: $days
    hours: $hours
    note: $note
  ) {
    ...CaseDetail
  }
}
    fragment CaseListItem on DevelopmentCase {
  id
  personId
  organizationId
  stage
  appliedOn
  talkedOn
  activistOn
  targetOn
  politicalReviewOn
  trainingDays
  trainingHours
  admittedOn
  approvedOn
  probationEndsOn
  extensionMonths
  closedOn
  version
  updatedAt
  person {
    id
    name
    gender
    birthDate
    employer {
      id
      name
    }
  }
  organization {
    id
    name
    shortName
  }
  alerts {
    kind
    dueOn
  }
  dossierMissing
}
fragment CaseDetail on DevelopmentCase {
  ...CaseListItem
  createdAt
  contacts {
    id
    name
  }
  introducers {
    id
    name
  }
  assessments {
    id
    period
    result
    assessedOn
    note
  }
  events {
    id
    action
    effectiveOn
    fromStage
    toStage
    decisionRef
    note
    noticeId
    actorName
    actorDisplayName
    recordedAt
  }
  notices {
    id
    title
    stage
    startsOn
    endsOn
    state
    postedOnPaper
  }
  nextSteps {
    action
    toStage
    ready
    failures {
      rule
      message
      earliestDate
      params
    }
  }
  dossier {
    state
    required
    kind {
      id
      code
      name
      step
      required
      fileTypes
    }
    material {
      id
      revision
      fileName
      fileType
      pageCount
      formedOn
      uploadedAt
      uploadedByName
      url
    }
  }
}`) as unknown as TypedDocumentString<RecordCaseTrainingMutation, RecordCaseTrainingMutationVariables>;
export const ApproveAdmissionDocument = new TypedDocumentString(`
    mutation ApproveAdmission($id: ID!, $version: Int!, $on: String!, $decisionRef: String, $note: String) {
  item: approveAdmission(
    id: $id
    version: $version
    on: $on
    decisionRef: $decisionRef
    note: $note
  ) {
    ...CaseDetail
  }
}
    fragment CaseListItem on DevelopmentCase {
  id
  personId
  organizationId
  stage
  appliedOn
  talkedOn
  activistOn
  targetOn
  politicalReviewOn
  trainingDays
  trainingHours
  admittedOn
  approvedOn
  probationEndsOn
  extensionMonths
  closedOn
  version
  updatedAt
  person {
    id
    name
    gender
    birthDate
    employer {
      id
      name
    }
  }
  organization {
    id
    name
    shortName
  }
  alerts {
    kind
    dueOn
  }
  dossierMissing
}
fragment CaseDetail on DevelopmentCase {
  ...CaseListItem
  createdAt
  contacts {
    id
    name
  }
  introducers {
    id
    name
  }
  assessments {
    id
    period
    result
    assessedOn
    note
  }
  events {
    id
    action
    effectiveOn
    fromStage
    toStage
    decisionRef
    note
    noticeId
    actorName
    actorDisplayName
    recordedAt
  }
  notices {
    id
    title
    stage
    startsOn
    endsOn
    state
    postedOnPaper
  }
  nextSteps {
    action
    toStage
    ready
    failures {
      rule
      message
      earliestDate
      params
    }
  }
  dossier {
    state
    required
    kind {
      id
      code
      name
      step
      required
      fileTypes
    }
    material {
      id
      revision
      fileName
      fileType
      pageCount
      formedOn
      uploadedAt
      uploadedByName
      url
    }
  }
}`) as unknown as TypedDocumentString<ApproveAdmissionMutation, ApproveAdmissionMutationVariables>;
export const ExtendProbationDocument = new TypedDocumentString(`
    mutation ExtendProbation($id: ID!, $version: Int!, $on: String!, $months: Int!, $decisionRef: String, $note: String) {
  item: extendProbation(
    id: $id
    version: $version
    on: $on
    months: $months
    decisionRef: $decisionRef
    note: $note
  ) {
    ...CaseDetail
  }
}
    fragment CaseListItem on DevelopmentCase {
  id
  personId
  organizationId
  stage
  appliedOn
  talkedOn
  activistOn
  targetOn
  politicalReviewOn
  trainingDays
  trainingHours
  admittedOn
  approvedOn
  probationEndsOn
  extensionMonths
  closedOn
  version
  updatedAt
  person {
    id
    name
    gender
    birthDate
    employer {
      id
      name
    }
  }
  organization {
    id
    name
    shortName
  }
  alerts {
    kind
    dueOn
  }
  dossierMissing
}
fragment CaseDetail on DevelopmentCase {
  ...CaseListItem
  createdAt
  contacts {
    id
    name
  }
  introducers {
    id
    name
  }
  assessments {
    id
    period
    result
    assessedOn
    note
  }
  events {
    id
    action
    effectiveOn
    fromStage
    toStage
    decisionRef
    note
    noticeId
    actorName
    actorDisplayName
    recordedAt
  }
  notices {
    id
    title
    stage
    startsOn
    endsOn
    state
    postedOnPaper
  }
  nextSteps {
    action
    toStage
    ready
    failures {
      rule
      message
      earliestDate
      params
    }
  }
  dossier {
    state
    required
    kind {
      id
      code
      name
      step
      required
      fileTypes
    }
    material {
      id
      revision
      fileName
      fileType
      pageCount
      formedOn
      uploadedAt
      uploadedByName
      url
    }
  }
}`) as unknown as TypedDocumentString<ExtendProbationMutation, ExtendProbationMutationVariables>;
export const CancelProbationDocument = new TypedDocumentString(`
    mutation CancelProbation($id: ID!, $version: Int!, $on: String!, $decisionRef: String, $note: String) {
  item: cancelProbation(
    id: $id
    version: $version
    on: $on
    decisionRef: $decisionRef
    note: $note
  ) {
    ...CaseDetail
  }
}
    fragment CaseListItem on DevelopmentCase {
  id
  personId
  organizationId
  stage
  appliedOn
  talkedOn
  activistOn
  targetOn
  politicalReviewOn
  trainingDays
  trainingHours
  admittedOn
  approvedOn
  probationEndsOn
  extensionMonths
  closedOn
  version
  updatedAt
  person {
    id
    name
    gender
    birthDate
    employer {
      id
      name
    }
  }
  organization {
    id
    name
    shortName
  }
  alerts {
    kind
    dueOn
  }
  dossierMissing
}
fragment CaseDetail on DevelopmentCase {
  ...CaseListItem
  createdAt
  contacts {
    id
    name
  }
  introducers {
    id
    name
  }
  assessments {
    id
    period
    result
    assessedOn
    note
  }
  events {
    id
    action
    effectiveOn
    fromStage
    toStage
    decisionRef
    note
    noticeId
    actorName
    actorDisplayName
    recordedAt
  }
  notices {
    id
    title
    stage
    startsOn
    endsOn
    state
    postedOnPaper
  }
  nextSteps {
    action
    toStage
    ready
    failures {
      rule
      message
      earliestDate
      params
    }
  }
  dossier {
    state
    required
    kind {
      id
      code
      name
      step
      required
      fileTypes
    }
    material {
      id
      revision
      fileName
      fileType
      pageCount
      formedOn
      uploadedAt
      uploadedByName
      url
    }
  }
}`) as unknown as TypedDocumentString<CancelProbationMutation, CancelProbationMutationVariables>;
export const WithdrawDevelopmentCaseDocument = new TypedDocumentString(`
    mutation WithdrawDevelopmentCase($id: ID!, $version: Int!, $on: String!, $note: String) {
  item: withdrawDevelopmentCase(id: $id, version: $version, on: $on, note: $note) {
    ...CaseDetail
  }
}
    fragment CaseListItem on DevelopmentCase {
  id
  personId
  organizationId
  stage
  appliedOn
  talkedOn
  activistOn
  targetOn
  politicalReviewOn
  trainingDays
  trainingHours
  admittedOn
  approvedOn
  probationEndsOn
  extensionMonths
  closedOn
  version
  updatedAt
  person {
    id
    name
    gender
    birthDate
    employer {
      id
      name
    }
  }
  organization {
    id
    name
    shortName
  }
  alerts {
    kind
    dueOn
  }
  dossierMissing
}
fragment CaseDetail on DevelopmentCase {
  ...CaseListItem
  createdAt
  contacts {
    id
    name
  }
  introducers {
    id
    name
  }
  assessments {
    id
    period
    result
    assessedOn
    note
  }
  events {
    id
    action
    effectiveOn
    fromStage
    toStage
    decisionRef
    note
    noticeId
    actorName
    actorDisplayName
    recordedAt
  }
  notices {
    id
    title
    stage
    startsOn
    endsOn
    state
    postedOnPaper
  }
  nextSteps {
    action
    toStage
    ready
    failures {
      rule
      message
      earliestDate
      params
    }
  }
  dossier {
    state
    required
    kind {
      id
      code
      name
      step
      required
      fileTypes
    }
    material {
      id
      revision
      fileName
      fileType
      pageCount
      formedOn
      uploadedAt
      uploadedByName
      url
    }
  }
}`) as unknown as TypedDocumentString<WithdrawDevelopmentCaseMutation, WithdrawDevelopmentCaseMutationVariables>;
export const MaterialKindsDocument = new TypedDocumentString(`
    query MaterialKinds {
  items: materialKinds {
    ...MaterialKindItem
  }
}
    fragment MaterialKindItem on MaterialKind {
  id
  code
  name
  step
  required
  requiredFrom
  fileTypes
  uploadRoles
  sortOrder
  builtIn
  version
}`) as unknown as TypedDocumentString<MaterialKindsQuery, MaterialKindsQueryVariables>;
export const CreateMaterialKindDocument = new TypedDocumentString(`
    mutation CreateMaterialKind($code: String!, $name: String!, $step: DossierStep!, $required: Boolean!, $requiredFrom: String, $fileTypes: [MaterialFileType!]!, $uploadRoles: [UserRole!]!, $sortOrder: Int) {
  item: createMaterialKind(
    code: $code
    name: $name
    step: $step
    required: $required
    requiredFrom: $requiredFrom
    fileTypes: $fileTypes
    uploadRoles: $uploadRoles
    sortOrder: $sortOrder
  ) {
    ...MaterialKindItem
  }
}
    fragment MaterialKindItem on MaterialKind {
  id
  code
  name
  step
  required
  requiredFrom
  fileTypes
  uploadRoles
  sortOrder
  builtIn
  version
}`) as unknown as TypedDocumentString<CreateMaterialKindMutation, CreateMaterialKindMutationVariables>;
export const UpdateMaterialKindDocument = new TypedDocumentString(`
    mutation UpdateMaterialKind($id: ID!, $version: Int, $name: String, $required: Boolean, $requiredFrom: String, $fileTypes: [MaterialFileType!], $uploadRoles: [UserRole!], $sortOrder: Int) {
  item: updateMaterialKind(
    id: $id
    version: $version
    name: $name
    required: $required
    requiredFrom: $requiredFrom
    fileTypes: $fileTypes
    uploadRoles: $uploadRoles
    sortOrder: $sortOrder
  ) {
    ...MaterialKindItem
  }
}
    fragment MaterialKindItem on MaterialKind {
  id
  code
  name
  step
  required
  requiredFrom
  fileTypes
  uploadRoles
  sortOrder
  builtIn
  version
}`) as unknown as TypedDocumentString<UpdateMaterialKindMutation, UpdateMaterialKindMutationVariables>;
export const MissingMaterialsDocument = new TypedDocumentString(`
    query MissingMaterials($kind: String, $withinOrganization: ID, $page: Int, $perPage: Int) {
  page: missingMaterials(
    kind: $kind
    withinOrganization: $withinOrganization
    page: $page
    perPage: $perPage
  ) {
    total
    items {
      state
      kind {
        id
        code
        name
        step
      }
      case {
        id
        stage
        person {
          id
          name
        }
        organization {
          id
          name
          shortName
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MissingMaterialsQuery, MissingMaterialsQueryVariables>;
export const ExemplarListDocument = new TypedDocumentString(`
    query ExemplarList($page: Int, $perPage: Int, $sortField: String, $sortOrder: String, $filter: ExemplarFilter) {
  items: allExemplars(
    page: $page
    perPage: $perPage
    sortField: $sortField
    sortOrder: $sortOrder
    filter: $filter
  ) {
    ...ExemplarItem
  }
  total: _allExemplarsMeta(page: $page, perPage: $perPage, filter: $filter) {
    count
  }
}
    fragment RevisionItem on ExemplarRevision {
  id
  number
  state
  category
  title
  citation
  story
  awards
  publicity {
    outlet
    mediaType
    link
    date
  }
  noticeId
  noticeStartsOn
  noticeEndsOn
  reviewNote
  authorName
  createdAt
  updatedAt
  photo {
    id
    width
    height
    url
    thumbnailUrl
  }
}
fragment ExemplarItem on Exemplar {
  id
  version
  state
  personId
  subjectOrganizationId
  ownerOrganizationId
  publishedRevisionId
  workingRevisionId
  withdrawnAt
  updatedAt
  person {
    id
    name
  }
  subjectOrganization {
    id
    name
  }
  ownerOrganization {
    id
    name
    shortName
  }
  workingRevision {
    ...RevisionItem
  }
  publishedRevision {
    ...RevisionItem
  }
}`) as unknown as TypedDocumentString<ExemplarListQuery, ExemplarListQueryVariables>;
export const ExemplarsByIdsDocument = new TypedDocumentString(`
    query ExemplarsByIds($ids: [ID!]!) {
  items: allExemplars(perPage: 100, filter: {ids: $ids}) {
    ...ExemplarItem
  }
}
    fragment RevisionItem on ExemplarRevision {
  id
  number
  state
  category
  title
  citation
  story
  awards
  publicity {
    outlet
    mediaType
    link
    date
  }
  noticeId
  noticeStartsOn
  noticeEndsOn
  reviewNote
  authorName
  createdAt
  updatedAt
  photo {
    id
    width
    height
    url
    thumbnailUrl
  }
}
fragment ExemplarItem on Exemplar {
  id
  version
  state
  personId
  subjectOrganizationId
  ownerOrganizationId
  publishedRevisionId
  workingRevisionId
  withdrawnAt
  updatedAt
  person {
    id
    name
  }
  subjectOrganization {
    id
    name
  }
  ownerOrganization {
    id
    name
    shortName
  }
  workingRevision {
    ...RevisionItem
  }
  publishedRevision {
    ...RevisionItem
  }
}`) as unknown as TypedDocumentString<ExemplarsByIdsQuery, ExemplarsByIdsQueryVariables>;
export const ExemplarByIdDocument = new TypedDocumentString(`
    query ExemplarById($id: ID!) {
  item: Exemplar(id: $id) {
    ...ExemplarItem
    createdAt
    revisions {
      ...RevisionItem
    }
  }
}
    fragment RevisionItem on ExemplarRevision {
  id
  number
  state
  category
  title
  citation
  story
  awards
  publicity {
    outlet
    mediaType
    link
    date
  }
  noticeId
  noticeStartsOn
  noticeEndsOn
  reviewNote
  authorName
  createdAt
  updatedAt
  photo {
    id
    width
    height
    url
    thumbnailUrl
  }
}
fragment ExemplarItem on Exemplar {
  id
  version
  state
  personId
  subjectOrganizationId
  ownerOrganizationId
  publishedRevisionId
  workingRevisionId
  withdrawnAt
  updatedAt
  person {
    id
    name
  }
  subjectOrganization {
    id
    name
  }
  ownerOrganization {
    id
    name
    shortName
  }
  workingRevision {
    ...RevisionItem
  }
  publishedRevision {
    ...RevisionItem
  }
}`) as unknown as TypedDocumentString<ExemplarByIdQuery, ExemplarByIdQueryVariables>;
export const ExemplarRevisionDiffDocument = new TypedDocumentString(`
    query ExemplarRevisionDiff($id: ID!, $from: Int!, $to: Int!) {
  changes: exemplarRevisionDiff(id: $id, from: $from, to: $to) {
    field
    before
    after
  }
}
    `) as unknown as TypedDocumentString<ExemplarRevisionDiffQuery, ExemplarRevisionDiffQueryVariables>;
export const CreateExemplarDocument = new TypedDocumentString(`
    mutation CreateExemplar($personId: ID, $subjectOrganizationId: ID, $category: ExemplarCategory, $title: String, $citation: String, $story: String, $awards: [String!], $publicity: [PublicityInput!]) {
  item: createExemplar(
    personId: $personId
    subjectOrganizationId: $subjectOrganizationId
    category: $category
    title: $title
    citation: $citation
    story: $story
    awards: $awards
    publicity: $publicity
  ) {
    ...ExemplarItem
  }
}
    fragment RevisionItem on ExemplarRevision {
  id
  number
  state
  category
  title
  citation
  story
  awards
  publicity {
    outlet
    mediaType
    link
    date
  }
  noticeId
  noticeStartsOn
  noticeEndsOn
  reviewNote
  authorName
  createdAt
  updatedAt
  photo {
    id
    width
    height
    url
    thumbnailUrl
  }
}
fragment ExemplarItem on Exemplar {
  id
  version
  state
  personId
  subjectOrganizationId
  ownerOrganizationId
  publishedRevisionId
  workingRevisionId
  withdrawnAt
  updatedAt
  person {
    id
    name
  }
  subjectOrganization {
    id
    name
  }
  ownerOrganization {
    id
    name
    shortName
  }
  workingRevision {
    ...RevisionItem
  }
  publishedRevision {
    ...RevisionItem
  }
}`) as unknown as TypedDocumentString<CreateExemplarMutation, CreateExemplarMutationVariables>;
export const UpdateExemplarDocument = new TypedDocumentString(`
    mutation UpdateExemplar($id: ID!, $version: Int!, $category: ExemplarCategory, $title: String, $citation: String, $story: String, $awards: [String!], $publicity: [PublicityInput!]) {
  item: updateExemplar(
    id: $id
    version: $version
    category: $category
    title: $title
    citation: $citation
    story: $story
    awards: $awards
    publicity: $publicity
  ) {
    ...ExemplarItem
  }
}
    fragment RevisionItem on ExemplarRevision {
  id
  number
  state
  category
  title
  citation
  story
  awards
  publicity {
    outlet
    mediaType
    link
    date
  }
  noticeId
  noticeStartsOn
  noticeEndsOn
  reviewNote
  authorName
  createdAt
  updatedAt
  photo {
    id
    width
    height
    url
    thumbnailUrl
  }
}
fragment ExemplarItem on Exemplar {
  id
  version
  state
  personId
  subjectOrganizationId
  ownerOrganizationId
  publishedRevisionId
  workingRevisionId
  withdrawnAt
  updatedAt
  person {
    id
    name
  }
  subjectOrganization {
    id
    name
  }
  ownerOrganization {
    id
    name
    shortName
  }
  workingRevision {
    ...RevisionItem
  }
  publishedRevision {
    ...RevisionItem
  }
}`) as unknown as TypedDocumentString<UpdateExemplarMutation, UpdateExemplarMutationVariables>;
export const SubmitExemplarForReviewDocument = new TypedDocumentString(`
    mutation SubmitExemplarForReview($id: ID!, $version: Int!, $note: String) {
  item: submitExemplarForReview(id: $id, version: $version, note: $note) {
    ...ExemplarItem
  }
}
    fragment RevisionItem on ExemplarRevision {
  id
  number
  state
  category
  title
  citation
  story
  awards
  publicity {
    outlet
    mediaType
    link
    date
  }
  noticeId
  noticeStartsOn
  noticeEndsOn
  reviewNote
  authorName
  createdAt
  updatedAt
  photo {
    id
    width
    height
    url
    thumbnailUrl
  }
}
fragment ExemplarItem on Exemplar {
  id
  version
  state
  personId
  subjectOrganizationId
  ownerOrganizationId
  publishedRevisionId
  workingRevisionId
  withdrawnAt
  updatedAt
  person {
    id
    name
  }
  subjectOrganization {
    id
    name
  }
  ownerOrganization {
    id
    name
    shortName
  }
  workingRevision {
    ...RevisionItem
  }
  publishedRevision {
    ...RevisionItem
  }
}`) as unknown as TypedDocumentString<SubmitExemplarForReviewMutation, SubmitExemplarForReviewMutationVariables>;
export const ApproveExemplarDocument = new TypedDocumentString(`
    mutation ApproveExemplar($id: ID!, $version: Int!, $note: String, $hotline: String!, $suggestionBox: String!) {
  item: approveExemplar(
    id: $id
    version: $version
    note: $note
    hotline: $hotline
    suggestionBox: $suggestionBox
  ) {
    ...ExemplarItem
  }
}
    fragment RevisionItem on ExemplarRevision {
  id
  number
  state
  category
  title
  citation
  story
  awards
  publicity {
    outlet
    mediaType
    link
    date
  }
  noticeId
  noticeStartsOn
  noticeEndsOn
  reviewNote
  authorName
  createdAt
  updatedAt
  photo {
    id
    width
    height
    url
    thumbnailUrl
  }
}
fragment ExemplarItem on Exemplar {
  id
  version
  state
  personId
  subjectOrganizationId
  ownerOrganizationId
  publishedRevisionId
  workingRevisionId
  withdrawnAt
  updatedAt
  person {
    id
    name
  }
  subjectOrganization {
    id
    name
  }
  ownerOrganization {
    id
    name
    shortName
  }
  workingRevision {
    ...RevisionItem
  }
  publishedRevision {
    ...RevisionItem
  }
}`) as unknown as TypedDocumentString<ApproveExemplarMutation, ApproveExemplarMutationVariables>;
export const ReturnExemplarToDraftDocument = new TypedDocumentString(`
    mutation ReturnExemplarToDraft($id: ID!, $version: Int!, $note: String) {
  item: returnExemplarToDraft(id: $id, version: $version, note: $note) {
    ...ExemplarItem
  }
}
    fragment RevisionItem on ExemplarRevision {
  id
  number
  state
  category
  title
  citation
  story
  awards
  publicity {
    outlet
    mediaType
    link
    date
  }
  noticeId
  noticeStartsOn
  noticeEndsOn
  reviewNote
  authorName
  createdAt
  updatedAt
  photo {
    id
    width
    height
    url
    thumbnailUrl
  }
}
fragment ExemplarItem on Exemplar {
  id
  version
  state
  personId
  subjectOrganizationId
  ownerOrganizationId
  publishedRevisionId
  workingRevisionId
  withdrawnAt
  updatedAt
  person {
    id
    name
  }
  subjectOrganization {
    id
    name
  }
  ownerOrganization {
    id
    name
    shortName
  }
  workingRevision {
    ...RevisionItem
  }
  publishedRevision {
    ...RevisionItem
  }
}`) as unknown as TypedDocumentString<ReturnExemplarToDraftMutation, ReturnExemplarToDraftMutationVariables>;
export const PublishExemplarDocument = new TypedDocumentString(`
    mutation PublishExemplar($id: ID!, $version: Int!, $note: String) {
  item: publishExemplar(id: $id, version: $version, note: $note) {
    ...ExemplarItem
  }
}
    fragment RevisionItem on ExemplarRevision {
  id
  number
  state
  category
  title
  citation
  story
  awards
  publicity {
    outlet
    mediaType
    link
    date
  }
  noticeId
  noticeStartsOn
  noticeEndsOn
  reviewNote
  authorName
  createdAt
  updatedAt
  photo {
    id
    width
    height
    url
    thumbnailUrl
  }
}
fragment ExemplarItem on Exemplar {
  id
  version
  state
  personId
  subjectOrganizationId
  ownerOrganizationId
  publishedRevisionId
  workingRevisionId
  withdrawnAt
  updatedAt
  person {
    id
    name
  }
  subjectOrganization {
    id
    name
  }
  ownerOrganization {
    id
    name
    shortName
  }
  workingRevision {
    ...RevisionItem
  }
  publishedRevision {
    ...RevisionItem
  }
}`) as unknown as TypedDocumentString<PublishExemplarMutation, PublishExemplarMutationVariables>;
export const WithdrawExemplarDocument = new TypedDocumentString(`
    mutation WithdrawExemplar($id: ID!, $version: Int!, $note: String) {
  item: withdrawExemplar(id: $id, version: $version, note: $note) {
    ...ExemplarItem
  }
}
    fragment RevisionItem on ExemplarRevision {
  id
  number
  state
  category
  title
  citation
  story
  awards
  publicity {
    outlet
    mediaType
    link
    date
  }
  noticeId
  noticeStartsOn
  noticeEndsOn
  reviewNote
  authorName
  createdAt
  updatedAt
  photo {
    id
    width
    height
    url
    thumbnailUrl
  }
}
fragment ExemplarItem on Exemplar {
  id
  version
  state
  personId
  subjectOrganizationId
  ownerOrganizationId
  publishedRevisionId
  workingRevisionId
  withdrawnAt
  updatedAt
  person {
    id
    name
  }
  subjectOrganization {
    id
    name
  }
  ownerOrganization {
    id
    name
    shortName
  }
  workingRevision {
    ...RevisionItem
  }
  publishedRevision {
    ...RevisionItem
  }
}`) as unknown as TypedDocumentString<WithdrawExemplarMutation, WithdrawExemplarMutationVariables>;
export const PublishedExemplarsDocument = new TypedDocumentString(`
    query PublishedExemplars($category: ExemplarCategory, $chamberId: ID, $page: Int, $perPage: Int) {
  items: publishedExemplars(
    category: $category
    chamberId: $chamberId
    page: $page
    perPage: $perPage
  ) {
    id
    category
    title
    name
    chamberName
    citation
    thumbnailUrl
    publishedOn
  }
  total: _publishedExemplarsMeta(category: $category, chamberId: $chamberId) {
    count
  }
}
    `) as unknown as TypedDocumentString<PublishedExemplarsQuery, PublishedExemplarsQueryVariables>;
export const MyTrainingDocument = new TypedDocumentString(`
    query MyTraining($placesPerPage: Int, $openPerPage: Int) {
  places: allEnrollments(
    page: 0
    perPage: $placesPerPage
    sortField: "requestedAt"
    sortOrder: "DESC"
  ) {
    ...EnrollmentItem
  }
  open: allTrainingClasses(
    page: 0
    perPage: $openPerPage
    sortField: "startsOn"
    sortOrder: "ASC"
    filter: {enrollmentOpen: true}
  ) {
    ...ClassItem
  }
}
    fragment ClassItem on TrainingClass {
  id
  programId
  organizerId
  title
  audience
  venue
  online
  startsOn
  endsOn
  capacity
  waitlist
  enrollmentOpensOn
  enrollmentClosesOn
  requiredHours
  totalHours
  status
  seated
  waitlisted
  version
  updatedAt
  program {
    id
    title
  }
  organizer {
    id
    name
    shortName
  }
}
fragment EnrollmentItem on Enrollment {
  id
  classId
  personId
  chamberId
  status
  requestedAt
  hoursCredited
  completedAt
  certificateCode
  certificateRevokedAt
  waitlistPosition
  promotedAt
  version
  person {
    id
    name
    gender
    posts
  }
  class {
    id
    title
    startsOn
    endsOn
  }
  chamber {
    id
    name
    shortName
  }
}`) as unknown as TypedDocumentString<MyTrainingQuery, MyTrainingQueryVariables>;
export const NoticeListDocument = new TypedDocumentString(`
    query NoticeList($page: Int, $perPage: Int, $sortField: String, $sortOrder: String, $filter: PublicNoticeFilter) {
  items: allPublicNotices(
    page: $page
    perPage: $perPage
    sortField: $sortField
    sortOrder: $sortOrder
    filter: $filter
  ) {
    ...NoticeListItem
  }
  total: _allPublicNoticesMeta(page: $page, perPage: $perPage, filter: $filter) {
    count
  }
}
    fragment NoticeListItem on PublicNotice {
  id
  organizationId
  stage
  title
  startsOn
  lengthDays
  dayType
  endsOn
  hotline
  suggestionBox
  publishedAt
  publishedByName
  postedOnPaper
  publishableOnline
  recordableOnPaper
  state
  unclearedReports
  calendarCovered
  caseIds
  version
  updatedAt
  organization {
    id
    name
    shortName
  }
}`) as unknown as TypedDocumentString<NoticeListQuery, NoticeListQueryVariables>;
export const NoticesByIdsDocument = new TypedDocumentString(`
    query NoticesByIds($ids: [ID!]!) {
  items: allPublicNotices(perPage: 100, filter: {ids: $ids}) {
    ...NoticeListItem
  }
}
    fragment NoticeListItem on PublicNotice {
  id
  organizationId
  stage
  title
  startsOn
  lengthDays
  dayType
  endsOn
  hotline
  suggestionBox
  publishedAt
  publishedByName
  postedOnPaper
  publishableOnline
  recordableOnPaper
  state
  unclearedReports
  calendarCovered
  caseIds
  version
  updatedAt
  organization {
    id
    name
    shortName
  }
}`) as unknown as TypedDocumentString<NoticesByIdsQuery, NoticesByIdsQueryVariables>;
export const NoticeByIdDocument = new TypedDocumentString(`
    query NoticeById($id: ID!) {
  item: PublicNotice(id: $id) {
    ...NoticeDetail
  }
}
    fragment NoticeListItem on PublicNotice {
  id
  organizationId
  stage
  title
  startsOn
  lengthDays
  dayType
  endsOn
  hotline
  suggestionBox
  publishedAt
  publishedByName
  postedOnPaper
  publishableOnline
  recordableOnPaper
  state
  unclearedReports
  calendarCovered
  caseIds
  version
  updatedAt
  organization {
    id
    name
    shortName
  }
}
fragment NoticeDetail on PublicNotice {
  ...NoticeListItem
  body
  createdAt
  exemplarId
  publishedById
  paperReason
  paperEvidence
  cases {
    id
    stage
    person {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<NoticeByIdQuery, NoticeByIdQueryVariables>;
export const NoticeEndDateDocument = new TypedDocumentString(`
    query NoticeEndDate($startsOn: String!, $lengthDays: Int!, $dayType: DayType!) {
  span: noticeEndDate(
    startsOn: $startsOn
    lengthDays: $lengthDays
    dayType: $dayType
  ) {
    endsOn
    calendarCovered
  }
}
    `) as unknown as TypedDocumentString<NoticeEndDateQuery, NoticeEndDateQueryVariables>;
export const CreatePublicNoticeDocument = new TypedDocumentString(`
    mutation CreatePublicNotice($organizationId: ID!, $stage: NoticeStage!, $title: String!, $body: String, $startsOn: String!, $lengthDays: Int, $dayType: DayType, $hotline: String!, $suggestionBox: String!, $caseIds: [ID!]) {
  item: createPublicNotice(
    organizationId: $organizationId
    stage: $stage
    title: $title
    body: $body
    startsOn: $startsOn
    lengthDays: $lengthDays
    dayType: $dayType
    hotline: $hotline
    suggestionBox: $suggestionBox
    caseIds: $caseIds
  ) {
    ...NoticeDetail
  }
}
    fragment NoticeListItem on PublicNotice {
  id
  organizationId
  stage
  title
  startsOn
  lengthDays
  dayType
  endsOn
  hotline
  suggestionBox
  publishedAt
  publishedByName
  postedOnPaper
  publishableOnline
  recordableOnPaper
  state
  unclearedReports
  calendarCovered
  caseIds
  version
  updatedAt
  organization {
    id
    name
    shortName
  }
}
fragment NoticeDetail on PublicNotice {
  ...NoticeListItem
  body
  createdAt
  exemplarId
  publishedById
  paperReason
  paperEvidence
  cases {
    id
    stage
    person {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<CreatePublicNoticeMutation, CreatePublicNoticeMutationVariables>;
export const UpdatePublicNoticeDocument = new TypedDocumentString(`
    mutation UpdatePublicNotice($id: ID!, $version: Int!, $title: String, $body: String, $startsOn: String, $lengthDays: Int, $dayType: DayType, $hotline: String, $suggestionBox: String, $caseIds: [ID!]) {
  item: updatePublicNotice(
    id: $id
    version: $version
    title: $title
    body: $body
    startsOn: $startsOn
    lengthDays: $lengthDays
    dayType: $dayType
    hotline: $hotline
    suggestionBox: $suggestionBox
    caseIds: $caseIds
  ) {
    ...NoticeDetail
  }
}
    fragment NoticeListItem on PublicNotice {
  id
  organizationId
  stage
  title
  startsOn
  lengthDays
  dayType
  endsOn
  hotline
  suggestionBox
  publishedAt
  publishedByName
  postedOnPaper
  publishableOnline
  recordableOnPaper
  state
  unclearedReports
  calendarCovered
  caseIds
  version
  updatedAt
  organization {
    id
    name
    shortName
  }
}
fragment NoticeDetail on PublicNotice {
  ...NoticeListItem
  body
  createdAt
  exemplarId
  publishedById
  paperReason
  paperEvidence
  cases {
    id
    stage
    person {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<UpdatePublicNoticeMutation, UpdatePublicNoticeMutationVariables>;
export const DeletePublicNoticeDocument = new TypedDocumentString(`
    mutation DeletePublicNotice($id: ID!, $version: Int) {
  item: deletePublicNotice(id: $id, version: $version) {
    id
    title
  }
}
    `) as unknown as TypedDocumentString<DeletePublicNoticeMutation, DeletePublicNoticeMutationVariables>;
export const PublishNoticeDocument = new TypedDocumentString(`
    mutation PublishNotice($id: ID!, $version: Int!) {
  item: publishNotice(id: $id, version: $version) {
    ...NoticeDetail
  }
}
    fragment NoticeListItem on PublicNotice {
  id
  organizationId
  stage
  title
  startsOn
  lengthDays
  dayType
  endsOn
  hotline
  suggestionBox
  publishedAt
  publishedByName
  postedOnPaper
  publishableOnline
  recordableOnPaper
  state
  unclearedReports
  calendarCovered
  caseIds
  version
  updatedAt
  organization {
    id
    name
    shortName
  }
}
fragment NoticeDetail on PublicNotice {
  ...NoticeListItem
  body
  createdAt
  exemplarId
  publishedById
  paperReason
  paperEvidence
  cases {
    id
    stage
    person {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<PublishNoticeMutation, PublishNoticeMutationVariables>;
export const RecordPaperNoticeDocument = new TypedDocumentString(`
    mutation RecordPaperNotice($id: ID!, $version: Int, $reason: String!, $evidence: String!) {
  item: recordPaperNotice(
    id: $id
    version: $version
    reason: $reason
    evidence: $evidence
  ) {
    ...NoticeDetail
  }
}
    fragment NoticeListItem on PublicNotice {
  id
  organizationId
  stage
  title
  startsOn
  lengthDays
  dayType
  endsOn
  hotline
  suggestionBox
  publishedAt
  publishedByName
  postedOnPaper
  publishableOnline
  recordableOnPaper
  state
  unclearedReports
  calendarCovered
  caseIds
  version
  updatedAt
  organization {
    id
    name
    shortName
  }
}
fragment NoticeDetail on PublicNotice {
  ...NoticeListItem
  body
  createdAt
  exemplarId
  publishedById
  paperReason
  paperEvidence
  cases {
    id
    stage
    person {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<RecordPaperNoticeMutation, RecordPaperNoticeMutationVariables>;
export const CalendarDayListDocument = new TypedDocumentString(`
    query CalendarDayList($page: Int, $perPage: Int, $sortField: String, $sortOrder: String, $filter: CalendarDayFilter) {
  items: allCalendarDays(
    page: $page
    perPage: $perPage
    sortField: $sortField
    sortOrder: $sortOrder
    filter: $filter
  ) {
    id
    date
    kind
    note
  }
  total: _allCalendarDaysMeta(page: $page, perPage: $perPage, filter: $filter) {
    count
  }
  years: officialCalendarYears {
    from
    to
  }
}
    `) as unknown as TypedDocumentString<CalendarDayListQuery, CalendarDayListQueryVariables>;
export const SetCalendarDayDocument = new TypedDocumentString(`
    mutation SetCalendarDay($date: String!, $kind: CalendarDayKind!, $note: String) {
  item: setCalendarDay(date: $date, kind: $kind, note: $note) {
    id
    date
    kind
    note
  }
}
    `) as unknown as TypedDocumentString<SetCalendarDayMutation, SetCalendarDayMutationVariables>;
export const ClearCalendarDayDocument = new TypedDocumentString(`
    mutation ClearCalendarDay($id: ID!) {
  item: clearCalendarDay(id: $id) {
    id
    date
    kind
    note
  }
}
    `) as unknown as TypedDocumentString<ClearCalendarDayMutation, ClearCalendarDayMutationVariables>;
export const PublishedNoticesDocument = new TypedDocumentString(`
    query PublishedNotices($page: Int, $perPage: Int) {
  items: publishedNotices(page: $page, perPage: $perPage) {
    id
    title
    stage
    organizationName
    startsOn
    endsOn
    phase
  }
  total: _publishedNoticesMeta {
    count
  }
}
    `) as unknown as TypedDocumentString<PublishedNoticesQuery, PublishedNoticesQueryVariables>;
export const PublishedNoticeDocument = new TypedDocumentString(`
    query PublishedNotice($id: ID!) {
  item: publishedNotice(id: $id) {
    id
    title
    body
    stage
    organizationName
    startsOn
    endsOn
    lengthDays
    dayType
    hotline
    suggestionBox
    phase
    postedOnPaper
    exemplarSubject
    candidates {
      caseId
      name
      stage
      employerName
    }
  }
}
    `) as unknown as TypedDocumentString<PublishedNoticeQuery, PublishedNoticeQueryVariables>;
export const FileReportDocument = new TypedDocumentString(`
    mutation FileReport($noticeId: ID, $caseId: ID, $content: String!, $anonymous: Boolean, $reporterName: String, $reporterContact: String, $website: String) {
  receipt: fileReport(
    noticeId: $noticeId
    caseId: $caseId
    content: $content
    anonymous: $anonymous
    reporterName: $reporterName
    reporterContact: $reporterContact
    website: $website
  ) {
    reference
    receivedOn
  }
}
    `) as unknown as TypedDocumentString<FileReportMutation, FileReportMutationVariables>;
export const OrganizationListDocument = new TypedDocumentString(`
    query OrganizationList($page: Int, $perPage: Int, $sortField: String, $sortOrder: String, $filter: OrganizationFilter) {
  items: allOrganizations(
    page: $page
    perPage: $perPage
    sortField: $sortField
    sortOrder: $sortOrder
    filter: $filter
  ) {
    ...OrganizationListItem
  }
  total: _allOrganizationsMeta(page: $page, perPage: $perPage, filter: $filter) {
    count
  }
}
    fragment OrganizationListItem on Organization {
  id
  kind
  name
  shortName
  namePinyin
  parentId
  hostId
  depth
  status
  creditCode
  originProvince
  industry
  employeeCount
  foundedOn
  termState
  archivedAt
  version
  updatedAt
  parent {
    id
    name
    shortName
    kind
  }
  childCount
  enterpriseCount
}`) as unknown as TypedDocumentString<OrganizationListQuery, OrganizationListQueryVariables>;
export const OrganizationsByIdsDocument = new TypedDocumentString(`
    query OrganizationsByIds($ids: [ID!]!) {
  items: allOrganizations(perPage: 100, filter: {ids: $ids}) {
    ...OrganizationListItem
  }
}
    fragment OrganizationListItem on Organization {
  id
  kind
  name
  shortName
  namePinyin
  parentId
  hostId
  depth
  status
  creditCode
  originProvince
  industry
  employeeCount
  foundedOn
  termState
  archivedAt
  version
  updatedAt
  parent {
    id
    name
    shortName
    kind
  }
  childCount
  enterpriseCount
}`) as unknown as TypedDocumentString<OrganizationsByIdsQuery, OrganizationsByIdsQueryVariables>;
export const OrganizationTreeDocument = new TypedDocumentString(`
    query OrganizationTree($rootId: ID!) {
  items: allOrganizations(
    perPage: 100
    sortField: "depth"
    filter: {descendantsOf: $rootId}
  ) {
    id
    kind
    name
    shortName
    parentId
    depth
    status
    childCount
  }
}
    `) as unknown as TypedDocumentString<OrganizationTreeQuery, OrganizationTreeQueryVariables>;
export const OrganizationByIdDocument = new TypedDocumentString(`
    query OrganizationById($id: ID!) {
  item: Organization(id: $id) {
    ...OrganizationDetail
  }
}
    fragment OrganizationListItem on Organization {
  id
  kind
  name
  shortName
  namePinyin
  parentId
  hostId
  depth
  status
  creditCode
  originProvince
  industry
  employeeCount
  foundedOn
  termState
  archivedAt
  version
  updatedAt
  parent {
    id
    name
    shortName
    kind
  }
  childCount
  enterpriseCount
}
fragment OrganizationDetail on Organization {
  ...OrganizationListItem
  termStartedOn
  termEndsOn
  jointEnterprises {
    id
    name
  }
  address
  phone
  createdAt
  host {
    id
    name
    kind
  }
  ancestors {
    id
    name
    shortName
    kind
  }
}`) as unknown as TypedDocumentString<OrganizationByIdQuery, OrganizationByIdQueryVariables>;
export const CreateOrganizationDocument = new TypedDocumentString(`
    mutation CreateOrganization($kind: OrganizationKind!, $name: String!, $shortName: String, $parentId: ID, $hostId: ID, $status: OrganizationStatus, $creditCode: String, $originProvince: String, $industry: String, $employeeCount: Int, $foundedOn: String, $termStartedOn: String, $address: String, $phone: String) {
  item: createOrganization(
    kind: $kind
    name: $name
    shortName: $shortName
    parentId: $parentId
    hostId: $hostId
    status: $status
    creditCode: $creditCode
    originProvince: $originProvince
    industry: $industry
    employeeCount: $employeeCount
    foundedOn: $foundedOn
    termStartedOn: $termStartedOn
    address: $address
    phone: $phone
  ) {
    ...OrganizationDetail
  }
}
    fragment OrganizationListItem on Organization {
  id
  kind
  name
  shortName
  namePinyin
  parentId
  hostId
  depth
  status
  creditCode
  originProvince
  industry
  employeeCount
  foundedOn
  termState
  archivedAt
  version
  updatedAt
  parent {
    id
    name
    shortName
    kind
  }
  childCount
  enterpriseCount
}
fragment OrganizationDetail on Organization {
  ...OrganizationListItem
  termStartedOn
  termEndsOn
  jointEnterprises {
    id
    name
  }
  address
  phone
  createdAt
  host {
    id
    name
    kind
  }
  ancestors {
    id
    name
    shortName
    kind
  }
}`) as unknown as TypedDocumentString<CreateOrganizationMutation, CreateOrganizationMutationVariables>;
export const UpdateOrganizationDocument = new TypedDocumentString(`
    mutation UpdateOrganization($id: ID!, $version: Int!, $kind: OrganizationKind, $name: String, $shortName: String, $parentId: ID, $hostId: ID, $status: OrganizationStatus, $creditCode: String, $originProvince: String, $industry: String, $employeeCount: Int, $foundedOn: String, $termStartedOn: String, $address: String, $phone: String) {
  item: updateOrganization(
    id: $id
    version: $version
    kind: $kind
    name: $name
    shortName: $shortName
    parentId: $parentId
    hostId: $hostId
    status: $status
    creditCode: $creditCode
    originProvince: $originProvince
    industry: $industry
    employeeCount: $employeeCount
    foundedOn: $foundedOn
    termStartedOn: $termStartedOn
    address: $address
    phone: $phone
  ) {
    ...OrganizationDetail
  }
}
    fragment OrganizationListItem on Organization {
  id
  kind
  name
  shortName
  namePinyin
  parentId
  hostId
  depth
  status
  creditCode
  originProvince
  industry
  employeeCount
  foundedOn
  termState
  archivedAt
  version
  updatedAt
  parent {
    id
    name
    shortName
    kind
  }
  childCount
  enterpriseCount
}
fragment OrganizationDetail on Organization {
  ...OrganizationListItem
  termStartedOn
  termEndsOn
  jointEnterprises {
    id
    name
  }
  address
  phone
  createdAt
  host {
    id
    name
    kind
  }
  ancestors {
    id
    name
    shortName
    kind
  }
}`) as unknown as TypedDocumentString<UpdateOrganizationMutation, UpdateOrganizationMutationVariables>;
export const DeleteOrganizationDocument = new TypedDocumentString(`
    mutation DeleteOrganization($id: ID!, $version: Int) {
  item: deleteOrganization(id: $id, version: $version) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<DeleteOrganizationMutation, DeleteOrganizationMutationVariables>;
export const ArchiveOrganizationDocument = new TypedDocumentString(`
    mutation ArchiveOrganization($id: ID!, $version: Int!) {
  item: archiveOrganization(id: $id, version: $version) {
    ...OrganizationDetail
  }
}
    fragment OrganizationListItem on Organization {
  id
  kind
  name
  shortName
  namePinyin
  parentId
  hostId
  depth
  status
  creditCode
  originProvince
  industry
  employeeCount
  foundedOn
  termState
  archivedAt
  version
  updatedAt
  parent {
    id
    name
    shortName
    kind
  }
  childCount
  enterpriseCount
}
fragment OrganizationDetail on Organization {
  ...OrganizationListItem
  termStartedOn
  termEndsOn
  jointEnterprises {
    id
    name
  }
  address
  phone
  createdAt
  host {
    id
    name
    kind
  }
  ancestors {
    id
    name
    shortName
    kind
  }
}`) as unknown as TypedDocumentString<ArchiveOrganizationMutation, ArchiveOrganizationMutationVariables>;
export const RestoreOrganizationDocument = new TypedDocumentString(`
    mutation RestoreOrganization($id: ID!, $version: Int!) {
  item: restoreOrganization(id: $id, version: $version) {
    ...OrganizationDetail
  }
}
    fragment OrganizationListItem on Organization {
  id
  kind
  name
  shortName
  namePinyin
  parentId
  hostId
  depth
  status
  creditCode
  originProvince
  industry
  employeeCount
  foundedOn
  termState
  archivedAt
  version
  updatedAt
  parent {
    id
    name
    shortName
    kind
  }
  childCount
  enterpriseCount
}
fragment OrganizationDetail on Organization {
  ...OrganizationListItem
  termStartedOn
  termEndsOn
  jointEnterprises {
    id
    name
  }
  address
  phone
  createdAt
  host {
    id
    name
    kind
  }
  ancestors {
    id
    name
    shortName
    kind
  }
}`) as unknown as TypedDocumentString<RestoreOrganizationMutation, RestoreOrganizationMutationVariables>;
export const OrganizationSubtreePageDocument = new TypedDocumentString(`
    query OrganizationSubtreePage($rootId: ID!, $page: Int!) {
  items: allOrganizations(
    page: $page
    perPage: 100
    sortField: "depth"
    filter: {descendantsOf: $rootId}
  ) {
    id
    kind
    name
    shortName
    parentId
    depth
    status
    childCount
  }
}
    `) as unknown as TypedDocumentString<OrganizationSubtreePageQuery, OrganizationSubtreePageQueryVariables>;
export const SetJointBranchEnterprisesDocument = new TypedDocumentString(`
    mutation SetJointBranchEnterprises($jointBranchId: ID!, $version: Int!, $enterpriseIds: [ID!]!) {
  item: setJointBranchEnterprises(
    jointBranchId: $jointBranchId
    version: $version
    enterpriseIds: $enterpriseIds
  ) {
    ...OrganizationDetail
  }
}
    fragment OrganizationListItem on Organization {
  id
  kind
  name
  shortName
  namePinyin
  parentId
  hostId
  depth
  status
  creditCode
  originProvince
  industry
  employeeCount
  foundedOn
  termState
  archivedAt
  version
  updatedAt
  parent {
    id
    name
    shortName
    kind
  }
  childCount
  enterpriseCount
}
fragment OrganizationDetail on Organization {
  ...OrganizationListItem
  termStartedOn
  termEndsOn
  jointEnterprises {
    id
    name
  }
  address
  phone
  createdAt
  host {
    id
    name
    kind
  }
  ancestors {
    id
    name
    shortName
    kind
  }
}`) as unknown as TypedDocumentString<SetJointBranchEnterprisesMutation, SetJointBranchEnterprisesMutationVariables>;
export const HomeDashboardDocument = new TypedDocumentString(`
    query HomeDashboard($year: Int) {
  item: homeDashboard(year: $year) {
    year
    asOf
    chambers
    organizationCoverage
    workCoverage
    chamberCoverage
    meetings {
      organizations
      average
      regular
      partial
      irregular
      annualOnly
    }
    openCases
    pipeline {
      stage
      count
    }
    trainingSeats
    trainingCompleted
    trainingCompletionRate
    lettersSigned
    assessed
    averageAssessment
    venueUnits
    venuesCompliant
    overdue {
      kind
      count
    }
    coverageByChamber {
      chamberId
      chamberName
      value
      second
    }
    trainingByChamber {
      chamberId
      chamberName
      value
      second
    }
    assessmentByChamber {
      chamberId
      chamberName
      value
    }
  }
}
    `) as unknown as TypedDocumentString<HomeDashboardQuery, HomeDashboardQueryVariables>;
export const MeetingListDocument = new TypedDocumentString(`
    query MeetingList($page: Int, $perPage: Int, $sortField: String, $sortOrder: String, $filter: MeetingFilter) {
  items: allMeetings(
    page: $page
    perPage: $perPage
    sortField: $sortField
    sortOrder: $sortOrder
    filter: $filter
  ) {
    ...MeetingItem
  }
  total: _allMeetingsMeta(page: $page, perPage: $perPage, filter: $filter) {
    count
  }
}
    fragment MeetingItem on Meeting {
  id
  organizationId
  organization {
    id
    name
  }
  type
  topic
  plannedOn
  heldOn
  status
  location
  expectedCount
  attendedCount
  attendanceRate
  minutes
  version
}`) as unknown as TypedDocumentString<MeetingListQuery, MeetingListQueryVariables>;
export const MeetingsByIdsDocument = new TypedDocumentString(`
    query MeetingsByIds($ids: [ID!]!) {
  items: allMeetings(perPage: 100, filter: {ids: $ids}) {
    ...MeetingItem
  }
}
    fragment MeetingItem on Meeting {
  id
  organizationId
  organization {
    id
    name
  }
  type
  topic
  plannedOn
  heldOn
  status
  location
  expectedCount
  attendedCount
  attendanceRate
  minutes
  version
}`) as unknown as TypedDocumentString<MeetingsByIdsQuery, MeetingsByIdsQueryVariables>;
export const MeetingByIdDocument = new TypedDocumentString(`
    query MeetingById($id: ID!) {
  item: Meeting(id: $id) {
    ...MeetingItem
  }
}
    fragment MeetingItem on Meeting {
  id
  organizationId
  organization {
    id
    name
  }
  type
  topic
  plannedOn
  heldOn
  status
  location
  expectedCount
  attendedCount
  attendanceRate
  minutes
  version
}`) as unknown as TypedDocumentString<MeetingByIdQuery, MeetingByIdQueryVariables>;
export const CreateMeetingDocument = new TypedDocumentString(`
    mutation CreateMeeting($organizationId: ID!, $type: MeetingType!, $topic: String!, $plannedOn: String!, $location: String, $expectedCount: Int) {
  item: createMeeting(
    organizationId: $organizationId
    type: $type
    topic: $topic
    plannedOn: $plannedOn
    location: $location
    expectedCount: $expectedCount
  ) {
    ...MeetingItem
  }
}
    fragment MeetingItem on Meeting {
  id
  organizationId
  organization {
    id
    name
  }
  type
  topic
  plannedOn
  heldOn
  status
  location
  expectedCount
  attendedCount
  attendanceRate
  minutes
  version
}`) as unknown as TypedDocumentString<CreateMeetingMutation, CreateMeetingMutationVariables>;
export const UpdateMeetingDocument = new TypedDocumentString(`
    mutation UpdateMeeting($id: ID!, $version: Int!, $topic: String, $plannedOn: String, $location: String, $expectedCount: Int) {
  item: updateMeeting(
    id: $id
    version: $version
    topic: $topic
    plannedOn: $plannedOn
    location: $location
    expectedCount: $expectedCount
  ) {
    ...MeetingItem
  }
}
    fragment MeetingItem on Meeting {
  id
  organizationId
  organization {
    id
    name
  }
  type
  topic
  plannedOn
  heldOn
  status
  location
  expectedCount
  attendedCount
  attendanceRate
  minutes
  version
}`) as unknown as TypedDocumentString<UpdateMeetingMutation, UpdateMeetingMutationVariables>;
export const RecordMeetingHeldDocument = new TypedDocumentString(`
    mutation RecordMeetingHeld($id: ID!, $version: Int!, $heldOn: String!, $attendedCount: Int!, $expectedCount: Int, $minutes: String) {
  item: recordMeetingHeld(
    id: $id
    version: $version
    heldOn: $heldOn
    attendedCount: $attendedCount
    expectedCount: $expectedCount
    minutes: $minutes
  ) {
    ...MeetingItem
  }
}
    fragment MeetingItem on Meeting {
  id
  organizationId
  organization {
    id
    name
  }
  type
  topic
  plannedOn
  heldOn
  status
  location
  expectedCount
  attendedCount
  attendanceRate
  minutes
  version
}`) as unknown as TypedDocumentString<RecordMeetingHeldMutation, RecordMeetingHeldMutationVariables>;
export const CancelMeetingDocument = new TypedDocumentString(`
    mutation CancelMeeting($id: ID!, $version: Int!) {
  item: cancelMeeting(id: $id, version: $version) {
    ...MeetingItem
  }
}
    fragment MeetingItem on Meeting {
  id
  organizationId
  organization {
    id
    name
  }
  type
  topic
  plannedOn
  heldOn
  status
  location
  expectedCount
  attendedCount
  attendanceRate
  minutes
  version
}`) as unknown as TypedDocumentString<CancelMeetingMutation, CancelMeetingMutationVariables>;
export const MeetingRegularityDocument = new TypedDocumentString(`
    query MeetingRegularity($year: Int!, $withinOrganization: ID, $annualOnly: Boolean, $page: Int, $perPage: Int) {
  page: meetingRegularityPage(
    year: $year
    withinOrganization: $withinOrganization
    annualOnly: $annualOnly
    page: $page
    perPage: $perPage
  ) {
    total
    items {
      organizationId
      organizationName
      organizationKind
      elapsedPeriods
      compliantPeriods
      regularity
      heldMeetings
      annualOnly
    }
  }
}
    `) as unknown as TypedDocumentString<MeetingRegularityQuery, MeetingRegularityQueryVariables>;
export const RectificationListDocument = new TypedDocumentString(`
    query RectificationList($page: Int, $perPage: Int, $sortField: String, $sortOrder: String, $filter: RectificationFilter) {
  items: allRectificationCases(
    page: $page
    perPage: $perPage
    sortField: $sortField
    sortOrder: $sortOrder
    filter: $filter
  ) {
    ...RectificationItem
  }
  total: _allRectificationCasesMeta(
    page: $page
    perPage: $perPage
    filter: $filter
  ) {
    count
  }
}
    fragment RectificationItem on RectificationCase {
  id
  organizationId
  organization {
    id
    name
  }
  state
  problems
  measures
  identifiedOn
  acceptedOn
  acceptanceNote
  closedOn
  version
}`) as unknown as TypedDocumentString<RectificationListQuery, RectificationListQueryVariables>;
export const RectificationsByIdsDocument = new TypedDocumentString(`
    query RectificationsByIds($ids: [ID!]!) {
  items: allRectificationCases(perPage: 100, filter: {ids: $ids}) {
    ...RectificationItem
  }
}
    fragment RectificationItem on RectificationCase {
  id
  organizationId
  organization {
    id
    name
  }
  state
  problems
  measures
  identifiedOn
  acceptedOn
  acceptanceNote
  closedOn
  version
}`) as unknown as TypedDocumentString<RectificationsByIdsQuery, RectificationsByIdsQueryVariables>;
export const CoverageDocument = new TypedDocumentString(`
    query Coverage($withinOrganization: ID) {
  coverage(withinOrganization: $withinOrganization) {
    enterprises
    enterprisesWithMembers
    organizationCovered
    organizationCoverage
    workCovered
    workCoverage
    chambers
    chambersWithPartyOrganization
    chamberCoverage
    byChamber {
      chamberId
      chamberName
      hasPartyOrganization
      enterprises
      enterprisesWithMembers
      organizationCovered
      organizationCoverage
      workCovered
      workCoverage
    }
  }
}
    `) as unknown as TypedDocumentString<CoverageQuery, CoverageQueryVariables>;
export const UncoveredEnterprisesDocument = new TypedDocumentString(`
    query UncoveredEnterprises($withinOrganization: ID, $missing: CoverageGap, $page: Int, $perPage: Int) {
  page: uncoveredEnterprisePage(
    withinOrganization: $withinOrganization
    missing: $missing
    page: $page
    perPage: $perPage
  ) {
    total
    items {
      id
      name
      chamberId
      members
      missingOrganization
      missingWork
    }
  }
}
    `) as unknown as TypedDocumentString<UncoveredEnterprisesQuery, UncoveredEnterprisesQueryVariables>;
export const VenueComplianceDocument = new TypedDocumentString(`
    query VenueCompliance($withinOrganization: ID, $shortOnly: Boolean, $page: Int, $perPage: Int) {
  page: venueCompliancePage(
    withinOrganization: $withinOrganization
    shortOnly: $shortOnly
    page: $page
    perPage: $perPage
  ) {
    total
    items {
      organizationId
      organizationName
      kind
      members
      requiredStandard
      compliant
      venueId
      missing
    }
  }
}
    `) as unknown as TypedDocumentString<VenueComplianceQuery, VenueComplianceQueryVariables>;
export const ResponsibilityLettersDocument = new TypedDocumentString(`
    query ResponsibilityLetters($year: Int!, $page: Int, $perPage: Int) {
  items: allResponsibilityLetters(
    page: $page
    perPage: $perPage
    sortField: "chamber"
    sortOrder: "ASC"
    filter: {year: $year}
  ) {
    id
    chamberId
    chamber {
      id
      name
    }
    year
    signedOn
    signatory
    targets {
      area
      target
    }
  }
  total: _allResponsibilityLettersMeta(filter: {year: $year}) {
    count
  }
}
    `) as unknown as TypedDocumentString<ResponsibilityLettersQuery, ResponsibilityLettersQueryVariables>;
export const ChambersWithoutLetterDocument = new TypedDocumentString(`
    query ChambersWithoutLetter($year: Int!, $page: Int, $perPage: Int) {
  page: chambersWithoutLetterPage(year: $year, page: $page, perPage: $perPage) {
    total
    items {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<ChambersWithoutLetterQuery, ChambersWithoutLetterQueryVariables>;
export const SignResponsibilityLetterDocument = new TypedDocumentString(`
    mutation SignResponsibilityLetter($chamberId: ID!, $year: Int!, $signedOn: String!, $signatory: String!, $targets: [LetterTargetInput!]!) {
  item: signResponsibilityLetter(
    chamberId: $chamberId
    year: $year
    signedOn: $signedOn
    signatory: $signatory
    targets: $targets
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<SignResponsibilityLetterMutation, SignResponsibilityLetterMutationVariables>;
export const AssessmentsDocument = new TypedDocumentString(`
    query Assessments($year: Int!, $page: Int, $perPage: Int) {
  items: allAssessments(
    page: $page
    perPage: $perPage
    sortField: "total"
    sortOrder: "DESC"
    filter: {year: $year}
  ) {
    id
    chamberId
    chamber {
      id
      name
    }
    year
    assessedOn
    total
    comment
    scores {
      area
      score
      weight
      note
    }
    version
  }
  total: _allAssessmentsMeta(filter: {year: $year}) {
    count
  }
  weights: assessmentWeights(year: $year) {
    area
    weight
  }
}
    `) as unknown as TypedDocumentString<AssessmentsQuery, AssessmentsQueryVariables>;
export const ChambersNotAssessedDocument = new TypedDocumentString(`
    query ChambersNotAssessed($year: Int!, $page: Int, $perPage: Int) {
  page: chambersNotAssessedPage(year: $year, page: $page, perPage: $perPage) {
    total
    items {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<ChambersNotAssessedQuery, ChambersNotAssessedQueryVariables>;
export const RecordAssessmentDocument = new TypedDocumentString(`
    mutation RecordAssessment($chamberId: ID!, $year: Int!, $assessedOn: String!, $scores: [AreaScoreInput!]!, $comment: String) {
  item: recordAssessment(
    chamberId: $chamberId
    year: $year
    assessedOn: $assessedOn
    scores: $scores
    comment: $comment
  ) {
    id
    total
  }
}
    `) as unknown as TypedDocumentString<RecordAssessmentMutation, RecordAssessmentMutationVariables>;
export const UpdateAssessmentDocument = new TypedDocumentString(`
    mutation UpdateAssessment($id: ID!, $version: Int!, $assessedOn: String, $scores: [AreaScoreInput!], $comment: String) {
  item: updateAssessment(
    id: $id
    version: $version
    assessedOn: $assessedOn
    scores: $scores
    comment: $comment
  ) {
    id
    total
    version
  }
}
    `) as unknown as TypedDocumentString<UpdateAssessmentMutation, UpdateAssessmentMutationVariables>;
export const VenuesOfDocument = new TypedDocumentString(`
    query VenuesOf($organizationId: ID) {
  items: allVenues(
    filter: {organizationId: $organizationId}
    perPage: 100
    sortField: "id"
  ) {
    ...VenueItem
  }
  fourHaves: venueChecklist(standard: FOUR_HAVES) {
    code
    label
  }
  full: venueChecklist(standard: FULL) {
    code
    label
  }
  massRoom: venueChecklist(standard: MASS_ROOM) {
    code
    label
  }
}
    fragment VenueItem on Venue {
  id
  organizationId
  name
  standard
  address
  areaSqm
  checkedOn
  checks {
    code
    ok
    note
  }
  photos {
    id
    url
    thumbnailUrl
    width
    height
  }
  version
}`) as unknown as TypedDocumentString<VenuesOfQuery, VenuesOfQueryVariables>;
export const CreateVenueDocument = new TypedDocumentString(`
    mutation CreateVenue($organizationId: ID!, $standard: VenueStandard!, $name: String!, $address: String, $areaSqm: Int) {
  item: createVenue(
    organizationId: $organizationId
    standard: $standard
    name: $name
    address: $address
    areaSqm: $areaSqm
  ) {
    ...VenueItem
  }
}
    fragment VenueItem on Venue {
  id
  organizationId
  name
  standard
  address
  areaSqm
  checkedOn
  checks {
    code
    ok
    note
  }
  photos {
    id
    url
    thumbnailUrl
    width
    height
  }
  version
}`) as unknown as TypedDocumentString<CreateVenueMutation, CreateVenueMutationVariables>;
export const InspectVenueDocument = new TypedDocumentString(`
    mutation InspectVenue($id: ID!, $version: Int!, $checkedOn: String!, $checks: [VenueCheckInput!]!) {
  item: inspectVenue(
    id: $id
    version: $version
    checkedOn: $checkedOn
    checks: $checks
  ) {
    ...VenueItem
  }
}
    fragment VenueItem on Venue {
  id
  organizationId
  name
  standard
  address
  areaSqm
  checkedOn
  checks {
    code
    ok
    note
  }
  photos {
    id
    url
    thumbnailUrl
    width
    height
  }
  version
}`) as unknown as TypedDocumentString<InspectVenueMutation, InspectVenueMutationVariables>;
export const RemoveVenuePhotoDocument = new TypedDocumentString(`
    mutation RemoveVenuePhoto($id: ID!) {
  item: removeVenuePhoto(id: $id) {
    ...VenueItem
  }
}
    fragment VenueItem on Venue {
  id
  organizationId
  name
  standard
  address
  areaSqm
  checkedOn
  checks {
    code
    ok
    note
  }
  photos {
    id
    url
    thumbnailUrl
    width
    height
  }
  version
}`) as unknown as TypedDocumentString<RemoveVenuePhotoMutation, RemoveVenuePhotoMutationVariables>;
export const OversightSettingsDocument = new TypedDocumentString(`
    query OversightSettings($year: Int!) {
  rules: organizationRules {
    ...RulesItem
  }
  requirements: meetingRequirements {
    organizationKind
    type
    period
    minCount
  }
  weights: assessmentWeights(year: $year) {
    area
    weight
  }
}
    fragment RulesItem on OrganizationRules {
  branchMinFullMembers
  generalBranchAboveMembers
  committeeMinMembers
  jointBranchMaxEnterprises
  committeeTermYears
  branchTermYears
  termDueSoonMonths
  fullVenueMinMembers
}`) as unknown as TypedDocumentString<OversightSettingsQuery, OversightSettingsQueryVariables>;
export const SetOrganizationRulesDocument = new TypedDocumentString(`
    mutation SetOrganizationRules($branchMinFullMembers: Int, $generalBranchAboveMembers: Int, $committeeMinMembers: Int, $jointBranchMaxEnterprises: Int, $committeeTermYears: Int, $branchTermYears: Int, $termDueSoonMonths: Int, $fullVenueMinMembers: Int) {
  rules: setOrganizationRules(
    branchMinFullMembers: $branchMinFullMembers
    generalBranchAboveMembers: $generalBranchAboveMembers
    committeeMinMembers: $committeeMinMembers
    jointBranchMaxEnterprises: $jointBranchMaxEnterprises
    committeeTermYears: $committeeTermYears
    branchTermYears: $branchTermYears
    termDueSoonMonths: $termDueSoonMonths
    fullVenueMinMembers: $fullVenueMinMembers
  ) {
    ...RulesItem
  }
}
    fragment RulesItem on OrganizationRules {
  branchMinFullMembers
  generalBranchAboveMembers
  committeeMinMembers
  jointBranchMaxEnterprises
  committeeTermYears
  branchTermYears
  termDueSoonMonths
  fullVenueMinMembers
}`) as unknown as TypedDocumentString<SetOrganizationRulesMutation, SetOrganizationRulesMutationVariables>;
export const SetAssessmentWeightsDocument = new TypedDocumentString(`
    mutation SetAssessmentWeights($year: Int!, $weights: [AreaWeightInput!]!) {
  weights: setAssessmentWeights(year: $year, weights: $weights) {
    area
    weight
  }
}
    `) as unknown as TypedDocumentString<SetAssessmentWeightsMutation, SetAssessmentWeightsMutationVariables>;
export const SetMeetingRequirementDocument = new TypedDocumentString(`
    mutation SetMeetingRequirement($organizationKind: OrganizationKind!, $type: MeetingType!, $period: MeetingPeriod!, $minCount: Int!) {
  requirements: setMeetingRequirement(
    organizationKind: $organizationKind
    type: $type
    period: $period
    minCount: $minCount
  ) {
    organizationKind
    type
    period
    minCount
  }
}
    `) as unknown as TypedDocumentString<SetMeetingRequirementMutation, SetMeetingRequirementMutationVariables>;
export const PersonListDocument = new TypedDocumentString(`
    query PersonList($page: Int, $perPage: Int, $sortField: String, $sortOrder: String, $filter: PersonFilter) {
  items: allPeople(
    page: $page
    perPage: $perPage
    sortField: $sortField
    sortOrder: $sortOrder
    filter: $filter
  ) {
    ...PersonListItem
  }
  total: _allPeopleMeta(page: $page, perPage: $perPage, filter: $filter) {
    count
  }
}
    fragment PersonListItem on Person {
  id
  name
  namePinyin
  gender
  birthDate
  education
  phone
  nationalId
  organizationId
  employerId
  posts
  membershipStatus
  relation
  admittedOn
  fullMemberSince
  votes
  archivedAt
  version
  updatedAt
  organization {
    id
    name
    shortName
    kind
  }
  employer {
    id
    name
    shortName
  }
}`) as unknown as TypedDocumentString<PersonListQuery, PersonListQueryVariables>;
export const PeopleByIdsDocument = new TypedDocumentString(`
    query PeopleByIds($ids: [ID!]!) {
  items: allPeople(perPage: 100, filter: {ids: $ids}) {
    ...PersonListItem
  }
}
    fragment PersonListItem on Person {
  id
  name
  namePinyin
  gender
  birthDate
  education
  phone
  nationalId
  organizationId
  employerId
  posts
  membershipStatus
  relation
  admittedOn
  fullMemberSince
  votes
  archivedAt
  version
  updatedAt
  organization {
    id
    name
    shortName
    kind
  }
  employer {
    id
    name
    shortName
  }
}`) as unknown as TypedDocumentString<PeopleByIdsQuery, PeopleByIdsQueryVariables>;
export const PersonByIdDocument = new TypedDocumentString(`
    query PersonById($id: ID!) {
  item: Person(id: $id) {
    ...PersonDetail
  }
}
    fragment PersonListItem on Person {
  id
  name
  namePinyin
  gender
  birthDate
  education
  phone
  nationalId
  organizationId
  employerId
  posts
  membershipStatus
  relation
  admittedOn
  fullMemberSince
  votes
  archivedAt
  version
  updatedAt
  organization {
    id
    name
    shortName
    kind
  }
  employer {
    id
    name
    shortName
  }
}
fragment PersonDetail on Person {
  ...PersonListItem
  ethnicity
  createdAt
}`) as unknown as TypedDocumentString<PersonByIdQuery, PersonByIdQueryVariables>;
export const CreatePersonDocument = new TypedDocumentString(`
    mutation CreatePerson($name: String!, $organizationId: ID!, $gender: Gender, $birthDate: String, $ethnicity: String, $education: Education, $phone: String, $nationalId: String, $employerId: ID, $posts: String, $membershipStatus: MembershipStatus, $relation: MembershipRelation, $admittedOn: String, $fullMemberSince: String) {
  item: createPerson(
    name: $name
    organizationId: $organizationId
    gender: $gender
    birthDate: $birthDate
    ethnicity: $ethnicity
    education: $education
    phone: $phone
    nationalId: $nationalId
    employerId: $employerId
    posts: $posts
    membershipStatus: $membershipStatus
    relation: $relation
    admittedOn: $admittedOn
    fullMemberSince: $fullMemberSince
  ) {
    ...PersonDetail
  }
}
    fragment PersonListItem on Person {
  id
  name
  namePinyin
  gender
  birthDate
  education
  phone
  nationalId
  organizationId
  employerId
  posts
  membershipStatus
  relation
  admittedOn
  fullMemberSince
  votes
  archivedAt
  version
  updatedAt
  organization {
    id
    name
    shortName
    kind
  }
  employer {
    id
    name
    shortName
  }
}
fragment PersonDetail on Person {
  ...PersonListItem
  ethnicity
  createdAt
}`) as unknown as TypedDocumentString<CreatePersonMutation, CreatePersonMutationVariables>;
export const UpdatePersonDocument = new TypedDocumentString(`
    mutation UpdatePerson($id: ID!, $version: Int!, $name: String, $organizationId: ID, $gender: Gender, $birthDate: String, $ethnicity: String, $education: Education, $phone: String, $nationalId: String, $employerId: ID, $posts: String, $membershipStatus: MembershipStatus, $relation: MembershipRelation, $admittedOn: String, $fullMemberSince: String) {
  item: updatePerson(
    id: $id
    version: $version
    name: $name
    organizationId: $organizationId
    gender: $gender
    birthDate: $birthDate
    ethnicity: $ethnicity
    education: $education
    phone: $phone
    nationalId: $nationalId
    employerId: $employerId
    posts: $posts
    membershipStatus: $membershipStatus
    relation: $relation
    admittedOn: $admittedOn
    fullMemberSince: $fullMemberSince
  ) {
    ...PersonDetail
  }
}
    fragment PersonListItem on Person {
  id
  name
  namePinyin
  gender
  birthDate
  education
  phone
  nationalId
  organizationId
  employerId
  posts
  membershipStatus
  relation
  admittedOn
  fullMemberSince
  votes
  archivedAt
  version
  updatedAt
  organization {
    id
    name
    shortName
    kind
  }
  employer {
    id
    name
    shortName
  }
}
fragment PersonDetail on Person {
  ...PersonListItem
  ethnicity
  createdAt
}`) as unknown as TypedDocumentString<UpdatePersonMutation, UpdatePersonMutationVariables>;
export const DeletePersonDocument = new TypedDocumentString(`
    mutation DeletePerson($id: ID!, $version: Int) {
  item: deletePerson(id: $id, version: $version) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<DeletePersonMutation, DeletePersonMutationVariables>;
export const ArchivePersonDocument = new TypedDocumentString(`
    mutation ArchivePerson($id: ID!, $version: Int!) {
  item: archivePerson(id: $id, version: $version) {
    ...PersonDetail
  }
}
    fragment PersonListItem on Person {
  id
  name
  namePinyin
  gender
  birthDate
  education
  phone
  nationalId
  organizationId
  employerId
  posts
  membershipStatus
  relation
  admittedOn
  fullMemberSince
  votes
  archivedAt
  version
  updatedAt
  organization {
    id
    name
    shortName
    kind
  }
  employer {
    id
    name
    shortName
  }
}
fragment PersonDetail on Person {
  ...PersonListItem
  ethnicity
  createdAt
}`) as unknown as TypedDocumentString<ArchivePersonMutation, ArchivePersonMutationVariables>;
export const RestorePersonDocument = new TypedDocumentString(`
    mutation RestorePerson($id: ID!, $version: Int!) {
  item: restorePerson(id: $id, version: $version) {
    ...PersonDetail
  }
}
    fragment PersonListItem on Person {
  id
  name
  namePinyin
  gender
  birthDate
  education
  phone
  nationalId
  organizationId
  employerId
  posts
  membershipStatus
  relation
  admittedOn
  fullMemberSince
  votes
  archivedAt
  version
  updatedAt
  organization {
    id
    name
    shortName
    kind
  }
  employer {
    id
    name
    shortName
  }
}
fragment PersonDetail on Person {
  ...PersonListItem
  ethnicity
  createdAt
}`) as unknown as TypedDocumentString<RestorePersonMutation, RestorePersonMutationVariables>;
export const PreviewPeopleImportDocument = new TypedDocumentString(`
    mutation PreviewPeopleImport($fileName: String!, $contentBase64: String!) {
  outcome: previewPeopleImport(fileName: $fileName, contentBase64: $contentBase64) {
    ...ImportOutcomeItem
  }
}
    fragment ImportOutcomeItem on ImportOutcomeView {
  rows
  created
  problems {
    row
    field
    column
    constraint
    message
  }
  preview {
    row
    name
    organization
    employer
    nationalId
    gender
    birthDate
    phone
    membershipStatus
    relation
    admittedOn
    fullMemberSince
  }
}`) as unknown as TypedDocumentString<PreviewPeopleImportMutation, PreviewPeopleImportMutationVariables>;
export const ImportPeopleDocument = new TypedDocumentString(`
    mutation ImportPeople($fileName: String!, $contentBase64: String!) {
  outcome: importPeople(fileName: $fileName, contentBase64: $contentBase64) {
    ...ImportOutcomeItem
  }
}
    fragment ImportOutcomeItem on ImportOutcomeView {
  rows
  created
  problems {
    row
    field
    column
    constraint
    message
  }
  preview {
    row
    name
    organization
    employer
    nationalId
    gender
    birthDate
    phone
    membershipStatus
    relation
    admittedOn
    fullMemberSince
  }
}`) as unknown as TypedDocumentString<ImportPeopleMutation, ImportPeopleMutationVariables>;
export const RevealNationalIdDocument = new TypedDocumentString(`
    mutation RevealNationalId($id: ID!) {
  nationalId: revealNationalId(id: $id)
}
    `) as unknown as TypedDocumentString<RevealNationalIdMutation, RevealNationalIdMutationVariables>;
export const MyRemindersDocument = new TypedDocumentString(`
    query MyReminders($unreadOnly: Boolean, $page: Int, $perPage: Int) {
  page: myReminders(unreadOnly: $unreadOnly, page: $page, perPage: $perPage) {
    total
    items {
      ...ReminderItem
    }
  }
  unread: myUnreadReminderCount
}
    fragment ReminderItem on Reminder {
  id
  kind
  subjectType
  subjectId
  organizationId
  label
  dueOn
  occurrence
  createdAt
  readAt
}`) as unknown as TypedDocumentString<MyRemindersQuery, MyRemindersQueryVariables>;
export const UnreadReminderCountDocument = new TypedDocumentString(`
    query UnreadReminderCount {
  unread: myUnreadReminderCount
}
    `) as unknown as TypedDocumentString<UnreadReminderCountQuery, UnreadReminderCountQueryVariables>;
export const MarkRemindersReadDocument = new TypedDocumentString(`
    mutation MarkRemindersRead($ids: [ID!]!) {
  item: markRemindersRead(ids: $ids) {
    marked
    unread
  }
}
    `) as unknown as TypedDocumentString<MarkRemindersReadMutation, MarkRemindersReadMutationVariables>;
export const ReminderRulesDocument = new TypedDocumentString(`
    query ReminderRules {
  items: reminderRules {
    ...ReminderRuleItem
  }
}
    fragment ReminderRuleItem on ReminderRule {
  kind
  enabled
  offsetDays
  repeatDays
  recipients
  channels
  version
  updatedAt
}`) as unknown as TypedDocumentString<ReminderRulesQuery, ReminderRulesQueryVariables>;
export const UpdateReminderRuleDocument = new TypedDocumentString(`
    mutation UpdateReminderRule($kind: ReminderKind!, $enabled: Boolean!, $offsetDays: Int!, $repeatDays: Int!, $recipients: [ReminderRecipient!]!, $channels: [DeliveryChannel!]!) {
  item: updateReminderRule(
    kind: $kind
    enabled: $enabled
    offsetDays: $offsetDays
    repeatDays: $repeatDays
    recipients: $recipients
    channels: $channels
  ) {
    ...ReminderRuleItem
  }
}
    fragment ReminderRuleItem on ReminderRule {
  kind
  enabled
  offsetDays
  repeatDays
  recipients
  channels
  version
  updatedAt
}`) as unknown as TypedDocumentString<UpdateReminderRuleMutation, UpdateReminderRuleMutationVariables>;
export const ReminderChannelsDocument = new TypedDocumentString(`
    query ReminderChannels {
  channels: reminderChannels {
    emailConfigured
    digestHour
  }
}
    `) as unknown as TypedDocumentString<ReminderChannelsQuery, ReminderChannelsQueryVariables>;
export const ReminderWebhooksDocument = new TypedDocumentString(`
    query ReminderWebhooks {
  items: reminderWebhooks {
    ...ReminderWebhookItem
  }
}
    fragment ReminderWebhookItem on ReminderWebhook {
  id
  organizationId
  kind
  name
  enabled
  version
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<ReminderWebhooksQuery, ReminderWebhooksQueryVariables>;
export const CreateReminderWebhookDocument = new TypedDocumentString(`
    mutation CreateReminderWebhook($organizationId: ID, $kind: WebhookKind!, $name: String!, $url: String!, $secret: String) {
  item: createReminderWebhook(
    organizationId: $organizationId
    kind: $kind
    name: $name
    url: $url
    secret: $secret
  ) {
    ...ReminderWebhookItem
  }
}
    fragment ReminderWebhookItem on ReminderWebhook {
  id
  organizationId
  kind
  name
  enabled
  version
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<CreateReminderWebhookMutation, CreateReminderWebhookMutationVariables>;
export const UpdateReminderWebhookDocument = new TypedDocumentString(`
    mutation UpdateReminderWebhook($id: ID!, $version: Int!, $name: String, $url: String, $secret: String, $enabled: Boolean) {
  item: updateReminderWebhook(
    id: $id
    version: $version
    name: $name
    url: $url
    secret: $secret
    enabled: $enabled
  ) {
    ...ReminderWebhookItem
  }
}
    fragment ReminderWebhookItem on ReminderWebhook {
  id
  organizationId
  kind
  name
  enabled
  version
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<UpdateReminderWebhookMutation, UpdateReminderWebhookMutationVariables>;
export const DeleteReminderWebhookDocument = new TypedDocumentString(`
    mutation DeleteReminderWebhook($id: ID!, $version: Int!) {
  item: deleteReminderWebhook(id: $id, version: $version) {
    id
  }
}
    `) as unknown as TypedDocumentString<DeleteReminderWebhookMutation, DeleteReminderWebhookMutationVariables>;
export const ReminderDeliveriesDocument = new TypedDocumentString(`
    query ReminderDeliveries($status: DeliveryStatus, $page: Int, $perPage: Int) {
  page: reminderDeliveries(status: $status, page: $page, perPage: $perPage) {
    total
    items {
      id
      channel
      recipient
      day
      reminderCount
      status
      attempts
      nextAttemptAt
      lastError
      sentAt
      createdAt
    }
  }
}
    `) as unknown as TypedDocumentString<ReminderDeliveriesQuery, ReminderDeliveriesQueryVariables>;
export const ReportListDocument = new TypedDocumentString(`
    query ReportList($page: Int, $perPage: Int, $sortField: String, $sortOrder: String, $filter: ReportFilter) {
  items: allReports(
    page: $page
    perPage: $perPage
    sortField: $sortField
    sortOrder: $sortOrder
    filter: $filter
  ) {
    ...ReportListItem
  }
  total: _allReportsMeta(page: $page, perPage: $perPage, filter: $filter) {
    count
  }
}
    fragment ReportListItem on Report {
  id
  reference
  organizationId
  noticeId
  caseId
  channel
  anonymous
  reporterName
  reporterContact
  content
  receivedOn
  status
  finding
  findingNote
  decision
  closedOn
  version
  updatedAt
  notice {
    id
    title
  }
  case {
    id
    stage
    person {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<ReportListQuery, ReportListQueryVariables>;
export const ReportsByIdsDocument = new TypedDocumentString(`
    query ReportsByIds($ids: [ID!]!) {
  items: allReports(perPage: 100, filter: {ids: $ids}) {
    ...ReportListItem
  }
}
    fragment ReportListItem on Report {
  id
  reference
  organizationId
  noticeId
  caseId
  channel
  anonymous
  reporterName
  reporterContact
  content
  receivedOn
  status
  finding
  findingNote
  decision
  closedOn
  version
  updatedAt
  notice {
    id
    title
  }
  case {
    id
    stage
    person {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<ReportsByIdsQuery, ReportsByIdsQueryVariables>;
export const ReportByIdDocument = new TypedDocumentString(`
    query ReportById($id: ID!) {
  item: Report(id: $id) {
    ...ReportListItem
    createdAt
  }
}
    fragment ReportListItem on Report {
  id
  reference
  organizationId
  noticeId
  caseId
  channel
  anonymous
  reporterName
  reporterContact
  content
  receivedOn
  status
  finding
  findingNote
  decision
  closedOn
  version
  updatedAt
  notice {
    id
    title
  }
  case {
    id
    stage
    person {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<ReportByIdQuery, ReportByIdQueryVariables>;
export const RecordReportDocument = new TypedDocumentString(`
    mutation RecordReport($channel: ReportChannel!, $noticeId: ID, $caseId: ID, $content: String!, $anonymous: Boolean, $reporterName: String, $reporterContact: String, $receivedOn: String!) {
  item: recordReport(
    channel: $channel
    noticeId: $noticeId
    caseId: $caseId
    content: $content
    anonymous: $anonymous
    reporterName: $reporterName
    reporterContact: $reporterContact
    receivedOn: $receivedOn
  ) {
    ...ReportListItem
  }
}
    fragment ReportListItem on Report {
  id
  reference
  organizationId
  noticeId
  caseId
  channel
  anonymous
  reporterName
  reporterContact
  content
  receivedOn
  status
  finding
  findingNote
  decision
  closedOn
  version
  updatedAt
  notice {
    id
    title
  }
  case {
    id
    stage
    person {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<RecordReportMutation, RecordReportMutationVariables>;
export const StartReportVerificationDocument = new TypedDocumentString(`
    mutation StartReportVerification($id: ID!, $version: Int!) {
  item: startReportVerification(id: $id, version: $version) {
    ...ReportListItem
  }
}
    fragment ReportListItem on Report {
  id
  reference
  organizationId
  noticeId
  caseId
  channel
  anonymous
  reporterName
  reporterContact
  content
  receivedOn
  status
  finding
  findingNote
  decision
  closedOn
  version
  updatedAt
  notice {
    id
    title
  }
  case {
    id
    stage
    person {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<StartReportVerificationMutation, StartReportVerificationMutationVariables>;
export const ConcludeReportDocument = new TypedDocumentString(`
    mutation ConcludeReport($id: ID!, $version: Int!, $finding: ReportFinding!, $note: String!) {
  item: concludeReport(id: $id, version: $version, finding: $finding, note: $note) {
    ...ReportListItem
  }
}
    fragment ReportListItem on Report {
  id
  reference
  organizationId
  noticeId
  caseId
  channel
  anonymous
  reporterName
  reporterContact
  content
  receivedOn
  status
  finding
  findingNote
  decision
  closedOn
  version
  updatedAt
  notice {
    id
    title
  }
  case {
    id
    stage
    person {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<ConcludeReportMutation, ConcludeReportMutationVariables>;
export const CloseReportDocument = new TypedDocumentString(`
    mutation CloseReport($id: ID!, $version: Int!, $on: String!, $decision: String) {
  item: closeReport(id: $id, version: $version, on: $on, decision: $decision) {
    ...ReportListItem
  }
}
    fragment ReportListItem on Report {
  id
  reference
  organizationId
  noticeId
  caseId
  channel
  anonymous
  reporterName
  reporterContact
  content
  receivedOn
  status
  finding
  findingNote
  decision
  closedOn
  version
  updatedAt
  notice {
    id
    title
  }
  case {
    id
    stage
    person {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<CloseReportMutation, CloseReportMutationVariables>;
export const ProgramListDocument = new TypedDocumentString(`
    query ProgramList($page: Int, $perPage: Int, $sortField: String, $sortOrder: String, $filter: TrainingProgramFilter) {
  items: allTrainingPrograms(
    page: $page
    perPage: $perPage
    sortField: $sortField
    sortOrder: $sortOrder
    filter: $filter
  ) {
    ...ProgramItem
  }
  total: _allTrainingProgramsMeta(page: $page, perPage: $perPage, filter: $filter) {
    count
  }
}
    fragment ProgramItem on TrainingProgram {
  id
  title
  year
  organizerId
  description
  archivedAt
  version
  updatedAt
  organizer {
    id
    name
    shortName
  }
}`) as unknown as TypedDocumentString<ProgramListQuery, ProgramListQueryVariables>;
export const ProgramsByIdsDocument = new TypedDocumentString(`
    query ProgramsByIds($ids: [ID!]!) {
  items: allTrainingPrograms(perPage: 100, filter: {ids: $ids}) {
    ...ProgramItem
  }
}
    fragment ProgramItem on TrainingProgram {
  id
  title
  year
  organizerId
  description
  archivedAt
  version
  updatedAt
  organizer {
    id
    name
    shortName
  }
}`) as unknown as TypedDocumentString<ProgramsByIdsQuery, ProgramsByIdsQueryVariables>;
export const ProgramByIdDocument = new TypedDocumentString(`
    query ProgramById($id: ID!) {
  item: TrainingProgram(id: $id) {
    ...ProgramItem
  }
}
    fragment ProgramItem on TrainingProgram {
  id
  title
  year
  organizerId
  description
  archivedAt
  version
  updatedAt
  organizer {
    id
    name
    shortName
  }
}`) as unknown as TypedDocumentString<ProgramByIdQuery, ProgramByIdQueryVariables>;
export const CreateTrainingProgramDocument = new TypedDocumentString(`
    mutation CreateTrainingProgram($title: String!, $year: Int!, $organizerId: ID!, $description: String) {
  item: createTrainingProgram(
    title: $title
    year: $year
    organizerId: $organizerId
    description: $description
  ) {
    ...ProgramItem
  }
}
    fragment ProgramItem on TrainingProgram {
  id
  title
  year
  organizerId
  description
  archivedAt
  version
  updatedAt
  organizer {
    id
    name
    shortName
  }
}`) as unknown as TypedDocumentString<CreateTrainingProgramMutation, CreateTrainingProgramMutationVariables>;
export const UpdateTrainingProgramDocument = new TypedDocumentString(`
    mutation UpdateTrainingProgram($id: ID!, $version: Int!, $title: String, $year: Int, $description: String) {
  item: updateTrainingProgram(
    id: $id
    version: $version
    title: $title
    year: $year
    description: $description
  ) {
    ...ProgramItem
  }
}
    fragment ProgramItem on TrainingProgram {
  id
  title
  year
  organizerId
  description
  archivedAt
  version
  updatedAt
  organizer {
    id
    name
    shortName
  }
}`) as unknown as TypedDocumentString<UpdateTrainingProgramMutation, UpdateTrainingProgramMutationVariables>;
export const ClassListDocument = new TypedDocumentString(`
    query ClassList($page: Int, $perPage: Int, $sortField: String, $sortOrder: String, $filter: TrainingClassFilter) {
  items: allTrainingClasses(
    page: $page
    perPage: $perPage
    sortField: $sortField
    sortOrder: $sortOrder
    filter: $filter
  ) {
    ...ClassItem
  }
  total: _allTrainingClassesMeta(page: $page, perPage: $perPage, filter: $filter) {
    count
  }
}
    fragment ClassItem on TrainingClass {
  id
  programId
  organizerId
  title
  audience
  venue
  online
  startsOn
  endsOn
  capacity
  waitlist
  enrollmentOpensOn
  enrollmentClosesOn
  requiredHours
  totalHours
  status
  seated
  waitlisted
  version
  updatedAt
  program {
    id
    title
  }
  organizer {
    id
    name
    shortName
  }
}`) as unknown as TypedDocumentString<ClassListQuery, ClassListQueryVariables>;
export const ClassesByIdsDocument = new TypedDocumentString(`
    query ClassesByIds($ids: [ID!]!) {
  items: allTrainingClasses(perPage: 100, filter: {ids: $ids}) {
    ...ClassItem
  }
}
    fragment ClassItem on TrainingClass {
  id
  programId
  organizerId
  title
  audience
  venue
  online
  startsOn
  endsOn
  capacity
  waitlist
  enrollmentOpensOn
  enrollmentClosesOn
  requiredHours
  totalHours
  status
  seated
  waitlisted
  version
  updatedAt
  program {
    id
    title
  }
  organizer {
    id
    name
    shortName
  }
}`) as unknown as TypedDocumentString<ClassesByIdsQuery, ClassesByIdsQueryVariables>;
export const ClassByIdDocument = new TypedDocumentString(`
    query ClassById($id: ID!) {
  item: TrainingClass(id: $id) {
    ...ClassDetail
  }
}
    fragment ClassItem on TrainingClass {
  id
  programId
  organizerId
  title
  audience
  venue
  online
  startsOn
  endsOn
  capacity
  waitlist
  enrollmentOpensOn
  enrollmentClosesOn
  requiredHours
  totalHours
  status
  seated
  waitlisted
  version
  updatedAt
  program {
    id
    title
  }
  organizer {
    id
    name
    shortName
  }
}
fragment ClassDetail on TrainingClass {
  ...ClassItem
  sessions {
    id
    date
    hours
    topic
    checkInCode
  }
  quotas {
    id
    chamberId
    seats
  }
  stats {
    capacity
    seated
    waitlisted
    cancelled
    fillRate
    attendanceRate
    completed
    completionRate
    byChamber {
      chamberId
      chamberName
      quota
      seated
      waitlisted
      attended
      completed
    }
  }
}`) as unknown as TypedDocumentString<ClassByIdQuery, ClassByIdQueryVariables>;
export const CreateTrainingClassDocument = new TypedDocumentString(`
    mutation CreateTrainingClass($programId: ID!, $title: String!, $capacity: Int!, $enrollmentOpensOn: String!, $enrollmentClosesOn: String!, $audience: String, $venue: String, $online: Boolean, $waitlist: Boolean, $requiredHours: Int, $sessions: [SessionInput!], $quotas: [QuotaInput!]) {
  item: createTrainingClass(
    programId: $programId
    title: $title
    capacity: $capacity
    enrollmentOpensOn: $enrollmentOpensOn
    enrollmentClosesOn: $enrollmentClosesOn
    audience: $audience
    venue: $venue
    online: $online
    waitlist: $waitlist
    requiredHours: $requiredHours
    sessions: $sessions
    quotas: $quotas
  ) {
    ...ClassDetail
  }
}
    fragment ClassItem on TrainingClass {
  id
  programId
  organizerId
  title
  audience
  venue
  online
  startsOn
  endsOn
  capacity
  waitlist
  enrollmentOpensOn
  enrollmentClosesOn
  requiredHours
  totalHours
  status
  seated
  waitlisted
  version
  updatedAt
  program {
    id
    title
  }
  organizer {
    id
    name
    shortName
  }
}
fragment ClassDetail on TrainingClass {
  ...ClassItem
  sessions {
    id
    date
    hours
    topic
    checkInCode
  }
  quotas {
    id
    chamberId
    seats
  }
  stats {
    capacity
    seated
    waitlisted
    cancelled
    fillRate
    attendanceRate
    completed
    completionRate
    byChamber {
      chamberId
      chamberName
      quota
      seated
      waitlisted
      attended
      completed
    }
  }
}`) as unknown as TypedDocumentString<CreateTrainingClassMutation, CreateTrainingClassMutationVariables>;
export const UpdateTrainingClassDocument = new TypedDocumentString(`
    mutation UpdateTrainingClass($id: ID!, $version: Int!, $title: String, $capacity: Int, $enrollmentOpensOn: String, $enrollmentClosesOn: String, $audience: String, $venue: String, $online: Boolean, $waitlist: Boolean, $requiredHours: Int, $sessions: [SessionInput!], $quotas: [QuotaInput!]) {
  item: updateTrainingClass(
    id: $id
    version: $version
    title: $title
    capacity: $capacity
    enrollmentOpensOn: $enrollmentOpensOn
    enrollmentClosesOn: $enrollmentClosesOn
    audience: $audience
    venue: $venue
    online: $online
    waitlist: $waitlist
    requiredHours: $requiredHours
    sessions: $sessions
    quotas: $quotas
  ) {
    ...ClassDetail
  }
}
    fragment ClassItem on TrainingClass {
  id
  programId
  organizerId
  title
  audience
  venue
  online
  startsOn
  endsOn
  capacity
  waitlist
  enrollmentOpensOn
  enrollmentClosesOn
  requiredHours
  totalHours
  status
  seated
  waitlisted
  version
  updatedAt
  program {
    id
    title
  }
  organizer {
    id
    name
    shortName
  }
}
fragment ClassDetail on TrainingClass {
  ...ClassItem
  sessions {
    id
    date
    hours
    topic
    checkInCode
  }
  quotas {
    id
    chamberId
    seats
  }
  stats {
    capacity
    seated
    waitlisted
    cancelled
    fillRate
    attendanceRate
    completed
    completionRate
    byChamber {
      chamberId
      chamberName
      quota
      seated
      waitlisted
      attended
      completed
    }
  }
}`) as unknown as TypedDocumentString<UpdateTrainingClassMutation, UpdateTrainingClassMutationVariables>;
export const PublishTrainingClassDocument = new TypedDocumentString(`
    mutation PublishTrainingClass($id: ID!, $version: Int!) {
  item: publishTrainingClass(id: $id, version: $version) {
    ...ClassDetail
  }
}
    fragment ClassItem on TrainingClass {
  id
  programId
  organizerId
  title
  audience
  venue
  online
  startsOn
  endsOn
  capacity
  waitlist
  enrollmentOpensOn
  enrollmentClosesOn
  requiredHours
  totalHours
  status
  seated
  waitlisted
  version
  updatedAt
  program {
    id
    title
  }
  organizer {
    id
    name
    shortName
  }
}
fragment ClassDetail on TrainingClass {
  ...ClassItem
  sessions {
    id
    date
    hours
    topic
    checkInCode
  }
  quotas {
    id
    chamberId
    seats
  }
  stats {
    capacity
    seated
    waitlisted
    cancelled
    fillRate
    attendanceRate
    completed
    completionRate
    byChamber {
      chamberId
      chamberName
      quota
      seated
      waitlisted
      attended
      completed
    }
  }
}`) as unknown as TypedDocumentString<PublishTrainingClassMutation, PublishTrainingClassMutationVariables>;
export const CancelTrainingClassDocument = new TypedDocumentString(`
    mutation CancelTrainingClass($id: ID!, $version: Int!) {
  item: cancelTrainingClass(id: $id, version: $version) {
    ...ClassDetail
  }
}
    fragment ClassItem on TrainingClass {
  id
  programId
  organizerId
  title
  audience
  venue
  online
  startsOn
  endsOn
  capacity
  waitlist
  enrollmentOpensOn
  enrollmentClosesOn
  requiredHours
  totalHours
  status
  seated
  waitlisted
  version
  updatedAt
  program {
    id
    title
  }
  organizer {
    id
    name
    shortName
  }
}
fragment ClassDetail on TrainingClass {
  ...ClassItem
  sessions {
    id
    date
    hours
    topic
    checkInCode
  }
  quotas {
    id
    chamberId
    seats
  }
  stats {
    capacity
    seated
    waitlisted
    cancelled
    fillRate
    attendanceRate
    completed
    completionRate
    byChamber {
      chamberId
      chamberName
      quota
      seated
      waitlisted
      attended
      completed
    }
  }
}`) as unknown as TypedDocumentString<CancelTrainingClassMutation, CancelTrainingClassMutationVariables>;
export const EnrollmentListDocument = new TypedDocumentString(`
    query EnrollmentList($page: Int, $perPage: Int, $sortField: String, $sortOrder: String, $filter: EnrollmentFilter) {
  items: allEnrollments(
    page: $page
    perPage: $perPage
    sortField: $sortField
    sortOrder: $sortOrder
    filter: $filter
  ) {
    ...EnrollmentItem
  }
  total: _allEnrollmentsMeta(page: $page, perPage: $perPage, filter: $filter) {
    count
  }
}
    fragment EnrollmentItem on Enrollment {
  id
  classId
  personId
  chamberId
  status
  requestedAt
  hoursCredited
  completedAt
  certificateCode
  certificateRevokedAt
  waitlistPosition
  promotedAt
  version
  person {
    id
    name
    gender
    posts
  }
  class {
    id
    title
    startsOn
    endsOn
  }
  chamber {
    id
    name
    shortName
  }
}`) as unknown as TypedDocumentString<EnrollmentListQuery, EnrollmentListQueryVariables>;
export const EnrollmentsByIdsDocument = new TypedDocumentString(`
    query EnrollmentsByIds($ids: [ID!]!) {
  items: allEnrollments(perPage: 100, filter: {ids: $ids}) {
    ...EnrollmentItem
  }
}
    fragment EnrollmentItem on Enrollment {
  id
  classId
  personId
  chamberId
  status
  requestedAt
  hoursCredited
  completedAt
  certificateCode
  certificateRevokedAt
  waitlistPosition
  promotedAt
  version
  person {
    id
    name
    gender
    posts
  }
  class {
    id
    title
    startsOn
    endsOn
  }
  chamber {
    id
    name
    shortName
  }
}`) as unknown as TypedDocumentString<EnrollmentsByIdsQuery, EnrollmentsByIdsQueryVariables>;
export const EnrollmentByIdDocument = new TypedDocumentString(`
    query EnrollmentById($id: ID!) {
  item: Enrollment(id: $id) {
    ...EnrollmentItem
    attendances {
      id
      sessionId
      method
      checkedInAt
    }
  }
}
    fragment EnrollmentItem on Enrollment {
  id
  classId
  personId
  chamberId
  status
  requestedAt
  hoursCredited
  completedAt
  certificateCode
  certificateRevokedAt
  waitlistPosition
  promotedAt
  version
  person {
    id
    name
    gender
    posts
  }
  class {
    id
    title
    startsOn
    endsOn
  }
  chamber {
    id
    name
    shortName
  }
}`) as unknown as TypedDocumentString<EnrollmentByIdQuery, EnrollmentByIdQueryVariables>;
export const TrainingByChamberDocument = new TypedDocumentString(`
    query TrainingByChamber($programId: ID, $year: Int) {
  items: trainingByChamber(programId: $programId, year: $year) {
    chamberId
    chamberName
    seated
    waitlisted
    attended
    completed
    hours
    attendanceRate
    completionRate
  }
}
    `) as unknown as TypedDocumentString<TrainingByChamberQuery, TrainingByChamberQueryVariables>;
export const EnrollDocument = new TypedDocumentString(`
    mutation Enroll($classId: ID!, $personId: ID!) {
  item: enroll(classId: $classId, personId: $personId) {
    ...EnrollmentItem
  }
}
    fragment EnrollmentItem on Enrollment {
  id
  classId
  personId
  chamberId
  status
  requestedAt
  hoursCredited
  completedAt
  certificateCode
  certificateRevokedAt
  waitlistPosition
  promotedAt
  version
  person {
    id
    name
    gender
    posts
  }
  class {
    id
    title
    startsOn
    endsOn
  }
  chamber {
    id
    name
    shortName
  }
}`) as unknown as TypedDocumentString<EnrollMutation, EnrollMutationVariables>;
export const EnrollMyselfDocument = new TypedDocumentString(`
    mutation EnrollMyself($classId: ID!) {
  item: enrollMyself(classId: $classId) {
    ...EnrollmentItem
  }
}
    fragment EnrollmentItem on Enrollment {
  id
  classId
  personId
  chamberId
  status
  requestedAt
  hoursCredited
  completedAt
  certificateCode
  certificateRevokedAt
  waitlistPosition
  promotedAt
  version
  person {
    id
    name
    gender
    posts
  }
  class {
    id
    title
    startsOn
    endsOn
  }
  chamber {
    id
    name
    shortName
  }
}`) as unknown as TypedDocumentString<EnrollMyselfMutation, EnrollMyselfMutationVariables>;
export const CancelEnrollmentDocument = new TypedDocumentString(`
    mutation CancelEnrollment($id: ID!) {
  item: cancelEnrollment(id: $id) {
    ...EnrollmentItem
  }
}
    fragment EnrollmentItem on Enrollment {
  id
  classId
  personId
  chamberId
  status
  requestedAt
  hoursCredited
  completedAt
  certificateCode
  certificateRevokedAt
  waitlistPosition
  promotedAt
  version
  person {
    id
    name
    gender
    posts
  }
  class {
    id
    title
    startsOn
    endsOn
  }
  chamber {
    id
    name
    shortName
  }
}`) as unknown as TypedDocumentString<CancelEnrollmentMutation, CancelEnrollmentMutationVariables>;
export const ConfirmEnrollmentsDocument = new TypedDocumentString(`
    mutation ConfirmEnrollments($ids: [ID!]!) {
  items: confirmEnrollments(ids: $ids) {
    ...EnrollmentItem
  }
}
    fragment EnrollmentItem on Enrollment {
  id
  classId
  personId
  chamberId
  status
  requestedAt
  hoursCredited
  completedAt
  certificateCode
  certificateRevokedAt
  waitlistPosition
  promotedAt
  version
  person {
    id
    name
    gender
    posts
  }
  class {
    id
    title
    startsOn
    endsOn
  }
  chamber {
    id
    name
    shortName
  }
}`) as unknown as TypedDocumentString<ConfirmEnrollmentsMutation, ConfirmEnrollmentsMutationVariables>;
export const MarkEnrollmentsAbsentDocument = new TypedDocumentString(`
    mutation MarkEnrollmentsAbsent($ids: [ID!]!) {
  items: markEnrollmentsAbsent(ids: $ids) {
    ...EnrollmentItem
  }
}
    fragment EnrollmentItem on Enrollment {
  id
  classId
  personId
  chamberId
  status
  requestedAt
  hoursCredited
  completedAt
  certificateCode
  certificateRevokedAt
  waitlistPosition
  promotedAt
  version
  person {
    id
    name
    gender
    posts
  }
  class {
    id
    title
    startsOn
    endsOn
  }
  chamber {
    id
    name
    shortName
  }
}`) as unknown as TypedDocumentString<MarkEnrollmentsAbsentMutation, MarkEnrollmentsAbsentMutationVariables>;
export const MarkAttendanceDocument = new TypedDocumentString(`
    mutation MarkAttendance($sessionId: ID!, $ids: [ID!]!) {
  items: markAttendance(sessionId: $sessionId, ids: $ids) {
    ...EnrollmentItem
  }
}
    fragment EnrollmentItem on Enrollment {
  id
  classId
  personId
  chamberId
  status
  requestedAt
  hoursCredited
  completedAt
  certificateCode
  certificateRevokedAt
  waitlistPosition
  promotedAt
  version
  person {
    id
    name
    gender
    posts
  }
  class {
    id
    title
    startsOn
    endsOn
  }
  chamber {
    id
    name
    shortName
  }
}`) as unknown as TypedDocumentString<MarkAttendanceMutation, MarkAttendanceMutationVariables>;
export const CheckInDocument = new TypedDocumentString(`
    mutation CheckIn($sessionId: ID!, $code: String!) {
  item: checkIn(sessionId: $sessionId, code: $code) {
    ...EnrollmentItem
  }
}
    fragment EnrollmentItem on Enrollment {
  id
  classId
  personId
  chamberId
  status
  requestedAt
  hoursCredited
  completedAt
  certificateCode
  certificateRevokedAt
  waitlistPosition
  promotedAt
  version
  person {
    id
    name
    gender
    posts
  }
  class {
    id
    title
    startsOn
    endsOn
  }
  chamber {
    id
    name
    shortName
  }
}`) as unknown as TypedDocumentString<CheckInMutation, CheckInMutationVariables>;
export const RevokeCertificateDocument = new TypedDocumentString(`
    mutation RevokeCertificate($id: ID!) {
  item: revokeCertificate(id: $id) {
    ...EnrollmentItem
  }
}
    fragment EnrollmentItem on Enrollment {
  id
  classId
  personId
  chamberId
  status
  requestedAt
  hoursCredited
  completedAt
  certificateCode
  certificateRevokedAt
  waitlistPosition
  promotedAt
  version
  person {
    id
    name
    gender
    posts
  }
  class {
    id
    title
    startsOn
    endsOn
  }
  chamber {
    id
    name
    shortName
  }
}`) as unknown as TypedDocumentString<RevokeCertificateMutation, RevokeCertificateMutationVariables>;
export const VerifyCertificateDocument = new TypedDocumentString(`
    query VerifyCertificate($code: String!) {
  item: verifyCertificate(code: $code) {
    code
    valid
    holderName
    classTitle
    organizerName
    hours
    completedOn
  }
}
    `) as unknown as TypedDocumentString<VerifyCertificateQuery, VerifyCertificateQueryVariables>;