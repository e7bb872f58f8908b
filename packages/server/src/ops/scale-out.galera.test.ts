import { scaleOutSuite } from '../test/scale-out-suite';

// docs/operations.md, "Several servers": three servers behind HAProxy on a three-node Galera cluster (the suite is in src/test/scale-out-suite.ts).
scaleOutSuite('a three-node Galera cluster');
