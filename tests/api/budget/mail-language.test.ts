import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { projects } from '../../../worker/budget/tables'
import { tenants } from '../../../worker/core/tenants/schema'
import { formatWarsaw } from '../../../worker/core/time/polish-calendar'
import { votingPhases } from '../../support/editions'
import { Agent, demo, lastMail, loggedIn, ORIGIN, testApp, type TestApp } from '../../support/api'
import { draftBody, editionBody, json, pubOf, STAFF_BO } from './helpers'

/*
 * E-mails and text messages go out in their reader's language: an author's in the language of the request that
 * created the draft (kept with the project), whoever causes them later; a co-author's and a voter's in the language of
 * the request that asked for them. Polish messages stay word for word what they were.
 */

const year = 2040
const votingYear = 2041
const pub = pubOf(year)
const en = { 'Accept-Language': 'en-GB,en;q=0.9' }
const pl = { 'Accept-Language': 'pl-PL,pl;q=0.9' }
let t: TestApp
let coordinator: Agent
let poolId: string
let jst: string
let verifierId: string

beforeAll(async () => {
  t = await testApp()
  coordinator = await loggedIn(t, demo.koordynator)
  const edition = await json(coordinator.post(`${STAFF_BO}/editions`, editionBody(year)), 201)
  // The pool requiring one supporter, so a project is ready to submit after a single support.
  poolId = edition.pools.find((p: { code: string }) => p.code === 'PN').id
  const voting = editionBody(votingYear)
  await json(
    coordinator.post(`${STAFF_BO}/editions`, {
      ...voting,
      rules: { ...voting.rules, voting: { channels: ['email', 'sms'] } },
      phases: votingPhases(),
    }),
    201,
  )
  const [tenant] = await t.db.select().from(tenants).where(eq(tenants.slug, 'gmina-przykladowa'))
  jst = tenant!.name
  const list = await json(coordinator.get(`${STAFF_BO}/${year}/projects`), 200)
  verifierId = list.verifiers.find((v: { role: string }) => v.role === 'weryfikator').id
})
afterAll(() => t.close())

/** Requests with the author's key and the given headers (the language the author's browser asks for). */
function author(token: string, headers: Record<string, string> = {}) {
  const r = new Agent(t)
  const h = { Authorization: `Bearer ${token}`, ...headers }
  return {
    post: (path: string, body: unknown = {}) => r.request('POST', path, body, h),
  }
}

/** A draft in the PN pool created with `headers`, supported once: ready to submit. */
async function draft(email: string, title: string, headers: Record<string, string>) {
  const r = new Agent(t)
  const created = await json(
    r.request('POST', `${pub}/projects`, { ...draftBody(poolId), authorEmail: email, title }, headers),
    201,
  )
  await json(
    r.post(`${pub}/projects/${created.project.id}/supports`, {
      name: `Wspierający ${email}`,
      address: 'ul. Lipowa 3',
      residenceDeclared: true,
    }),
    201,
  )
  return { id: created.project.id as string, token: created.token as string }
}

/** A negative formal assessment by the assigned verifier, whose own browser asks for `headers`. */
async function rejectFormally(projectId: string, headers: Record<string, string>) {
  await json(coordinator.post(`${STAFF_BO}/${year}/projects/${projectId}/assign`, { verifierId }), 200)
  const verifier = await loggedIn(t, demo.weryfikator)
  const { project } = await json(
    verifier.request(
      'POST',
      `${STAFF_BO}/${year}/projects/${projectId}/assessments`,
      {
        stage: 'formal',
        criteria: [
          { key: 'formal', passed: true },
          { key: 'ownership', passed: false, justification: 'Działka nr 12/3 nie należy do gminy.' },
        ],
        justification: 'Teren nie należy do gminy.',
      },
      headers,
    ),
    201,
  )
  return project as { number: number; appealDeadline: string }
}

