import { fileURLToPath } from 'node:url'
import preact from '@preact/preset-vite'
import { defineConfig } from 'vite'

const webRoot = fileURLToPath(new URL('./web', import.meta.url))

/**
 * The web app's server rendering (web/src/entry-server.tsx, see worker/core/http/ssr.ts), built after the browser's
 * build into its `ssr/` folder: `vite build -c vite.ssr.config.ts [--outDir <web build>/ssr]`. A separate config, so
 * that `vite build` with vite.config.ts stays the browser's build alone; a browser build empties its folder, so a
 * rendering never outlives the build it was made with (the Node server then serves the pages unrendered).
 *
 * One self-contained ES module (every dependency and every lazily loaded page inlined), so that the Node server can
 * import it from wherever the build lies and the Worker can bundle it (wrangler.toml `[alias]`). Stylesheets are left
 * to the browser's build; the server only needs the markup.
 */
export default defineConfig({
  root: webRoot,
  publicDir: false,
  plugins: [preact()],
  ssr: { target: 'webworker', noExternal: true },
  build: {
    ssr: 'src/entry-server.tsx',
    outDir: 'dist/ssr',
    emptyOutDir: true,
    target: 'es2022',
    minify: true,
    sourcemap: false,
    rollupOptions: { output: { format: 'es', entryFileNames: 'entry-server.js', inlineDynamicImports: true } },
  },
})
