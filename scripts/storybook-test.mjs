// Opens every story of the static Storybook (storybook-static/) in headless Chromium and fails on a
// story that cannot render or play, a console error, an uncaught exception, or an axe violation
// (found by the a11y addon, which runs axe in the story's iframe after every story).
// Usage: node scripts/storybook-test.mjs [filter] [--globals theme:contrast;locale:en]
//   filter: part of a story id; --globals: the toolbar's locale and theme for every story.
import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright';
import { root, serveStatic } from './storybook-serve.mjs';
import { StoryPage, openAnchor } from './storybook-page.mjs';
import { chromiumLaunchOptions } from './chromium.mjs';

/** The build to test: storybook-static/, or another directory named in STORYBOOK_STATIC_DIR. */
const staticDir = process.env.STORYBOOK_STATIC_DIR ?? `${root}/storybook-static`;
const indexFile = `${staticDir}/index.json`;
/** Pages tested side by side: a story mostly waits (retries, typing, settling), so more than the cores. */
const workers = Number(process.env.STORYBOOK_TEST_WORKERS ?? 4);

/** The stories of the build, from its index.json (docs pages render these same stories). */
function storiesOfBuild(filter) {
  if (!existsSync(indexFile)) {
    console.error(`No ${indexFile}: run \`npm run build-storybook\` first.`);
    process.exit(2);
  }
  const { entries } = JSON.parse(readFileSync(indexFile, 'utf8'));
  return Object.values(entries)
    .filter((e) => e.type === 'story' && !e.tags?.includes('skip-test'))
    .filter((e) => !filter || e.id.includes(filter))
    .map((e) => ({ id: e.id, title: `${e.title} › ${e.name}` }));
}

/** Tests the queue's stories one after another in one page, adding to `results`. */
async function testInPage(browser, options, queue, results) {
  const context = await browser.newContext({ serviceWorkers: 'allow' });
  await openAnchor(context, options.baseUrl, queue[0].id);
  const page = new StoryPage(await context.newPage(), options.baseUrl, options.globals);
  for (let story = queue.shift(); story; story = queue.shift()) {
    const started = Date.now();
    let problems = await page.test(story.id);
    // A story that only ran out of time gets one more try in a freshly loaded page: on a busy
    // machine a slow start is not a fault of the story; a story that hangs fails twice.
    const timedOut = problems.length === 1 && /^render: no result within/.test(problems[0]);
    if (timedOut) problems = (await page.test(story.id)).map((p) => `${p} (on a second try)`);
    results.push({ ...story, problems, ms: Date.now() - started, retried: timedOut });
    const mark = problems.length ? '✗' : '✓';
    const again = timedOut ? ', on a second try' : '';
    console.log(`${mark} ${story.title} (${story.id}, ${Date.now() - started} ms${again})`);
    for (const problem of problems) console.log(`    ${problem}`);
  }
  await context.close();
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { globals: { type: 'string', default: '' } },
});
const stories = storiesOfBuild(positionals[0]);
const server = await serveStatic(staticDir);
const browser = await chromium.launch(chromiumLaunchOptions);
const results = [];
try {
  const queue = [...stories];
  const options = {
    baseUrl: server.url,
    globals: values.globals,
  };
  const pages = Array.from({ length: Math.min(workers, stories.length) }, () =>
    testInPage(browser, options, queue, results),
  );
  await Promise.all(pages);
} finally {
  await browser.close();
  server.close();
}
const failed = results.filter((r) => r.problems.length);
if (failed.length) {
  console.log('\nFailed:');
  for (const r of failed) console.log(`  ${r.title} (${r.id}): ${r.problems.length} problem(s)`);
}
const retried = results.filter((r) => r.retried).length;
console.log(
  `\n${results.length - failed.length} passed (${retried} on a second try), ${failed.length} failed`,
);
process.exitCode = failed.length || !stories.length ? 1 : 0;
