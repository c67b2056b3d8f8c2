// Lints the TypeScript of every package, the scripts, stories and demo.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { configs as lit } from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import { configs as wc } from 'eslint-plugin-wc';

/** The code that renders Lit templates and defines custom elements. */
const elementFiles = ['packages/widgets/src/**/*.ts', 'stories/**/*.ts', 'demo/**/*.ts'];

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/generated/**',
      '**/coverage/**',
      'storybook-static/**',
      'packages/mock-server/public/mockServiceWorker.js',
      'custom-elements.json',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  // Lit templates (bindings, directives), custom elements (no side effects in constructors,
  // attribute names) and accessibility inside templates (labels, roles, alt texts).
  { ...lit['flat/recommended'], files: elementFiles },
  {
    ...wc['flat/recommended'],
    files: elementFiles,
    settings: { wc: { elementBaseClasses: ['LitElement', 'PortalElement'] } },
  },
  { ...litA11y.configs.recommended, files: elementFiles },
  {
    languageOptions: {
      globals: {
        window: 'readonly',
        document: 'readonly',
        console: 'readonly',
        process: 'readonly',
        globalThis: 'readonly',
        URL: 'readonly',
        fetch: 'readonly',
        Request: 'readonly',
        Response: 'readonly',
        Headers: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        Buffer: 'readonly',
        customElements: 'readonly',
        HTMLElement: 'readonly',
        CustomEvent: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[property.name='innerHTML']",
          message: 'Server text only through Lit bindings.',
        },
        {
          selector: "MemberExpression[property.name='outerHTML']",
          message: 'Server text only through Lit bindings.',
        },
        {
          selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
          message: 'Server text only through Lit bindings.',
        },
      ],
    },
  },
  {
    files: ['packages/widgets/src/**/*.ts', 'packages/sdk/src/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'lit/directives/unsafe-html.js', message: 'Never render server text as HTML.' },
            { name: 'msw', message: 'Production code must not reach the mock backend.' },
            {
              name: '@clientportal/mock-server',
              message: 'Production code must not reach the mock backend.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'localStorage', message: 'No tokens or medical data in web storage.' },
        { name: 'sessionStorage', message: 'No tokens or medical data in web storage.' },
        { name: 'indexedDB', message: 'No tokens or medical data in web storage.' },
      ],
    },
  },
);
