import { fileURLToPath } from 'node:url';
import { crx } from '@crxjs/vite-plugin';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vite';
import manifest from './manifest.config.ts';

const here = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig(({ command }) => ({
  root: here,
  plugins: [svelte({ configFile: fileURLToPath(new URL('../svelte.config.js', import.meta.url)) }), crx({ manifest })],
  build: {
    outDir: fileURLToPath(new URL('../dist/extension', import.meta.url)),
    // svelte-check loads this config in dev mode, where crx would empty outDir (DESIGN.md).
    emptyOutDir: command === 'build',
    target: 'chrome120',
  },
}));
