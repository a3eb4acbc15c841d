import { ORIGIN, type Agent } from '../../support/api'

/** The staff and members' API of the demo JST's councils (the opinions' part). */
export const STAFF_RD = '/api/v1/jst/gmina-przykladowa/staff/rady'
export const PUB_RD = '/api/v1/jst/gmina-przykladowa/rady'
export const STAFF_KS = '/api/v1/jst/gmina-przykladowa/staff/konsultacje'

/** The body of `res` as `T` after checking its status (the text in the error otherwise). */
export async function json<T = Record<string, unknown>>(res: Response | Promise<Response>, status: number): Promise<T> {
  const r = await res
  const text = await r.text()
  if (r.status !== status) throw new Error(`expected ${status}, got ${r.status}: ${text}`)
  return JSON.parse(text) as T
}

/** Sends a multipart form as the signed-in `agent` (its session cookie, a same-origin `Origin`). */
export async function sendForm(agent: Agent, path: string, form: FormData): Promise<Response> {
  return agent.t.app.request(`${ORIGIN}${path}`, {
    method: 'POST',
    headers: { ...(agent.cookie ? { Cookie: agent.cookie } : {}), Origin: ORIGIN },
    body: form,
  })
}

/** A tiny file that starts as a PDF does. */
export const pdfBytes = () =>
  new TextEncoder().encode('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n')

/** A programme of cooperation that passes `checkLaunch`, starting in three days for ten. */
export const programmeConsultation = (
  start: string,
  end: string,
  year: number,
  extra: Record<string, unknown> = {},
) => ({
  preset: 'program_wspolpracy',
  title: 'Roczny program współpracy z organizacjami pozarządowymi — opinia RDPP',
  subject: 'Projekt uchwały w sprawie rocznego programu współpracy z organizacjami pozarządowymi',
  purpose: 'Poznanie opinii organizacji o projekcie programu',
  startDate: start,
  endDate: end,
  participants: 'Organizacje pozarządowe działające na terenie gminy',
  area: 'Cała gmina',
  forms: ['written'],
  responsibleUnit: 'Referat Współpracy z Organizacjami',
  resultsForm: 'Sprawozdanie na platformie i w BIP',
  audience: 'ngos',
  publicTaskAreas: ['pomoc-spoleczna'],
  programmeYear: year,
  ...extra,
})

/** The draft of the programme, in Markdown. */
export const programmeDraft = [
  '# Rozdział 1. Postanowienia ogólne',
  '',
  '§ 1. Program określa cele i formy współpracy gminy z organizacjami pozarządowymi.',
  '',
  '§ 2. Priorytetem programu jest pomoc społeczna.',
].join('\n')

/** A resolution's answer as the members' API gives it. */
export interface ResolutionAnswer {
  id: string
  kind: string
  status: string
  number: string | null
  title: string
  text: string
  adoptedOn: string | null
  tally: { outcome: string; adopted: boolean; chairDecided: boolean; detail: string; present: number } | null
  votes: { memberId: string; name: string; option: string }[]
  counts: { za: number; przeciw: number; wstrzymuje_sie: number }
  myVote: string | null
  canClose: boolean
}

/** A request's answer as the staff's and members' API give it. */
export interface RequestAnswer {
  number: number
  status: string
  state: string
  dueOn: string | null
  days: number | null
  statutory: boolean
  silenceWaives: boolean
  daysLeft: number | null
  youthOffer: boolean
  hasDraftFile: boolean
  consultation: { number: number; title: string } | null
  resolution: { id: string; number: string | null; title: string } | null
  openVote: { id: string; title: string } | null
}
