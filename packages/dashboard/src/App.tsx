import { createClient } from '@guildhall/client';
import ClassIcon from '@mui/icons-material/Class';
import EventNoteIcon from '@mui/icons-material/EventNote';
import FactCheckIcon from '@mui/icons-material/FactCheck';
import HealingIcon from '@mui/icons-material/Healing';
import HistoryIcon from '@mui/icons-material/History';
import HowToRegIcon from '@mui/icons-material/HowToReg';
import MilitaryTechIcon from '@mui/icons-material/MilitaryTech';
import SchoolIcon from '@mui/icons-material/School';
import { QueryClient } from '@tanstack/react-query';
import { lazy, type ComponentType } from 'react';
import { AdminContext, AdminUI, CustomRoutes, Resource, localStorageStore, reactRouterProvider } from 'react-admin';
import { calendarDays } from './calendar';
import { canAccessWith } from './access';
import { createAuthProvider, type Viewer } from './authProvider';
import { createDataProvider } from './dataProvider';
import { DateLocalization } from './dates/DateLocalization';
import { i18nProvider } from './i18n';
import { Home } from './layout/Home';
import { Layout } from './layout/Layout';
import { LoginPage } from './layout/LoginPage';
import { AccessDenied, NotFound } from './layout/NotFound';
import { theme } from './layout/theme';
import { publicNotices } from './notices';
import { organizations } from './organizations';
import { people } from './people';
import { reports } from './reports';
import { MyTraining, myTrainingQuery } from './training/MyTraining';
import { users } from './users';

type PageKind = 'list' | 'show' | 'create' | 'edit';
type Pages = Partial<Record<PageKind, ComponentType>>;

/**
 * A screen loaded on first use: its code is a chunk of its own, fetched when the route is
 * opened (react-admin's layout shows a spinner meanwhile). The sign-in page and a trainee's
 * 我的培训 load with the app; the oversight pages with their charts, the exemplars with the
 * story editor, development cases, training administration, the audit trail and the account
 * page do not.
 */
function lazyPage<M>(load: () => Promise<M>, pick: (module: M) => ComponentType | undefined): ComponentType {
  return lazy(async () => ({ default: pick(await load())! }));
}

/**
 * A resource's pages from a module loaded on first use. Its menu icon and how a record is named
 * (references to it show that name) are needed before the module arrives, so the resource
 * gives them in App itself.
 */
function lazyResource<M>(load: () => Promise<M>, pick: (module: M) => Pages, kinds: PageKind[]): Pages {
  return Object.fromEntries(kinds.map((kind) => [kind, lazyPage(load, (module) => pick(module)[kind])]));
}

/** A development case or a place in a class is named by its person. */
const byPerson = (record: { person?: { name: string } | null; id: string }) => record.person?.name ?? `#${record.id}`;

const development = () => import('./development');
const exemplars = () => import('./exemplars');
const oversight = () => import('./oversight');
const reminders = () => import('./reminders');
const training = () => import('./training');
const audit = () => import('./audit');

const developmentCases = lazyResource(development, (m) => m.developmentCases, ['list', 'show', 'create']);
const trainingPrograms = lazyResource(training, (m) => m.trainingPrograms, ['list', 'show', 'create', 'edit']);
const trainingClasses = lazyResource(training, (m) => m.trainingClasses, ['list', 'show', 'create', 'edit']);
const enrollments = lazyResource(training, (m) => m.enrollments, ['list']);
const exemplarPages = lazyResource(exemplars, (m) => m.exemplars, ['list', 'show', 'create', 'edit']);
const meetings = lazyResource(oversight, (m) => m.meetings, ['list', 'create']);
const rectificationCases = lazyResource(oversight, (m) => m.rectificationCases, ['list']);
const auditEntries = lazyResource(audit, (m) => m.auditEntries, ['list']);
const AccountPage = lazyPage(() => import('./account/AccountPage'), (m) => m.AccountPage);
const RegularityPage = lazyPage(oversight, (m) => m.RegularityPage);
const CoveragePage = lazyPage(oversight, (m) => m.CoveragePage);
const VenuePage = lazyPage(oversight, (m) => m.VenuePage);
const LettersPage = lazyPage(oversight, (m) => m.LettersPage);
const AssessmentsPage = lazyPage(oversight, (m) => m.AssessmentsPage);
const SettingsPage = lazyPage(oversight, (m) => m.SettingsPage);
const RemindersPage = lazyPage(reminders, (m) => m.RemindersPage);
const MaterialWorklist = lazyPage(() => import('./development/MaterialWorklist'), (m) => m.MaterialWorklist);

