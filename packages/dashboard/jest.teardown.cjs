// Removes the directory the run's setup (jest.setup.cjs) made for the seeded demo department.
const fs = require('node:fs');

module.exports = async function teardown() {
  const dir = process.env.GUILDHALL_E2E_TEMPLATE;
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
};
