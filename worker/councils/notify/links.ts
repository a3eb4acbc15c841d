/**
 * An address on the platform for an e-mail or a document: always from `config.appUrl` (never a request's `Host`, which
 * anyone can forge to send a link with a secret elsewhere), with `path` starting with `/`. Secrets go after `#`.
 */
export const appLink = (appUrl: string, path: string): string => `${appUrl.replace(/\/+$/, '')}${path}`
