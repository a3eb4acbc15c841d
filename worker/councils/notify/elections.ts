import type { Deps } from '../../core/deps'
import { t } from '../../core/i18n'

/*
 * The e-mails of councils' elections. The voting code goes in the language of the request that asked for it
 * (`deps.lang`): the voter is the one reading that page.
 */

type Tenant = { id: string; name: string }

/**
 * Sends a one-time code for voting in a council's election, in the JST's name. The outbox keeps the kind `vote-code`,
 * which outside development is stored without the recipient's hash or the text; the message says how long the code
 * lasts and asks the voter not to pass it on. No link: the code is typed on the page that asked for it.
 */
export async function sendElectionCode(
  deps: Pick<Deps, 'mailer' | 'lang'>,
  tenant: Tenant,
  body: { name: string },
  message: { to: string; code: string; minutes: number },
): Promise<void> {
  const { lang } = deps
  const { to, code, minutes } = message
  await deps.mailer.send({
    tenantId: tenant.id,
    kind: 'vote-code',
    to,
    subject: t(lang, '{jst} — kod do głosowania w wyborach do rady „{body}”', { jst: tenant.name, body: body.name }),
    text: [
      t(lang, 'Dzień dobry,'),
      t(lang, 'Twój kod do głosowania w wyborach do rady „{body}” ({jst}): {code}. Ważny {minutes} min.', {
        body: body.name,
        jst: tenant.name,
        code,
        minutes,
      }),
      t(lang, 'Nikomu go nie podawaj. Jeśli to nie Ty prosisz o kod, zignoruj tę wiadomość.'),
    ].join('\n\n'),
  })
}
