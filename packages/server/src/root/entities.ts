import { ApiToken } from '../accounts';
import { Session } from '../accounts';
import { User } from '../accounts';
import { AuditEntry } from '../audit/audit-entry.entity';
import { UniquenessProbe } from '../audit/uniqueness-probe.entity';
import { StoredFile, StoredFileChunk } from '../db/stored-file.entity';
import { CredentialEpoch, SignInHold } from '../accounts';
import { Organization } from '../organizations';
import { Person } from '../people';
import { CaseAssessment, CaseEvent, CaseMaterial, CaseSponsor, DevelopmentCase, MaterialKind } from '../development';
import { CalendarDay, NoticeCase, PublicNotice } from '../development';
import { Report } from '../development';
import { Exemplar, ExemplarRevision, Photo } from '../exemplars';
import { Meeting, MeetingRequirement, MeetingYear, MeetingBand } from '../oversight';
import { ChamberTally, OrganizationTally } from '../oversight';
import { RectificationCase } from '../oversight';
import { Venue, VenueChecklistItem, VenuePhoto } from '../oversight';
import { Assessment, AssessmentWeight } from '../oversight';
import { ResponsibilityLetter } from '../oversight';
import { RuleSetting } from '../organizations';
import { JobLease, Reminder, ReminderDelivery, ReminderRule, ReminderWebhook } from '../reminders';
import { JointBranchEnterprise } from '../organizations';
import { Attendance, ClassQuota, ClassSession, Enrollment, TrainingClass, TrainingProgram } from '../training';

export const entities = [
  Organization,
  User,
  Session,
  ApiToken,
  AuditEntry,
  UniquenessProbe,
  Person,
  DevelopmentCase,
  CaseEvent,
  MaterialKind,
  CaseMaterial,
  CaseSponsor,
  CaseAssessment,
  PublicNotice,
  NoticeCase,
  CalendarDay,
  Report,
  TrainingProgram,
  TrainingClass,
  ClassSession,
  ClassQuota,
  Enrollment,
  Attendance,
  Exemplar,
  ExemplarRevision,
  Photo,
  Meeting,
  MeetingRequirement,
  MeetingYear,
  MeetingBand,
  ChamberTally,
  OrganizationTally,
  RectificationCase,
  Venue,
  VenueChecklistItem,
  ResponsibilityLetter,
  Assessment,
  AssessmentWeight,
  RuleSetting,
  JointBranchEnterprise,
  VenuePhoto,
  StoredFile,
  StoredFileChunk,
  SignInHold,
  CredentialEpoch,
  ReminderRule,
  Reminder,
  JobLease,
  ReminderWebhook,
  ReminderDelivery,
];
