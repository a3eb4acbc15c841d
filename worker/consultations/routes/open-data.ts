import { depsOf } from '../../core/deps'
import { csvDocument, csvHeaders } from '../../core/http/csv'
import type { Api } from '../../core/http/endpoint'
import { endpoint } from '../../core/http/endpoint'
import { consultationFromPath, tenantFromPath, type Ctx } from '../http'
import { consultationsOf, type Consultation } from '../queries'
import { allVersions, countsOf, openAnswers, openComments } from '../queries/open-data'
import {
  answerColumns,
  answerCsvRow,
  commentColumns,
  commentCsvRow,
  consultationColumns,
  consultationCsvRow,
  openAnswer,
  openComment,
  openConsultation,
  openVersion,
  paragraphRefs,
} from '../views/open-data'

const tags = ['Otwarte dane']
const base = '/jst/:slug/konsultacje/open-data'
const access = { kind: 'public' } as const

/**
 * Whether a consultation's comments are open data yet: when the opening act made them public, at once; otherwise once
 * the report (which lists every one of them) is published.
 */
const commentsOpen = (c: Consultation) => c.commentsPublic || c.status === 'reported'

async function consultationRows(c: Ctx) {
  const { db, config } = depsOf(c)
  const tenant = await tenantFromPath(c)
  const counts = await countsOf(db, tenant.id)
  const now = new Date()
  return {
    tenant,
    items: (await consultationsOf(db, tenant.id, true)).map((row) =>
      openConsultation(
        row,
        { comments: counts.comments.get(row.id) ?? 0, meetings: counts.meetings.get(row.id) ?? 0 },
        config.appUrl,
        tenant.slug,
        now,
      ),
    ),
  }
}

async function commentRows(c: Ctx) {
  const { db } = depsOf(c)
  const consultation = await consultationFromPath(c, true)
  if (!commentsOpen(consultation)) return { consultation, open: false, items: [] }
  const [rows, answers, versions] = await Promise.all([
    openComments(db, consultation.id),
    openAnswers(db, consultation.id),
    allVersions(db, consultation.id),
  ])
  const refs = paragraphRefs(versions)
  const byComment = new Map<number, (typeof answers)[number]>()
  for (const a of answers) for (const n of a.commentNumber !== null ? [a.commentNumber] : a.members) byComment.set(n, a)
  return { consultation, open: true, items: rows.map((r) => openComment(r, refs, byComment.get(r.number))) }
}

async function answerRows(c: Ctx) {
  const consultation = await consultationFromPath(c, true)
  return { consultation, items: (await openAnswers(depsOf(c).db, consultation.id)).map(openAnswer) }
}

/**
 * The open data of a JST's consultations, each as JSON and as CSV (UTF-8 with BOM, `;`, formulas neutralised) with
 * the same columns: the consultations, a consultation's comments (confirmed only, anonymised: a resident is
 * "Mieszkaniec", no names, addresses or e-mails; hidden ones without their words), its approved answers and every
 * version of its draft. Public GETs: `no-cache` with an ETag, as every public read (worker/core/http/caching.ts).
 */
export function openDataRoutes(api: Api): void {
  endpoint(
    api,
    {
      method: 'get',
      path: `${base}/consultations.json`,
      summary: 'Otwarte dane: ogłoszone konsultacje JST (liczba potwierdzonych uwag i spotkań)',
      tags,
      access,
      responses: { 200: { description: 'JSON' } },
    },
    async (c) => {
      const { items } = await consultationRows(c)
      return c.json({ columns: consultationColumns, items })
    },
  )

  endpoint(
    api,
    {
      method: 'get',
      path: `${base}/consultations.csv`,
      summary: 'Otwarte dane: ogłoszone konsultacje JST (CSV, UTF-8, separator ;)',
      tags,
      access,
      responses: { 200: { description: 'CSV' } },
    },
    async (c) => {
      const { tenant, items } = await consultationRows(c)
      return c.body(
        csvDocument(consultationColumns, items.map(consultationCsvRow)),
        200,
        csvHeaders(`konsultacje-${tenant.slug}.csv`),
      )
    },
  )

  endpoint(
    api,
    {
      method: 'get',
      path: `${base}/:number/comments.json`,
      summary: 'Otwarte dane: potwierdzone uwagi, zanonimizowane (mieszkaniec jako „Mieszkaniec”; ukryte bez treści)',
      tags,
      access,
      responses: { 200: { description: 'JSON; public: false, gdy uwagi nie są jeszcze jawne' } },
    },
    async (c) => {
      const { open, items } = await commentRows(c)
      return c.json({ public: open, columns: commentColumns, items })
    },
  )

  endpoint(
    api,
    {
      method: 'get',
      path: `${base}/:number/comments.csv`,
      summary: 'Otwarte dane: potwierdzone uwagi, zanonimizowane (CSV, UTF-8, separator ;)',
      tags,
      access,
      responses: { 200: { description: 'CSV' } },
    },
    async (c) => {
      const { consultation, items } = await commentRows(c)
      const slug = (await tenantFromPath(c)).slug
      return c.body(
        csvDocument(commentColumns, items.map(commentCsvRow)),
        200,
        csvHeaders(`konsultacje-${slug}-${consultation.number}-uwagi.csv`),
      )
    },
  )

  endpoint(
    api,
    {
      method: 'get',
      path: `${base}/:number/answers.json`,
      summary: 'Otwarte dane: zatwierdzone rozstrzygnięcia uwag z uzasadnieniem',
      tags,
      access,
      responses: { 200: { description: 'JSON' } },
    },
    async (c) => {
      const { items } = await answerRows(c)
      return c.json({ columns: answerColumns, items })
    },
  )

  endpoint(
    api,
    {
      method: 'get',
      path: `${base}/:number/answers.csv`,
      summary: 'Otwarte dane: zatwierdzone rozstrzygnięcia uwag (CSV, UTF-8, separator ;)',
      tags,
      access,
      responses: { 200: { description: 'CSV' } },
    },
    async (c) => {
      const { consultation, items } = await answerRows(c)
      const slug = (await tenantFromPath(c)).slug
      return c.body(
        csvDocument(answerColumns, items.map(answerCsvRow)),
        200,
        csvHeaders(`konsultacje-${slug}-${consultation.number}-rozstrzygniecia.csv`),
      )
    },
  )

  endpoint(
    api,
    {
      method: 'get',
      path: `${base}/:number/versions.json`,
      summary: 'Otwarte dane: wszystkie wersje projektu dokumentu (rozdziały i akapity ze stałymi identyfikatorami)',
      tags,
      access,
      responses: { 200: { description: 'JSON' } },
    },
    async (c) => {
      const consultation = await consultationFromPath(c, true)
      return c.json({ items: (await allVersions(depsOf(c).db, consultation.id)).map(openVersion) })
    },
  )
}
