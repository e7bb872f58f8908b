import type { FieldProblem } from '../kernel/errors';
import { addMonths, anniversary } from '../common/dates';
import { isProvince } from '../common/provinces';
import type { RuleValues } from './organization.rules-settings';
import { MASS_KINDS, OrganizationKind as K, PARTY_KINDS, type Organization, type OrganizationKind } from './organization.entity';

/** Which kinds may sit directly under which, along the line of leadership. */
export const ALLOWED_PARENT_KINDS: Record<OrganizationKind, readonly OrganizationKind[]> = {
  [K.AGENCY]: [K.AGENCY],
  [K.COORDINATION_GROUP]: [K.AGENCY],
  [K.CHAMBER]: [K.AGENCY, K.COORDINATION_GROUP],
  [K.ENTERPRISE]: [K.CHAMBER],
  [K.PARTY_COMMITTEE]: [K.AGENCY, K.CHAMBER, K.PARTY_COMMITTEE],
  [K.GENERAL_BRANCH]: [K.AGENCY, K.CHAMBER, K.PARTY_COMMITTEE],
  [K.BRANCH]: [K.AGENCY, K.CHAMBER, K.PARTY_COMMITTEE, K.GENERAL_BRANCH],
  [K.JOINT_BRANCH]: [K.AGENCY, K.CHAMBER, K.PARTY_COMMITTEE, K.GENERAL_BRANCH],
  [K.UNION]: [K.CHAMBER, K.ENTERPRISE, ...PARTY_KINDS],
  [K.WOMEN_FEDERATION]: [K.CHAMBER, K.ENTERPRISE, ...PARTY_KINDS],
  [K.YOUTH_LEAGUE]: [K.CHAMBER, K.ENTERPRISE, ...PARTY_KINDS],
};

/** Kinds that may have a host (the chamber or enterprise they are formed in). */
export const HOSTED_KINDS: readonly OrganizationKind[] = [...PARTY_KINDS, ...MASS_KINDS];
/** Kinds that may host an organization. */
export const HOST_KINDS: readonly OrganizationKind[] = [K.CHAMBER, K.ENTERPRISE];

/** Kinds whose subtree can hold member enterprises. */
export const ENTERPRISE_HOLDING_KINDS: readonly OrganizationKind[] = [K.AGENCY, K.COORDINATION_GROUP, K.CHAMBER];

export interface PlacementInput {
  kind: OrganizationKind;
  parent: Pick<Organization, 'kind' | 'archivedAt'> | null;
  host: Pick<Organization, 'kind' | 'archivedAt'> | null;
  creditCode: string | null;
  originProvince: string | null;
  industry: string | null;
  employeeCount: number | null;
  termStartedOn?: string | null;
}

/** Checks that a kind sits under an allowed parent, in an allowed host, with only the fields its kind has. */
export function placementProblems(input: PlacementInput): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const { kind, parent, host } = input;

  if (!parent && kind !== K.AGENCY) {
    problems.push({ field: 'parentId', constraint: 'parentRequired', message: `a ${kind} needs a parent organization` });
  }
  if (parent && !ALLOWED_PARENT_KINDS[kind].includes(parent.kind)) {
    problems.push({
      field: 'parentId',
      constraint: 'parentKind',
      message: `a ${kind} cannot sit under a ${parent.kind}; allowed: ${ALLOWED_PARENT_KINDS[kind].join(', ')}`,
      // The kinds, for a client to name them in its own language: `allowed` is comma-separated.
      params: { kind, parentKind: parent.kind, allowed: ALLOWED_PARENT_KINDS[kind].join(',') },
    });
  }
  if (parent?.archivedAt) {
    problems.push({ field: 'parentId', constraint: 'parentArchived', message: 'the parent organization is archived' });
  }
  if (host) {
    if (!HOSTED_KINDS.includes(kind)) {
      problems.push({ field: 'hostId', constraint: 'hostNotApplicable', message: `a ${kind} has no host` });
    } else if (!HOST_KINDS.includes(host.kind)) {
      problems.push({ field: 'hostId', constraint: 'hostKind', message: 'the host must be a chamber or an enterprise' });
    }
    if (host.archivedAt) problems.push({ field: 'hostId', constraint: 'hostArchived', message: 'the host organization is archived' });
  }
  if (input.creditCode && kind !== K.ENTERPRISE && kind !== K.CHAMBER) {
    problems.push({ field: 'creditCode', constraint: 'notApplicable', message: `a ${kind} has no credit code of its own` });
  }
  if (kind === K.CHAMBER && !input.originProvince) {
    problems.push({ field: 'originProvince', constraint: 'required', message: 'a chamber needs its origin province' });
  }
  if (input.originProvince) {
    if (kind !== K.CHAMBER) {
      problems.push({ field: 'originProvince', constraint: 'notApplicable', message: 'only chambers have an origin province' });
    } else if (!isProvince(input.originProvince)) {
      problems.push({ field: 'originProvince', constraint: 'province', message: `"${input.originProvince}" is not a province-level division` });
    }
  }
  if (input.termStartedOn && !PARTY_KINDS.includes(kind)) {
    problems.push({ field: 'termStartedOn', constraint: 'notApplicable', message: 'only party organizations have terms' });
  }
  if (kind !== K.ENTERPRISE) {
    if (input.industry) problems.push({ field: 'industry', constraint: 'notApplicable', message: 'only enterprises have an industry' });
    if (input.employeeCount !== null && input.employeeCount !== undefined) {
      problems.push({ field: 'employeeCount', constraint: 'notApplicable', message: 'only enterprises have an employee count' });
    }
  }
  return problems;
}

/** The years of a kind's term under the rules: a committee's, or a general branch's or branch's. */
export function termYears(kind: OrganizationKind, rules: Pick<RuleValues, 'committeeTermYears' | 'branchTermYears'>): number | null {
  if (kind === K.PARTY_COMMITTEE) return rules.committeeTermYears;
  return PARTY_KINDS.includes(kind) ? rules.branchTermYears : null;
}

/** The end of a term and the day it becomes due soon, from its start; both null without a start. */
export function termDates(kind: OrganizationKind, startedOn: string | null, rules: Pick<RuleValues, 'committeeTermYears' | 'branchTermYears' | 'termDueSoonMonths'>): { termEndsOn: string | null; termDueSoonOn: string | null } {
  const years = termYears(kind, rules);
  if (!startedOn || years === null) return { termEndsOn: null, termDueSoonOn: null };
  const termEndsOn = anniversary(startedOn, years);
  return { termEndsOn, termDueSoonOn: addMonths(termEndsOn, -rules.termDueSoonMonths) };
}

