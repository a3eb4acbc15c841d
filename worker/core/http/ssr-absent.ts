/**
 * What `wspolnota-ssr-bundle` resolves to in the workerd tests when web/dist was built without its server rendering
 * (vite.config.ts alone, as `npx vite build` does): no rendering, so the Worker serves its pages as the shell with
 * their first-view links, exactly as the Node server does for such a build. `npm test` and `npm run build` always
 * build the rendering, and a deployment cannot be bundled without it (wrangler.toml's alias names the file).
 */
export const ready: Promise<void> = Promise.resolve()
export const dataElementId = ''
export const renderPage = null
