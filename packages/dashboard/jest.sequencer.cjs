// The order the test files start in: the two walks of every screen (on a phone, routes.e2e, and at
// a desk, routes-desk.e2e, about four minutes each) first, one on each worker, so the other files
// share the workers after them instead of waiting behind one long file.
const Sequencer = require('@jest/test-sequencer').default;

const FIRST = ['routes.e2e.test.ts', 'routes-desk.e2e.test.ts'];

class LongestFirst extends Sequencer {
  sort(tests) {
    const rank = (test) => {
      const at = FIRST.findIndex((name) => test.path.endsWith(name));
      return at === -1 ? FIRST.length : at;
    };
    return [...super.sort(tests)].sort((a, b) => rank(a) - rank(b));
  }
}

module.exports = LongestFirst;
