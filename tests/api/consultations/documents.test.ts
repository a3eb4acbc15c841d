import { and, eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { auditLog } from '../../../worker/core/audit/schema'
import { files } from '../../../worker/core/files/schema'
import { Agent, demo, expectProblem, loggedIn, type TestApp, testApp } from '../../support/api'
import { json } from '../budget/helpers'
import { consultationBody, docx, draftV1, draftV2, fileForm, postForm, PUB_KS, STAFF_KS } from './helpers'

let t: TestApp
let koordynator: Agent
beforeAll(async () => {
  t = await testApp()
  koordynator = await loggedIn(t, demo.koordynator)
})
afterAll(() => t.close())

interface Paragraph {
  id: string
  marker?: string
  text: string
  ref?: string
  changed?: boolean
}
interface DocumentAnswer {
  version: number
  sourceKind: string
  sections: { id: string; heading: string; level: number; paragraphs: Paragraph[] }[]
  versions: { version: number }[]
}

async function consultation(publish = true) {
  const c = await json<{ number: number; version: number }>(koordynator.post(STAFF_KS, consultationBody()), 201)
  if (publish) await json(koordynator.post(`${STAFF_KS}/${c.number}/publish`, { version: c.version }), 200)
  return c.number
}

const paragraphs = (d: DocumentAnswer) => d.sections.flatMap((s) => s.paragraphs)

describe('uploading the draft', () => {
  it('reads Markdown into sections and paragraphs with ids and references, shown publicly', async () => {
    const n = await consultation()
    const added = await json(
      koordynator.post(`${STAFF_KS}/${n}/document`, { format: 'markdown', source: draftV1 }),
      201,
    )
    expect(added.version).toMatchObject({ version: 1, kept: 0, removed: [] })
    expect(added.version.added).toHaveLength(5)
    const doc = await json<DocumentAnswer>(new Agent(t).get(`${PUB_KS}/${n}/document`), 200)
    expect(doc.sections.map((s) => s.heading)).toEqual(['Rozdział 1. Przepisy ogólne', 'Rozdział 2. Nasadzenia'])
    expect(paragraphs(doc).map((p) => p.ref)).toEqual(['§ 1', '§ 2 ust. 1', '§ 2 ust. 2', '§ 3', '§ 4'])
    for (const p of paragraphs(doc)) expect(p.id).toMatch(/\S/)
    const page = await json<{ document: DocumentAnswer }>(new Agent(t).get(`${PUB_KS}/${n}`), 200)
    expect(page.document.version).toBe(1)
    const audit = await t.db.select().from(auditLog).where(eq(auditLog.action, 'ks.document.version'))
    expect(audit.length).toBeGreaterThanOrEqual(1)
  })

  it('reads text pasted from a word processor (one paragraph a line)', async () => {
    const n = await consultation()
    const pasted =
      'Rozdział 1\nPrzepisy ogólne\n§ 1. Program określa cele współpracy.\n§ 2. Program obowiązuje w 2027 r.'
    await json(koordynator.post(`${STAFF_KS}/${n}/document`, { format: 'text', source: pasted }), 201)
    const doc = await json<DocumentAnswer>(new Agent(t).get(`${PUB_KS}/${n}/document`), 200)
    expect(doc.sourceKind).toBe('text')
    expect(doc.sections[0]!.heading).toBe('Rozdział 1. Przepisy ogólne')
    expect(paragraphs(doc).map((p) => p.ref)).toEqual(['§ 1', '§ 2'])
  })

  it('converts a real .docx with mammoth, keeping headings and numbered paragraphs, and keeps the file', async () => {
    const n = await consultation()
    const bytes = docx([
      '# Rozdział 1. Przepisy ogólne',
      '§ 1. Uchwała określa zasady ochrony zieleni miejskiej.',
      '§ 2. Drzewa w pasach drogowych podlegają ochronie & opiece.',
    ])
    const res = await postForm(koordynator, `${STAFF_KS}/${n}/document/docx`, fileForm(bytes))
    expect(res.status, await res.clone().text()).toBe(201)
    const doc = await json<DocumentAnswer>(new Agent(t).get(`${PUB_KS}/${n}/document`), 200)
    expect(doc.sourceKind).toBe('docx')
    expect(doc.sections[0]!.heading).toBe('Rozdział 1. Przepisy ogólne')
    expect(paragraphs(doc).map((p) => [p.ref, p.text])).toEqual([
      ['§ 1', 'Uchwała określa zasady ochrony zieleni miejskiej.'],
      ['§ 2', 'Drzewa w pasach drogowych podlegają ochronie & opiece.'],
    ])
    const stored = await t.db
      .select({ name: files.name, size: files.size })
      .from(files)
      .where(and(eq(files.module, 'consultations'), eq(files.kind, 'draft')))
    expect(stored).toContainEqual({ name: 'projekt.docx', size: bytes.byteLength })
  })

  it('refuses a file that is not a .docx by its content, an empty draft and a JSON body on the file route', async () => {
    const n = await consultation()
    const pdf = new TextEncoder().encode('%PDF-1.4 not a word file')
    const notDocx = await expectProblem(
      await postForm(koordynator, `${STAFF_KS}/${n}/document/docx`, fileForm(pdf)),
      400,
    )
    expect(notDocx.errors?.[0]?.field).toBe('file')
    const zipNotWord = new Uint8Array([0x50, 0x4b, 3, 4, 0, 0, 0, 0])
    await expectProblem(await postForm(koordynator, `${STAFF_KS}/${n}/document/docx`, fileForm(zipNotWord)), 400)
    await expectProblem(await koordynator.post(`${STAFF_KS}/${n}/document`, { format: 'markdown', source: '  ' }), 400)
    await expectProblem(await koordynator.post(`${STAFF_KS}/${n}/document/docx`, { file: 'x' }), 415)
    await expectProblem(await new Agent(t).get(`${PUB_KS}/${n}/document`), 404)
  })

  it('refuses a .docx above 5 MB (413) before converting it', async () => {
    const n = await consultation()
    const big = new Uint8Array(5 * 1024 * 1024 + 1)
    big.set([0x50, 0x4b, 3, 4])
    const refused = await expectProblem(
      await postForm(koordynator, `${STAFF_KS}/${n}/document/docx`, fileForm(big)),
      413,
    )
    expect(refused.detail).toBe('Plik jest za duży: limit 5 MB.')
    await expectProblem(await new Agent(t).get(`${PUB_KS}/${n}/document`), 404)
  })

  it('refuses uploads by the anonymous and the weryfikator', async () => {
    const n = await consultation()
    await expectProblem(await new Agent(t).post(`${STAFF_KS}/${n}/document`, { format: 'text', source: 'x' }), 401)
    const weryfikator = await loggedIn(t, demo.weryfikator)
    await expectProblem(await weryfikator.post(`${STAFF_KS}/${n}/document`, { format: 'text', source: 'x' }), 403)
    await expectProblem(await postForm(weryfikator, `${STAFF_KS}/${n}/document/docx`, fileForm(docx(['§ 1. A.']))), 403)
  })

  it('keeps a draft’s document to the staff until it is published', async () => {
    const n = await consultation(false)
    await json(koordynator.post(`${STAFF_KS}/${n}/document`, { format: 'markdown', source: draftV1 }), 201)
    await json(koordynator.get(`${STAFF_KS}/${n}/document`), 200)
    await expectProblem(await new Agent(t).get(`${PUB_KS}/${n}/document`), 404)
  })
})

describe('versions', () => {
  it('a second upload is a new version that keeps the ids of unchanged and edited paragraphs', async () => {
    const n = await consultation()
    await json(koordynator.post(`${STAFF_KS}/${n}/document`, { format: 'markdown', source: draftV1 }), 201)
    const v1 = await json<DocumentAnswer>(new Agent(t).get(`${PUB_KS}/${n}/document`), 200)
    const second = await json(
      koordynator.post(`${STAFF_KS}/${n}/document`, { format: 'markdown', source: draftV2 }),
      201,
    )
    expect(second.version).toMatchObject({ version: 2, kept: 3 })
    const v2 = await json<DocumentAnswer>(new Agent(t).get(`${PUB_KS}/${n}/document`), 200)
    expect(v2.version).toBe(2)
    expect(v2.versions.map((v) => v.version)).toEqual([1, 2])
    const [p1, p2, p3, edited, removed] = paragraphs(v1)
    const after = paragraphs(v2)
    expect(after.slice(0, 3).map((p) => p.id)).toEqual([p1!.id, p2!.id, p3!.id])
    // § 3 edited (two → three trees): same id, marked changed
    expect(after[3]).toMatchObject({ id: edited!.id, changed: true })
    expect(second.version.edited).toEqual([edited!.id])
    // § 4 rewritten altogether: removed, and its id never given again
    expect(after.map((p) => p.id)).not.toContain(removed!.id)
    // the first version stays readable by its number
    const old = await json<DocumentAnswer>(new Agent(t).get(`${PUB_KS}/${n}/document/versions/1`), 200)
    expect(paragraphs(old).map((p) => p.id)).toEqual(paragraphs(v1).map((p) => p.id))
    await expectProblem(await new Agent(t).get(`${PUB_KS}/${n}/document/versions/9`), 404)
    await expectProblem(await new Agent(t).get(`${PUB_KS}/${n}/document/versions/abc`), 404)
  })

  it('compares two versions paragraph by paragraph, with a word diff of the edited one', async () => {
    const n = await consultation()
    await json(koordynator.post(`${STAFF_KS}/${n}/document`, { format: 'markdown', source: draftV1 }), 201)
    await json(koordynator.post(`${STAFF_KS}/${n}/document`, { format: 'markdown', source: draftV2 }), 201)
    const cmp = await json<{ from: number; to: number; paragraphs: { kind: string; diff?: unknown[] }[] }>(
      new Agent(t).get(`${PUB_KS}/${n}/document/compare/1/2`),
      200,
    )
    expect(cmp).toMatchObject({ from: 1, to: 2 })
    expect(cmp.paragraphs.map((p) => p.kind).sort()).toEqual(['added', 'edited', 'removed'])
    const edited = cmp.paragraphs.find((p) => p.kind === 'edited')!
    expect(edited.diff).toEqual(
      expect.arrayContaining([expect.objectContaining({ text: expect.stringContaining('trzy') })]),
    )
    expect((await json(new Agent(t).get(`${PUB_KS}/${n}/document/compare/2/2`), 200)).paragraphs).toEqual([])
  })

  it('the same text sent again gets the first answer and makes no version', async () => {
    const n = await consultation()
    await json(koordynator.post(`${STAFF_KS}/${n}/document`, { format: 'markdown', source: draftV1 }), 201)
    const first = await json(
      koordynator.post(`${STAFF_KS}/${n}/document`, { format: 'markdown', source: draftV2 }),
      201,
    )
    const again = await json(
      koordynator.post(`${STAFF_KS}/${n}/document`, { format: 'markdown', source: draftV2 }),
      200,
    )
    expect(again).toEqual(first)
    const doc = await json<DocumentAnswer>(new Agent(t).get(`${PUB_KS}/${n}/document`), 200)
    expect(doc.versions.map((v) => v.version)).toEqual([1, 2])
    // the same .docx twice: one version, one stored file
    const bytes = docx(['§ 1. Jedyny paragraf.'])
    const m = await consultation()
    const upload = () => postForm(koordynator, `${STAFF_KS}/${m}/document/docx`, fileForm(bytes))
    expect((await upload()).status).toBe(201)
    expect((await upload()).status).toBe(200)
  })

  it('two uploads of the same text at once: one version, one audit row, both answered alike', async () => {
    const n = await consultation()
    await json(koordynator.post(`${STAFF_KS}/${n}/document`, { format: 'markdown', source: draftV1 }), 201)
    const versionRows = async () =>
      (await t.db.select().from(auditLog).where(eq(auditLog.action, 'ks.document.version'))).length
    const before = await versionRows()
    const answers = await Promise.all([
      koordynator.post(`${STAFF_KS}/${n}/document`, { format: 'markdown', source: draftV2 }),
      koordynator.post(`${STAFF_KS}/${n}/document`, { format: 'markdown', source: draftV2 }),
    ])
    expect(answers.map((r) => r.status).sort()).toEqual([200, 201])
    const [a, b] = await Promise.all(answers.map((r) => json(r)))
    expect(a).toEqual(b)
    expect(await versionRows()).toBe(before + 1)
    const doc = await json<DocumentAnswer>(new Agent(t).get(`${PUB_KS}/${n}/document`), 200)
    expect(doc.versions.map((v) => v.version)).toEqual([1, 2])
  })

  it('two different uploads at once: one new version and a 409', async () => {
    const n = await consultation()
    await json(koordynator.post(`${STAFF_KS}/${n}/document`, { format: 'markdown', source: draftV1 }), 201)
    const answers = await Promise.all([
      koordynator.post(`${STAFF_KS}/${n}/document`, { format: 'markdown', source: draftV2 }),
      koordynator.post(`${STAFF_KS}/${n}/document`, { format: 'markdown', source: `${draftV2}\n\n§ 5. Nowy.` }),
    ])
    const statuses = answers.map((r) => r.status).sort()
    // in process the two usually read the same current version; should one land first, both are versions (2 and 3)
    expect([
      [201, 409],
      [201, 201],
    ]).toContainEqual(statuses)
    const doc = await json<DocumentAnswer>(new Agent(t).get(`${PUB_KS}/${n}/document`), 200)
    expect(doc.versions.map((v) => v.version)).toEqual(statuses[1] === 409 ? [1, 2] : [1, 2, 3])
  })
})

describe('the Atom feed', () => {
  it('is valid Atom with the JST’s published consultations, links from the app’s address, and an ETag', async () => {
    const n = await consultation()
    const hidden = await consultation(false)
    const res = await new Agent(t).get(`${PUB_KS}/feed.atom`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/^application\/atom\+xml/)
    expect(res.headers.get('cache-control')).toBe('no-cache')
    const etag = res.headers.get('etag')
    expect(etag).toBeTruthy()
    const xml = await res.text()
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"')).toBe(
      true,
    )
    const head = xml.slice(0, xml.indexOf('<entry>'))
    expect(head).toMatch(/<id>http:\/\/localhost\/gmina-przykladowa\/konsultacje<\/id>/)
    expect(head).toMatch(/<title>Konsultacje społeczne: [^<]+<\/title>/)
    expect(head).toMatch(/<updated>\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z<\/updated>/)
    expect(head).toMatch(
      /<link rel="self" type="application\/atom\+xml" href="http:\/\/localhost\/api\/v1\/jst\/gmina-przykladowa\/konsultacje\/feed\.atom"\/>/,
    )
    const entries = [...xml.matchAll(/<entry>([\s\S]*?)<\/entry>/g)].map((m) => m[1]!)
    expect(entries.length).toBeGreaterThan(0)
    for (const e of entries) {
      for (const tag of ['id', 'title', 'updated', 'summary']) expect(e).toMatch(new RegExp(`<${tag}>[^<]+</${tag}>`))
      expect(e).toMatch(
        /<link rel="alternate" type="text\/html" href="http:\/\/localhost\/gmina-przykladowa\/konsultacje\/\d+"\/>/,
      )
    }
    expect(xml).toContain(`/gmina-przykladowa/konsultacje/${n}"`)
    expect(xml).not.toContain(`/gmina-przykladowa/konsultacje/${hidden}"`)
    // every element opened is closed, in order
    const stack: string[] = []
    for (const m of xml.matchAll(/<(\/?)([a-zA-Z][\w:]*)[^>]*?(\/?)>/g)) {
      if (m[3]) continue
      if (m[1]) expect(stack.pop()).toBe(m[2])
      else stack.push(m[2]!)
    }
    expect(stack).toEqual([])
    // a revisit costs a 304
    const again = await new Agent(t).request('GET', `${PUB_KS}/feed.atom`, undefined, { 'If-None-Match': etag! })
    expect(again.status).toBe(304)
  })

  it('answers 404 for an unknown JST', async () => {
    await expectProblem(await new Agent(t).get('/api/v1/jst/nie-ma-takiej/konsultacje/feed.atom'), 404)
  })
})
