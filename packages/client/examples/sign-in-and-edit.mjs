// Signs in from Node, lists the organizations in scope, creates an enterprise, updates it, shows
// how a refusal reads, and deletes it again. Run it against a server with the demo data:
//
//   GUILDHALL_URL=http://localhost:4000/graphql GUILDHALL_USER=hunan GUILDHALL_PASSWORD=guildhall-demo \
//     node examples/sign-in-and-edit.mjs
//
// (`npm start` at the repository's root serves one; `hunan` is the coordinator of 贵州省湖南商会.)
import { createClient, isApiError } from '@guildhall/client';
import { sessionFetch } from '@guildhall/client/node';

const url = process.env.GUILDHALL_URL ?? 'http://localhost:4000/graphql';
// A fetch that keeps the session cookie signIn sets, as a browser would.
const api = createClient(url, { fetch: sessionFetch() });

const { signIn } = await api.auth.signIn(process.env.GUILDHALL_USER ?? 'hunan', process.env.GUILDHALL_PASSWORD ?? 'guildhall-demo');
const home = signIn.user.organization;
console.log(`signed in as ${signIn.user.displayName} (${signIn.user.role}) of ${home?.name}`);

// Lists answer { items, total }: the page asked for and the count of all that match.
const { items, total } = await api.organizations.list({ perPage: 5, sortField: 'name', sortOrder: 'ASC', filter: { descendantsOf: home.id } });
console.log(`${total.count} organizations under ${home.name}; the first ${items.length}: ${items.map((o) => o.name).join('、')}`);

// Creating and updating answer { item }: the record as it now is.
const suffix = Date.now().toString(36).slice(-5).toUpperCase();
const { item: created } = await api.organizations.create({ kind: 'ENTERPRISE', name: `示例企业${suffix}`, parentId: home.id, employeeCount: 12 });
console.log(`created ${created.name} (id ${created.id}, version ${created.version})`);
const { item: updated } = await api.organizations.update({ id: created.id, version: created.version, employeeCount: 15 });
console.log(`updated: ${updated.employeeCount} employees, version ${updated.version}`);

// A refusal is an ApiError: its code, and for bad input the fields at fault.
try {
  await api.organizations.update({ id: created.id, version: updated.version, name: '   ' });
} catch (error) {
  if (!isApiError(error)) throw error;
  console.log(`refused: ${error.code}; ${error.fields.map((f) => `${f.field} (${f.constraint}): ${f.message}`).join('; ')}`);
}

await api.organizations.delete(created.id, updated.version);
console.log(`deleted ${created.name}`);
await api.auth.signOut();
