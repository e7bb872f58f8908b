// The run's setup: an empty directory the browser tests seed the demo department into once
// (e2eHarness.ts, seededTemplate); unit-only runs never fill it. Removed at the end of the run.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

module.exports = async function setup() {
  process.env.GUILDHALL_E2E_TEMPLATE = fs.mkdtempSync(path.join(os.tmpdir(), 'guildhall-e2e-template-'));
};
