import { Fragment } from 'preact'
import { hasMessage, useLang, useT } from '../../core/i18n'
import { apiHref, boBase } from '../api'
import { formatBytes, formatCoordinate } from '../money'
import { boPaths } from '../paths'
import type { Assessment, Attachment, CostItem, Edition, HistoryEntry, PublicConflict, PublicProject } from '../types'
import { Money, When } from '../ui'

/** Paragraphs of a resident's text (no HTML: blank lines separate paragraphs). */
export function Paragraphs({ text }: { text: string }) {
  return (
    <>
      {text
        .split(/\n{2,}/)
        .filter((p) => p.trim())
        .map((p, i) => (
          <p key={i} class="bo-text">
            {p}
          </p>
        ))}
    </>
  )
}

export function osmHref(lat: number, lng: number): string {
  return `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lng}#map=18/${lat}/${lng}`
}

/** The project's key facts: pool, category, cost, supporters, location, beneficiaries, extra fields of the edition. */
export function ProjectFacts({ project, edition }: { project: PublicProject; edition: Edition | null }) {
  const t = useT()
  const lang = useLang()
  const pool = edition?.pools.find((p) => p.id === project.pool?.id)
  const extra = edition?.rules.submission.formFields ?? []
  return (
    <dl class="facts">
      <dt>{t('budget.project.pool')}</dt>
      <dd>{project.pool?.name ?? '—'}</dd>
      {project.category ? (
        <>
          <dt>{t('budget.project.category')}</dt>
          <dd>{project.category}</dd>
        </>
      ) : null}
      <dt>{t('budget.project.cost')}</dt>
      <dd>
        <Money value={project.cost} />
        {project.revisedCost != null && project.revisedCost !== project.cost ? (
          <>
            {' '}
            ({t('budget.project.revisedCost')} <Money value={project.revisedCost} />)
          </>
        ) : null}
      </dd>
      <dt>{t('budget.project.supporters')}</dt>
      <dd>
        {pool
          ? t('budget.project.supportersOf', { count: project.supporters, required: pool.requiredSupporters })
          : project.supporters}
      </dd>
      <dt>{t('budget.project.location')}</dt>
      <dd>
        {project.address || '—'}
        {project.lat != null && project.lng != null ? (
          <>
            <br />
            <span class="muted small">
              {t('budget.project.coordinates', {
                lat: formatCoordinate(project.lat, lang),
                lng: formatCoordinate(project.lng, lang),
              })}
            </span>{' '}
            <a href={osmHref(project.lat, project.lng)} rel="external noopener" target="_blank">
              {t('budget.project.map')}
              <span class="visually-hidden"> {t('budget.newTab')}</span>
            </a>
          </>
        ) : null}
      </dd>
      {project.beneficiaries ? (
        <>
          <dt>{t('budget.project.beneficiaries')}</dt>
          <dd>{project.beneficiaries}</dd>
        </>
      ) : null}
      {extra.map((f) =>
        project.extra[f.key] !== undefined && project.extra[f.key] !== '' ? (
          <Fragment key={f.key}>
            <dt>{f.label}</dt>
            <dd>
              {typeof project.extra[f.key] === 'boolean'
                ? project.extra[f.key]
                  ? t('budget.yes')
                  : t('budget.no')
                : String(project.extra[f.key])}
            </dd>
          </Fragment>
        ) : null,
      )}
      {project.submittedAt ? (
        <>
          <dt>{t('budget.project.submittedAt')}</dt>
          <dd>
            <When value={project.submittedAt} />
          </dd>
        </>
      ) : null}
    </dl>
  )
}

export function CostTable({ items, captionId, caption }: { items: CostItem[]; captionId: string; caption: string }) {
  const t = useT()
  const total = items.reduce((s, i) => s + i.amount, 0)
  if (items.length === 0) return <p class="muted">{t('budget.project.noCostItems')}</p>
  return (
    <div class="table-wrap" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table>
        <caption id={captionId} class="visually-hidden">
          {caption}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('budget.project.costItem')}</th>
            <th scope="col" class="bo-num">
              {t('budget.project.costAmount')}
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((item, i) => (
            <tr key={i}>
              <td>{item.name}</td>
              <td class="bo-num">
                <Money value={item.amount} />
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('budget.project.costTotal')}</th>
            <td class="bo-num">
              <strong>
                <Money value={total} />
              </strong>
            </td>
          </tr>
        </tfoot>
      </table>
    </div>
  )
}

