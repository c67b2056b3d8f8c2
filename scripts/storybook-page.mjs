// Opens one story in a page and collects what went wrong: console errors, uncaught exceptions and
// render failures, reported by Storybook's own channel events.

/** How long a story may take to render (loaders and play function included). */
const renderTimeoutMs = 15_000;
/** After rendering: wait until the mock backend has had no request in flight for this long... */
const quietMs = 400;
/** ...but no longer than this (a `loading` story never gets its answer). */
const settleMaxMs = 3_000;

/**
 * Runs in the page before Storybook: catches the preview's channel as it is created and turns
 * its render events into one promise, `window.__storyOutcome`.
 */
function listenToStorybook() {
  let channel;
  const outcomes = {
    storyRendered: () => 'rendered',
    storyErrored: (e) => `render: story errored: ${e?.title ?? ''} ${e?.description ?? ''}`,
    storyThrewException: (e) => `render: story threw: ${e?.message ?? e}`,
    playFunctionThrewException: (e) => `render: play function threw: ${e?.message ?? e}`,
    storyMissing: () => 'render: story missing',
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

/**
 * Chromium logs every 4xx/5xx answer as "Failed to load resource". From the mock API those are
 * the answers the story asked for (signed out, error, forbidden), not faults of the page.
 */
function isApiAnswer(message) {
  const { url } = message.location();
  return message.text().startsWith('Failed to load resource') && /\/api\/v1\//.test(url ?? '');
}

/** Prepares a page once for all the stories it will open. */
export async function preparePage(page) {
  await page.addInitScript(listenToStorybook);
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

/** Opens the story `id`; resolves to its problems (render problems start with `render`). */
export async function openStory(page, baseUrl, id) {
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
    await page.goto(`${baseUrl}/iframe.html?id=${encodeURIComponent(id)}&viewMode=story`);
    let timer;
    const outcome = await Promise.race([
      page.evaluate(() => window.__storyOutcome),
      new Promise((resolve) => (timer = setTimeout(resolve, renderTimeoutMs, 'render: timed out'))),
    ]).finally(() => clearTimeout(timer));
    if (outcome === 'rendered') await settle(page);
    else problems.push(outcome);
  } catch (error) {
    problems.push(`render: ${error.message}`);
  } finally {
    page.off('console', onConsole);
    page.off('pageerror', onPageError);
  }
  return problems;
}
