import type { Context } from 'hono'
import type { AppEnv } from './context'

/**
 * The caller's address. On Node it is the socket's peer unless `TRUST_PROXY=true` says a reverse proxy sets
 * `X-Forwarded-For` (otherwise anyone could dodge per-address limits by sending that header); on Workers it is
 * Cloudflare's own `CF-Connecting-IP`. Of `X-Forwarded-For` only the last entry counts: the proxy appends the
 * address it saw to whatever the client sent, so earlier entries are the client's own invention.
 */
export function clientIp(c: Context<AppEnv>): string {
  const socket = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming?.socket
  if (!socket) return c.req.header('cf-connecting-ip') ?? 'unknown'
  if (c.get('config').trustProxy) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',').pop()?.trim()
    if (forwarded) return forwarded
  }
  return socket.remoteAddress ?? 'unknown'
}

/**
 * Public address for links in e-mails: the configured one only. The request's own origin comes from its Host header,
 * which the sender chooses, so a reset asked "from" evil.example would mail the token to that host.
 */
export function appOrigin(c: Context<AppEnv>): string {
  return c.get('config').appUrl
}
