import { useT } from '../../core/i18n'
import { DataTable, DateTime } from '../../core/ui'
import { Rich } from '../../core/ui/Rich'
import { labelOf, Period } from '../ui'
import type { ReportContent } from './types'
import './report.css'

/**
 * The report's content as a page: the consultation, who was invited, the statistics, every comment with its answer,
 * the meetings, the advisory opinions and (programme of cooperation) the programme's section. One component for the
 * public page and the panel's preview, so staff see exactly what will be published. Headings start at `level`
 * (h2 on both pages, below the page's h1); each comment is an article with its own heading, readable on a phone.
 */
export function ReportBody({ report, idPrefix = 'ks-report' }: { report: ReportContent; idPrefix?: string }) {
  const t = useT()
  const c = report.consultation
  const s = report.statistics
  const channel = (key: string) => labelOf(t, `consultations.report.channel.${key}`, key)
  const kind = (key: string, fallback?: string) => labelOf(t, `consultations.report.answer.${key}`, fallback)
  return (
    <div class="ks-report">
      <section aria-labelledby={`${idPrefix}-about`}>
        <h2 id={`${idPrefix}-about`}>{t('consultations.report.about')}</h2>
        <dl class="ks-report-terms">
          <dt>{t('consultations.report.kind')}</dt>
          <dd>{labelOf(t, `consultations.preset.${c.preset}`, c.presetName)}</dd>
          <dt>{t('consultations.report.subject')}</dt>
          <dd>{c.subject}</dd>
          <dt>{t('consultations.report.purpose')}</dt>
          <dd>{c.purpose}</dd>
          <dt>{t('consultations.report.period')}</dt>
          <dd>
            <Period start={c.startDate} end={c.endDate} />
          </dd>
          <dt>{t('consultations.report.participantsWho')}</dt>
          <dd>{c.participants}</dd>
          <dt>{t('consultations.report.area')}</dt>
          <dd>{c.area}</dd>
          <dt>{t('consultations.report.forms')}</dt>
          <dd>
            <ul>
              {c.forms.map((form, i) => (
                <li key={form}>{labelOf(t, `consultations.form.${form}`, c.formLabels[i])}</li>
              ))}
            </ul>
          </dd>
          <dt>{t('consultations.report.unit')}</dt>
          <dd>{c.responsibleUnit}</dd>
          <dt>{t('consultations.report.legalBasis')}</dt>
          <dd>{c.councilResolution ? `${c.legalBasis}; ${c.councilResolution}` : c.legalBasis}</dd>
        </dl>
      </section>

      <section aria-labelledby={`${idPrefix}-outreach`}>
        <h2 id={`${idPrefix}-outreach`}>{t('consultations.report.outreach')}</h2>
        {report.outreach.length ? (
          <DataTable
            captionId={`${idPrefix}-outreach-caption`}
            caption={t('consultations.report.outreachCaption')}
            columns={[
              t('consultations.report.channel'),
              t('consultations.report.count'),
              t('consultations.report.recipients'),
            ]}
          >
            {report.outreach.map((o) => (
              <tr key={o.channel}>
                <th scope="row">{labelOf(t, `consultations.report.outreach.${o.channel}`, o.label)}</th>
                <td>{o.count}</td>
                <td>{o.names.join(', ') || '—'}</td>
              </tr>
            ))}
          </DataTable>
        ) : (
          <p>{t('consultations.report.outreachNone')}</p>
        )}
      </section>

      <section aria-labelledby={`${idPrefix}-stats`}>
        <h2 id={`${idPrefix}-stats`}>{t('consultations.report.statistics')}</h2>
        <DataTable
          captionId={`${idPrefix}-stats-caption`}
          caption={t('consultations.report.statsCaption')}
          columns={[t('consultations.report.measure'), t('consultations.report.value')]}
        >
          {[
            [t('consultations.report.stat.comments'), s.comments],
            [t('consultations.report.stat.participants'), s.participants],
            [t('consultations.report.stat.organizations'), s.organizations],
            [t('consultations.report.stat.residents'), s.residents],
            ...Object.entries(s.byChannel).map(([k, n]) => [
              t('consultations.report.stat.channel', { channel: channel(k) }),
              n,
            ]),
            ...Object.entries(s.byAnswer).map(([k, n]) => [
              t('consultations.report.stat.answer', { kind: kind(k) }),
              n,
            ]),
            [t('consultations.report.stat.groups'), s.groups],
            [t('consultations.report.stat.meetings'), s.meetings],
            [t('consultations.report.stat.attendance'), s.attendance],
          ].map(([label, value]) => (
            <tr key={String(label)}>
              <th scope="row">{label}</th>
              <td>{value}</td>
            </tr>
          ))}
        </DataTable>
      </section>

      <section aria-labelledby={`${idPrefix}-comments`}>
        <h2 id={`${idPrefix}-comments`}>{t('consultations.report.comments')}</h2>
        {report.items.length === 0 ? (
          <p class="ks-report-none">
            <strong>{t('consultations.report.noComments')}</strong>
          </p>
        ) : (
          <>
            <p>{t('consultations.report.commentsCount', { count: report.items.length })}</p>
            <ol class="ks-report-items">
              {report.items.map((i) => (
                <li key={i.number}>
                  <article aria-labelledby={`${idPrefix}-c${i.number}`} class="ks-report-item">
                    <h3 id={`${idPrefix}-c${i.number}`}>
                      {t('consultations.report.comment', { number: i.number })}
                      {i.groupNumber ? (
                        <span class="ks-report-group">
                          {' '}
                          ({t('consultations.report.inGroup', { group: i.groupNumber })})
                        </span>
                      ) : null}
                    </h3>
                    <dl class="ks-report-terms">
                      <dt>{t('consultations.report.author')}</dt>
                      <dd>{i.authorKind === 'organization' ? i.author : t('consultations.report.resident')}</dd>
                      <dt>{t('consultations.report.submitted')}</dt>
                      <dd>{channel(i.channel)}</dd>
                      <dt>{t('consultations.report.fragment')}</dt>
                      <dd>
                        {i.paragraphRef
                          ? i.documentVersion && report.documentVersions > 1
                            ? t('consultations.report.version', { ref: i.paragraphRef, version: i.documentVersion })
                            : i.paragraphRef
                          : t('consultations.report.general')}
                      </dd>
                      {i.quotedPassage ? (
                        <>
                          <dt>{t('consultations.report.quoted')}</dt>
                          <dd>
                            <q>{i.quotedPassage}</q>
                          </dd>
                        </>
                      ) : null}
                      {i.proposal ? (
                        <>
                          <dt>{t('consultations.report.proposal')}</dt>
                          <dd class="ks-report-text">{i.proposal}</dd>
                        </>
                      ) : null}
                      <dt>{i.hidden ? t('consultations.report.hidden') : t('consultations.report.justification')}</dt>
                      <dd class="ks-report-text">{i.text}</dd>
                      <dt>{t('consultations.report.answer')}</dt>
                      <dd>
                        <strong>
                          {i.answer ? kind(i.answer.kind, i.answer.label) : t('consultations.report.noAnswer')}
                        </strong>
                      </dd>
                      {i.answer ? (
                        <>
                          <dt>{t('consultations.report.answerJustification')}</dt>
                          <dd class="ks-report-text">{i.answer.justification}</dd>
                        </>
                      ) : null}
                    </dl>
                  </article>
                </li>
              ))}
            </ol>
          </>
        )}
      </section>

      <section aria-labelledby={`${idPrefix}-meetings`}>
        <h2 id={`${idPrefix}-meetings`}>{t('consultations.report.meetings')}</h2>
        {report.meetings.length ? (
          <ul>
            {report.meetings.map((m) => (
              <li key={m.number}>
                {m.title}
                {m.cancelled ? ` (${t('consultations.report.meeting.cancelled')})` : null}
                {' — '}
                <DateTime value={m.startsAt} kind="dateTime" />
                {', '}
                {m.mode === 'online' ? t('consultations.report.meeting.online') : m.place}
                {'; '}
                {t('consultations.report.meeting.people', {
                  signedUp: m.signedUp,
                  attendance: m.attendance ?? '—',
                })}
              </li>
            ))}
          </ul>
        ) : (
          <p>{t('consultations.report.noMeetings')}</p>
        )}
      </section>

      {report.opinions.length ? (
        <section aria-labelledby={`${idPrefix}-opinions`}>
          <h2 id={`${idPrefix}-opinions`}>{t('consultations.report.opinions')}</h2>
          <ul>
            {report.opinions.map((o, n) => (
              <li key={n}>
                {o.received
                  ? t('consultations.report.opinion.received', { body: o.bodyName })
                  : t('consultations.report.opinion.missing', { body: o.bodyName })}
                {o.receivedAt ? (
                  <>
                    {' '}
                    (<DateTime value={o.receivedAt} kind="date" />)
                  </>
                ) : null}
                {!o.received && o.dueOn ? (
                  <>
                    {' ('}
                    <Rich
                      text={t('consultations.report.opinion.due')}
                      values={{ date: <DateTime value={o.dueOn} kind="date" /> }}
                    />
                    )
                  </>
                ) : null}
                {o.opinion ? <p class="ks-report-text">{o.opinion}</p> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {report.programmeSection ? (
        <section aria-labelledby={`${idPrefix}-programme`}>
          <h2 id={`${idPrefix}-programme`}>{t('consultations.report.programme')}</h2>
          <p class="muted small">{t('consultations.report.programmeHint')}</p>
          <p lang="pl">{report.programmeSection}</p>
        </section>
      ) : null}
    </div>
  )
}
