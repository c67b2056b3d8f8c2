// Browser tests: every packages/widgets/src/**/*.test.ts in Debian's headless Chromium, with the
// mock backend answering through MSW's service worker.
import { build } from 'esbuild';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { defaultReporter } from '@web/test-runner';
import { readFile } from 'node:fs/promises';
import { chromiumLaunchOptions } from './scripts/chromium.mjs';
import { failedTestsReporter } from './scripts/failed-tests-reporter.mjs';

const worker = new URL('./packages/mock-server/public/mockServiceWorker.js', import.meta.url);
let mockBundle;
let pdfBundle;

/**
 * Serves the MSW worker at the origin root (its scope must cover the test pages) and the mock
 * backend as one ES module: it depends on CommonJS packages (ajv) that the dev server cannot
 * serve as they are, so esbuild bundles it once.
 */
const mockPlugin = {
  name: 'portal-mock',
  async serve(context) {
    if (context.path === '/mockServiceWorker.js') {
      return { body: await readFile(worker, 'utf8'), type: 'js' };
    }
    if (context.path === '/__mock__/browser.js') {
      mockBundle ??= build({
        entryPoints: ['packages/mock-server/src/browser.ts'],
        bundle: true,
        format: 'esm',
        platform: 'browser',
        target: 'es2022',
        write: false,
        logLevel: 'error',
      }).then((r) => r.outputFiles[0].text);
      return { body: await mockBundle, type: 'js' };
    }
    if (context.path === '/__pdf-lib__.js') {
      // pdf-lib reads the downloaded PDFs back in tests; it depends on CommonJS (pako) too.
      pdfBundle ??= build({
        stdin: { contents: "export * from 'pdf-lib';", resolveDir: process.cwd() },
        bundle: true,
        format: 'esm',
        platform: 'browser',
        target: 'es2022',
        write: false,
        logLevel: 'error',
      }).then((r) => r.outputFiles[0].text);
      return { body: await pdfBundle, type: 'js' };
    }
    return undefined;
  },
};

export default {
  files: ['packages/widgets/src/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 2,
  concurrentBrowsers: 1,
  testsFinishTimeout: 240_000,
  coverage: process.env.COVERAGE !== '0',
  coverageConfig: {
    include: ['packages/widgets/src/**/*.ts'],
    exclude: ['**/*.test.ts', '**/test/**'],
    report: true,
    reportDir: 'coverage',
  },
  plugins: [
    mockPlugin,
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.base.json' }),
  ],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: chromiumLaunchOptions,
    }),
  ],
  reporters: [defaultReporter(), failedTestsReporter()],
  // A failed test is tried once more: on a busy 2-core CI machine a wait can run out. One that
  // passes only then is listed at the end of the run (see test/testing.ts), to be fixed.
  testFramework: { config: { timeout: 30_000, retries: 1 } },
};
