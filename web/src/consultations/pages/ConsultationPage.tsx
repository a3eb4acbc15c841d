import '../i18n/pages'
import { Fragment } from 'preact'
import { useEffect, useState } from 'preact/hooks'
import { useT } from '../../core/i18n'
import { tenantPath } from '../../core/lib/context'
import { useResource } from '../../core/lib/resource'
import { useTenant } from '../../core/lib/tenants'
import { NotFound } from '../../core/pages/NotFound'
import { DataRegion, DateTime, ErrorState, Loading, PageHeading } from '../../core/ui'
import { Rich } from '../../core/ui/Rich'
import { useLocation } from '../../router'
import { CommentsSection, ParagraphComments } from '../comments/PublicComments'
import { MeetingsSection } from '../meetings/MeetingsSection'
import { ksApi, ksPaths } from '../paths'
import type { ConsultationDetail, DocumentView } from '../types'
import { Crumbs, labelOf, Period, presetText, stateText } from '../ui'
import { OutreachLinks } from '../outreach/OutreachLinks'

/**
 * `/{slug}/konsultacje/{number}`: one consultation as residents read it — the opening act's six things (purpose and
 * subject, dates, who and where, forms, responsible unit, results), its legal basis and audience, and the current
 * draft, every paragraph with its reference and an anchor (`#p-…`, the paragraph's stable id) so a link can point
 * at it; with more than one version, the versions and their comparisons. The order is a resident's: what it is (the
 * act, with the announcement and the poster), how to take part (comments, meetings), the draft, then the comments.
 */
export function ConsultationPage({ slug, number }: { slug: string; number: string }) {
  const t = useT()
  const tenant = useTenant(slug)
  const res = useResource<ConsultationDetail>(ksApi.consultation(slug, number))
  if (res.status === 'error' && res.error.status === 404) return <NotFound detail={t('consultations.notFound')} />
  const c = res.data
  const name = tenant.tenant?.name ?? slug
  const title = c?.title ?? t('consultations.numbered', { number })
  return (
    <>
      <Crumbs
        items={[
          { href: tenantPath(slug), label: name },
          { href: ksPaths.list(slug), label: t('module.consultations') },
          { label: title },
        ]}
      />
      <PageHeading title={`${title} — ${name}`}>{title}</PageHeading>
      <DataRegion busy={res.status === 'loading'}>
        {res.status === 'loading' && !c ? <Loading /> : null}
        {res.status === 'error' ? <ErrorState error={res.error} onRetry={res.reload} /> : null}
        {c ? (
          <>
            <p class="lead">
              <span class="ks-state">{stateText(t, c.state)}</span>
              {' — '}
              <Period start={c.startDate} end={c.endDate} />
            </p>
            {c.state === 'reported' ? (
              <p class="ks-report-link">
                <a href={`${ksPaths.consultation(slug, number)}/raport`}>{t('consultations.report.link')}</a>
                {' — '}
                {t('consultations.report.linkHint')}
              </p>
            ) : null}
            {/* page: report link (report) */}
            <OpeningAct c={c} />
            <OutreachLinks slug={slug} number={number} />
            {/* page: outreach links (outreach) */}
            <TakePart c={c} />
            <MeetingsSection slug={slug} number={number} />
            {/* page: meetings (meetings) */}
            <Draft slug={slug} number={number} document={c.document} open={c.state === 'open'} />
            <CommentsSection slug={slug} number={number} state={c.state} version={c.document?.version ?? null} />
            {/* page: comments (comments) */}
          </>
        ) : null}
      </DataRegion>
    </>
  )
}

