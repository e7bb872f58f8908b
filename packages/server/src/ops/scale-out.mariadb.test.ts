import { scaleOutSuite } from '../test/scale-out-suite';

// docs/operations.md, "Several servers": three servers behind HAProxy on one MariaDB (the suite is in src/test/scale-out-suite.ts).
scaleOutSuite('one MariaDB');
