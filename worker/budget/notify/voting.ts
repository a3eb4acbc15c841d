import type { Deps } from '../../core/deps'
import type { TenantRef } from '../../core/http/context'
import { t } from '../../core/i18n'

/**
 * Sends a one-time voting code by SMS or e-mail, in the JST's name and in the language of the request that asked for
 * it (`deps.lang`): the voter is the one reading that page. The outbox keeps only the kind `vote-code`, never the
 * code; the text says how long the code lasts and asks the voter not to pass it on.
 */
export async function sendVoteCode(
  deps: Pick<Deps, 'mailer' | 'sms' | 'lang'>,
  tenant: TenantRef,
  message: { channel: 'email' | 'sms'; to: string; code: string; minutes: number },
): Promise<void> {
  const { lang } = deps
  const { channel, to, code, minutes } = message
  const text = t(
    lang,
    'Twój kod do głosowania w budżecie obywatelskim ({jst}): {code}. Ważny {minutes} min. Nikomu go nie podawaj.',
    { jst: tenant.name, code, minutes },
  )
  if (channel === 'sms') await deps.sms.send({ tenantId: tenant.id, kind: 'vote-code', to, text })
  else
    await deps.mailer.send({
      tenantId: tenant.id,
      kind: 'vote-code',
      to,
      subject: t(lang, '{jst} — kod do głosowania', { jst: tenant.name }),
      text: `${t(lang, 'Dzień dobry,')}\n\n${text}\n\n${t(lang, 'Jeśli to nie Ty prosisz o kod, zignoruj tę wiadomość.')}`,
    })
}
