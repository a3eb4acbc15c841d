import * as v from 'valibot'
import { publicConsultationForBody, type ConsultationForBody } from '../../consultations'
import type { Db } from '../../core/db/client'
import { seedDeps } from '../../core/demo-deps'
import type { Deps } from '../../core/deps'
import type { AppConfig, TenantRef } from '../../core/http/context'
import { renderPdf, type PdfBlock } from '../../core/pdf'
import { createServices } from '../../core/services'
import { findTenantRef } from '../../core/tenants/queries'
import { instantOfWarsawLocal } from '../../core/time/polish-calendar'
import { DEMO_SLUG } from '../../demo/seed'
import { normalizeText } from '../../core/identity/normalize'
import { addStatute, addTerm, createBody, updateBody } from '../actions/bodies'
import { createMeeting, recordAttendance, saveMinutes } from '../actions/meetings'
import { addMember } from '../actions/members'
import { requestOpinion } from '../actions/opinions'
import { answerInquiry } from '../actions/inquiries'
import { createCall, publishList } from '../actions/calls'
import { confirmGuardian, registerCandidate, verifyCandidate } from '../actions/candidates'
import { createElection } from '../actions/elections'
import { castElectionBallot, openElectionSession, requestElectionCode } from '../actions/election-vote'
import { callCreateSchema, registrationSchema } from '../input/candidates'
import { electionCreateSchema } from '../input/elections'
import { candidatesOfCalls } from '../queries/candidates'
import { addPost } from '../actions/posts'
import { castVote, closeResolution, proposeResolution } from '../actions/resolutions'
import { addDays, addMonths, dayOf, dayText } from '../domain/dates'
import { rdppStatute, seniorsStatute, youthStatute } from '../domain/fixtures'
import type { Statute } from '../domain/statute'
import { bodyCreateSchema, bodyUpdateSchema, statuteVersionSchema, termSchema } from '../input/bodies'
import { attendanceSchema, meetingCreateSchema, memberCreateSchema, minutesSchema, postSchema } from '../input/members'
import { answerSchema } from '../input/inquiries'
import { opinionRequestSchema, opinionResolutionSchema, resolutionSchema, voteSchema } from '../input/opinions'
import type { CouncilBody } from '../queries/bodies-ref'
import { bodiesOf, tenantKindOf } from '../queries/bodies'
import type { CouncilMember } from '../queries/member-key'
import { inquiriesOfBody } from '../queries/inquiries'
import { membersOfBody } from '../queries/members'
import { RDPP, SENIORS, YOUTH, type DemoMember } from './content'

/**
 * The demo JST's councils, so that a first visitor of `npm start` finds the module's pages filled — the list of
 * bodies, a body's public page with members, a meeting and an adopted opinion with its named votes, and a members'
 * space with an opinion waiting on its legal clock:
 *
 * - the rada seniorów: its statute from the law's template (act adopted seven months ago), a 4-year term that began
 *   half a year ago, nine members (a chair, a deputy, a secretary; seniors of three villages, two organisations of the
 *   demo directory and one more, a university of the third age), a draft resolution the office sent as a PDF six
 *   weeks ago, the members' discussion of it, a meeting with its agenda, attendance (one excused) and minutes, and the
 *   opinion adopted by the members' named votes (seven for, one abstaining) before its 21 days ran out, and a request
 *   to the wójt agreed at the meeting (a `wniosek`: adopted, it becomes an inquiry), answered by the office in time;
 * - the RDPP: 3 + 3 + 6 seats under a 3-year term, twelve members (the NGO seats held by the directory's
 *   organisations and by those that commented on the programme), asked for its opinion on the programme of
 *   cooperation being consulted now (the open consultation of the demo, found through the consultations module's
 *   exports) when the consultation was announced, so the consultation's advisory bodies list the request with the
 *   statutory 14 days; the chair's first post, and a meeting ahead to adopt the opinion; no vote yet.
 *
 * Why through the module's own actions (`createBody`, `addStatute`, `addTerm`, `updateBody`, `addMember`,
 * `createMeeting`, `recordAttendance`, `saveMinutes`, `requestOpinion`, `addPost`, `proposeResolution`, `castVote`,
 * `closeResolution`, `answerInquiry`) with bodies parsed by the routes' valibot schemas, rather than rows written
 * here: the statutes pass the law's checks, the seats their limits, the votes the statute's quorum and majority, and
 * the clocks are the ones the scheduled work will read, so the demo never shows a state the platform could not reach
 * and follows the rules when they change. Each step runs at the `now` the office or the member would have acted. Members get their
 * keys by e-mail like any member (to the outbox); the seed prints none.
 *
 * Runs only while the demo JST has no body (a second run returns null and adds nothing).
 */