const authorLangOf = async (id: string) =>
  (await t.db.select({ lang: projects.authorLang }).from(projects).where(eq(projects.id, id)))[0]!.lang

describe('an author who wrote the draft in English', () => {
  const email = 'jane.doe@example.com'
  let project: { id: string; token: string }

  it('gets the draft’s key in English, and the language is kept with the project', async () => {
    project = await draft(email, 'Green square by the school', en)
    expect(await authorLangOf(project.id)).toBe('en')
    const mail = await lastMail(coordinator, email)
    expect(mail.subject).toBe(`${jst} — participatory budget: project draft saved`)
    expect(mail.text).toBe(
      'Hello,\n\nWe have saved the draft of your project. You can come back to it at any time until submission closes.' +
        `\n\nYour project: ${ORIGIN}/gmina-przykladowa/bo/${year}/projekty/${project.id}/edycja#klucz=${project.token}` +
        '\n(the link is your key to the project — do not share it)\n',
    )
  })

  it('gets the submission confirmation in English, whatever language the submitting request asks for', async () => {
    const { project: submitted } = await json(
      author(project.token, pl).post(`${pub}/projects/${project.id}/submit`),
      200,
    )
    const mail = await lastMail(coordinator, email)
    expect(mail.subject).toBe(`${jst} — participatory budget: project no. ${submitted.number} submitted`)
    expect(mail.text).toBe(
      `Hello,\n\nYour project “Green square by the school” has been submitted and given the number ${submitted.number}.` +
        ' We will let you know the result of its assessment.' +
        `\n\nProject page: ${ORIGIN}/gmina-przykladowa/bo/${year}/projekty/${project.id}\n`,
    )
  })

  it('hears of a verifier’s decision in English although the verifier works in Polish', async () => {
    const assessed = await rejectFormally(project.id, pl)
    const mail = await lastMail(coordinator, email)
    expect(mail.subject).toBe(`${jst} — participatory budget: assessment result for project no. ${assessed.number}`)
    // The deadline is the midnight after the last day to appeal, which the e-mail names as that day, "inclusive".
    const lastDay = new Date(Date.parse(assessed.appealDeadline) - 1)
    const [day, month, yyyy] = ['day', 'month', 'year'].map((part) =>
      new Intl.DateTimeFormat('en-GB', {
        [part]: part === 'month' ? 'long' : 'numeric',
        timeZone: 'Europe/Warsaw',
      }).format(lastDay),
    )
    expect(mail.text).toBe(
      // The verifier's own words go as they were written.
      'Hello,\n\nFormal assessment: negative. Teren nie należy do gminy.' +
        `\n\nYou can appeal until ${day} ${month} ${yyyy} inclusive — on the project page, from your author link.` +
        `\n\nProject page: ${ORIGIN}/gmina-przykladowa/bo/${year}/projekty/${project.id}\n`,
    )
  })

  it('names a co-author in the language of the request that names them', async () => {
    const other = await draft('john.smith@example.com', 'Benches by the pond', en)
    const named = [
      { email: 'coauthor.en@example.com', headers: en },
      { email: 'wspolautor.pl@example.pl', headers: pl },
    ]
    for (const { email: to, headers } of named)
      await json(
        author(other.token, headers).post(`${pub}/projects/${other.id}/coauthors`, { name: 'Piotr Nowak', email: to }),
        201,
      )
    const english = await lastMail(coordinator, 'coauthor.en@example.com')
    expect(english.subject).toBe(`${jst} — confirm your co-authorship of a project`)
    expect(english.text).toMatch(
      /^Hello,\n\nAnna Kowalska has named you as a co-author of the project “Benches by the pond” in the participatory budget 2040\.\nConfirm your participation:\nhttp:\/\/localhost\/gmina-przykladowa\/bo\/wspolautor#klucz=\S+\n\nIf this is a mistake, ignore this message\.$/,
    )
    const polish = await lastMail(coordinator, 'wspolautor.pl@example.pl')
    expect(polish.subject).toBe(`${jst} — potwierdź współautorstwo projektu`)
    expect(polish.text).toMatch(
      /^Dzień dobry,\n\nAnna Kowalska wskazał\(a\) Cię jako współautora projektu „Benches by the pond” w budżecie obywatelskim 2040\.\nPotwierdź udział:\nhttp:\/\/localhost\/gmina-przykladowa\/bo\/wspolautor#klucz=\S+\n\nJeśli to pomyłka, zignoruj tę wiadomość\.$/,
    )
  })
})

