import { createClient } from '@guildhall/client';
import { Admin, CustomRoutes, Resource, localStorageStore, reactRouterProvider } from 'react-admin';
import { AccountPage } from './account/AccountPage';
import { auditEntries } from './audit';
import { calendarDays } from './calendar';
import { developmentCases } from './development';
import { exemplars } from './exemplars';
import { createAuthProvider } from './authProvider';
import { createDataProvider } from './dataProvider';
import { i18nProvider } from './i18n';
import { Home } from './layout/Home';
import { Layout } from './layout/Layout';
import { LoginPage } from './layout/LoginPage';
import { AccessDenied, NotFound } from './layout/NotFound';
import { theme } from './layout/theme';
import { publicNotices } from './notices';
import { organizations } from './organizations';
import { AssessmentsPage, CoveragePage, LettersPage, RegularityPage, SettingsPage, VenuePage, meetings, rectificationCases } from './oversight';
import { people } from './people';
import { reports } from './reports';
import { enrollments, myTraining, trainingClasses, trainingPrograms } from './training';
import { users } from './users';

// Same origin as the page: the server serves the dashboard and /graphql together, and the
// session cookie goes along with every request.
const client = createClient(new URL('/graphql', window.location.origin).toString(), { credentials: 'same-origin' });
const dataProvider = createDataProvider(client, i18nProvider.translate);
const authProvider = createAuthProvider(client, i18nProvider.translate);

// The store keeps the chosen language (and list settings) in localStorage.
const store = localStorageStore('1', 'Guildhall');

const { Route } = reactRouterProvider;

export const App = () => (
  <Admin
    disableTelemetry
    requireAuth
    dataProvider={dataProvider}
    authProvider={authProvider}
    i18nProvider={i18nProvider}
    store={store}
    layout={Layout}
    loginPage={LoginPage}
    dashboard={Home}
    catchAll={NotFound}
    accessDenied={AccessDenied}
    theme={theme}
  >
    <Resource name="organizations" {...organizations} />
    <Resource name="people" {...people} />
    <Resource name="developmentCases" {...developmentCases} />
    <Resource name="publicNotices" {...publicNotices} />
    <Resource name="reports" {...reports} />
    <Resource name="trainingPrograms" {...trainingPrograms} />
    <Resource name="trainingClasses" {...trainingClasses} />
    <Resource name="enrollments" {...enrollments} />
    <Resource name="myTraining" {...myTraining} />
    <Resource name="exemplars" {...exemplars} />
    <Resource name="meetings" {...meetings} />
    <Resource name="rectificationCases" {...rectificationCases} />
    <Resource name="calendarDays" {...calendarDays} />
    <Resource name="users" {...users} />
    <Resource name="auditEntries" {...auditEntries} />
    <CustomRoutes>
      <Route path="/account" element={<AccountPage />} />
      <Route path="/oversight/regularity" element={<RegularityPage />} />
      <Route path="/oversight/coverage" element={<CoveragePage />} />
      <Route path="/oversight/venues" element={<VenuePage />} />
      <Route path="/oversight/letters" element={<LettersPage />} />
      <Route path="/oversight/assessments" element={<AssessmentsPage />} />
      <Route path="/oversight/settings" element={<SettingsPage />} />
    </CustomRoutes>
  </Admin>
);