export interface DemoCouncils {
  bodies: { slug: string; name: string; members: number; note: string }[]
}

type Tenant = TenantRef & { kind: string }

/** `day` at `time` (HH:MM), Warsaw wall-clock. */
function warsaw(day: string, time: string): Date {
  const at = instantOfWarsawLocal(`${day}T${time}`)
  if (!at) throw new Error(`Demo: nieprawidłowa chwila ${day} ${time}.`)
  return at
}

const MINUTE = 60_000

/** The same person acting at `when`. */
const at = (deps: Deps, when: Date): Deps => ({ ...deps, now: () => when })

/** `{name}` placeholders of the content filled in. */
const fill = (text: string, values: Record<string, string | number>) =>
  text.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole))

/**
 * A body set up by the koordynator: created on `createdDay` with the statute (adopted on `actDay`, binding from the
 * day the body is set up), its first term opened on `termDay`, then marked working, and its members added on the
 * term's first day (each e-mailed a key, as staff adding a member does).
 */
async function setUpBody(
  office: Deps,
  tenant: Tenant,
  today: string,
  spec: {
    body: { kind: string; slug: string; name: string; description: string; email: string }
    act: string
    actDay: number
    createdDay: number
    termDay: number
    members: readonly DemoMember[]
    /** `tworzona` for a body whose first members are still being chosen; otherwise the body works. */
    forming?: boolean
  },
  template: (over: Partial<Statute>) => Statute,
): Promise<{ body: CouncilBody; members: Map<string, CouncilMember> }> {
  const actDay = addDays(today, spec.actDay)
  const createdAt = warsaw(addDays(today, spec.createdDay), '10:00')
  const termStart = addDays(today, spec.termDay)
  const termAt = warsaw(termStart, '09:00')
  let body = await createBody(at(office, createdAt), tenant, v.parse(bodyCreateSchema, spec.body))
  const statute = template({
    act: { number: fill(spec.act, { year: actDay.slice(0, 4) }), date: actDay },
    validFrom: dayOf(createdAt),
  })
  await addStatute(at(office, createdAt), body, v.parse(statuteVersionSchema, { statute }))
  await addTerm(at(office, termAt), body, v.parse(termSchema, { startsOn: termStart }).startsOn)
  if (!spec.forming) body = await updateBody(at(office, termAt), body, v.parse(bodyUpdateSchema, { status: 'dziala' }))
  for (const [i, m] of spec.members.entries()) {
    const when = new Date(termAt.getTime() + (i + 1) * MINUTE)
    await addMember(at(office, when), tenant, body, v.parse(memberCreateSchema, { ...m, startsOn: termStart }))
  }
  const members = new Map((await membersOfBody(office.db, body.id)).map((m) => [m.name, m]))
  return { body, members }
}

/** The member `name` of the demo body (the content names members by name). */
function memberNamed(members: Map<string, CouncilMember>, name: string): CouncilMember {
  const m = members.get(name)
  if (!m) throw new Error(`Demo: w radzie nie ma członka ${name}.`)
  return m
}

/** A member's post in the members' space at `when`. */
async function post(deps: Deps, body: CouncilBody, member: CouncilMember, topic: string, text: string, when: Date) {
  const input = v.parse(postSchema, { text })
  await addPost(at(deps, when), body, member, topic, input.text, null)
}

/**
 * The rada seniorów: set up, asked for its opinion on a PDF draft, the draft discussed in the members' space and at a
 * meeting (attendance and minutes recorded by the office), the secretary's opinion and the deputy chair's request to
 * the wójt proposed that evening, every present member's votes, the chair closing both votes two days later, and the
 * wójt's answer to the request keyed in by the office.
 */
