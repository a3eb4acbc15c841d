import { t } from '../../core/i18n'
import type { Mailer } from '../../core/mail/mailer'
import type { CouncilBody } from '../queries/bodies-ref'
import type { CouncilMember } from '../queries/member-key'
import { appLink } from './links'

/**
 * Tells the JST's administrators that a member's unexcused absences reached the statute's rule (for an RDPP member:
 * a ground for removal by the executive, upp art. 41g), with the meetings of the run and a link to the body's members
 * in the panel. In Polish: the office works in Polish. The decision stays with people; the platform only flags.
 */
export async function notifyAbsences(
  m: { mailer: Mailer; appUrl: string },
  tenant: { id: string; slug: string; name: string },
  body: Pick<CouncilBody, 'slug' | 'name'>,
  flag: { member: Pick<CouncilMember, 'name'>; meetings: number[] },
  to: readonly string[],
): Promise<void> {
  const lang = 'pl'
  const link = appLink(m.appUrl, `/panel/${tenant.slug}/rady/${body.slug}/czlonkowie`)
  for (const address of to)
    await m.mailer.send({
      tenantId: tenant.id,
      kind: 'staff-notice',
      to: address,
      subject: t(lang, '{body}: nieusprawiedliwione nieobecności członka', { body: body.name }),
      text: [
        t(lang, 'Dzień dobry,'),
        t(
          lang,
          '{member}, członek rady „{body}”, był nieobecny bez usprawiedliwienia na kolejnych posiedzeniach: nr {meetings}. Według statutu rady to podstawa do odwołania członka.',
          { member: flag.member.name, body: body.name, meetings: flag.meetings.join(', ') },
        ),
        t(lang, 'Członkowie rady w panelu:'),
        link,
      ].join('\n\n'),
    })
}
