import http from 'node:http'
import https from 'node:https'
import type { Post } from './mailer'

/**
 * The mail and SMS providers' API called with Node's own HTTP client over kept-alive connections: on the Node server
 * every confirmation link of a busy consultation is one such call inside the request, and `fetch` (undici) costs
 * several times the CPU of `http.request` for it. Only what the mailer reads of the answer is given back.
 */
export function nodePost(): Post {
  const agents = { 'http:': new http.Agent({ keepAlive: true }), 'https:': new https.Agent({ keepAlive: true }) }
  return (url, init) =>
    new Promise((resolve, reject) => {
      const target = new URL(url)
      const body = typeof init.body === 'string' ? init.body : ''
      const client = target.protocol === 'https:' ? https : http
      const req = client.request(
        target,
        {
          method: init.method ?? 'POST',
          agent: agents[target.protocol as 'http:' | 'https:'],
          headers: { ...(init.headers as Record<string, string>), 'Content-Length': Buffer.byteLength(body) },
          timeout: 10_000,
        },
        (res) => {
          res.resume()
          res.on('end', () => {
            const status = res.statusCode ?? 0
            resolve({ ok: status >= 200 && status < 300, status })
          })
        },
      )
      req.on('timeout', () => req.destroy(new Error('timeout')))
      req.on('error', reject)
      req.end(body)
    })
}
