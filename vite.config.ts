import { existsSync, readdirSync } from 'node:fs'
import { readdir, readFile, stat, writeFile } from 'node:fs/promises'
import { join, resolve, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { brotliCompress, constants, gzip } from 'node:zlib'
import preact from '@preact/preset-vite'
import { build as esbuild } from 'esbuild'
import { defineConfig, type Plugin, type Rollup } from 'vite'
import type { FirstView } from './web/src/core/lib/first-view'

const webRoot = fileURLToPath(new URL('./web', import.meta.url))

/**
 * Writes a brotli (`x.js.br`) and a gzip (`x.js.gz`) copy next to every text file of the build, compressed once at the
 * highest level, which the Node server sends by `Accept-Encoding` (worker/node-server.ts) instead of compressing the
 * same bytes on every request. A copy that is not smaller is not written. Cloudflare compresses assets itself, so
 * `.assetsignore` keeps the copies out of a Workers upload (and the server-rendering bundle, which the Worker bundles). Source maps are left alone: only developer tools read them.
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
      // The server rendering (vite.ssr.config.ts, built into ssr/ afterwards) is bundled into the Worker, not served.
      await writeFile(join(outDir, '.assetsignore'), '*.br\n*.gz\nssr/\n')
    },
  }
}

/** A first view as the server reads it from `first-view.json` (worker/core/http/first-view.ts). */
interface BuiltFirstView extends Omit<FirstView, 'page'> {
  /** The page's chunk and every chunk it imports that the entry does not: `<link rel="modulepreload">`. */
  scripts: string[]
  /** The stylesheets of those chunks: `<link rel="stylesheet">`, so the page is styled on its first paint. */
  styles: string[]
}

/**
 * Writes `first-view.json`: for every public page declared in `web/src/core/lib/first-view.ts` and in a module's
 * `web/src/<module>/first-view.ts`, its URL pattern, the files of its chunk and the API calls of its first render, which
 * the server names in the page's HTML (worker/core/http/first-view.ts) so that they load with the entry script instead
 * of after it. The tables are TypeScript next to the routes they describe; they are compiled here with esbuild and
 * read as data, and each `page` is looked up among the chunks of this very build, so the hashed names are always
 * right. A `page` that has no chunk of its own (renamed, moved, or now in the entry) stops the build rather than
 * silently preloading nothing. A module folder none of whose files is in the build (not in `web/src/modules.ts`)
 * contributes nothing. It also builds web/src/boot.ts, the start of a page rendered on the server, as a hashed asset
 * (`boot` in the JSON), and keeps the text of every stylesheet such a page links (`styles`: the entry's and the page's
 * chunks'), which the server writes into the page itself, so that its first paint waits for no stylesheet request.
 */
function firstView(): Plugin {
  const src = join(webRoot, 'src')
  let base = '/'
  const tables = () => [
    join(src, 'core', 'lib', 'first-view.ts'),
    ...readdirSync(src, { withFileTypes: true })
      .filter((d) => d.isDirectory() && d.name !== 'core')
      .map((d) => join(src, d.name, 'first-view.ts'))
      .filter((file) => existsSync(file)),
  ]
  const load = async (file: string): Promise<readonly FirstView[]> => {
    const out = await esbuild({ entryPoints: [file], bundle: true, write: false, format: 'esm', logLevel: 'error' })
    const code = Buffer.from(out.outputFiles[0]!.text).toString('base64')
    const table = ((await import(`data:text/javascript;base64,${code}`)) as { firstView?: readonly FirstView[] })
      .firstView
    if (!Array.isArray(table)) throw new Error(`${file}: no \`export const firstView\``)
    return table
  }
  return {
    name: 'wspolnota:first-view',
    apply: 'build',
    configResolved(config) {
      base = config.base
    },
    // After Vite's own stylesheet step, which gives the stylesheets their final text.
    generateBundle: {
      order: 'post',
      async handler(_options, bundle) {
        const ids = [...this.getModuleIds()]
        const chunks = Object.values(bundle).filter((o): o is Rollup.OutputChunk => o.type === 'chunk')
        const byName = new Map(chunks.map((c) => [c.fileName, c]))
        // What the entry loads already (index.html names it and Vite preloads its imports): never named again.
        const inEntry = new Set<string>()
        const addEntry = (c: Rollup.OutputChunk | undefined) => {
          if (!c || inEntry.has(c.fileName)) return
          inEntry.add(c.fileName)
          c.imports.forEach((f) => addEntry(byName.get(f)))
        }
        chunks.filter((c) => c.isEntry).forEach(addEntry)
        const filesOf = (page: string) => {
          const chunk = chunks.find((c) => c.facadeModuleId === join(src, page))
          if (!chunk || inEntry.has(chunk.fileName))
            this.error(`first view: ${page} is not a chunk of its own (is it still loaded with lazyPage?)`)
          const scripts: string[] = []
          const styles = new Set<string>()
          const walk = (c: Rollup.OutputChunk | undefined) => {
            if (!c || inEntry.has(c.fileName) || scripts.includes(base + c.fileName)) return
            scripts.push(base + c.fileName)
            c.viteMetadata?.importedCss.forEach((css) => styles.add(base + css))
            c.imports.forEach((f) => walk(byName.get(f)))
          }
          walk(chunk)
          return { scripts, styles: [...styles] }
        }
        const routes: BuiltFirstView[] = []
        for (const file of tables()) {
          const folder = resolve(file, file.includes(`${sep}core${sep}`) ? '../..' : '..')
          if (!ids.some((id) => id.startsWith(folder + sep))) continue
          for (const { page, ...view } of await load(file))
            routes.push({ ...view, ...(page ? filesOf(page) : { scripts: [], styles: [] }) })
        }
        // The start of a page rendered on the server (web/src/boot.ts): a classic script, hashed like every asset.
        const boot = await esbuild({
          entryPoints: [join(src, 'boot.ts')],
          bundle: true,
          minify: true,
          format: 'iife',
          target: 'es2020',
          write: false,
          logLevel: 'error',
        })
        const bootFile = this.getFileName(
          this.emitFile({ type: 'asset', name: 'boot.js', source: boot.outputFiles[0]!.text }),
        )
        // The text of every stylesheet a page rendered on the server links (the entry's and its page's), which the
        // server writes into that page instead of the links (worker/core/http/ssr.ts).
        const inlined = new Set([
          ...chunks
            .filter((c) => c.isEntry)
            .flatMap((c) => [...(c.viteMetadata?.importedCss ?? [])].map((f) => base + f)),
          ...routes.filter((r) => r.ssr).flatMap((r) => r.styles),
        ])
        const styles: Record<string, string> = {}
        for (const href of inlined) {
          const asset = bundle[href.slice(base.length)]
          if (asset?.type === 'asset' && typeof asset.source === 'string') styles[href] = asset.source
        }
        this.emitFile({
          type: 'asset',
          fileName: 'first-view.json',
          // `bootScript`: the same start as text, which the server writes into the page itself (allowed by its hash).
          source: JSON.stringify({
            routes,
            boot: base + bootFile,
            bootScript: boot.outputFiles[0]!.text.trim(),
            styles,
          }),
        })
      },
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
  plugins: [preact(), firstView(), precompress()],
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