/** The announcement's content, as a list of terms: each of the six things the opening act must name, then the rest. */
function OpeningAct({ c }: { c: ConsultationDetail }) {
  const t = useT()
  const order = c.orderNumber
    ? c.orderDate
      ? t('consultations.act.orderWithDate', { number: c.orderNumber })
      : t('consultations.act.orderNumber', { number: c.orderNumber })
    : null
  return (
    <section class="ks-act" aria-labelledby="ks-act-heading">
      <h2 id="ks-act-heading">{t('consultations.act.heading')}</h2>
      <dl>
        <dt>{t('consultations.act.preset')}</dt>
        <dd>{presetText(t, c.preset, c.presetName)}</dd>
        <dt>{t('consultations.act.purpose')}</dt>
        <dd>{c.purpose}</dd>
        <dt>{t('consultations.act.subject')}</dt>
        <dd>{c.subject}</dd>
        <dt>{t('consultations.act.period')}</dt>
        <dd>
          <Period start={c.startDate} end={c.endDate} />
        </dd>
        <dt>{t('consultations.act.participants')}</dt>
        <dd>{c.participants}</dd>
        <dt>{t('consultations.act.area')}</dt>
        <dd>{c.area}</dd>
        <dt>{t('consultations.act.forms')}</dt>
        <dd>
          <ul>
            {c.forms.map((form) => (
              <li key={form}>{labelOf(t, `consultations.form.${form}`, form)}</li>
            ))}
          </ul>
        </dd>
        <dt>{t('consultations.act.responsibleUnit')}</dt>
        <dd>{c.responsibleUnit}</dd>
        <dt>{t('consultations.act.results')}</dt>
        <dd>{c.resultsForm}</dd>
        {c.reportDueDate ? (
          <>
            <dt>{t('consultations.act.reportDue')}</dt>
            <dd>
              <DateTime value={c.reportDueDate} kind="date" />
            </dd>
          </>
        ) : null}
        <dt>{t('consultations.act.legalBasis')}</dt>
        <dd>{c.legalBasis}</dd>
        {c.councilResolution ? (
          <>
            <dt>{t('consultations.act.councilResolution')}</dt>
            <dd>{c.councilResolution}</dd>
          </>
        ) : null}
        {order ? (
          <>
            <dt>{t('consultations.act.order')}</dt>
            <dd>
              {c.orderDate ? (
                <Rich text={order} values={{ date: <DateTime value={c.orderDate} kind="date" /> }} />
              ) : (
                order
              )}
            </dd>
          </>
        ) : null}
        <dt>{t('consultations.act.audience')}</dt>
        <dd>{labelOf(t, `consultations.audience.${c.audience}`, c.audienceLabel)}</dd>
        {c.publicTaskAreas.length > 0 ? (
          <>
            <dt>{t('consultations.act.areas')}</dt>
            <dd>
              <ul>
                {c.publicTaskAreas.map((area) => (
                  <li key={area}>{labelOf(t, `organizations.area.${area}`, area)}</li>
                ))}
              </ul>
            </dd>
          </>
        ) : null}
        {c.programmeYear ? (
          <>
            <dt>{t('consultations.act.programmeYear')}</dt>
            <dd>{c.programmeYear}</dd>
          </>
        ) : null}
      </dl>
    </section>
  )
}

/**
 * "Jak wziąć udział", while comments can still be made: where to comment (on a paragraph or in general) and, when the
 * act names meetings among its forms, that the meetings follow. It links to the comments' section, the last on the
 * page, so the way to take part is clear before the whole draft.
 */
function TakePart({ c }: { c: ConsultationDetail }) {
  const t = useT()
  if (c.state !== 'open' && c.state !== 'upcoming') return null
  return (
    <section class="ks-take-part" aria-labelledby="ks-take-part-heading">
      <h2 id="ks-take-part-heading">{t('consultations.takePart.heading')}</h2>
      <ul>
        <li>
          {c.state === 'upcoming' ? (
            <>
              <Rich
                text={t('consultations.takePart.upcoming')}
                values={{ date: <DateTime value={c.startDate} kind="date" /> }}
              />{' '}
            </>
          ) : null}
          {t('consultations.takePart.comment')}{' '}
          {c.state === 'open' ? <a href="#uwagi">{t('consultations.takePart.commentLink')}</a> : null}
        </li>
        {c.forms.includes('meeting') ? <li>{t('consultations.takePart.meetings')}</li> : null}
        <li>{t('consultations.takePart.mine')}</li>
      </ul>
    </section>
  )
}

