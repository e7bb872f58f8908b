import { createClient } from '@guildhall/client';
import { Admin, Resource, localStorageStore } from 'react-admin';
import { createDataProvider } from './dataProvider';
import { i18nProvider } from './i18n';
import { Layout } from './layout/Layout';
import { theme } from './layout/theme';
import { organizations } from './organizations';

// Same origin as the page: the server serves the dashboard and /graphql together.
const client = createClient(new URL('/graphql', window.location.origin).toString(), { credentials: 'same-origin' });
const dataProvider = createDataProvider(client, i18nProvider.translate);

// The store keeps the chosen language (and list settings) in localStorage.
const store = localStorageStore('1', 'Guildhall');

export const App = () => (
  <Admin
    disableTelemetry
    dataProvider={dataProvider}
    i18nProvider={i18nProvider}
    store={store}
    layout={Layout}
    theme={theme}
  >
    <Resource name="organizations" {...organizations} />
  </Admin>
);