describe('an author who wrote the draft in Polish', () => {
  const email = 'anna.kowalska@example.pl'

  it('gets every message exactly in Polish, even from a verifier working in English', async () => {
    const project = await draft(email, 'Zielony skwer przy szkole', {})
    expect(await authorLangOf(project.id)).toBe('pl')
    const key = await lastMail(coordinator, email)
    expect(key.subject).toBe(`${jst} — budżet obywatelski: szkic projektu zapisany`)
    expect(key.text).toBe(
      'Dzień dobry,\n\nzapisaliśmy szkic Twojego projektu. Możesz do niego wrócić w każdej chwili przed końcem naboru.' +
        `\n\nTwój projekt: ${ORIGIN}/gmina-przykladowa/bo/${year}/projekty/${project.id}/edycja#klucz=${project.token}` +
        '\n(link jest Twoim kluczem do projektu — nie udostępniaj go)\n',
    )
    const { project: submitted } = await json(
      author(project.token, en).post(`${pub}/projects/${project.id}/submit`),
      200,
    )
    const confirmation = await lastMail(coordinator, email)
    expect(confirmation.subject).toBe(`${jst} — budżet obywatelski: projekt nr ${submitted.number} zgłoszony`)
    expect(confirmation.text).toBe(
      `Dzień dobry,\n\nTwój projekt „Zielony skwer przy szkole” został zgłoszony i otrzymał numer ${submitted.number}.` +
        ' Poinformujemy Cię o wyniku oceny.' +
        `\n\nStrona projektu: ${ORIGIN}/gmina-przykladowa/bo/${year}/projekty/${project.id}\n`,
    )
    const assessed = await rejectFormally(project.id, en)
    const result = await lastMail(coordinator, email)
    expect(result.subject).toBe(`${jst} — budżet obywatelski: wynik oceny projektu nr ${assessed.number}`)
    expect(result.text).toBe(
      'Dzień dobry,\n\nOcena formalna: negatywna. Teren nie należy do gminy.' +
        `\n\nMożesz się odwołać do ${formatWarsaw(assessed.appealDeadline, 'deadline')} — na stronie projektu z Twojego linku autora.` +
        `\n\nStrona projektu: ${ORIGIN}/gmina-przykladowa/bo/${year}/projekty/${project.id}\n`,
    )
  })
})

describe('a voting code', () => {
  const pub = pubOf(votingYear)
  const smsTo = async () => {
    const { items } = await json<{ items: { channel: string; kind: string; to: string; text: string }[] }>(
      coordinator.get('/api/v1/dev/outbox'),
      200,
    )
    return items.find((m) => m.channel === 'sms' && m.kind === 'vote-code')!
  }

  it('comes by e-mail and SMS in the language of the request that asks for it', async () => {
    const r = new Agent(t)
    const ask = (body: unknown, headers: Record<string, string>) =>
      r.request('POST', `${pub}/vote/code`, body, headers).then((res) => expect(res.status).toBe(202))

    await ask({ channel: 'email', address: 'voter.en@example.com' }, en)
    const english = await lastMail(coordinator, 'voter.en@example.com')
    const code = english.text.match(/\b(\d{6})\b/)![1]
    expect(english.subject).toBe(`${jst} — voting code`)
    expect(english.text).toBe(
      `Hello,\n\nYour code for voting in the participatory budget (${jst}): ${code}. Valid for 15 min. Do not give it to anyone.` +
        '\n\nIf it was not you who asked for the code, ignore this message.',
    )

    await ask({ channel: 'email', address: 'glosujacy.pl@example.pl' }, {})
    const polish = await lastMail(coordinator, 'glosujacy.pl@example.pl')
    const kod = polish.text.match(/\b(\d{6})\b/)![1]
    expect(polish.subject).toBe(`${jst} — kod do głosowania`)
    expect(polish.text).toBe(
      `Dzień dobry,\n\nTwój kod do głosowania w budżecie obywatelskim (${jst}): ${kod}. Ważny 15 min. Nikomu go nie podawaj.` +
        '\n\nJeśli to nie Ty prosisz o kod, zignoruj tę wiadomość.',
    )

    await ask({ channel: 'sms', address: '600 100 200' }, en)
    const sms = await smsTo()
    expect(sms.text).toMatch(
      /^Your code for voting in the participatory budget \(.+\): \d{6}\. Valid for 15 min\. Do not give it to anyone\.$/,
    )
  })
})

