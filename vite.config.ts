import { fileURLToPath } from 'node:url'
import preact from '@preact/preset-vite'
import { defineConfig } from 'vite'

const webRoot = fileURLToPath(new URL('./web', import.meta.url))

/**
 * The SPA lives in `web/` and builds to `web/dist`, which the Hono server (worker/) serves with an SPA fallback.
 * The strict CSP (script-src 'self'; style-src 'self'; font-src via default-src 'self') means everything must come
 * from bundled files: no inline scripts or styles, no `style` attributes in the UI, and no assets inlined as data:
 * URIs (assetsInlineLimit: 0).
 */
export default defineConfig({
  root: webRoot,
  publicDir: 'public',
  plugins: [preact()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    assetsInlineLimit: 0,
  },
  server: {
    port: 5173,
    proxy: {
      '/api': { target: 'http://localhost:8787', changeOrigin: false },
    },
  },
})