// Same origin as the page: the server serves the dashboard and /graphql together, and the
// session cookie goes along with every request.
const client = createClient(new URL('/graphql', window.location.origin).toString(), { credentials: 'same-origin' });
const dataProvider = createDataProvider(client, i18nProvider.translate);
const queryClient = new QueryClient();

/**
 * A trainee's start page is 我的培训 (layout/Home.tsx sends them on to it when they open the home
 * page): after signing in they go there directly, and its lists are asked for as soon as the
 * sign-in answers, while the app renders the page, rather than once the page has mounted.
 */
function startFirstPage({ permissions }: Viewer): string | undefined {
  const startsAtMyTraining =
    !canAccessWith(permissions, 'oversight', 'home') && !canAccessWith(permissions, 'organizations', 'list') && canAccessWith(permissions, 'myTraining', 'list');
  if (!startsAtMyTraining) return undefined;
  void queryClient.prefetchQuery(myTrainingQuery(dataProvider));
  return '/myTraining';
}

const authProvider = createAuthProvider(client, i18nProvider.translate, { onSignIn: startFirstPage });

// The store keeps the chosen language (and list settings) in localStorage.
const store = localStorageStore('1', 'Guildhall');

const { Route } = reactRouterProvider;

// react-admin's Admin in its two halves, so that the date pickers' localization sits inside its
// context (the interface language) and around every page.
export const App = () => (
  <AdminContext dataProvider={dataProvider} authProvider={authProvider} i18nProvider={i18nProvider} store={store} theme={theme} queryClient={queryClient}>
    <DateLocalization>
      <AdminUI
        disableTelemetry
        requireAuth
        layout={Layout}
        loginPage={LoginPage}
        dashboard={Home}
        catchAll={NotFound}
        accessDenied={AccessDenied}
        title="React Admin"
      >
        <Resource name="organizations" {...organizations} />
        <Resource name="people" {...people} />
        <Resource name="developmentCases" {...developmentCases} icon={HowToRegIcon} recordRepresentation={byPerson} />
        <Resource name="publicNotices" {...publicNotices} />
        <Resource name="reports" {...reports} />
        <Resource name="trainingPrograms" {...trainingPrograms} icon={EventNoteIcon} recordRepresentation="title" />
        <Resource name="trainingClasses" {...trainingClasses} icon={ClassIcon} recordRepresentation="title" />
        <Resource name="enrollments" {...enrollments} icon={FactCheckIcon} recordRepresentation={byPerson} />
        <Resource name="myTraining" list={MyTraining} icon={SchoolIcon} />
        <Resource name="exemplars" {...exemplarPages} icon={MilitaryTechIcon} recordRepresentation="title" />
        <Resource name="meetings" {...meetings} icon={EventNoteIcon} />
        <Resource name="rectificationCases" {...rectificationCases} icon={HealingIcon} />
        <Resource name="calendarDays" {...calendarDays} />
        <Resource name="users" {...users} />
        <Resource name="auditEntries" {...auditEntries} icon={HistoryIcon} />
        <CustomRoutes>
          <Route path="/account" element={<AccountPage />} />
          <Route path="/oversight/regularity" element={<RegularityPage />} />
          <Route path="/oversight/coverage" element={<CoveragePage />} />
          <Route path="/oversight/venues" element={<VenuePage />} />
          <Route path="/oversight/letters" element={<LettersPage />} />
          <Route path="/oversight/assessments" element={<AssessmentsPage />} />
          <Route path="/oversight/settings" element={<SettingsPage />} />
          <Route path="/reminders" element={<RemindersPage />} />
          <Route path="/dossier/worklist" element={<MaterialWorklist />} />
        </CustomRoutes>
      </AdminUI>
    </DateLocalization>
  </AdminContext>
);
