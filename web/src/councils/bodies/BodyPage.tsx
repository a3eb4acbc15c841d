import '../i18n/pages'
import { useT, type Translate } from '../../core/i18n'
import { tenantPath } from '../../core/lib/context'
import { useResource } from '../../core/lib/resource'
import { useTenant } from '../../core/lib/tenants'
import { NotFound } from '../../core/pages/NotFound'
import { DataRegion, DataTable, DateTime, ErrorState, Loading, PageHeading } from '../../core/ui'
import { rdApi, rdPaths } from '../paths'
import type { PublicBodyPage, VoteOption } from './types'
import { RdCrumbs } from './ui'
import { majorityText, quorumText } from './words'

/**
 * `/{slug}/rady/{body}`: a body's public page — its kind and statute in brief (seats by category, quorum and
 * majority in words), the running term, members in office with their functions and whom they represent, meetings
 * with attendance and minutes, adopted resolutions with the count and each member's named vote, opinion requests
 * with the last day that counts and the outcome, and inquiries to the executive with the answer or "po terminie".
 */
export function BodyPage({ slug, body }: { slug: string; body: string }) {
  const t = useT()
  const tenant = useTenant(slug)
  const page = useResource<PublicBodyPage>(rdApi.body(slug, body))
  if (page.status === 'error' && page.error.status === 404) return <NotFound detail={t('councils.bodies.notFound')} />
  const name = tenant.tenant?.name ?? slug
  const data = page.data
  const title = data?.body.name ?? body
  return (
    <>
      <RdCrumbs
        items={[
          { href: tenantPath(slug), label: name },
          { href: rdPaths.list(slug), label: t('module.councils') },
          { label: title },
        ]}
      />
      <PageHeading title={title}>{title}</PageHeading>
      <DataRegion busy={page.status === 'loading'}>
        {page.status === 'loading' && !data ? <Loading /> : null}
        {page.status === 'error' ? <ErrorState error={page.error} onRetry={page.reload} /> : null}
        {data ? <Loaded data={data} t={t} /> : null}
      </DataRegion>
    </>
  )
}

