import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import svelteConfig from './svelte.config.js';

/** The layers: shared ← app / extension / sync-server; the three never import each other. */
const boundary = (self, others) => ({
  files: [`${self}/**/*.{ts,svelte}`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: others.flatMap((o) => [
          { group: [`**/${o}/**`, `@fairdesk/${o}`, `@fairdesk/${o}/**`], message: `${self} must not import ${o}; move what both need to shared/.` },
        ]),
      },
    ],
  },
});

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', 'data/**', '.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'svelte/no-at-html-tags': 'error',
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.svelte'], svelteConfig } },
  },
  boundary('app', ['extension', 'sync-server']),
  boundary('extension', ['app', 'sync-server']),
  boundary('sync-server', ['app', 'extension']),
  {
    // The domain runs everywhere: no DOM, no Node, no other package of ours.
    files: ['shared/src/**/*.ts'],
    ignores: ['shared/src/**/*.test.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['node:*', '**/app/**', '**/extension/**', '**/sync-server/**', '@fairdesk/*'], message: 'shared/ is pure: yjs and small pure libraries only.' }] },
      ],
    },
  },
);
