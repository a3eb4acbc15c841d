import { desc } from 'drizzle-orm'
import type { Db } from '../db/client'
import { outbox } from './schema'

/**
 * Newest messages in the outbox, for the development page and for tests that follow e-mailed links. Rows written
 * outside development have no address or text (see `outboxOptions`): they read as empty strings.
 */
export async function latestMessages(db: Db, limit = 100) {
  const rows = await db.select().from(outbox).orderBy(desc(outbox.createdAt)).limit(limit)
  return rows.map((r) => ({
    id: r.id,
    channel: r.channel,
    kind: r.kind,
    to: r.to ?? '',
    subject: r.subject,
    text: r.text ?? '',
    status: r.status,
    createdAt: r.createdAt.toISOString(),
  }))
}

const escape = (s: string) => s.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`)
const linkify = (s: string) => escape(s).replace(/(https?:\/\/[^\s<]+)/g, '<a href="$1">$1</a>')

/** The `/dev/outbox` page: plain server-rendered HTML, no script, readable with a screen reader. */
export function outboxPage(items: Awaited<ReturnType<typeof latestMessages>>): string {
  const list = items.length
    ? items
        .map(
          (m) =>
            `<article><h2>${escape(m.subject ?? `SMS do ${m.to}`)}</h2><p>Do: ${escape(m.to)} · ${escape(m.channel)} · <time datetime="${m.createdAt}">${m.createdAt}</time></p><pre>${linkify(m.text)}</pre></article>`,
        )
        .join('\n')
    : '<p>Skrzynka jest pusta: żadna wiadomość nie została jeszcze wysłana.</p>'
  return `<!doctype html><html lang="pl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Skrzynka wiadomości (tryb deweloperski) — Wspólnota</title></head><body><main><h1>Skrzynka wiadomości wychodzących</h1><p>Tryb deweloperski: wiadomości nie są wysyłane, tylko zapisywane tutaj.</p>${list}</main></body></html>`
}
