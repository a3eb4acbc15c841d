import { crc32 } from 'node:zlib'
import { eq } from 'drizzle-orm'
import { ORIGIN, type Agent } from '../../support/api'
import { addDays, startOfWarsawDay } from '../../../worker/consultations/domain/presets'
import { consultations } from '../../../worker/consultations/tables'
import type { Db } from '../../../worker/core/db/client'
import { json } from '../budget/helpers'
import { warsawDate } from '../../../worker/core/time/polish-calendar'

/** The demo JST's staff and public consultations API. */
export const STAFF_KS = '/api/v1/jst/gmina-przykladowa/staff/konsultacje'
export const PUB_KS = '/api/v1/jst/gmina-przykladowa/konsultacje'

/** Today in Warsaw, and the day `n` days after it: publishing compares dates with the real clock. */
export const today = () => warsawDate(new Date()).date
export const inDays = (n: number) => addDays(today(), n)

/** A consultation of kind `inne` that may be published as it is: 14 days starting in three days. */
export const consultationBody = (extra: Record<string, unknown> = {}) => ({
  preset: 'inne',
  title: 'Konsultacje projektu uchwały o zieleni miejskiej',
  subject: 'Projekt uchwały w sprawie zasad ochrony zieleni miejskiej',
  purpose: 'Poznanie opinii mieszkańców o projekcie uchwały',
  startDate: inDays(3),
  endDate: inDays(16),
  participants: 'Mieszkańcy gminy, którzy ukończyli 16 lat',
  area: 'Cała gmina',
  forms: ['written', 'meeting'],
  responsibleUnit: 'Wydział Ochrony Środowiska',
  resultsForm: 'Raport na platformie i w Biuletynie Informacji Publicznej',
  councilResolution: 'uchwała nr XII/123/2026 Rady Gminy Przykładowo',
  audience: 'residents',
  ...extra,
})

/** A draft of a local act, as an office writes it. */
export const draftV1 = [
  '# Rozdział 1. Przepisy ogólne',
  '',
  '§ 1. Uchwała określa zasady ochrony zieleni miejskiej.',
  '',
  '§ 2. 1. Drzewa w pasach drogowych podlegają ochronie.',
  '',
  '2. Wycinka wymaga zgody burmistrza.',
  '',
  '# Rozdział 2. Nasadzenia',
  '',
  '§ 3. Za każde usunięte drzewo sadzi się dwa nowe.',
  '',
  '§ 4. Nasadzenia prowadzi się wiosną i jesienią.',
].join('\n')

/** The second version: § 3 edited, § 4 removed, a new § 5 added; § 1 and § 2 unchanged. */
export const draftV2 = [
  '# Rozdział 1. Przepisy ogólne',
  '',
  '§ 1. Uchwała określa zasady ochrony zieleni miejskiej.',
  '',
  '§ 2. 1. Drzewa w pasach drogowych podlegają ochronie.',
  '',
  '2. Wycinka wymaga zgody burmistrza.',
  '',
  '# Rozdział 2. Nasadzenia',
  '',
  '§ 3. Za każde usunięte drzewo sadzi się trzy nowe.',
  '',
  '§ 4. Gmina prowadzi rejestr nasadzeń zastępczych dostępny publicznie.',
].join('\n')

