// How every tool here starts Debian's Chromium: headless, as root, and without reaching the
// network (the machine has none but the package registries).

/** The launch options for Playwright's `chromium.launch` and web-test-runner's launcher. */
export const chromiumLaunchOptions = {
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    '--disable-sync',
  ],
};
