import { depsOf } from '../../core/deps'
import type { Api } from '../../core/http/endpoint'
import { endpoint } from '../../core/http/endpoint'
import { ApiError } from '../../core/http/problem'
import { clientIp } from '../../core/http/request'
import { personKey } from '../../core/identity/person'
import { requireAuthorLinksOpen, sendAuthorLinks } from '../actions/author-keys'
import { answerQuestion } from '../actions/questions'
import {
  addCoauthor,
  confirmCoauthor,
  createDraft,
  fileAppeal,
  submitDraft,
  SUBMISSION_CLOSED,
  updateDraft,
  withdrawProject,
} from '../actions/submission'
import { addSupport, requireSupportOpen } from '../actions/support'
import { notifyDraftSaved } from '../notify/submission'
import {
  answerSchema,
  appealSchema,
  coauthorSchema,
  confirmSchema,
  draftFieldsSchema,
  newDraftSchema,
  resendSchema,
  supportSchema,
} from '../input'
import { budgetSettings } from '../settings'
import { editionFromPath, projectFromPath, requireAuthor, type Ctx } from '../http'
import { requirePhase } from '../actions/common'
import { authorEditView, authorView, supportInfoView } from '../views/projects'

const tags = ['Budżet obywatelski — mieszkańcy']

/** Per-address limit on new drafts, counted only once the submission phase is known to be on. */
async function limitDrafts(c: Ctx): Promise<void> {
  const { success } = await c.get('services').rateLimiter.limit(`bo-draft:${clientIp(c)}`, {
    limit: budgetSettings(c.get('config')).draftsPerHourPerAddress,
    periodSeconds: 3600,
  })
  if (!success) throw new ApiError(429, 'Zbyt wiele nowych projektów z tego adresu. Spróbuj za godzinę.')
}

async function limitSupports(c: Ctx): Promise<void> {
  const { success } = await c
    .get('services')
    .rateLimiter.limit(`bo-support:${clientIp(c)}`, { limit: 60, periodSeconds: 3600 })
  if (!success) throw new ApiError(429, 'Zbyt wiele poparć z tego adresu. Spróbuj za godzinę.')
}

/**
 * Requests for new author links, per address and per e-mail (keyed, so the limiter never stores the address itself):
 * nobody can flood an author's mailbox, and the answer is the same whether the e-mail has projects or not.
 */
async function limitAuthorLinks(c: Ctx, editionId: string, email: string): Promise<void> {
  const perEmail = await personKey(c.get('config').identityPepper, ['author-link', editionId, email])
  for (const [key, limit, detail] of [
    [`bo-link:${clientIp(c)}`, 10, 'Zbyt wiele próśb z tego adresu. Spróbuj za godzinę.'],
    [
      `bo-link-email:${perEmail}`,
      3,
      'Na ten adres e-mail wysłaliśmy już kilka linków. Sprawdź skrzynkę (także folder spam) albo spróbuj za godzinę.',
    ],
  ] as const) {
    const { success, retryAfter } = await c.get('services').rateLimiter.limit(key, { limit, periodSeconds: 3600 })
    if (!success) throw new ApiError(429, detail, { headers: { 'Retry-After': String(retryAfter) } })
  }
}