async function seedSeniors(office: Deps, member: Deps, tenant: Tenant, today: string) {
  const { body, members } = await setUpBody(office, tenant, today, SENIORS, seniorsStatute)
  const r = SENIORS.request
  const deliveredAt = warsaw(addDays(today, r.day), r.time)
  const year = Number(dayOf(deliveredAt).slice(0, 4)) + 1
  const years = { from: year, to: year + 3 }
  const blocks = r.draft.map((b) =>
    b.kind === 'list' ? { ...b, items: b.items.map((i) => fill(i, years)) } : { ...b, text: fill(b.text, years) },
  ) as PdfBlock[]
  const title = fill(r.title, years)
  const pdf = await renderPdf({ title, lang: 'pl', author: 'Urząd Gminy Przykładowo' }, blocks)
  const file = new File([new Uint8Array(pdf)], 'projekt-programu-polityki-senioralnej.pdf', { type: 'application/pdf' })
  const input = v.parse(opinionRequestSchema, { subject: r.subject, title, description: r.description })
  const { request } = await requestOpinion(at(office, deliveredAt), tenant, body, input, file)
  const topic = `opinia:${request.id}`
  for (const p of SENIORS.opinion.posts)
    await post(member, body, memberNamed(members, p.by), topic, p.text, warsaw(addDays(today, p.day), p.time))

  const m = SENIORS.meeting
  const meetingDay = addDays(today, m.day)
  const announcedAt = warsaw(addDays(meetingDay, -7), '12:00')
  const meetingInput = v.parse(meetingCreateSchema, {
    startsAt: `${meetingDay}T${m.time}`,
    place: m.place,
    agenda: m.agenda,
  })
  const meeting = await createMeeting(at(office, announcedAt), tenant, body, meetingInput)
  const heldAt = warsaw(meetingDay, '18:00')
  const attendance = v.parse(attendanceSchema, {
    attendance: Object.fromEntries(
      [...members.values()].map((x) => [x.id, x.name === m.excused ? 'usprawiedliwiony' : 'obecny']),
    ),
  })
  await recordAttendance(at(office, heldAt), tenant, body, meeting, attendance)
  const minutesAt = warsaw(addDays(meetingDay, 1), '12:00')
  await saveMinutes(
    at(office, minutesAt),
    tenant,
    body,
    meeting,
    v.parse(minutesSchema, { text: m.minutes }).text,
    null,
  )

  const o = SENIORS.opinion
  const proposedAt = warsaw(meetingDay, '19:30')
  const proposal = v.parse(opinionResolutionSchema, { title: fill(o.title, years), text: fill(o.text, years) })
  const proposer = memberNamed(members, o.proposedBy)
  let resolution = await proposeResolution(
    at(member, proposedAt),
    tenant,
    body,
    proposer,
    { kind: 'opinia', ...proposal },
    request,
  )
  let votedAt = proposedAt
  for (const [name, option] of Object.entries(o.votes)) {
    votedAt = new Date(votedAt.getTime() + 37 * MINUTE)
    const vote = v.parse(voteSchema, { option })
    await castVote(at(member, votedAt), tenant, resolution, memberNamed(members, name), vote.option)
  }
  const q = SENIORS.inquiry
  const wniosekAt = warsaw(meetingDay, q.time)
  const wniosekInput = v.parse(resolutionSchema, { kind: 'wniosek', title: q.title, text: q.text })
  let wniosek = await proposeResolution(
    at(member, wniosekAt),
    tenant,
    body,
    memberNamed(members, q.proposedBy),
    wniosekInput,
    null,
  )
  votedAt = wniosekAt
  for (const name of Object.keys(o.votes)) {
    votedAt = new Date(votedAt.getTime() + 41 * MINUTE)
    await castVote(at(member, votedAt), tenant, wniosek, memberNamed(members, name), 'za')
  }

  const chair = [...members.values()].find((x) => x.role === 'przewodniczacy')!
  const closedAt = warsaw(addDays(meetingDay, 2), '09:15')
  resolution = await closeResolution(at(member, closedAt), tenant, body, resolution, { member: chair })
  const wniosekClosedAt = new Date(closedAt.getTime() + 5 * MINUTE)
  wniosek = await closeResolution(at(member, wniosekClosedAt), tenant, body, wniosek, { member: chair })
  if (resolution.status !== 'przyjeta' || wniosek.status !== 'przyjeta')
    throw new Error('Demo: uchwały rady seniorów nie zostały przyjęte.')

  // The wójt's answer, keyed in by the office within the 30 days.
  const inquiry = (await inquiriesOfBody(office.db, body.id)).find((i) => i.inquiry.resolutionId === wniosek.id)
  if (!inquiry) throw new Error('Demo: wniosek rady seniorów nie trafił do zapytań.')
  const answeredAt = warsaw(addDays(today, q.answerDay), '11:00')
  const answer = v.parse(answerSchema, { answer: q.answer }).answer
  await answerInquiry(at(office, answeredAt), body, inquiry, { answer, file: null })
  return {
    body,
    members: members.size,
    note: `opinia nr ${resolution.number} przyjęta, wniosek nr ${wniosek.number} z odpowiedzią Wójta`,
  }
}

/**
 * The open programme of cooperation of the demo JST, through the consultations module's exports: its published
 * consultations by number (they are numbered from 1; a few missing numbers in a row end the search).
 */
