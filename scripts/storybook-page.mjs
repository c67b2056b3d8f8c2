// Opens one story in a page and collects what went wrong: render failures and axe violations, as
// Storybook's own channel reports them, console errors and uncaught exceptions.

/** How long a story may take to finish (loaders, play function and axe included). */
const renderTimeoutMs = 15_000;
/** After finishing: wait until the mock backend has had no request in flight for this long... */
const quietMs = 300;
/** ...but no longer than this (a `loading` story never gets its answer). */
const settleMaxMs = 1_500;

/**
 * Runs in the page before Storybook: catches the preview's channel as it is created and turns its
 * events into one promise, `window.__storyOutcome`: `{ finished, reports }` once the story has
 * rendered, played and been checked by the a11y addon (Storybook's `storyFinished`), or
 * `{ error }` when it failed before that.
 */
function listenToStorybook() {
  let channel;
  const summary = (report) => ({
    type: report.type,
    status: report.status,
    error: report.result?.error ? String(report.result.error.message ?? report.result.error) : '',
    violations: (report.result?.violations ?? []).map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((n) => n.target.join(' ')),
    })),
  });
  const outcomes = {
    storyFinished: (e) => ({ finished: true, reports: (e?.reporters ?? []).map(summary) }),
    storyErrored: (e) => ({ error: `story errored: ${e?.title ?? ''} ${e?.description ?? ''}` }),
    storyThrewException: (e) => ({ error: `story threw: ${e?.message ?? e}` }),
    playFunctionThrewException: (e) => ({ error: `play function threw: ${e?.message ?? e}` }),
    storyMissing: () => ({ error: 'story missing' }),
  };
  window.__storyOutcome = new Promise((resolve) => {
    Object.defineProperty(window, '__STORYBOOK_ADDONS_CHANNEL__', {
      configurable: true,
      get: () => channel,
      set(value) {
        channel = value;
        const emit = value.emit.bind(value);
        value.emit = (type, ...args) => {
          if (outcomes[type]) resolve(outcomes[type](args[0]));
          return emit(type, ...args);
        };
      },
    });
  });
}

/** The a11y addon's axe violations (and any failure to run it) as readable lines. */
function reportProblems(reports) {
  return reports.flatMap((report) => [
    ...(report.error ? [`${report.type} check failed to run: ${report.error}`] : []),
    ...report.violations.map(
      (v) => `axe ${v.id} (${v.impact}): ${v.help} at ${v.targets.slice(0, 3).join(', ')}`,
    ),
  ]);
}

/**
 * Chromium logs every 4xx/5xx answer as "Failed to load resource". From the mock API those are
 * the answers the story asked for (signed out, error, forbidden), not faults of the page.
 */
function isApiAnswer(message) {
  const { url } = message.location();
  return message.text().startsWith('Failed to load resource') && /\/api\/v1\//.test(url ?? '');
}

/** A story's iframe URL; `globals` as in Storybook's URLs (`theme:contrast;locale:en`). */
function storyUrl(baseUrl, id, globals = '') {
  const url = new URL('/iframe.html', baseUrl);
  url.searchParams.set('id', id);
  url.searchParams.set('viewMode', 'story');
  if (globals) url.searchParams.set('globals', globals);
  return url.href;
}

/** Prepares a page once for all the stories it will open. */
export async function preparePage(page) {
  await page.addInitScript(listenToStorybook);
}

/**
 * Opens a page that stays on one story while the tested page moves from story to story. MSW's
 * worker unregisters itself when its last page closes, which races with the next story's
 * registration on every navigation; with this page open it never has its last page close.
 */
export async function openAnchor(context, baseUrl, id) {
  const anchor = await context.newPage();
  await preparePage(anchor);
  await anchor.goto(storyUrl(baseUrl, id));
  await anchor.evaluate(() => window.__storyOutcome);
  return anchor;
}

/** Waits until no mock request is in flight for `quietMs`, or `settleMaxMs` have passed. */
async function settle(page) {
  await page.evaluate(
    ([quiet, max]) =>
      new Promise((resolve) => {
        const start = Date.now();
        let quietSince = start;
        const tick = () => {
          const now = Date.now();
          if ((globalThis.portalMock?.inFlight() ?? 0) > 0) quietSince = now;
          if (now - quietSince >= quiet || now - start >= max) resolve(undefined);
          else setTimeout(tick, 50);
        };
        tick();
      }),
    [quietMs, settleMaxMs],
  );
}

/**
 * Opens the story `id` (with the toolbar's `globals`, if given); resolves to its problems: render errors, console errors, uncaught
 * exceptions, and axe violations from the a11y addon's run after the play function.
 */
export async function openStory(page, baseUrl, id, globals = '') {
  const problems = [];
  const onConsole = (message) => {
    if (message.type() === 'error' && !isApiAnswer(message)) {
      problems.push(`console error: ${message.text().split('\n')[0].slice(0, 300)}`);
    }
  };
  const onPageError = (error) => problems.push(`uncaught exception: ${error.message}`);
  page.on('console', onConsole);
  page.on('pageerror', onPageError);
  try {
    const t0 = Date.now();
    await page.goto(storyUrl(baseUrl, id, globals));
    if (process.env.SB_DEBUG) console.log('  goto', Date.now() - t0);
    let timer;
    const outcome = await Promise.race([
      page.evaluate(() => window.__storyOutcome),
      new Promise((resolve) => {
        timer = setTimeout(resolve, renderTimeoutMs, { error: 'no result within 15 s' });
      }),
    ]).finally(() => clearTimeout(timer));
    if (process.env.SB_DEBUG) console.log('  outcome after', Date.now() - t0);
    if (outcome.error) problems.push(`render: ${outcome.error}`);
    else {
      problems.push(...reportProblems(outcome.reports));
      if (!outcome.reports.some((r) => r.type === 'a11y')) problems.push('a11y: no axe report');
    }
    // Late errors (an answer after the play function, Storybook's own log of a failure) count
    // for this story, not the next one.
    await settle(page);
  } catch (error) {
    problems.push(`render: ${error.message}`);
  } finally {
    page.off('console', onConsole);
    page.off('pageerror', onPageError);
  }
  return problems;
}
