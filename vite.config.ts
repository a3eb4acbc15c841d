import { readdir, readFile, stat, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { brotliCompress, constants, gzip } from 'node:zlib'
import preact from '@preact/preset-vite'
import { defineConfig, type Plugin } from 'vite'

const webRoot = fileURLToPath(new URL('./web', import.meta.url))

/**
 * Writes a brotli (`x.js.br`) and a gzip (`x.js.gz`) copy next to every text file of the build, compressed once at the
 * highest level, which the Node server sends by `Accept-Encoding` (worker/node-server.ts) instead of compressing the
 * same bytes on every request. A copy that is not smaller is not written. Cloudflare compresses assets itself, so
 * `.assetsignore` keeps the copies out of a Workers upload. Source maps are left alone: only developer tools read them.
 */
function precompress(): Plugin {
  const text = /\.(?:html|js|mjs|css|svg|json|txt|webmanifest|ico)$/
  const encoders = {
    br: (bytes: Buffer) =>
      promisify(brotliCompress)(bytes, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
          [constants.BROTLI_PARAM_SIZE_HINT]: bytes.byteLength,
        },
      }),
    gz: (bytes: Buffer) => promisify(gzip)(bytes, { level: constants.Z_BEST_COMPRESSION }),
  }
  let outDir = ''
  return {
    name: 'wspolnota:precompress',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir)
    },
    async closeBundle() {
      const files = (await readdir(outDir, { recursive: true })).filter((name) => text.test(name))
      await Promise.all(
        files.map(async (name) => {
          const file = join(outDir, name)
          if (!(await stat(file)).isFile()) return
          const bytes = await readFile(file)
          for (const [suffix, encode] of Object.entries(encoders)) {
            const packed = await encode(bytes)
            if (packed.byteLength < bytes.byteLength) await writeFile(`${file}.${suffix}`, packed)
          }
        }),
      )
      await writeFile(join(outDir, '.assetsignore'), '*.br\n*.gz\n')
    },
  }
}

/**
 * The SPA lives in `web/` and builds to `web/dist`, which the Hono server (worker/) serves with an SPA fallback.
 * The strict CSP (script-src 'self'; style-src 'self'; font-src via default-src 'self') means everything must come
 * from bundled files: no inline scripts or styles, no `style` attributes in the UI, and no assets inlined as data:
 * URIs (assetsInlineLimit: 0).
 */
export default defineConfig({
  root: webRoot,
  publicDir: 'public',
  plugins: [preact(), precompress()],
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
