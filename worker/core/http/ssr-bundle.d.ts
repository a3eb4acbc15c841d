/**
 * The web app's server-rendering bundle (web/src/entry-server.tsx, built by vite.ssr.config.ts into
 * web/dist/ssr/entry-server.js) as the Worker imports it: the name is an alias (wrangler.toml `[alias]`,
 * vitest.workers.config.ts), so type-checking never depends on a build being there. Its shape is `SsrBundle`
 * (worker/core/http/ssr.ts), which worker/index.ts holds it to.
 */
declare module 'wspolnota-ssr-bundle' {
  export const ready: Promise<void>
  export const dataElementId: string
  /** Null in a test run against a web build without its rendering (worker/core/http/ssr-absent.ts). */
  export const renderPage:
    ((pathname: string, search: string, answers: Readonly<Record<string, unknown>>) => string) | null
}
