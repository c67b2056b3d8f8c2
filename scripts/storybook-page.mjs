// Shows stories one after another in one page and collects what went wrong with each: render
// failures and axe violations as Storybook's own channel reports them, console errors and
// uncaught exceptions.

/** How long a story may take to finish (loaders, play function and axe included). */
const renderTimeoutMs = 15_000;
/** ...and the first story of a freshly loaded page, which also waits for Storybook and MSW. */
const loadTimeoutMs = 45_000;
/** After finishing: wait until the mock backend has had no request in flight for this long... */
const quietMs = 200;
/** ...but no longer than this (a `loading` story never gets its answer). */
const settleMaxMs = 1_500;

/**
 * Runs in the page before Storybook: catches the preview's channel as it is created. A story's
 * outcome is `{ finished, reports }` once it has rendered, played and been checked by the a11y
 * addon (Storybook's `storyFinished`), or `{ error }` when it failed before that.
 * `__storyRun.next(id)` shows a story (as the Storybook UI does) and resolves to its outcome;
 * `__storyRun.first` is the outcome of the story the page was opened with.
 */
function listenToStorybook() {
  let channel;
  let waiting;
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
  const expect = (id) => new Promise((resolve) => (waiting = { id, resolve }));
  const observe = (type, event) => {
    // A late `storyFinished` of the story before is not this story's outcome.
    if (!waiting || !outcomes[type]) return;
    if (type === 'storyFinished' && event?.storyId !== waiting.id) return;
    waiting.resolve(outcomes[type](event));
    waiting = undefined;
  };
  window.__storyRun = {
    first: expect(new URL(window.location.href).searchParams.get('id')),
    next(id) {
      const outcome = expect(id);
      channel.emit('setCurrentStory', { storyId: id, viewMode: 'story' });
      return outcome;
    },
  };
  Object.defineProperty(window, '__STORYBOOK_ADDONS_CHANNEL__', {
    configurable: true,
    get: () => channel,
    set(value) {
      channel = value;
      const emit = value.emit.bind(value);
      value.emit = (type, ...args) => {
        observe(type, args[0]);
        return emit(type, ...args);
      };
    },
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

/** The first line of a message, at most 300 characters (testing-library adds whole DOM dumps). */
const firstLine = (text) => String(text).split('\n')[0].slice(0, 300);

/** A story's iframe URL; `globals` as in Storybook's URLs (`theme:contrast;locale:en`). */
function storyUrl(baseUrl, id, globals = '') {
  const url = new URL('/iframe.html', baseUrl);
  url.searchParams.set('id', id);
  url.searchParams.set('viewMode', 'story');
  if (globals) url.searchParams.set('globals', globals);
  return url.href;
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
          else setTimeout(tick, 25);
        };
        tick();
      }),
    [quietMs, settleMaxMs],
  );
}

/**
 * A page of the static Storybook that shows one story after another, the way the Storybook UI
 * switches stories (each story's loader resets the mock backend); after a story that failed to
 * render, the next one gets a freshly loaded page.
 */
export class StoryPage {
  /** `page`: a Playwright page; `globals`: the toolbar's globals for every story. */
  constructor(page, baseUrl, globals = '') {
    Object.assign(this, { page, baseUrl, globals, loaded: false });
  }

  /** Opens the page on story `id` (and prepares it the first time); resolves to the outcome. */
  async load(id) {
    if (!this.prepared) await this.page.addInitScript(listenToStorybook);
    this.prepared = true;
    await this.page.goto(storyUrl(this.baseUrl, id, this.globals));
    this.loaded = true;
    return this.page.evaluate(() => window.__storyRun.first);
  }

  /** Shows story `id`; resolves to its problems (render problems start with `render:`). */
  async test(id) {
    const problems = [];
    const onConsole = (message) => {
      if (message.type() === 'error' && !isApiAnswer(message)) {
        problems.push(`console error: ${firstLine(message.text())}`);
      }
    };
    const onPageError = (error) => problems.push(`uncaught exception: ${firstLine(error.message)}`);
    this.page.on('console', onConsole);
    this.page.on('pageerror', onPageError);
    let timer;
    const ms = this.loaded ? renderTimeoutMs : loadTimeoutMs;
    try {
      const outcome = await Promise.race([
        this.loaded
          ? this.page.evaluate((next) => window.__storyRun.next(next), id)
          : this.load(id),
        new Promise((resolve) => {
          timer = setTimeout(resolve, ms, { error: `no result within ${ms / 1000} s` });
        }),
      ]);
      if (outcome.error) problems.push(`render: ${firstLine(outcome.error)}`);
      else {
        problems.push(...reportProblems(outcome.reports));
        if (!outcome.reports.some((r) => r.type === 'a11y')) problems.push('a11y: no axe report');
      }
      // Late errors (an answer after the play function, Storybook's own log of a failure) count
      // for this story, not the next one.
      await settle(this.page);
    } catch (error) {
      problems.push(`render: ${firstLine(error.message)}`);
    } finally {
      clearTimeout(timer);
      this.page.off('console', onConsole);
      this.page.off('pageerror', onPageError);
    }
    if (problems.some((p) => p.startsWith('render:'))) this.loaded = false;
    return problems;
  }
}

/**
 * Opens a page that stays on one story while the tested page is reloaded after a failure. MSW's
 * worker unregisters itself when its last page closes, which would race with the reloaded page's
 * registration; with this page open it never has its last page close.
 */
export async function openAnchor(context, baseUrl, id) {
  const anchor = new StoryPage(await context.newPage(), baseUrl);
  await anchor.load(id);
  return anchor.page;
}
