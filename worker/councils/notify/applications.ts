import type { Deps } from '../../core/deps'
import { t } from '../../core/i18n'
import { dayText } from '../domain/dates'
import { appLink } from './links'

/*
 * The applications' e-mails, in Polish (the office and the applicants write in Polish; English comes from the
 * catalogue for the texts that have it). Links only from `config.appUrl`; the confirmation's token travels in the
 * link's `#fragment`, which a browser never sends to a server.
 */

type Mailing = Pick<Deps, 'mailer' | 'config'>
interface Tenant {
  id: string
  slug: string
  name: string
}

/** The public page of an application; with `#potwierdzenie=…` it confirms the contact e-mail. */
export const applicationLink = (appUrl: string, tenant: string, number: number) =>
  appLink(appUrl, `/${tenant}/rady/wnioski/${number}`)

/** The staff's page of an application in the panel. */
export const panelApplicationLink = (appUrl: string, tenant: string, number: number) =>
  appLink(appUrl, `/panel/${tenant}/rady/wnioski/${number}`)

/** The link confirming the application's contact address, sent to that address only. */
export async function notifyApplicationConfirm(
  deps: Mailing,
  tenant: Tenant,
  a: { number: number; title: string },
  to: string,
  token: string,
): Promise<void> {
  const lang = 'pl'
  await deps.mailer.send({
    tenantId: tenant.id,
    kind: 'author-key',
    to,
    subject: t(lang, 'Potwierdź wniosek nr {number} ({tenant})', { number: a.number, tenant: tenant.name }),
    text: [
      t(lang, 'Dzień dobry,'),
      t(
        lang,
        'otrzymaliśmy wniosek „{title}”. Otwórz link, aby potwierdzić adres e-mail: dopiero wtedy wniosek będzie widoczny i będzie można go podpisywać.',
        { title: a.title },
      ),
      `${applicationLink(deps.config.appUrl, tenant.slug, a.number)}#potwierdzenie=${token}`,
      t(lang, 'Jeśli nie składałeś tego wniosku, zignoruj tę wiadomość: niepotwierdzony wniosek usuniemy po 7 dniach.'),
    ].join('\n\n'),
  })
}

/** Tells the applicant the decision: granted (the act) or refused (the reason and the 6-month lock). */
export async function notifyApplicationDecision(
  deps: Mailing,
  tenant: Tenant,
  a: { number: number; title: string },
  to: string,
  decision: { act: string } | { reason: string },
): Promise<void> {
  const lang = 'pl'
  const granted = 'act' in decision
  await deps.mailer.send({
    tenantId: tenant.id,
    kind: 'author-notice',
    to,
    subject: t(lang, 'Decyzja o wniosku nr {number} ({tenant})', { number: a.number, tenant: tenant.name }),
    text: [
      t(lang, 'Dzień dobry,'),
      granted
        ? t(lang, 'wniosek „{title}” został uwzględniony ({act}).', { title: a.title, act: decision.act })
        : t(lang, 'wniosek „{title}” został odrzucony. Powód: {reason}', { title: a.title, reason: decision.reason }),
      applicationLink(deps.config.appUrl, tenant.slug, a.number),
    ].join('\n\n'),
  })
}

/**
 * Reminds the JST's administrators and coordinators that an application's decision is due (the scheduled work sends
 * it once, 14 days before the last day).
 */
export async function remindDecisionDue(
  deps: Mailing,
  to: readonly string[],
  tenant: Tenant,
  a: { number: number; title: string; decisionDueOn: string },
): Promise<void> {
  const lang = 'pl'
  for (const address of to)
    await deps.mailer.send({
      tenantId: tenant.id,
      kind: 'staff-notice',
      to: address,
      subject: t(lang, 'Wniosek nr {number}: decyzja do {day}', { number: a.number, day: dayText(a.decisionDueOn) }),
      text: [
        t(lang, 'Dzień dobry,'),
        t(lang, 'wniosek o utworzenie rady „{title}” czeka na decyzję. Ostatni dzień na jej podjęcie: {day}.', {
          title: a.title,
          day: dayText(a.decisionDueOn),
        }),
        panelApplicationLink(deps.config.appUrl, tenant.slug, a.number),
      ].join('\n\n'),
    })
}
