import type { Db } from './db/client'
import type { AppConfig, Services } from './http/context'
import { storedRateLimiter } from './http/rate-limit'
import { databaseFileStore } from './files/store'
import { createMailer, createSmsSender, outboxOptions, type MessageDriver, type OutboxOptions } from './mail/mailer'

/**
 * The one builder of what a request can reach over a database: both entries, the demo seed and the tests call it, so
 * a new service is added in one place and every runtime gets it. Messages go to the outbox unless a driver says
 * otherwise; the outbox keeps secrets out of stored messages by the configuration's rules.
 */
export function createServices(
  db: Db,
  config: Pick<AppConfig, 'appEnv' | 'identityPepper'>,
  drivers: { mail?: MessageDriver; sms?: MessageDriver; post?: OutboxOptions['post'] } = {},
): Services {
  const outbox = { ...outboxOptions(config), ...(drivers.post ? { post: drivers.post } : {}) }
  return {
    db,
    mailer: createMailer(db, drivers.mail ?? { kind: 'outbox' }, outbox),
    sms: createSmsSender(db, drivers.sms ?? { kind: 'outbox' }, outbox),
    rateLimiter: storedRateLimiter(db),
    files: databaseFileStore(db),
  }
}
