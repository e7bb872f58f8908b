// The order the test files start in: the walk of every screen (routes.e2e, about eight minutes)
// first, so the other files run beside it on the second worker instead of after it.
const Sequencer = require('@jest/test-sequencer').default;

const FIRST = ['routes.e2e.test.ts'];

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