function Loaded({ data, t }: { data: PublicBodyPage; t: Translate }) {
  const { statute, term } = data
  const seatName = (key: string) => statute?.seats.find((s) => s.key === key)?.name ?? key
  return (
    <>
      <p class="lead">
        {data.body.kindName}
        {data.body.status !== 'dziala' ? ` · ${t(`councils.bodies.status.${data.body.status}`)}` : null}
      </p>
      {data.body.description ? <p class="rd-text">{data.body.description}</p> : null}

      <section class="rd-section" aria-labelledby="rd-statute">
        <h2 id="rd-statute">{t('councils.bodies.page.statute')}</h2>
        {statute ? (
          <>
            <dl class="rd-facts">
              <dt>{t('councils.bodies.page.act')}</dt>
              <dd>
                {t('councils.bodies.page.actValue', { number: statute.act.number })}{' '}
                <DateTime value={statute.act.date} />
              </dd>
              <dt>{t('councils.bodies.page.termYears')}</dt>
              <dd>{t('councils.bodies.page.years', { count: statute.termYears })}</dd>
              {term ? (
                <>
                  <dt>{t('councils.bodies.page.term', { number: term.number })}</dt>
                  <dd>
                    <DateTime value={term.startsOn} /> – <DateTime value={term.endsOn} />
                  </dd>
                </>
              ) : null}
              <dt>{t('councils.bodies.page.quorum')}</dt>
              <dd>{quorumText(t, statute.quorum)}</dd>
              <dt>{t('councils.bodies.page.majority')}</dt>
              <dd>{majorityText(t, statute.majority)}</dd>
            </dl>
            <h3 id="rd-seats">{t('councils.bodies.page.seatsCaption')}</h3>
            <ul class="rd-list" aria-labelledby="rd-seats">
              {statute.seats.map((s) => (
                <li key={s.key} class="rd-item">
                  <p class="rd-name">{t('councils.bodies.page.seatLine', { name: s.name, count: s.seats })}</p>
                  <p>
                    {t('councils.bodies.page.seatDetail', {
                      represents: t(`councils.bodies.represents.${s.represents}`),
                      fill: t(`councils.bodies.fill.${s.fill}`),
                    })}
                  </p>
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p>{t('councils.bodies.page.noStatute')}</p>
        )}
      </section>

      <section class="rd-section" aria-labelledby="rd-members">
        <h2 id="rd-members">{t('councils.bodies.page.members')}</h2>
        {data.members.length === 0 ? (
          <p>{t('councils.bodies.page.noMembers')}</p>
        ) : (
          <ul class="rd-list" aria-labelledby="rd-members">
            {data.members.map((m) => (
              <li key={m.id} class="rd-item">
                <p class="rd-name">{m.name}</p>
                <p>
                  {t(`councils.bodies.role.${m.role}`)} · {seatName(m.seatCategory)}
                  {m.represents ? ` · ${t('councils.bodies.page.representsValue', { who: m.represents })}` : null}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section class="rd-section" aria-labelledby="rd-meetings">
        <h2 id="rd-meetings">{t('councils.bodies.page.meetings')}</h2>
        {data.meetings.length === 0 ? (
          <p>{t('councils.bodies.page.noMeetings')}</p>
        ) : (
          <ul class="rd-list">
            {data.meetings.map((m) => (
              <li key={m.number} class="rd-item">
                <h3>{t('councils.bodies.page.meeting', { number: m.number })}</h3>
                <dl class="rd-facts">
                  <dt>{t('councils.bodies.page.when')}</dt>
                  <dd>
                    <DateTime value={m.startsAt} withTime />
                  </dd>
                  <dt>{t('councils.bodies.page.place')}</dt>
                  <dd>{m.place}</dd>
                  <dt>{t('councils.bodies.page.agenda')}</dt>
                  <dd class="rd-text">{m.agenda}</dd>
                  <dt>{t('councils.bodies.page.attendance')}</dt>
                  <dd>{t('councils.bodies.page.attendanceValue', m.attendance)}</dd>
                  <dt>{t('councils.bodies.page.minutes')}</dt>
                  <dd class="rd-text">{m.minutes || t('councils.bodies.page.noMinutes')}</dd>
                </dl>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section class="rd-section" aria-labelledby="rd-resolutions">
        <h2 id="rd-resolutions">{t('councils.bodies.page.resolutions')}</h2>
        {data.resolutions.length === 0 ? (
          <p>{t('councils.bodies.page.noResolutions')}</p>
        ) : (
          <ul class="rd-list">
            {data.resolutions.map((r) => (
              <li key={r.id} class="rd-item">
                <h3 id={`rd-resolution-${r.id}`}>
                  {t('councils.bodies.page.resolution', { number: r.number ?? '', title: r.title })}
                </h3>
                <p>
                  {t('councils.bodies.page.adoptedOn')} <DateTime value={r.adoptedOn} />
                  {r.tally ? ` · ${t('councils.bodies.page.counts', r.tally.counts)}` : null}
                </p>
                {r.votes.length > 0 ? (
                  <DataTable
                    captionId={`rd-votes-${r.id}`}
                    caption={t('councils.bodies.page.votesCaption', { number: r.number ?? '', title: r.title })}
                    columns={[t('councils.bodies.page.memberName'), t('councils.bodies.page.vote')]}
                  >
                    {r.votes.map((v, i) => (
                      <tr key={i}>
                        <th scope="row">{v.member}</th>
                        <td>{t(`councils.bodies.vote.${v.option as VoteOption}`)}</td>
                      </tr>
                    ))}
                  </DataTable>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section class="rd-section" aria-labelledby="rd-opinions">
        <h2 id="rd-opinions">{t('councils.bodies.page.opinions')}</h2>
        {data.opinions.length === 0 ? (
          <p>{t('councils.bodies.page.noOpinions')}</p>
        ) : (
          <ul class="rd-list">
            {data.opinions.map((o) => (
              <li key={o.number} class="rd-item">
                <h3>{o.title}</h3>
                <dl class="rd-facts">
                  <dt>{t('councils.bodies.page.subject')}</dt>
                  <dd>{t(`councils.bodies.subject.${o.subject}`)}</dd>
                  <dt>{t('councils.bodies.page.delivered')}</dt>
                  <dd>
                    <DateTime value={o.deliveredAt} />
                  </dd>
                  <dt>{t('councils.bodies.page.lastDay')}</dt>
                  <dd>{o.dueOn ? <DateTime value={o.dueOn} /> : t('councils.bodies.page.noDeadline')}</dd>
                  <dt>{t('councils.bodies.page.status')}</dt>
                  <dd class="rd-status">{t(`councils.bodies.opinion.${o.status}`)}</dd>
                </dl>
                {o.resolution ? (
                  <>
                    <h4>
                      {t('councils.bodies.page.resolution', {
                        number: o.resolution.number ?? '',
                        title: o.resolution.title,
                      })}
                    </h4>
                    <p class="rd-text">{o.resolution.text}</p>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section class="rd-section" aria-labelledby="rd-inquiries">
        <h2 id="rd-inquiries">{t('councils.bodies.page.inquiries')}</h2>
        {data.inquiries.length === 0 ? (
          <p>{t('councils.bodies.page.noInquiries')}</p>
        ) : (
          <ul class="rd-list">
            {data.inquiries.map((q) => (
              <li key={q.number} class="rd-item">
                <h3>{q.title}</h3>
                <dl class="rd-facts">
                  <dt>{t('councils.bodies.page.delivered')}</dt>
                  <dd>
                    <DateTime value={q.deliveredAt} />
                  </dd>
                  <dt>{t('councils.bodies.page.answerBy')}</dt>
                  <dd>{q.dueOn ? <DateTime value={q.dueOn} /> : t('councils.bodies.page.noDeadline')}</dd>
                  <dt>{t('councils.bodies.page.answer')}</dt>
                  <dd class={q.overdue ? 'rd-overdue' : 'rd-text'}>
                    {q.answer ? (
                      <>
                        {q.answer}
                        {q.answeredAt ? (
                          <>
                            {' '}
                            ({t('councils.bodies.page.answeredOn')} <DateTime value={q.answeredAt} />)
                          </>
                        ) : null}
                      </>
                    ) : q.overdue ? (
                      t('councils.bodies.page.overdue')
                    ) : (
                      t('councils.bodies.page.awaiting')
                    )}
                  </dd>
                </dl>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  )
}