/** Each assessment with its decision, per-criterion results and justifications. */
export function AssessmentList({ assessments }: { assessments: Assessment[] }) {
  const t = useT()
  if (assessments.length === 0) return <p class="muted">{t('budget.project.noAssessments')}</p>
  return (
    <ol class="bo-assessments">
      {assessments.map((a, i) => (
        <li key={i} class="bo-assessment">
          <h3 class="bo-assessment-title">
            {t(a.stage === 'formal' ? 'budget.assessment.formal' : 'budget.assessment.merit')}:{' '}
            <span class={a.positive ? 'bo-status bo-status-ok' : 'bo-status bo-status-bad'}>
              {a.positive ? t('budget.assessment.positive') : t('budget.assessment.negative')}
            </span>
          </h3>
          <p class="muted small">
            {t('budget.assessment.decidedAt')} <When value={a.decidedAt} />
          </p>
          <ul class="bo-criteria">
            {a.criteria.map((c) => (
              <li key={c.key} class={c.passed ? 'bo-criterion' : 'bo-criterion bo-criterion-failed'}>
                <span class="bo-criterion-name">{t(`budget.criterion.${c.key}`)}:</span>{' '}
                <strong>{c.passed ? t('budget.assessment.passed') : t('budget.assessment.failed')}</strong>
                {c.justification ? <span class="bo-criterion-why"> — {c.justification}</span> : null}
              </li>
            ))}
          </ul>
          <p>
            <strong>{t('budget.assessment.justification')}</strong> {a.justification}
          </p>
          {a.revisedCost != null ? (
            <p>
              {t('budget.project.revisedCost')} <Money value={a.revisedCost} />
            </p>
          ) : null}
        </li>
      ))}
    </ol>
  )
}

/**
 * The project's history, oldest first, each event in words. An event kind the catalogues do not know yet (a newer
 * server) is told as a change in general, never by its code.
 */
export function HistoryList({ history }: { history: HistoryEntry[] }) {
  const t = useT()
  if (history.length === 0) return <p class="muted">{t('budget.project.noHistory')}</p>
  return (
    <ol class="bo-history">
      {history.map((h, i) => {
        const label = hasMessage(`budget.history.${h.kind}`) ? t(`budget.history.${h.kind}`) : t('budget.history.other')
        // Assessment notes already start with their stage ("Ocena formalna: negatywna…").
        const noteSaysIt = h.note?.startsWith(label) ?? false
        return (
          <li key={i}>
            <When value={h.at} /> — {noteSaysIt ? h.note : <strong>{label}</strong>}
            {h.note && !noteSaysIt ? <span>: {h.note}</span> : null}
          </li>
        )
      })}
    </ol>
  )
}

/**
 * The project's files to download. Scanned paper support lists are not among them (they carry the signatories' names
 * and addresses), but the history says a file was added: `supportScans` names them without a link, so the two agree.
 */
export function AttachmentList({
  slug,
  year,
  projectId,
  attachments,
  supportScans = 0,
}: {
  slug: string
  year: string
  projectId: string
  attachments: Attachment[]
  supportScans?: number
}) {
  const t = useT()
  const lang = useLang()
  if (attachments.length === 0 && supportScans === 0) return <p class="muted">{t('budget.files.none')}</p>
  return (
    <ul class="bo-files">
      {supportScans > 0 ? (
        <li>
          {t(supportScans === 1 ? 'budget.files.supportScan' : 'budget.files.supportScans', { count: supportScans })}
        </li>
      ) : null}
      {attachments.map((a) => (
        <li key={a.id}>
          <a
            href={apiHref(
              `${boBase(slug, year)}/projects/${encodeURIComponent(projectId)}/attachments/${encodeURIComponent(a.id)}`,
            )}
            download
          >
            {a.name}
          </a>{' '}
          <span class="muted small">
            ({t(`budget.files.kind.${a.kind}`)}, {formatBytes(a.size, lang)})
          </span>
        </li>
      ))}
    </ul>
  )
}

/**
 * On the public project page: the projects this one excludes, each a link to its own page, with the reason the
 * organisers gave. Only one project of a group can win, so a resident reading one page learns which others compete
 * for the same place; a withdrawn project is still named (its page stays public) but marked as withdrawn.
 */
export function ConflictList({ slug, year, conflicts }: { slug: string; year: string; conflicts: PublicConflict[] }) {
  const t = useT()
  if (conflicts.length === 0) return null
  return (
    <>
      <p>{t('budget.project.conflictsIntro')}</p>
      <ul class="bo-history">
        {conflicts.map((c, i) => (
          <li key={i}>
            <p>
              <strong>{t('budget.project.conflictExcludes')}</strong>{' '}
              {c.projects.map((p, j) => (
                <Fragment key={p.id}>
                  {j > 0 ? ', ' : ''}
                  <a href={boPaths.project(slug, year, p.id)}>
                    {p.number != null
                      ? t('budget.project.conflictNamed', { number: p.number, title: p.title })
                      : t('budget.project.conflictUnnumbered', { title: p.title })}
                  </a>
                  {p.status === 'withdrawn' ? <span class="muted"> ({t('budget.status.withdrawn')})</span> : null}
                </Fragment>
              ))}
            </p>
            <p>
              <strong>{t('budget.project.conflictReason')}</strong> {c.reason}
            </p>
          </li>
        ))}
      </ul>
    </>
  )
}
