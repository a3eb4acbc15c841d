import * as v from 'valibot'
import type { Api } from '../http/endpoint'
import { endpoint } from '../http/endpoint'
import { latestMessages } from './outbox'

const outboxItem = v.object({
  id: v.string(),
  channel: v.string(),
  kind: v.string(),
  to: v.string(),
  subject: v.nullable(v.string()),
  text: v.string(),
  status: v.string(),
  createdAt: v.string(),
})

/** The development outbox: exists only when APP_ENV=development, answers 404 everywhere else. */
export function outboxRoutes(api: Api): void {
  endpoint(
    api,
    {
      method: 'get',
      path: '/dev/outbox',
      summary: 'Skrzynka wiadomości wychodzących (tylko tryb deweloperski)',
      tags: ['Deweloperskie'],
      access: { kind: 'development' },
      responses: {
        200: { description: 'Wiadomości, najnowsze pierwsze', schema: v.object({ items: v.array(outboxItem) }) },
      },
    },
    async (c) => c.json({ items: await latestMessages(c.get('services').db) }),
  )
}
