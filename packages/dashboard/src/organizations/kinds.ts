import { MAX_LENGTHS as SERVER_MAX_LENGTHS } from '@guildhall/client';
import { ALLOWED_PARENT_KINDS, ENTERPRISE_HOLDING_KINDS, HOST_KINDS, HOSTED_KINDS } from '@guildhall/client';
import type { OrganizationDetailFragment, OrganizationKind, OrganizationListItemFragment, OrganizationStatus } from '@guildhall/client';

// Where each kind may be placed is the server's rule, generated into the client (contract.ts).
export { ALLOWED_PARENT_KINDS, HOST_KINDS };

/** An organization as the dashboard holds it: list rows have the list fields, detail pages all of them. */
export type Organization = OrganizationListItemFragment & Partial<Pick<OrganizationDetailFragment, 'address' | 'phone' | 'createdAt' | 'host' | 'ancestors'>>;

/** All kinds, in the order of the line of leadership. */
export const KINDS: readonly OrganizationKind[] = [
  'AGENCY',
  'COORDINATION_GROUP',
  'CHAMBER',
  'ENTERPRISE',
  'PARTY_COMMITTEE',
  'GENERAL_BRANCH',
  'BRANCH',
  'JOINT_BRANCH',
  'UNION',
  'WOMEN_FEDERATION',
  'YOUTH_LEAGUE',
];

export const STATUSES: readonly OrganizationStatus[] = ['NORMAL', 'WEAK_LAX'];

export const PARTY_KINDS: readonly OrganizationKind[] = ['PARTY_COMMITTEE', 'GENERAL_BRANCH', 'BRANCH', 'JOINT_BRANCH'];
export const MASS_KINDS: readonly OrganizationKind[] = ['UNION', 'WOMEN_FEDERATION', 'YOUTH_LEAGUE'];

/** Only these kinds have member enterprises below them; for the others the count is always 0. */
export function holdsEnterprises(kind: OrganizationKind): boolean {
  return ENTERPRISE_HOLDING_KINDS.includes(kind);
}

/**
 * The kinds a new or changed organization may have where it is placed: under a parent of
 * `parentKind` (any kind when no parent is chosen yet) and, when a host is chosen, only the
 * kinds that have a host. The kind it has now stays in the list, so an edit never loses it.
 */
export function kindsUnder(parentKind: OrganizationKind | null | undefined, hosted: boolean, current?: OrganizationKind | null): OrganizationKind[] {
  return KINDS.filter(
    (kind) => kind === current || ((!parentKind || ALLOWED_PARENT_KINDS[kind].includes(parentKind)) && (!hosted || HOSTED_KINDS.includes(kind))),
  );
}

/**
 * What 新建下级组织 on an organization's page fills in. Under an enterprise the new one is its
 * party or mass organization: the enterprise is its host (所在单位) and the enterprise's chamber
 * its parent, which the person may change to a party organization of the chamber. Elsewhere the
 * organization is the parent.
 */
export function newChildOf(organization: Pick<Organization, 'id' | 'kind' | 'parentId'>): { parentId?: string; hostId?: string } {
  if (organization.kind === 'ENTERPRISE') return { ...(organization.parentId ? { parentId: organization.parentId } : {}), hostId: organization.id };
  return { parentId: organization.id };
}

/** Fields that only some kinds have. */
const KIND_SPECIFIC: Record<string, readonly OrganizationKind[]> = {
  creditCode: ['CHAMBER', 'ENTERPRISE'],
  originProvince: ['CHAMBER'],
  industry: ['ENTERPRISE'],
  employeeCount: ['ENTERPRISE'],
  hostId: HOSTED_KINDS,
  termStartedOn: PARTY_KINDS,
};

export function fieldApplies(kind: OrganizationKind | null | undefined, field: string): boolean {
  const kinds = KIND_SPECIFIC[field];
  return !kinds || (!!kind && kinds.includes(kind));
}

/** Clears the fields the chosen kind does not have, so a change of kind sends no stale values. */
export function withoutInapplicableFields<T extends Record<string, unknown>>(data: T): T {
  const kind = data.kind as OrganizationKind | undefined;
  const out: Record<string, unknown> = { ...data };
  for (const field of Object.keys(KIND_SPECIFIC)) {
    if (!fieldApplies(kind, field) && out[field] !== undefined) out[field] = null;
  }
  return out as T;
}

/** The fields a person can change; everything else on a record is computed by the server. */
export const WRITABLE_FIELDS = [
  'kind',
  'name',
  'shortName',
  'parentId',
  'hostId',
  'status',
  'creditCode',
  'originProvince',
  'industry',
  'employeeCount',
  'foundedOn',
  'termStartedOn',
  'address',
  'phone',
] as const;

/** Text limits, as the server checks them. */
// From the server's contract (generated into @guildhall/client): the server refuses past these.
export const MAX_LENGTHS: Readonly<Record<string, number>> = SERVER_MAX_LENGTHS.createOrganization;

/** Province-level divisions, a chamber's origin. */
export const PROVINCES = [
  '北京', '天津', '河北', '山西', '内蒙古', '辽宁', '吉林', '黑龙江', '上海', '江苏', '浙江', '安徽',
  '福建', '江西', '山东', '河南', '湖北', '湖南', '广东', '广西', '海南', '重庆', '四川', '贵州',
  '云南', '西藏', '陕西', '甘肃', '青海', '宁夏', '新疆', '台湾', '香港', '澳门',
] as const;

export const kindChoices = KINDS.map((kind) => ({ id: kind, name: `guildhall.kinds.${kind}` }));
export const statusChoices = STATUSES.map((status) => ({ id: status, name: `guildhall.statuses.${status}` }));
export const provinceChoices = PROVINCES.map((province) => ({ id: province, name: `guildhall.provinces.${province}` }));

/** Sort key placing party organizations first, then chambers, enterprises and mass organizations. */
const DISPLAY_ORDER: readonly OrganizationKind[] = [
  'AGENCY',
  'COORDINATION_GROUP',
  ...PARTY_KINDS,
  'CHAMBER',
  'ENTERPRISE',
  ...MASS_KINDS,
];

export function kindRank(kind: OrganizationKind): number {
  return DISPLAY_ORDER.indexOf(kind);
}

export const TERM_STATES = ['CURRENT', 'DUE_SOON', 'OVERDUE', 'NONE'] as const;
export const termStateChoices = TERM_STATES.map((id) => ({ id, name: `guildhall.termStates.${id}` }));

