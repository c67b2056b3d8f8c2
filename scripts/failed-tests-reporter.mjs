// A web-test-runner reporter that repeats every failed test, with its file and error, once the
// run has ended: the default reporter prints a failure only as its file finishes, so in a long
// CI log it scrolls far away from the final "1 failed".
import { relative } from 'node:path';

/** As `RETRIED_MARK` in packages/widgets/test/testing.ts. */
const RETRIED_MARK = 'passed only on its second try:';

/** The failed tests of a suite and its nested suites, as "suite › test" with the error. */
function failedIn(suite, path = []) {
  if (!suite) return [];
  const here = suite.name ? [...path, suite.name] : path;
  const own = (suite.tests ?? [])
    .filter((t) => !t.passed && !t.skipped)
    .map((t) => ({ name: [...here, t.name].join(' › '), error: t.error }));
  return [...own, ...(suite.suites ?? []).flatMap((s) => failedIn(s, here))];
}

/** The first lines of an error: its message and where it was thrown. */
function describe(error) {
  if (!error) return '';
  const text = [error.message, error.expected !== undefined ? `expected ${error.expected}` : '']
    .concat((error.stack ?? '').split('\n').slice(1, 4))
    .filter(Boolean)
    .join('\n      ');
  return `\n      ${text}`;
}

/** @returns {import('@web/test-runner').Reporter} */
export function failedTestsReporter() {
  return {
    stop({ sessions }) {
      const lines = sessions.flatMap((session) => {
        const file = relative(process.cwd(), session.testFile);
        return [
          ...failedIn(session.testResults).map(
            (f) => `  ✗ ${file} › ${f.name}${describe(f.error)}`,
          ),
          ...(session.errors ?? []).map((e) => `  ✗ ${file} (file error)${describe(e)}`),
        ];
      });
      const retried = sessions.flatMap((session) =>
        (session.logs ?? [])
          .map((args) => args.map(String).join(' '))
          .filter((text) => text.includes(RETRIED_MARK))
          .map((text) => `  ~ ${relative(process.cwd(), session.testFile)} › ${text}`),
      );
      if (retried.length > 0) {
        console.log(`\nPassed only on the second try (${retried.length}):\n${retried.join('\n')}`);
      }
      if (lines.length === 0) return;
      console.log(`\nFailed (${lines.length}), repeated from above:\n${lines.join('\n')}\n`);
    },
  };
}
