import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('./app', import.meta.url));

/**
 * Builds the web app into dist/app, which the sync server serves. The service worker is its own
 * entry with a fixed name (sw.js) so the browser can find it at the site root.
 */
export default defineConfig(({ command }) => ({
  root,
  plugins: [svelte({ configFile: fileURLToPath(new URL('./svelte.config.js', import.meta.url)) })],
  build: {
    outDir: fileURLToPath(new URL('./dist/app', import.meta.url)),
    emptyOutDir: command === 'build',
    rollupOptions: {
      input: { index: `${root}/index.html`, sw: `${root}/src/offline/sw.ts` },
      output: {
        entryFileNames: (chunk) => (chunk.name === 'sw' ? 'sw.js' : 'assets/[name]-[hash].js'),
      },
    },
  },
  server: { proxy: { '/api': 'http://127.0.0.1:8787', '/sync': { target: 'ws://127.0.0.1:8787', ws: true } } },
}));
