// Storybook for the portal elements: stories under stories/, the mock backend's worker at the root.
import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  // MSW's mockServiceWorker.js must sit at the origin root to control the story iframe.
  staticDirs: ['../packages/mock-server/public'],
  core: {
    // Nothing may reach the internet: no telemetry, crash reports or "what's new" look-ups.
    disableTelemetry: true,
    enableCrashReports: false,
    disableWhatsNewNotifications: true,
  },
  async viteFinal(viteConfig) {
    // Lit's decorators are the legacy (experimental) kind with fields defined on the prototype.
    return {
      ...viteConfig,
      // The preview carries the mock backend, axe and the docs; its size is not shipped to anyone.
      build: { ...viteConfig.build, chunkSizeWarningLimit: 4096 },
      esbuild: {
        ...viteConfig.esbuild,
        tsconfigRaw: {
          compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false },
        },
      },
    };
  },
};

export default config;
