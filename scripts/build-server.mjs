#!/usr/bin/env node
/**
 * Bundles the Node server (worker/node.ts) into one ES module, so that `npm start` runs plain JavaScript instead of
 * compiling TypeScript on every start with tsx (about a second of the cold start). Packages stay in node_modules
 * (`packages: 'external'`): the native libSQL build is resolved at run time exactly as before.
 * Usage: `node scripts/build-server.mjs [outfile]` (default dist/server/node.mjs). The file must sit two folders
 * below the project root, as worker/node.ts does one folder below it: the server finds data/ and web/dist from there.
 */
import { build } from 'esbuild'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))

/** Builds the server bundle; resolves to the output path. */
export async function buildServer(outfile = 'dist/server/node.mjs') {
  await build({
    absWorkingDir: root,
    entryPoints: ['worker/node.ts'],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    sourcemap: true,
    logLevel: 'warning',
  })
  return outfile
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await buildServer(process.argv[2])