describe('new dates of the edition', () => {
  /** An instant off midnight as the English e-mail writes it: "8 January 2027, 14:30 (Polish time)". */
  const english = (iso: string) => {
    const part = (options: Intl.DateTimeFormatOptions) =>
      new Intl.DateTimeFormat('en-GB', { ...options, timeZone: 'Europe/Warsaw' }).format(new Date(iso))
    const time = part({ hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
    return `${part({ day: 'numeric' })} ${part({ month: 'long' })} ${part({ year: 'numeric' })}, ${time} (Polish time)`
  }

  it('reach each author in the language kept with their projects, Polish for one with projects in both', async () => {
    // Jane's first project is English; a second one, in Polish, makes her notice Polish.
    await draft('jane.doe@example.com', 'Ławki nad stawem', pl)
    const { phases } = await json(new Agent(t).get(pub), 200)
    const submission = phases.find((p: { phase: string }) => p.phase === 'submission')
    const endsAt = new Date(Date.parse(submission.endsAt) - 2 * 86_400_000).toISOString()
    const { version } = await json(coordinator.get(`${STAFF_BO}/editions/${year}`), 200)
    const reason = 'Skrócenie naboru zarządzeniem nr 7/2040.'
    await json(
      coordinator.request(
        'PATCH',
        `${STAFF_BO}/editions/${year}/calendar`,
        {
          version,
          reason,
          phases: phases.map((p: { phase: string }) => (p.phase === 'submission' ? { ...p, endsAt } : p)),
        },
        en,
      ),
      200,
    )
    const john = await lastMail(coordinator, 'john.smith@example.com')
    expect(john.subject).toBe(`${jst} — participatory budget: new dates of the ${year} edition`)
    expect(john.text).toBe(
      `Hello,\n\nDates of the participatory budget ${year} that concern your project (“Benches by the pond”) have changed:` +
        `\n\n- Submitting projects: end moved from ${english(submission.endsAt)} to ${english(endsAt)}` +
        `\n\nReason for the change: ${reason}\n\nCurrent schedule: ${ORIGIN}/gmina-przykladowa/bo/${year}\n`,
    )
    const jane = await lastMail(coordinator, 'jane.doe@example.com')
    expect(jane.subject).toBe(`${jst} — budżet obywatelski: zmiana terminów edycji ${year}`)
    expect(jane.text).toMatch(
      /^Dzień dobry,\n\nzmieniły się terminy budżetu obywatelskiego 2040, które dotyczą Twojego projektu \(.+\):\n\n- Zgłaszanie projektów: koniec przesunięty z .+ \(czasu polskiego\) na .+ \(czasu polskiego\)\n\nPowód zmiany: Skrócenie naboru zarządzeniem nr 7\/2040\.\n/,
    )
    expect(jane.text).toContain('nr 1 „Green square by the school”')
    expect(jane.text).toContain('„Ławki nad stawem”')
  })
})
