import '../i18n/pages'
import { useT, type Translate } from '../../core/i18n'
import { useResource } from '../../core/lib/resource'
import { NotFound } from '../../core/pages/NotFound'
import { DataRegion, Empty, ErrorState, Loading, PageHeading } from '../../core/ui'
import { ksApi, ksPaths } from '../paths'
import type { Comparison as ComparisonAnswer, DiffPart, ParagraphChange, SectionChange } from '../types'
import { ConsultationCrumbs } from '../ui'

/**
 * `/{slug}/konsultacje/{number}/porownanie/{a}/{b}`: what changed in the draft between two versions — sections
 * added, removed or renamed, paragraphs added, removed, moved and edited, an edit as its word diff. Removed words are
 * `<del>` (struck through), added ones `<ins>` (underlined), and each is named in words for screen readers, which
 * mostly do not announce the elements; so the change never rests on colour alone.
 */
export function Comparison({ slug, number, from, to }: { slug: string; number: string; from: string; to: string }) {
  const t = useT()
  const res = useResource<ComparisonAnswer>(ksApi.compare(slug, number, from, to))
  const consultation = useResource<{ title: string }>(ksApi.consultation(slug, number))
  if (res.status === 'error' && res.error.status === 404) return <NotFound detail={res.error.problem.detail} />
  const title = consultation.data?.title ?? t('consultations.numbered', { number })
  const heading = t('consultations.compare.title', { from, to })
  const data = res.data
  return (
    <>
      <ConsultationCrumbs slug={slug} number={number} title={title} page={heading} />
      <PageHeading title={`${heading} — ${title}`}>{heading}</PageHeading>
      <p class="lead">{t('consultations.compare.legend')}</p>
      <DataRegion busy={res.status === 'loading'}>
        {res.status === 'loading' && !data ? <Loading /> : null}
        {res.status === 'error' ? <ErrorState error={res.error} onRetry={res.reload} /> : null}
        {data && data.paragraphs.length === 0 && data.sections.length === 0 ? (
          <Empty title={t('consultations.compare.none')} />
        ) : null}
        {data && data.sections.length > 0 ? (
          <section aria-labelledby="ks-sections-heading">
            <h2 id="ks-sections-heading">{t('consultations.compare.sections')}</h2>
            <ul class="ks-changes">
              {data.sections.map((s) => (
                <li key={s.id} class="ks-change">
                  {sectionChangeText(t, s)}
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        {data && data.paragraphs.length > 0 ? (
          <section aria-labelledby="ks-paragraphs-heading">
            <h2 id="ks-paragraphs-heading">{t('consultations.compare.paragraphs')}</h2>
            <ul class="ks-changes">
              {data.paragraphs.map((change) => (
                <li key={`${change.kind}-${change.id}`} class="ks-change">
                  <ParagraphChangeView change={change} slug={slug} number={number} />
                </li>
              ))}
            </ul>
          </section>
        ) : null}
      </DataRegion>
      <p>
        <a href={ksPaths.consultation(slug, number)}>{t('consultations.compare.back')}</a>
      </p>
    </>
  )
}

function sectionChangeText(t: Translate, s: SectionChange): string {
  if (s.kind === 'added') return t('consultations.sectionChange.added', { heading: s.after })
  if (s.kind === 'removed') return t('consultations.sectionChange.removed', { heading: s.before })
  return t('consultations.sectionChange.renamed', { before: s.before, after: s.after })
}

/** One changed paragraph: what happened to it, where it stands, and its text (an edit as a word diff). */
function ParagraphChangeView({ change, slug, number }: { change: ParagraphChange; slug: string; number: string }) {
  const t = useT()
  const kind = change.kind === 'edited' && change.moved ? 'editedMoved' : change.kind
  const paragraph = change.kind === 'removed' ? change.before : change.after
  const ref = paragraph.ref ?? paragraph.marker
  return (
    <>
      <p class="ks-change-kind">
        {ref
          ? t('consultations.change.at', { kind: t(`consultations.change.${kind}`), ref })
          : t(`consultations.change.${kind}`)}
      </p>
      {change.kind === 'edited' ? (
        <p class="ks-diff">
          <Diff parts={change.diff} />
        </p>
      ) : change.kind === 'removed' ? (
        <p>
          <del>
            <span class="visually-hidden">{t('consultations.diff.removedStart')}</span>
            {change.before.text}
            <span class="visually-hidden">{t('consultations.diff.end')}</span>
          </del>
        </p>
      ) : change.kind === 'added' ? (
        <p>
          <ins>
            <span class="visually-hidden">{t('consultations.diff.addedStart')}</span>
            {change.after.text}
            <span class="visually-hidden">{t('consultations.diff.end')}</span>
          </ins>
        </p>
      ) : (
        <p>{change.after.text}</p>
      )}
      {change.kind !== 'removed' ? (
        <p class="small">
          <a href={ksPaths.paragraph(slug, number, change.id)}>{t('consultations.compare.inCurrent')}</a>
        </p>
      ) : null}
    </>
  )
}

/** A word diff: the text both versions share as it is, removed runs in `<del>`, added runs in `<ins>`, each named. */
function Diff({ parts }: { parts: DiffPart[] }) {
  const t = useT()
  return (
    <>
      {parts.map((part, index) =>
        part.op === 'same' ? (
          part.text
        ) : part.op === 'removed' ? (
          <del key={index}>
            <span class="visually-hidden">{t('consultations.diff.removedStart')}</span>
            {part.text}
            <span class="visually-hidden">{t('consultations.diff.end')}</span>
          </del>
        ) : (
          <ins key={index}>
            <span class="visually-hidden">{t('consultations.diff.addedStart')}</span>
            {part.text}
            <span class="visually-hidden">{t('consultations.diff.end')}</span>
          </ins>
        ),
      )}
    </>
  )
}