/**
 * The paragraph id the address points at (`#p-…`), followed as the hash changes. Read after the first render: the
 * server renders the page without the address's hash (a browser never sends it), so the first render is the same.
 */
function useTargetId(): string {
  const { navId } = useLocation()
  const read = () => decodeURIComponent(location.hash.slice(1))
  const [id, setId] = useState('')
  useEffect(() => {
    setId(read())
    const listener = () => setId(read())
    window.addEventListener('hashchange', listener)
    return () => window.removeEventListener('hashchange', listener)
  }, [navId])
  return id
}

/** The current version of the draft: sections with headings, paragraphs with their references and anchors. */
function Draft({
  slug,
  number,
  document: doc,
  open,
}: {
  slug: string
  number: string
  document: DocumentView | null
  /** Whether comments may be made now: each paragraph then offers its comment form. */
  open: boolean
}) {
  const t = useT()
  const target = useTargetId()
  // The draft arrives after the page: once it is on the page, the paragraph the address names is brought into view.
  useEffect(() => {
    if (!doc || !target) return
    window.document.getElementById(target)?.scrollIntoView({ block: 'start' })
  }, [doc, target])
  return (
    <section class="ks-document" aria-labelledby="ks-document-heading">
      <h2 id="ks-document-heading">{t('consultations.document.heading')}</h2>
      {!doc ? (
        <p>{t('consultations.document.none')}</p>
      ) : (
        <>
          <p class="muted">
            <Rich
              text={t('consultations.document.version')}
              values={{ version: doc.version, date: <DateTime value={doc.createdAt} kind="date" /> }}
            />
          </p>
          {doc.versions.length > 1 ? <Versions slug={slug} number={number} doc={doc} /> : null}
          {doc.sections.map((section) => (
            <section
              key={section.id}
              class="ks-section"
              aria-labelledby={section.heading ? `h-${section.id}` : undefined}
            >
              {section.heading ? <h3 id={`h-${section.id}`}>{section.heading}</h3> : null}
              {section.paragraphs.map((p) => (
                <Fragment key={p.id}>
                  <p id={p.id} class={p.id === target ? 'ks-paragraph ks-paragraph-target' : 'ks-paragraph'}>
                    <a
                      class="ks-ref"
                      href={`#${p.id}`}
                      aria-label={t('consultations.document.anchor', { ref: p.ref ?? p.marker ?? '¶' })}
                    >
                      {p.ref ?? p.marker ?? '¶'}
                    </a>
                    {p.text}
                  </p>
                  <ParagraphComments slug={slug} number={number} version={doc.version} open={open} paragraph={p} />
                </Fragment>
              ))}
            </section>
          ))}
        </>
      )}
    </section>
  )
}

/** Every version of the draft, newest first, each with a link to what changed against the one before it. */
function Versions({ slug, number, doc }: { slug: string; number: string; doc: DocumentView }) {
  const t = useT()
  const versions = [...doc.versions].sort((a, b) => b.version - a.version)
  return (
    <section class="ks-versions" aria-labelledby="ks-versions-heading">
      <h3 id="ks-versions-heading">{t('consultations.versions.heading')}</h3>
      <ol reversed>
        {versions.map((v) => (
          <li key={v.version}>
            <Rich
              text={t(v.version === doc.version ? 'consultations.versions.current' : 'consultations.versions.item')}
              values={{ version: v.version, date: <DateTime value={v.createdAt} kind="date" /> }}
            />
            {v.version > 1 ? (
              <>
                {' '}
                <a href={ksPaths.compare(slug, number, v.version - 1, v.version)}>
                  {t('consultations.versions.compare', { from: v.version - 1, to: v.version })}
                </a>
              </>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  )
}