async function openProgramme(db: Db, tenantId: string, today: string): Promise<ConsultationForBody | null> {
  let found: ConsultationForBody | null = null
  for (let number = 1, misses = 0; misses < 5 && number < 1000; number++) {
    const c = await publicConsultationForBody(db, tenantId, number)
    if (!c) {
      misses++
      continue
    }
    misses = 0
    if (c.preset === 'program_wspolpracy' && c.status === 'published' && c.startDate <= today && today <= c.endDate)
      found = c
  }
  return found
}

/**
 * The RDPP: set up, asked for its opinion on the open programme of cooperation half an hour after the consultation
 * was announced (the morning before its first day, as the consultations' demo announces it), or now if that is later;
 * its chair's post on the request, and its next meeting announced to adopt the opinion.
 */
async function seedRdpp(office: Deps, member: Deps, tenant: Tenant, today: string, now: Date) {
  const { body, members } = await setUpBody(office, tenant, today, RDPP, rdppStatute)
  const programme = await openProgramme(office.db, tenant.id, today)
  if (!programme) return { body, members: members.size, note: 'bez prośby o opinię (brak konsultacji programu)' }
  const announced = new Date(warsaw(addDays(programme.startDate, -1), '10:00').getTime() + 30 * MINUTE)
  const deliveredAt = announced < now ? announced : now
  const input = v.parse(opinionRequestSchema, {
    subject: RDPP.request.subject,
    title: programme.title,
    description: RDPP.request.description,
    consultationNumber: programme.number,
  })
  const { request } = await requestOpinion(at(office, deliveredAt), tenant, body, input, null)
  const p = RDPP.request.post
  const postedAt = new Date(Math.min(now.getTime(), deliveredAt.getTime() + 3 * 60 * MINUTE))
  await post(member, body, memberNamed(members, p.by), `opinia:${request.id}`, p.text, postedAt)
  const m = RDPP.meeting
  const meetingInput = v.parse(meetingCreateSchema, {
    startsAt: `${addDays(today, m.day)}T${m.time}`,
    place: m.place,
    agenda: m.agenda,
  })
  await createMeeting(at(office, postedAt), tenant, body, meetingInput)
  return { body, members: members.size, note: `prośba o opinię czeka (termin: ${dayText(request.dueOn!)})` }
}

/** A resident's deps whose e-mails are also kept here: the person reading the link or code the platform sent them. */
function reading(deps: Deps): { deps: Deps; last: (to: string) => string } {
  const inbox: { to: string; text: string }[] = []
  const mailer: Deps['mailer'] = {
    send: async (m) => {
      inbox.push({ to: m.to, text: m.text })
      await deps.mailer.send(m)
    },
  }
  const last = (to: string) => {
    const found = inbox.filter((m) => m.to === to).at(-1)
    if (!found) throw new Error(`Demo: brak wiadomości do ${to}.`)
    return found.text
  }
  return { deps: { ...deps, mailer }, last }
}

/** The demo mailbox of a person: "Lena Głowacka" → `lena.glowacka`. */
const mailbox = (name: string) => normalizeText(name).replace(/ /g, '.')

/** `age` full years on `day`, and a few months: the birth date of a demo pupil. */
const bornAt = (day: string, age: number) => addMonths(day, -12 * age - 4)

/**
 * The młodzieżowa rada being formed: set up without members, a call for its fifteen elected seats, five pupils
 * registering (each parent confirming the consent from the e-mailed link), the office verifying them and publishing
 * the list after the last day, announcing the election by declaration in the three schools, and four pupils voting
 * with e-mailed codes on its first days; the election runs on, so a visitor can vote too.
 */
