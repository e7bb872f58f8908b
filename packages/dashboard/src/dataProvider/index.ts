import type { GuildhallClient } from '@guildhall/client';
import type { DataProvider } from 'react-admin';
import type { Translate } from '../apiErrors';
import { accountMethods, type AccountMethods } from './account';
import { auditHandlers, auditMethods, type AuditMethods } from './audit';
import { calendarHandlers, calendarMethods, type CalendarMethods } from './calendar';
import { coreMethods, createContext, type ArchiveMethods } from './core';
import { developmentHandlers, developmentMethods, type DevelopmentMethods } from './development';
import { exemplarHandlers, exemplarMethods, type ExemplarMethods } from './exemplars';
import { noticeHandlers, noticeMethods, type NoticeMethods } from './notices';
import { organizationHandlers, organizationMethods, type OrganizationMethods } from './organizations';
import { oversightHandlers, oversightMethods, type OversightMethods } from './oversight';
import { peopleHandlers, peopleMethods, type PeopleMethods } from './people';
import { reminderMethods, type ReminderMethods } from './reminders';
import { reportHandlers, reportMethods, type ReportMethods } from './reports';
import type { ResourceHandler } from './resource';
import { trainingHandlers, trainingMethods, type TrainingMethods } from './training';
import { userHandlers, userMethods, type UserMethods } from './users';
import { venueMethods, type VenueMethods } from './venues';

export type { ApiToken, NewToken } from './account';
export type { TreeNode } from './organizations';
export type { AssessmentRow, AssessmentWeights, ChamberRef, CoverageReport, HomeFigures, LetterRow, OversightSettings, VenueComplianceRow } from './oversight';
export type { ImportOutcome } from './people';
export type { ReminderRow, ReminderRuleRow, ReminderWebhookRow } from './reminders';
export type { ReportStepValues } from './reports';
export type { VenuesOfUnit } from './venues';

/** react-admin's methods, and each resource's own (workflow steps, reports, uploads, the signed-in user's account). */
export interface GuildhallDataProvider
  extends DataProvider,
    ArchiveMethods,
    OrganizationMethods,
    PeopleMethods,
    UserMethods,
    AuditMethods,
    DevelopmentMethods,
    NoticeMethods,
    CalendarMethods,
    ReportMethods,
    TrainingMethods,
    ExemplarMethods,
    OversightMethods,
    VenueMethods,
    ReminderMethods,
    AccountMethods {}

export interface DataProviderOptions {
  /** For the REST endpoints beside GraphQL (photo uploads): the browser's fetch, with the session cookie. */
  fetch?: typeof fetch;
}

/** Each resource's SDK calls and writable fields, by resource name. */
export function createHandlers(client: GuildhallClient): Record<string, ResourceHandler> {
  return {
    ...organizationHandlers(client),
    ...peopleHandlers(client),
    ...userHandlers(client),
    ...auditHandlers(client),
    ...developmentHandlers(client),
    ...noticeHandlers(client),
    ...calendarHandlers(client),
    ...reportHandlers(client),
    ...trainingHandlers(client),
    ...exemplarHandlers(client),
    ...oversightHandlers(client),
  };
}

/**
 * react-admin's data provider over the typed SDK: the methods every resource has, dispatched to the
 * resource's handler (`core.ts`), and beside them each resource's own methods.
 */
export function createDataProvider(client: GuildhallClient, translate: Translate, options: DataProviderOptions = {}): GuildhallDataProvider {
  const handlers = createHandlers(client);
  const context = createContext(client, handlers, translate, options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => globalThis.fetch(input, init)));
  return {
    ...coreMethods(handlers, context),
    ...organizationMethods(context),
    ...peopleMethods(context),
    ...userMethods(context),
    ...auditMethods(context),
    ...developmentMethods(context),
    ...noticeMethods(context),
    ...calendarMethods(context),
    ...reportMethods(context),
    ...trainingMethods(context),
    ...exemplarMethods(context),
    ...oversightMethods(context),
    ...venueMethods(context),
    ...reminderMethods(context),
    ...accountMethods(context),
  };
}
