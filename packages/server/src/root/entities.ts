import { ApiToken } from '../accounts/api-token.entity';
import { Session } from '../accounts/session.entity';
import { User } from '../accounts/user.entity';
import { AuditEntry } from '../audit/audit-entry.entity';
import { UniquenessProbe } from '../audit/uniqueness-probe.entity';
import { Organization } from '../organizations/organization.entity';
import { Person } from '../people/person.entity';
import { CaseAssessment, CaseEvent, CaseSponsor, DevelopmentCase } from '../development/case.entity';
import { CalendarDay, NoticeCase, PublicNotice } from '../notices/notice.entity';
import { Report } from '../reports/report.entity';
import { Exemplar, ExemplarRevision, Photo } from '../exemplars/exemplar.entity';
import { Meeting, MeetingRequirement } from '../oversight/meeting.entity';
import { RectificationCase } from '../oversight/rectification';
import { Venue, VenueChecklistItem, VenuePhoto } from '../oversight/venue.entity';
import { Assessment, AssessmentWeight } from '../oversight/assessment';
import { ResponsibilityLetter } from '../oversight/letter';
import { RuleSetting } from '../organizations/organization.rules-settings';
import { JointBranchEnterprise } from '../organizations/joint-branch';
import { Attendance, ClassQuota, ClassSession, Enrollment, TrainingClass, TrainingProgram } from '../training/training.entity';

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
  RectificationCase,
  Venue,
  VenueChecklistItem,
  ResponsibilityLetter,
  Assessment,
  AssessmentWeight,
  RuleSetting,
  JointBranchEnterprise,
  VenuePhoto,
];
