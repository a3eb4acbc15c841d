import '../i18n/pages'
import { useEffect, useRef, useState } from 'preact/hooks'
import { useT } from '../../core/i18n'
import { Notice } from '../../core/ui'
import { useSearchParam } from '../../router'
import { ksPaths } from '../paths'
import { presetText } from '../ui'
import { DraftDocument } from './DraftDocument'
import { LaunchForm } from './LaunchForm'
import { PanelConsultationPage, type PanelConsultationContext } from './PanelNav'
import { useServerText } from './serverText'
import type { StaffConsultation } from './types'
import { DayRange, StatusText } from './ui'

/** A published consultation: where it stands, its dates, the advice it was published with, and its public page. */
function Published({ slug, c, focus }: { slug: string; c: StaffConsultation; focus: boolean }) {
  const t = useT()
  const server = useServerText()
  const heading = useRef<HTMLHeadingElement>(null)
  // Just published: the form and its button are gone, so the keyboard continues from what took their place.
  useEffect(() => {
    if (focus) heading.current?.focus()
  }, [])
  return (
    <section class="panel-section" aria-labelledby="ks-published-heading">
      <h2 id="ks-published-heading" ref={heading} tabIndex={-1}>
        {t('consultations.panel.published.heading')}
      </h2>
      <dl class="facts">
        <dt>{t('consultations.panel.list.colStatus')}</dt>
        <dd>
          <StatusText state={c.state} />
        </dd>
        <dt>{t('consultations.panel.list.colPreset')}</dt>
        <dd>{presetText(t, c.preset, c.presetName)}</dd>
        <dt>{t('consultations.panel.list.colDates')}</dt>
        <dd>
          <DayRange start={c.startDate} end={c.endDate} />
        </dd>
      </dl>
      <p>{t('consultations.panel.published.locked')}</p>
      {c.warnings.length > 0 ? (
        <div class="ks-advice">
          <p class="ks-advice-title">{t('consultations.panel.published.warnings')}</p>
          <ul>
            {c.warnings.map((w, i) => (
              <li key={i}>{server(w.detail)}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <p>
        <a href={ksPaths.consultation(slug, c.number)}>{t('consultations.panel.published.publicPage')}</a>
      </p>
    </section>
  )
}

function Act({ ctx }: { ctx: PanelConsultationContext }) {
  const t = useT()
  const c = ctx.consultation as StaffConsultation
  const created = useSearchParam('utworzono')
  const [notice, setNotice] = useState<string | null>(created ? t('consultations.panel.act.created') : null)
  // A new generation of the form after "load again": the stored consultation replaces what the form held.
  const [generation, setGeneration] = useState(0)
  const [reloadingFrom, setReloadingFrom] = useState<number | null>(null)
  const [justPublished, setJustPublished] = useState(false)
  useEffect(() => {
    if (reloadingFrom === null || c.version === reloadingFrom) return
    setReloadingFrom(null)
    setGeneration((n) => n + 1)
  }, [c.version, reloadingFrom])
  return (
    <>
      <Notice message={notice} />
      {c.status === 'draft' ? (
        <section class="panel-section" aria-labelledby="ks-act-form-heading">
          <h2 id="ks-act-form-heading">{t('consultations.panel.act.heading')}</h2>
          <p>{t('consultations.panel.act.intro')}</p>
          <LaunchForm
            key={`${c.number}-${generation}`}
            slug={ctx.slug}
            c={c}
            onSaved={() => {
              setNotice(t('consultations.panel.act.saved'))
              ctx.reload()
            }}
            onPublished={() => {
              setNotice(t('consultations.panel.act.publishedNow'))
              setJustPublished(true)
              ctx.reload()
            }}
            onReload={() => {
              setNotice(t('consultations.panel.act.reloaded'))
              setReloadingFrom(c.version)
              ctx.reload()
            }}
          />
        </section>
      ) : (
        <Published slug={ctx.slug} c={c} focus={justPublished} />
      )}
      <DraftDocument slug={ctx.slug} c={c} />
    </>
  )
}

/**
 * `/panel/{slug}/konsultacje/{n}`: the opening act of a draft (form, rules, check, save, publish) or the state of a
 * published consultation, and its draft document with every version and the upload.
 */
export function ConsultationAct({ slug, number }: { slug: string; number: string }) {
  return (
    <PanelConsultationPage slug={slug} number={number} current="act">
      {(ctx) => <Act ctx={ctx} />}
    </PanelConsultationPage>
  )
}
