import path from 'node:path';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { answerPrefetched } from '../kernel/prefetch';
import { normalizeTextArguments } from './graphql/text-arguments';
import { validateArguments } from './graphql/argument-validation';
import { AuthResolver } from '../accounts';
import { UserResolver } from '../accounts';
import { AuditResolver } from '../audit-trail';
import { OrganizationResolver } from '../organizations';
import { PersonImportResolver, PersonResolver } from '../people';
import { CaseDossierResolver, CaseEventResolver, CaseMaterialResolver, DevelopmentCaseResolver, MaterialKindResolver } from '../development';
import { CalendarDayResolver, PublicNoticeResolver } from '../development';
import { PublicResolver } from '../development';
import { ReportResolver } from '../development';
import { CertificateResolver } from '../training';
import { MeetingResolver } from '../oversight';
import { CoverageResolver } from '../oversight';
import { EligibilityResolver } from '../oversight';
import { RectificationResolver } from '../oversight';
import { VenueResolver } from '../oversight';
import { AssessmentResolver } from '../oversight';
import { HomeResolver } from '../oversight';
import { LetterResolver } from '../oversight';
import { ReminderResolver, ReminderWebhookResolver, ViewerRemindersResolver } from '../reminders';
import { ExemplarResolver, ExemplarRevisionResolver, PhotoResolver, PublicExemplarResolver } from '../exemplars';
import { ClassSessionResolver, EnrollmentResolver, TrainingClassResolver, TrainingProgramResolver } from '../training';

export const resolvers = [
  OrganizationResolver,
  PersonResolver,
  PersonImportResolver,
  DevelopmentCaseResolver,
  CaseEventResolver,
  CaseDossierResolver,
  CaseMaterialResolver,
  MaterialKindResolver,
  PublicNoticeResolver,
  CalendarDayResolver,
  ReportResolver,
  PublicResolver,
  TrainingProgramResolver,
  TrainingClassResolver,
  ClassSessionResolver,
  EnrollmentResolver,
  CertificateResolver,
  ExemplarResolver,
  ExemplarRevisionResolver,
  PhotoResolver,
  PublicExemplarResolver,
  MeetingResolver,
  CoverageResolver,
  EligibilityResolver,
  RectificationResolver,
  VenueResolver,
  LetterResolver,
  HomeResolver,
  AssessmentResolver,
  AuthResolver,
  UserResolver,
  AuditResolver,
  ReminderResolver,
  ReminderWebhookResolver,
  ViewerRemindersResolver,
] as const;

export const SCHEMA_FILE = path.resolve(__dirname, '../../schema.graphql');

export async function createSchema(options: { emitTo?: string } = {}): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers,
    validateFn: validateArguments,
    emitSchemaFile: options.emitTo ? { path: options.emitTo, sortedSchema: true } : false,
  });
  return answerPrefetched(normalizeTextArguments(schema));
}
