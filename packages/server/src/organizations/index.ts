/**
 * The front door of organizations/. Organizations: the tree of the department, chambers,
 * enterprises and party and mass organizations, their terms and the rules on them. Other modules
 * and the composition root import this module only from here.
 */
export { JointBranchEnterprise } from './joint-branch.entity';
export { JointBranchService } from './joint-branch.service';
export { Organization, OrganizationKind, OrganizationStatus, PARTY_KINDS, TermState } from './organization.entity';
export { createOrganizationLoaders, visibleBy, visibleOrganizationId } from './organization.loaders';
export type { OrganizationLoaders } from './organization.loaders';
export { OrganizationResolver } from './organization.resolver';
export { ALLOWED_PARENT_KINDS, ENTERPRISE_HOLDING_KINDS, HOSTED_KINDS, HOST_KINDS, termDates } from './organization.rules';
export { DEFAULT_RULES, RuleSetting, RulesService, loadRules } from './organization.rules-settings';
export type { RuleValues } from './organization.rules-settings';
export { OrganizationService, recomputeTerms, type OrganizationUses } from './organization.service';
export { namedOrganization, organizationInScope, organizationsInScope } from './organization.references';
