import { mkdirSync, rmSync } from 'node:fs'
import { resolve } from 'node:path'
import type { TestProject } from 'vitest/node'
import { startHranaServer } from '../support/hrana-server'

declare module 'vitest' {
  export interface ProvidedContext {
    /** Base URL of the test Hrana server, handed to the Worker as `DATABASE_URL`. */
    hranaUrl: string
  }
}

/**
 * Runs in Node before the workerd pool starts: a fresh, EMPTY libSQL file under `tmp/` behind the test Hrana server,
 * so the Worker itself has to apply the bundled migrations over HTTP on its first request. The server's URL reaches
 * `vitest.workers.config.ts` through `provide` / `inject`.
 */
export default async function setup(project: TestProject) {
  const root = project.config.root
  // wrangler.toml serves ./web/dist as assets; the directory only exists after `vite build`, but must exist to start.
  mkdirSync(resolve(root, 'web/dist'), { recursive: true })
  mkdirSync(resolve(root, 'tmp'), { recursive: true })
  const file = resolve(root, 'tmp', `workers-${process.pid}.db`)
  const removeFiles = () => ['', '-wal', '-shm'].forEach((suffix) => rmSync(file + suffix, { force: true }))
  removeFiles()

  const server = await startHranaServer({ file })
  project.provide('hranaUrl', server.url)

  return async () => {
    await server.close()
    removeFiles()
  }
}
