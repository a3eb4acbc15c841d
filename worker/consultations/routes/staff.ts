import { depsOf } from '../../core/deps'
import { uploadForm } from '../../core/http/body'
import type { Api } from '../../core/http/endpoint'
import { endpoint } from '../../core/http/endpoint'
import { ApiError } from '../../core/http/problem'
import { limitUploads } from '../../core/http/rate-limit'
import { organisers } from '../access'
import { createConsultation, publishConsultation, updateConsultation } from '../actions/consultations'
import { addDocumentVersion, DOCX_TOO_LARGE, draftFromDocx, MAX_DOCX_BYTES } from '../actions/documents'
import { consultationFromPath, type Ctx } from '../http'
import { consultationSummary, staffConsultation } from '../views'
import { consultationsOf } from '../queries'
import {
  consultationCreateSchema,
  consultationPublishSchema,
  consultationUpdateSchema,
  documentTextSchema,
} from '../input'
import { documentRoutes } from './documents'

const tags = ['Konsultacje — panel']
const base = '/jst/:slug/staff/konsultacje'

/**
 * The answer to an upload of the draft: the version's summary (ids kept, edited, added, removed); 201 for a new version,
 * 200 for the same text sent again (no new version, the first upload's answer).
 */
const versionAnswer = (c: Ctx, { summary, created }: Awaited<ReturnType<typeof addDocumentVersion>>) =>
  c.json({ version: summary }, created ? 201 : 200)

/**
 * The organisers' endpoints: a consultation is created as a draft with a preset's defaults, changed from the version
 * loaded, published after `checkLaunch` (refusals name the rule), and its draft uploaded as Markdown, pasted text or a
 * `.docx`, each upload a new version.
 */
export function staffRoutes(api: Api): void {
  endpoint(
    api,
    {
      method: 'post',
      path: base,
      summary: 'Nowe konsultacje (szkic; rodzaj `preset`, reszta z domyślnych wartości rodzaju)',
      tags,
      access: organisers,
      body: consultationCreateSchema,
      responses: { 201: { description: 'Utworzono szkic' } },
    },
    async (c, { body }) => {
      const deps = depsOf(c)
      return c.json(staffConsultation(await createConsultation(deps, c.get('tenant'), body), deps.now()), 201)
    },
  )

  endpoint(
    api,
    {
      method: 'get',
      path: base,
      summary: 'Wszystkie konsultacje JST, ze szkicami',
      tags,
      access: organisers,
      responses: { 200: { description: 'Lista' } },
    },
    async (c) => {
      const deps = depsOf(c)
      const rows = await consultationsOf(deps.db, c.get('tenant').id, false)
      return c.json({ items: rows.map((r) => ({ ...consultationSummary(r, deps.now()), status: r.status })) })
    },
  )

  endpoint(
    api,
    {
      method: 'get',
      path: `${base}/:number`,
      summary: 'Konsultacje do zmiany w panelu (z wersją do odesłania przy zapisie)',
      tags,
      access: organisers,
      responses: { 200: { description: 'Konsultacje z polem version' } },
    },
    async (c) => c.json(staffConsultation(await consultationFromPath(c, false), new Date())),
  )

  endpoint(
    api,
    {
      method: 'patch',
      path: `${base}/:number`,
      summary: 'Zmiana szkicu konsultacji (tylko przesłane pola; z wersją z odczytu)',
      tags,
      access: organisers,
      body: consultationUpdateSchema,
      responses: {
        200: { description: 'Zmieniono; konsultacje z nową wersją' },
        409: { description: 'Konsultacje są już ogłoszone albo ktoś inny zmienił je w międzyczasie' },
      },
    },
    async (c, { body }) => {
      const deps = depsOf(c)
      const current = await consultationFromPath(c, false)
      return c.json(staffConsultation(await updateConsultation(deps, current, body), deps.now()))
    },
  )

  endpoint(
    api,
    {
      method: 'post',
      path: `${base}/:number/publish`,
      summary: 'Ogłoszenie konsultacji (sprawdzenie wymogów ustawowych rodzaju; ostrzeżenia w odpowiedzi)',
      tags,
      access: organisers,
      body: consultationPublishSchema,
      responses: {
        200: { description: 'Ogłoszono (lub były już ogłoszone): konsultacje z ostrzeżeniami' },
        400: { description: 'Naruszone wymogi: błędy pól z podstawą prawną' },
        409: { description: 'Ktoś inny zmienił konsultacje w międzyczasie' },
      },
    },
    async (c, { body }) => {
      const deps = depsOf(c)
      const current = await consultationFromPath(c, false)
      return c.json(staffConsultation(await publishConsultation(deps, current, body.version), deps.now()))
    },
  )

  endpoint(
    api,
    {
      method: 'post',
      path: `${base}/:number/document`,
      summary: 'Nowa wersja projektu dokumentu: Markdown lub wklejony tekst (format = markdown | text, source)',
      tags,
      access: organisers,
      body: documentTextSchema,
      responses: {
        201: { description: 'Dodano wersję; podsumowanie zmian akapitów' },
        200: { description: 'Ten sam tekst co aktualna wersja: bez nowej wersji, odpowiedź pierwszego przesłania' },
        409: { description: 'Ktoś w międzyczasie dodał wersję' },
      },
    },
    async (c, { body }) => {
      const current = await consultationFromPath(c, false)
      return versionAnswer(c, await addDocumentVersion(depsOf(c), current, { kind: body.format, source: body.source }))
    },
  )

  endpoint(
    api,
    {
      method: 'post',
      path: `${base}/:number/document/docx`,
      summary: 'Nowa wersja projektu dokumentu z pliku .docx (multipart/form-data: file)',
      tags,
      access: organisers,
      responses: {
        201: { description: 'Dodano wersję; podsumowanie zmian akapitów' },
        200: { description: 'Ten sam tekst co aktualna wersja: bez nowej wersji, odpowiedź pierwszego przesłania' },
        409: { description: 'Ktoś w międzyczasie dodał wersję' },
        413: { description: 'Plik jest za duży' },
      },
    },
    async (c) => {
      const current = await consultationFromPath(c, false)
      if (!(c.req.header('content-type') ?? '').startsWith('multipart/form-data'))
        throw new ApiError(415, 'Wyślij plik jako multipart/form-data.')
      await limitUploads(c, `consultation:${current.id}`)
      const form = await uploadForm(c, MAX_DOCX_BYTES, DOCX_TOO_LARGE, 'file')
      const draft = await draftFromDocx(form.get('file'))
      return versionAnswer(c, await addDocumentVersion(depsOf(c), current, draft))
    },
  )

  documentRoutes(api, base, organisers, false)
}
