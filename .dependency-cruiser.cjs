/**
 * The floor plan's rules (docs/architecture.md, "Floors"), checked by dependency-cruiser in
 * `npm test` (packages/server/src/floor-plan.test.ts). Test files and fixtures may reach anything.
 *
 *   root/        the composition root: schema, service locator, entity list, HTTP wiring
 *   modules      organizations, people, accounts, audit-trail, training, development,
 *                exemplars, oversight, reminders; each with a front door, its index.ts
 *   kernel/, common/, db/, access/, audit/   the floor every module stands on
 */
const TESTS = '(\\.test\\.ts$|/src/test/|access-rows\\.ts$)';
const SERVER = '^packages/server/src/';
const FLOOR = `${SERVER}(kernel|common|db|access|audit)/`;
const MODULES = `${SERVER}(accounts|audit-trail|organizations|people|development|training|exemplars|oversight|reminders)/`;

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'A cycle means no file of it can be read, tested or moved alone.',
      from: { path: '^packages/', pathNot: TESTS },
      to: { circular: true, viaOnly: { pathNot: TESTS } },
    },
    {
      name: 'floor-imports-no-module',
      severity: 'error',
      comment: 'The kernel, common helpers, the database layer, access rules and the audit writer stand below every module and import none.',
      from: { path: FLOOR, pathNot: TESTS },
      to: { path: [MODULES, `${SERVER}(root|ops|seed|bench|scripts)/`, `${SERVER}(app|main|config)\\.ts$`] },
    },
    {
      name: 'modules-meet-through-front-doors',
      severity: 'error',
      comment: "A module (and the root) uses another only through that module's index.ts, so what a module offers is one list and its insides can move freely.",
      from: { path: `${SERVER}(root|accounts|audit-trail|organizations|people|development|training|exemplars|oversight|reminders)/`, pathNot: TESTS },
      to: { path: MODULES, pathNot: [`${SERVER}$1/`, `${SERVER}[^/]+/index\\.ts$`] },
    },
    {
      name: 'only-entry-points-import-the-root',
      severity: 'error',
      comment: 'The composition root assembles the modules; a module that imported it would stand on itself. main.ts, the scripts and the bench start it.',
      from: { path: SERVER, pathNot: [TESTS, `${SERVER}root/`, `${SERVER}main\\.ts$`, `${SERVER}(scripts|bench)/`] },
      to: { path: `${SERVER}root/` },
    },
    {
      name: 'dashboard-and-client-never-import-the-server',
      severity: 'error',
      comment: 'The dashboard and the client know the server through the schema and @guildhall/client only.',
      from: { path: '^packages/(dashboard|client)/src/', pathNot: TESTS },
      to: { path: '^packages/server/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(dist|node_modules|migrations)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
  },
};