/** A zip archive (stored, not compressed) of `files`: enough for a `.docx` that Word and mammoth open. */
export function zip(files: Record<string, string>): Uint8Array {
  const local: Buffer[] = []
  const central: Buffer[] = []
  let offset = 0
  for (const [name, content] of Object.entries(files)) {
    const data = Buffer.from(content, 'utf8')
    const nameBytes = Buffer.from(name, 'utf8')
    const crc = crc32(data)
    const header = Buffer.alloc(30)
    header.writeUInt32LE(0x04034b50, 0)
    header.writeUInt16LE(20, 4)
    header.writeUInt16LE(0x0800, 6) // UTF-8 names
    header.writeUInt16LE(0, 8) // stored
    header.writeUInt32LE(crc, 14)
    header.writeUInt32LE(data.length, 18)
    header.writeUInt32LE(data.length, 22)
    header.writeUInt16LE(nameBytes.length, 26)
    local.push(header, nameBytes, data)
    const entry = Buffer.alloc(46)
    entry.writeUInt32LE(0x02014b50, 0)
    entry.writeUInt16LE(20, 4)
    entry.writeUInt16LE(20, 6)
    entry.writeUInt16LE(0x0800, 8)
    entry.writeUInt32LE(crc, 16)
    entry.writeUInt32LE(data.length, 20)
    entry.writeUInt32LE(data.length, 24)
    entry.writeUInt16LE(nameBytes.length, 28)
    entry.writeUInt32LE(offset, 42)
    central.push(entry, nameBytes)
    offset += header.length + nameBytes.length + data.length
  }
  const centralSize = central.reduce((n, b) => n + b.length, 0)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(Object.keys(files).length, 8)
  end.writeUInt16LE(Object.keys(files).length, 10)
  end.writeUInt32LE(centralSize, 12)
  end.writeUInt32LE(offset, 16)
  return new Uint8Array(Buffer.concat([...local, ...central, end]))
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/**
 * A real, minimal `.docx` built here (no docx-writing package is installed): paragraphs, with `#` at the start making
 * a "Heading 1" paragraph by style, as Word writes headings.
 */
export function docx(paragraphs: string[]): Uint8Array {
  const body = paragraphs
    .map((p) =>
      p.startsWith('# ')
        ? `<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t xml:space="preserve">${escape(p.slice(2))}</w:t></w:r></w:p>`
        : `<w:p><w:r><w:t xml:space="preserve">${escape(p)}</w:t></w:r></w:p>`,
    )
    .join('')
  return zip({
    '[Content_Types].xml':
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>',
    '_rels/.rels':
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    'word/_rels/document.xml.rels':
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>',
    'word/styles.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="${W}"><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style></w:styles>`,
    'word/document.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`,
  })
}

/** A multipart body with `bytes` as its `file`. */
export function fileForm(bytes: Uint8Array, name = 'projekt.docx', type = 'application/octet-stream'): FormData {
  const form = new FormData()
  form.set('file', new File([new Uint8Array(bytes)], name, { type }))
  return form
}

/** Sends `form` as the signed-in `agent` (its session cookie, a same-origin `Origin`). */
export async function postForm(agent: Agent, path: string, form: FormData): Promise<Response> {
  return agent.t.app.request(`${ORIGIN}${path}`, {
    method: 'POST',
    headers: { ...(agent.cookie ? { Cookie: agent.cookie } : {}), Origin: ORIGIN },
    body: form,
  })
}

/**
 * Creates a consultation from `consultationBody(extra)` as `organiser`, uploads `draft` (Markdown) when given and
 * publishes it — with the version `before` answers, when the test changes the consultation first (the survey, a
 * PATCH). Its number and the version it was created with: what every area's tests start from.
 */
export async function createPublished(
  organiser: Agent,
  {
    extra,
    draft,
    before,
  }: {
    extra?: Record<string, unknown>
    draft?: string
    before?: (number: number, version: number) => Promise<number>
  } = {},
): Promise<{ number: number; version: number }> {
  const c = await json<{ number: number; version: number }>(organiser.post(STAFF_KS, consultationBody(extra)), 201)
  if (draft) await json(organiser.post(`${STAFF_KS}/${c.number}/document`, { format: 'markdown', source: draft }), 201)
  const version = before ? await before(c.number, c.version) : c.version
  await json(organiser.post(`${STAFF_KS}/${c.number}/publish`, { version }), 200)
  return { number: c.number, version: c.version }
}

/**
 * Moves consultation `id` in time by writing its dates in the database, as requests use the real clock and
 * publishing refuses a start in the past: it runs from `start` to `end` (days from today, negative = past), whole
 * Warsaw days, the last one counting; `due` (days from today, or null) sets the report's deadline when given.
 */
export async function setConsultationDays(db: Db, id: string, start: number, end: number, due?: number | null) {
  const startDate = inDays(start)
  const endDate = inDays(end)
  await db
    .update(consultations)
    .set({
      startDate,
      endDate,
      startsAt: startOfWarsawDay(startDate),
      endsAt: startOfWarsawDay(addDays(endDate, 1)),
      ...(due === undefined ? {} : { reportDueDate: due === null ? null : inDays(due) }),
    })
    .where(eq(consultations.id, id))
}