/** Residents: drafts with autosave, co-authors, support, submission, withdrawal, answers and appeals — no account. */
export function submissionRoutes(api: Api): void {
  const base = '/jst/:slug/bo/:year/projects'

  endpoint(
    api,
    {
      method: 'post',
      path: base,
      summary: 'Nowy projekt (szkic zapisywany na bieżąco)',
      tags,
      access: { kind: 'public' },
      body: newDraftSchema,
      responses: { 201: { description: 'Szkic; zwraca klucz autora (wysłany też e-mailem)' } },
    },
    async (c, { body }) => {
      const e = await editionFromPath(c)
      requirePhase(e, 'submission', SUBMISSION_CLOSED)
      await limitDrafts(c)
      const deps = depsOf(c)
      const { token, project } = await createDraft(deps, e, body)
      await notifyDraftSaved(deps, e, project, token)
      return c.json({ token, project: await authorView(deps, e, project) }, 201)
    },
  )

  endpoint(
    api,
    {
      method: 'get',
      path: `${base}/:id/author`,
      summary: 'Projekt oczami autora (klucz autora)',
      tags,
      access: { kind: 'public' },
      responses: { 200: { description: 'Projekt z danymi autora' } },
    },
    async (c) => {
      const e = await editionFromPath(c)
      const p = await projectFromPath(c, e)
      await requireAuthor(c, p)
      return c.json(await authorEditView(depsOf(c), e, p))
    },
  )

  endpoint(
    api,
    {
      method: 'patch',
      path: `${base}/:id`,
      summary: 'Autozapis szkicu albo poprawki na pytanie weryfikatora',
      tags,
      access: { kind: 'public' },
      body: draftFieldsSchema,
      responses: { 200: { description: 'Zapisano' } },
    },
    async (c, { body }) => {
      const e = await editionFromPath(c)
      const p = await projectFromPath(c, e)
      await requireAuthor(c, p)
      const deps = depsOf(c)
      return c.json(await authorEditView(deps, e, await updateDraft(deps, e, p, body)))
    },
  )

  endpoint(
    api,
    {
      method: 'post',
      path: `${base}/:id/coauthors`,
      summary: 'Dodanie współautora (potwierdza linkiem)',
      tags,
      access: { kind: 'public' },
      body: coauthorSchema,
      responses: { 201: { description: 'Wysłano prośbę o potwierdzenie' } },
    },
    async (c, { body }) => {
      const e = await editionFromPath(c)
      const p = await projectFromPath(c, e)
      await requireAuthor(c, p)
      const deps = depsOf(c)
      await addCoauthor(deps, e, p, body)
      return c.json({ project: await authorView(deps, e, p) }, 201)
    },
  )

  endpoint(
    api,
    {
      method: 'post',
      path: '/jst/:slug/bo/coauthors/confirm',
      summary: 'Potwierdzenie współautorstwa z linku',
      tags,
      access: { kind: 'public' },
      body: confirmSchema,
      responses: { 200: { description: 'Potwierdzono' } },
    },
    async (c, { body }) => c.json(await confirmCoauthor(depsOf(c), body.token)),
  )

  endpoint(
    api,
    {
      method: 'post',
      path: `${base}/:id/supports`,
      summary: 'Poparcie projektu przez mieszkańca (raz na osobę)',
      tags,
      access: { kind: 'public' },
      body: supportSchema,
      responses: { 201: { description: 'Poparcie zapisane' } },
    },
    async (c, { body }) => {
      const e = await editionFromPath(c)
      const p = await projectFromPath(c, e)
      const deps = depsOf(c)
      requireSupportOpen(deps, e, p)
      await limitSupports(c)
      return c.json({ supporters: await addSupport(deps, e, p, body) }, 201)
    },
  )

  endpoint(
    api,
    {
      method: 'get',
      path: `${base}/:id/support-info`,
      summary: 'Co widzi osoba popierająca projekt (także szkic, przed zgłoszeniem)',
      tags,
      access: { kind: 'public' },
      responses: { 200: { description: 'Tytuł, opis, pula i czy można poprzeć' } },
    },
    async (c) => {
      const e = await editionFromPath(c)
      const p = await projectFromPath(c, e)
      return c.json(await supportInfoView(depsOf(c), e, p))
    },
  )

  endpoint(
    api,
    {
      method: 'post',
      path: `${base}/:id/submit`,
      summary: 'Zgłoszenie projektu',
      tags,
      access: { kind: 'public' },
      responses: { 200: { description: 'Zgłoszono; projekt dostaje numer' } },
    },
    async (c) => {
      const e = await editionFromPath(c)
      const p = await projectFromPath(c, e)
      await requireAuthor(c, p)
      const deps = depsOf(c)
      return c.json({ project: await authorView(deps, e, await submitDraft(deps, e, p)) })
    },
  )

  endpoint(
    api,
    {
      method: 'post',
      path: `${base}/:id/withdraw`,
      summary: 'Wycofanie projektu (do końca naboru)',
      tags,
      access: { kind: 'public' },
      responses: { 200: { description: 'Wycofano' } },
    },
    async (c) => {
      const e = await editionFromPath(c)
      const p = await projectFromPath(c, e)
      await requireAuthor(c, p)
      const deps = depsOf(c)
      return c.json({ project: await authorView(deps, e, await withdrawProject(deps, e, p)) })
    },
  )

  endpoint(
    api,
    {
      method: 'post',
      path: `${base}/:id/questions/:qid/answer`,
      summary: 'Odpowiedź autora na pytanie weryfikatora',
      tags,
      access: { kind: 'public' },
      body: answerSchema,
      responses: { 200: { description: 'Zapisano odpowiedź' } },
    },
    async (c, { body }) => {
      const e = await editionFromPath(c)
      const p = await projectFromPath(c, e)
      await requireAuthor(c, p)
      const deps = depsOf(c)
      const saved = await answerQuestion(deps, e, p, c.req.param('qid')!, body.answer)
      return c.json({ project: await authorView(deps, e, saved) })
    },
  )

  endpoint(
    api,
    {
      method: 'post',
      path: `${base}/:id/appeals`,
      summary: 'Odwołanie od niedopuszczenia projektu do głosowania',
      tags,
      access: { kind: 'public' },
      body: appealSchema,
      responses: { 201: { description: 'Złożono odwołanie' } },
    },
    async (c, { body }) => {
      const e = await editionFromPath(c)
      const p = await projectFromPath(c, e)
      await requireAuthor(c, p)
      const deps = depsOf(c)
      return c.json({ project: await authorView(deps, e, await fileAppeal(deps, p, body)) }, 201)
    },
  )

  endpoint(
    api,
    {
      method: 'post',
      path: '/jst/:slug/bo/:year/author-link',
      summary: 'Nowy link autora na e-mail (dotychczasowy działa, dopóki autor nie użyje nowego)',
      tags,
      access: { kind: 'public' },
      body: resendSchema,
      responses: {
        202: { description: 'Przyjęto (odpowiedź nie zdradza, czy projekt istnieje)' },
        409: { description: 'Edycja się zakończyła: linki autorów już nie działają' },
        429: { description: 'Za dużo próśb z tego adresu sieci albo o ten adres e-mail' },
      },
    },
    async (c, { body }) => {
      const e = await editionFromPath(c)
      const deps = depsOf(c)
      requireAuthorLinksOpen(deps, e)
      await limitAuthorLinks(c, e.edition.id, body.email)
      await sendAuthorLinks(deps, e, body.email)
      return c.json({ status: 'accepted' }, 202)
    },
  )
}