async function seedYouth(office: Deps, resident: Deps, tenant: Tenant, today: string) {
  const { body } = await setUpBody(office, tenant, today, { ...YOUTH, forming: true }, (over) =>
    youthStatute({ support: null, ...over }),
  )
  const c = YOUTH.call
  const days = {
    opensOn: addDays(today, c.opensDay),
    deadline: addDays(today, c.deadlineDay),
    electionDay: addDays(today, c.votingToDay),
    termStart: addDays(today, YOUTH.termDay),
  }
  const call = await createCall(
    at(office, warsaw(days.opensOn, '09:00')),
    tenant,
    body,
    v.parse(callCreateSchema, { seatCategory: 'radni', title: c.title, ...days }),
  )
  const family = reading(resident)
  for (const [i, p] of YOUTH.candidates.entries()) {
    const login = p.name
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z ]/g, '')
      .replace(' ', '.')
    const guardian = `rodzic.${login}@poczta.example`
    const when = warsaw(addDays(days.opensOn, 2 + i * 3), '17:30')
    const input = v.parse(registrationSchema, {
      name: p.name,
      email: `${login}@poczta.example`,
      birthDate: bornAt(days.electionDay, p.age),
      constituency: p.school,
      school: p.school,
      statement: p.statement,
      consentToStand: true,
      guardianEmail: guardian,
    })
    const { candidacy } = await registerCandidate(at(family.deps, when), tenant, call.number, input)
    const token = /#t=([\w-]+)/.exec(family.last(guardian))?.[1]
    if (!token) throw new Error(`Demo: brak linku zgody dla ${p.name}.`)
    await confirmGuardian(at(family.deps, new Date(when.getTime() + 95 * MINUTE)), tenant, token)
    const verified = { decision: 'zweryfikowany' as const, reason: '' }
    await verifyCandidate(at(office, warsaw(addDays(days.deadline, 1), '10:00')), tenant, body, candidacy.id, verified)
  }
  const announcedAt = warsaw(addDays(today, c.announcedDay), '12:00')
  await publishList(at(office, announcedAt), tenant, body, call.number)
  const election = v.parse(electionCreateSchema, {
    votingFrom: addDays(today, c.votingFromDay),
    votingTo: days.electionDay,
    votesPerBallot: 1,
    electorate: 'deklaracja',
    voterMinAge: 13,
    voterMaxAge: 19,
  })
  await createElection(at(office, new Date(announcedAt.getTime() + 30 * MINUTE)), tenant, body, call.number, election)
  const candidates = await candidatesOfCalls(office.db, [call.id])
  for (const [i, b] of YOUTH.ballots.entries()) {
    const address = `${b.name
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z ]/g, '')
      .replace(' ', '.')}@poczta.example`
    const when = warsaw(addDays(today, c.votingFromDay + (i % 2)), `${10 + i}:15`)
    const voter = at(family.deps, when)
    await requestElectionCode(voter, tenant, call.number, { address })
    const code = /\b(\d{6})\b/.exec(family.last(address))?.[1]
    if (!code) throw new Error(`Demo: brak kodu do głosowania dla ${b.name}.`)
    const { token } = await openElectionSession(at(voter, new Date(when.getTime() + 2 * MINUTE)), tenant, call.number, {
      address,
      code,
    })
    const [firstName, lastName] = b.name.split(' ') as [string, string]
    const choice = candidates.find((x) => x.name === b.choice)
    if (!choice) throw new Error(`Demo: brak kandydata ${b.choice}.`)
    await castElectionBallot(at(voter, new Date(when.getTime() + 5 * MINUTE)), tenant, call.number, token, {
      firstName,
      lastName,
      birthDate: bornAt(addDays(today, c.votingFromDay), b.age),
      constituency: b.school,
      choices: [choice.id],
      eligibilityDeclared: true,
    })
  }
  return {
    body,
    members: 0,
    note: `wybory w szkołach trwają do ${dayText(days.electionDay)} (${YOUTH.candidates.length} kandydatów, oddano ${YOUTH.ballots.length} głosy)`,
  }
}

/** Seeds the demo JST's councils; null when the JST has a body already (or there is no demo JST). */
export async function seedDemoCouncils(db: Db, config: AppConfig, now = new Date()): Promise<DemoCouncils | null> {
  const ref = await findTenantRef(db, DEMO_SLUG)
  if (!ref || (await bodiesOf(db, ref.id)).length > 0) return null
  const tenant: Tenant = { ...ref, kind: await tenantKindOf(db, ref.id) }
  const services = createServices(db, { appEnv: 'test', identityPepper: config.identityPepper })
  const office = await seedDeps(services, config, tenant, `koordynator@${DEMO_SLUG}.example`, 'koordynator')
  const member = await seedDeps(services, config, tenant, null)
  const today = dayOf(now)
  const seniors = await seedSeniors(office, member, tenant, today)
  const rdpp = await seedRdpp(office, member, tenant, today, now)
  const youth = await seedYouth(office, member, tenant, today)
  return {
    bodies: [seniors, rdpp, youth].map((b) => ({
      slug: b.body.slug,
      name: b.body.name,
      members: b.members,
      note: b.note,
    })),
  }
}

/** The lines printed once after seeding: each body's public page. */
export function describeDemoCouncils(d: DemoCouncils, origin: string): string {
  return [
    `Rady (dane demonstracyjne; lista: ${origin}/${DEMO_SLUG}/rady):`,
    ...d.bodies.map((b) => `  ${origin}/${DEMO_SLUG}/rady/${b.slug}  ${b.name}: ${b.members} członków, ${b.note}`),
  ].join('\n')
}
