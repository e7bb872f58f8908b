/**
 * Every screen of the dashboard and every public page, and which of them a role may open: the
 * list the browser tests walk (routes.e2e.test.ts) to check each screen for every role, on a
 * phone and at a desk. Which pages a resource has is App.tsx's; who may open them is access.ts's
 * rules, given the permissions the server grants a role (`me.permissions`).
 */
import { canAccessWith } from './access';

export type RouteKind = 'list' | 'show' | 'create' | 'edit' | 'page' | 'public';

/** The control (or the figure) a user comes to the screen for; it must be on screen without sideways scrolling. */
export interface PrimaryAction {
  /** A CSS selector (Playwright's `text=` and `:has-text()` allowed). */
  selector: string;
  /** Says what the control is, in the printed table. */
  label: string;
  /** Absent on some records or days (no session today, a notice whose period ended): not a failure when missing. */
  optional?: boolean;
  /** The least height in CSS pixels, where the screen is used with a thumb (44: a comfortable touch target). */
  minHeight?: number;
}

export interface RouteSpec {
  /** The resource, for a resource's page; the public pages and custom pages have none. */
  resource?: string;
  kind: RouteKind;
  /**
   * The address: a hash route of the dashboard (`#/organizations`) or a path of the server's
   * public pages (`/public/notices`). `:id` stands for the record the walk opens.
   */
  path: string;
  /** Which record `:id` stands for: the first the role's list gives, with this filter. */
  record?: { resource: string; filter?: Record<string, unknown> };
  primary?: PrimaryAction;
}

/** The demo department's accounts (seed/accounts.ts), one for each role. */
export const DEMO_ROLES = [
  { username: 'admin', displayName: '部门管理员', role: 'ADMIN' },
  { username: 'assessor', displayName: '协调小组评估员', role: 'ASSESSOR' },
  { username: 'hunan', displayName: '湖南商会协调员', role: 'COORDINATOR' },
  { username: 'hunan-staff', displayName: '湖南商会工作人员', role: 'STAFF' },
  { username: 'trainee', displayName: '学员', role: 'TRAINEE' },
] as const;

/** The resources' pages, as App.tsx declares them; the record an edit page opens, where only some are editable. */
const RESOURCES: { name: string; pages: ('list' | 'show' | 'create' | 'edit')[]; editable?: Record<string, unknown> }[] = [
  { name: 'organizations', pages: ['list', 'show', 'create', 'edit'] },
  { name: 'people', pages: ['list', 'show', 'create', 'edit'] },
  { name: 'developmentCases', pages: ['list', 'show', 'create'] },
  { name: 'publicNotices', pages: ['list', 'show', 'create', 'edit'], editable: { state: 'DRAFT' } },
  { name: 'reports', pages: ['list', 'show', 'create'] },
  { name: 'trainingPrograms', pages: ['list', 'show', 'create', 'edit'] },
  { name: 'trainingClasses', pages: ['list', 'show', 'create', 'edit'] },
  { name: 'enrollments', pages: ['list'] },
  { name: 'exemplars', pages: ['list', 'show', 'create', 'edit'], editable: { state: 'DRAFT' } },
  { name: 'meetings', pages: ['list', 'create'] },
  { name: 'rectificationCases', pages: ['list'] },
  { name: 'calendarDays', pages: ['list'] },
  { name: 'users', pages: ['list', 'show', 'create', 'edit'] },
  { name: 'auditEntries', pages: ['list'] },
];

/** The save button of a create or edit form (react-admin's toolbar). */
const SAVE: PrimaryAction = { selector: 'form button[type="submit"]', label: '保存' };

/** A list's create button: a link to the create page (a floating button on a phone). */
const createButton = (resource: string): PrimaryAction => ({ selector: `a[href$="#/${resource}/create"]`, label: '新建' });

/** The custom pages (App.tsx's CustomRoutes and the home page), with the permission each needs. */
const CUSTOM_PAGES: { path: string; resource: string; action: string; primary?: PrimaryAction }[] = [
  { path: '#/oversight/regularity', resource: 'oversight', action: 'regularity' },
  { path: '#/oversight/coverage', resource: 'oversight', action: 'coverage' },
  { path: '#/oversight/venues', resource: 'oversight', action: 'venues' },
  { path: '#/oversight/letters', resource: 'oversight', action: 'letters' },
  // The figure the page is read for: each chamber's total (the demo department has this year's).
  { path: '#/oversight/assessments', resource: 'oversight', action: 'assessments', primary: { selector: '[data-testid="assessment-total"]', label: '总分' } },
  { path: '#/oversight/settings', resource: 'oversight', action: 'settings' },
  { path: '#/dossier/worklist', resource: 'developmentCases', action: 'list' },
  {
    path: '#/myTraining',
    resource: 'myTraining',
    action: 'list',
    primary: { selector: '[data-testid="my-check-in"] button[type="submit"], [data-open-class] button:has-text("我要报名")', label: '签到/我要报名', minHeight: 44 },
  },
];

/** The pages anyone may read, without signing in (the server's public pages). */
export const PUBLIC_ROUTES: RouteSpec[] = [
  { kind: 'public', path: '/public/notices' },
  {
    kind: 'public',
    path: '/public/notices/:id',
    record: { resource: 'publicNotices', filter: { state: 'PUBLISHED' } },
    primary: { selector: 'form[action$="/reports"] button[type="submit"]', label: '提交', optional: true, minHeight: 44 },
  },
  { kind: 'public', path: '/public/exemplars' },
  { kind: 'public', path: '/public/exemplars/:id', record: { resource: 'exemplars', filter: { state: 'PUBLISHED' } } },
  { kind: 'public', path: '/public/certificates', primary: { selector: 'form button', label: '查验', minHeight: 44 } },
];

/** The screens a user with these permissions may open, in the order the menu gives them. */
export function routesFor(permissions: readonly string[]): RouteSpec[] {
  const may = (resource: string, action: string) => canAccessWith(permissions, resource, action);
  const routes: RouteSpec[] = [{ kind: 'page', path: '#/' }];
  for (const { name, pages, editable } of RESOURCES) {
    if (pages.includes('list') && may(name, 'list')) {
      const canCreate = pages.includes('create') && may(name, 'create');
      routes.push({ resource: name, kind: 'list', path: `#/${name}`, primary: canCreate ? createButton(name) : undefined });
    }
    if (pages.includes('show') && may(name, 'show')) routes.push({ resource: name, kind: 'show', path: `#/${name}/:id/show`, record: { resource: name } });
    if (pages.includes('create') && may(name, 'create')) routes.push({ resource: name, kind: 'create', path: `#/${name}/create`, primary: SAVE });
    if (pages.includes('edit') && may(name, 'edit')) {
      routes.push({ resource: name, kind: 'edit', path: `#/${name}/:id`, record: { resource: name, filter: editable }, primary: SAVE });
    }
  }
  for (const { path, resource, action, primary } of CUSTOM_PAGES) {
    if (may(resource, action)) routes.push({ kind: 'page', path, primary });
  }
  routes.push({ kind: 'page', path: '#/account' });
  return routes;
}
