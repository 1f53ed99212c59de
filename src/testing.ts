// Node-only helpers for partners' test suites: run a directory of fixture cases against a rule set.
export { listFixtureTests, FixtureMismatchError } from './testing/list-fixture-tests.js';
export type { ListFixtureTestsOptions, FixtureTest, FixtureTestOutcome } from './testing/list-fixture-tests.js';
