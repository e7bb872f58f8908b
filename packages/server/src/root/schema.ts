import path from 'node:path';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { answerPrefetched } from '../kernel/prefetch';
import { normalizeTextArguments } from './graphql/text-arguments';
import { AuthResolver } from '../accounts/auth.resolver';
import { UserResolver } from '../accounts/user.resolver';
import { AuditResolver } from '../audit/audit.resolver';
import { OrganizationResolver } from '../organizations/organization.resolver';
import { PersonImportResolver, PersonResolver } from '../people/person.resolver';
import { CaseEventResolver, DevelopmentCaseResolver } from '../development/case.resolver';
import { CalendarDayResolver, PublicNoticeResolver } from '../notices/notice.resolver';
import { PublicResolver } from '../notices/public';
import { ReportResolver } from '../reports/report.resolver';
import { CertificateResolver } from '../training/certificate-routes';
import { MeetingResolver } from '../oversight/meeting.resolver';
import { CoverageResolver } from '../oversight/coverage.resolver';
import { EligibilityResolver } from '../oversight/eligibility';
import { RectificationResolver } from '../oversight/rectification.resolver';
import { VenueResolver } from '../oversight/venue.resolver';
import { AssessmentResolver } from '../oversight/assessment.resolver';
import { HomeResolver } from '../oversight/home.resolver';
import { LetterResolver } from '../oversight/letter.resolver';
import { ExemplarResolver, ExemplarRevisionResolver, PhotoResolver, PublicExemplarResolver } from '../exemplars/exemplar.resolver';
import { ClassSessionResolver, EnrollmentResolver, TrainingClassResolver, TrainingProgramResolver } from '../training/training.resolver';

export const resolvers = [
  OrganizationResolver,
  PersonResolver,
  PersonImportResolver,
  DevelopmentCaseResolver,
  CaseEventResolver,
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
] as const;

export const SCHEMA_FILE = path.resolve(__dirname, '../../schema.graphql');

export async function createSchema(options: { emitTo?: string } = {}): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers,
    validate: { forbidUnknownValues: false, skipMissingProperties: true },
    emitSchemaFile: options.emitTo ? { path: options.emitTo, sortedSchema: true } : false,
  });
  return answerPrefetched(normalizeTextArguments(schema));
}
