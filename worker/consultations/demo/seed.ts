import * as v from 'valibot'
import type { Db } from '../../core/db/client'
import type { Deps } from '../../core/deps'
import type { AppConfig, TenantRef } from '../../core/http/context'
import { ApiError } from '../../core/http/problem'
import type { EmailMessage } from '../../core/mail/mailer'
import { addOrganization } from '../../core/organizations/actions'
import { staffAddSchema } from '../../core/organizations/input'
import { createServices } from '../../core/services'
import { findTenantRef } from '../../core/tenants/queries'
import { instantOfWarsawLocal, warsawDate } from '../../core/time/polish-calendar'
import { seedDeps } from '../../core/demo-deps'
import { DEMO_SLUG } from '../../demo/seed'
import { takeAnswerStep } from '../actions/answers'
import { confirmComment, submitComment, type CommentPlace } from '../actions/comments'
import { hideComment, intakeComment } from '../actions/comments-staff'
import { createConsultation, publishConsultation } from '../actions/consultations'
import { addDocumentVersion } from '../actions/documents'
import { computeGroups } from '../actions/groups'
import { createMeeting, recordAttendance, signUp } from '../actions/meetings'
import { addOpinion, updateOpinion } from '../actions/opinions'
import { closeEndedConsultations, publishReport } from '../actions/report'
import { addDays } from '../domain/presets'
import { plural } from '../domain/report'
import { consultationCreateSchema } from '../input'
import { answerStepSchema } from '../input/answers'
import { commentHideSchema, commentIntakeSchema, commentSubmitSchema } from '../input/comments'
import { attendanceSchema, meetingCreateSchema, signupSchema } from '../input/meetings'
import { opinionCreateSchema, opinionUpdateSchema } from '../input/outreach'
import { notifyParticipants } from '../notify/report'
import { consultationById, consultationsOf, documentVersion, type Consultation } from '../queries'
import { commentByNumber } from '../queries/comments'
import { groupsOf } from '../queries/answers'
import { signupsOf, type Meeting } from '../queries/meetings'
import { opinionsOf } from '../queries/outreach'
import {
  campaignLetter,
  ENDED,
  ENDED_CAMPAIGN,
  ENDED_COMMENTS,
  ENDED_MEETING,
  ENDED_OPINION,
  NGOS,
  PROGRAMME,
  PROGRAMME_COMMENTS,
  PROGRAMME_MEETING,
  PROGRAMME_RDPP,
  type DemoAuthor,
  type DemoComment,
  type DemoMeeting,
} from './content'
import { PROGRAMME_FIXTURE_YEAR, PROGRAMME_V1, PROGRAMME_V2 } from './drafts'

/**
 * The demo JST's consultations and NGO directory, so that a first visitor of `npm start` finds every page of the
 * module filled — the public list, a consultation's draft with comments, a meeting to sign up for, a published report
 * — and the directory listing organisations:
 *
 * - three organisations added by the demo koordynator (so verified at once), whose areas match the programme's;
 * - an ended consultation (preset `inne`, last month): twelve comments from residents online, by e-mail, at its open
 *   meeting and on paper (a campaign of four near-identical letters, grouped), one organisation's; the youth council's
 *   opinion; the meeting held with its attendance; every comment answered (single review) with its reasons; closed by
 *   the tick's closing step and its report published (JSON, PDF, CSV);
 * - the *Program współpracy* for next year, open now (from yesterday for ten days): its first draft commented on by
 *   seven organisations yesterday (two of the directory through their representatives' keys, one letter keyed in from
 *   paper, one general comment, one hidden by the moderator with the reason), then its second version today; the RDPP
 *   asked for its opinion at the launch; an on-site meeting a week from today with two sign-ups.
 *
 * Why through the module's own actions (`createConsultation`, `addDocumentVersion`, `publishConsultation`,
 * `submitComment` + `confirmComment`, `intakeComment`, `hideComment`, `createMeeting`, `signUp`, `recordAttendance`,
 * `addOpinion`, `computeGroups`, `takeAnswerStep`, `closeEndedConsultations`, `publishReport`) and core's
 * `addOrganization` rather than rows written here: the demo must pass the statute checks, the dates' rules and the
 * document parser as real data, so it never shows a state the platform could not reach, and it follows the rules when
 * they change. Bodies go through the routes' valibot schemas for the same reason. Each step runs at the `now` the
 * office or the resident would have acted (a launch before the first day, a comment within the days, answers after the
 * last), so histories, receipts' dates and the report read as they would have. An online comment is confirmed as its
 * author would: with the token of the e-mailed link, read from the message on its way to the outbox.
 *
 * Runs only while the demo JST has no consultation (a second run returns null and adds nothing).
 */

export interface DemoConsultations {
  items: { number: number; title: string; state: 'open' | 'ended'; comments: number; report: boolean }[]
  organizations: number
}

/** Warsaw's offset from UTC at noon of each date the seed uses (the seed's times are all past 3:00, after any switch). */
const offsets = new Map<string, number>()

/** `date` at `time` (HH:MM), Warsaw wall-clock; the offset is looked up once per day (Intl is slow enough to matter). */
function warsaw(date: string, time: string): Date {
  const utc = (t: string) => Date.parse(`${date}T${t}:00Z`)
  let offset = offsets.get(date)
  if (offset === undefined)
    offsets.set(date, (offset = utc('12:00') - instantOfWarsawLocal(`${date}T12:00`)!.getTime()))
  return new Date(utc(time) - offset)
}

/** 10:00 Warsaw time on `date` (the office's morning, when announcements go out). */
const morningOf = (date: string) => warsaw(date, '10:00')

const MINUTE = 60_000

/** The same person acting at `when`. */
const at = (deps: Deps, when: Date): Deps => ({ ...deps, now: () => when })

/**
 * `deps` whose messages are also kept in `sent` on their way to the outbox: the seed reads the links a person would
 * open from their e-mail (a representative's key, a comment's confirmation), as nothing else carries those secrets.
 */
function reading(deps: Deps, sent: EmailMessage[]): Deps {
  const mailer = deps.mailer
  return {
    ...deps,
    mailer: {
      async send(message) {
        sent.push(message)
        await mailer.send(message)
      },
    },
  }
}

/** The secret after `marker` in the newest message to `to`. */
function secretFrom(sent: EmailMessage[], to: string, marker: string): string | null {
  const message = sent.findLast((m) => m.to === to && m.text.includes(marker))
  return message?.text.split(marker)[1]?.match(/^[\w-]+/)?.[0] ?? null
}

/**
 * The staff-added organisations and their representatives' keys (by register number, from the e-mail each got); one
 * already listed (an earlier, partial run) is skipped, not an error, and its comments name it by its register instead.
 */
async function seedOrganizations(
  coordinator: Deps,
  tenant: TenantRef,
): Promise<{ added: number; keys: Map<string, string> }> {
  const sent: EmailMessage[] = []
  const office = reading(coordinator, sent)
  const keys = new Map<string, string>()
  let added = 0
  for (const ngo of NGOS) {
    const input = v.parse(staffAddSchema, { ...ngo, tenants: [tenant.slug] })
    try {
      await addOrganization(office, tenant, input)
      added++
    } catch (e) {
      if (!(e instanceof ApiError && e.status === 409)) throw e
    }
    const key = secretFrom(sent, ngo.contactEmail, '#klucz=')
    if (key) keys.set(ngo.registerNumber, key)
  }
  return { added, keys }
}

/** Who acts in the seed: the koordynator, and a resident (or representative) without an account, reading their mail. */
interface Actors {
  tenant: TenantRef
  coordinator: Deps
  resident: Deps
  inbox: EmailMessage[]
  keys: Map<string, string>
}

/**
 * Creates a consultation with its first draft, lists the advisory bodies to ask, and publishes it (which invites the
 * matching organisations and asks the bodies) as the coordinator would have at `launchAt`.
 */
async function launch(
  act: Actors,
  body: unknown,
  draft: string,
  launchAt: Date,
  bodies: unknown[],
): Promise<Consultation> {
  const office = at(act.coordinator, launchAt)
  let c = await createConsultation(office, act.tenant, v.parse(consultationCreateSchema, body), launchAt)
  await addDocumentVersion(office, c, { kind: 'markdown', source: draft }, launchAt)
  for (const b of bodies) await addOpinion(office, c, v.parse(opinionCreateSchema, b), launchAt)
  c = await publishConsultation(office, c, c.version, launchAt)
  return c
}

/** The paragraphs of each consultation's current draft by their reference, read once per consultation. */
const paragraphsRead = new WeakMap<Consultation, Map<string, string>>()

/** The paragraph id of `ref` ("§ 6 pkt 3") in the consultation's current draft: the content must match the draft. */
async function paragraphOf(db: Db, c: Consultation, ref: string | null): Promise<string | null> {
  if (!ref) return null
  let refs = paragraphsRead.get(c)
  if (!refs) {
    const draft = await documentVersion(db, c.id)
    refs = new Map(draft?.structure.sections.flatMap((s) => s.paragraphs.map((p) => [p.ref ?? '', p.id] as const)))
    paragraphsRead.set(c, refs)
  }
  const found = refs.get(ref)
  if (!found) throw new Error(`Demo: w projekcie konsultacji nr ${c.number} nie ma fragmentu ${ref}.`)
  return found
}

/** The author fields of a comment's body; a directory organisation acts by its representative's key when known. */
function authorFields(act: Actors, a: DemoAuthor): { fields: Record<string, unknown>; key: string | null } {
  if (a.kind === 'resident')
    return { fields: { authorKind: 'resident', authorName: a.name, authorAddress: a.address }, key: null }
  if (a.kind === 'organization')
    return {
      fields: {
        authorKind: 'organization',
        authorName: a.name,
        organizationName: a.organization,
        organizationRegister: a.register,
      },
      key: null,
    }
  const ngo = NGOS.find((n) => n.registerNumber === a.registerNumber)!
  const key = act.keys.get(a.registerNumber) ?? null
  return {
    fields: {
      authorKind: 'organization',
      authorName: a.name,
      ...(key ? {} : { organizationName: ngo.name, organizationRegister: `KRS ${ngo.registerNumber}` }),
    },
    key,
  }
}

/**
 * One comment as it came in: online, sent by its author and confirmed from the e-mailed link a quarter of an hour
 * later; otherwise keyed in by the office on the day it was received (a meeting's remarks the next morning). Answers
 * the comment's number.
 */
async function comment(act: Actors, place: CommentPlace, firstDay: string, spec: DemoComment, meeting?: Meeting) {
  const c = place.consultation
  const day = addDays(firstDay, spec.day)
  const when = enteredAt(firstDay, spec)
  const { fields, key } = authorFields(act, spec.author)
  const content = {
    paragraphId: await paragraphOf(act.coordinator.db, c, spec.ref),
    quotedPassage: spec.quotedPassage ?? '',
    proposal: spec.proposal ?? '',
    text: spec.text,
    ...fields,
  }
  if (spec.channel === 'online') {
    const body = v.parse(commentSubmitSchema, { ...content, email: spec.author.email, privacyAccepted: true })
    const sent = await submitComment(at(act.resident, when), place, body, key, when)
    const token = secretFrom(act.inbox, sent.email, '#t=')
    if (!token) throw new Error(`Demo: brak linku potwierdzenia uwagi nr ${sent.number}.`)
    const confirmedAt = new Date(when.getTime() + 15 * MINUTE)
    await confirmComment(at(act.resident, confirmedAt), place, token, confirmedAt)
    return sent.number
  }
  const body = v.parse(commentIntakeSchema, {
    ...content,
    email: spec.author.email,
    channel: spec.channel,
    receivedOn: day,
    meetingId: spec.channel === 'meeting' ? meeting!.id : null,
  })
  return (await intakeComment(at(act.coordinator, when), place, body, null, when)).number
}

/** When a comment entered the record (its number's order): sent online, or keyed in (a meeting's the next morning). */
function enteredAt(firstDay: string, spec: DemoComment): Date {
  const day = addDays(firstDay, spec.day)
  return spec.channel === 'meeting' ? morningOf(addDays(day, 1)) : warsaw(day, spec.time)
}

/** A meeting announced at `announcedAt`, with its sign-ups made when their authors made them. */
async function meetingWithSignups(
  act: Actors,
  c: Consultation,
  spec: DemoMeeting,
  day: string,
  signupsFrom: string,
  announcedAt: Date,
): Promise<Meeting> {
  const body = v.parse(meetingCreateSchema, {
    mode: 'onsite',
    title: spec.title,
    startsAt: `${day}T${spec.from}`,
    endsAt: `${day}T${spec.to}`,
    place: spec.place,
    accessibility: spec.accessibility,
    capacity: spec.capacity,
  })
  let m = await createMeeting(at(act.coordinator, announcedAt), c, body, announcedAt)
  for (const s of spec.signups) {
    const when = warsaw(addDays(signupsFrom, s.day), s.time)
    const person = v.parse(signupSchema, { name: s.name, email: s.email, needs: s.needs ?? '', privacyAccepted: true })
    m = await signUp(at(act.resident, when), act.tenant, c, m, person, when)
  }
  return m
}

/** The answer to a comment or group, saved and approved at once (single review: the koordynator's own decision). */
async function answer(
  act: Actors,
  c: Consultation,
  target: { comment: number } | { group: number },
  a: NonNullable<DemoComment['answer']>,
  when: Date,
) {
  const office = at(act.coordinator, when)
  const saved = await takeAnswerStep(office, c, v.parse(answerStepSchema, { target, action: 'save', ...a }))
  const approveAt = at(act.coordinator, new Date(when.getTime() + 20 * MINUTE))
  await takeAnswerStep(
    approveAt,
    c,
    v.parse(answerStepSchema, { target, action: 'approve', version: saved.answer!.version }),
  )
}

/**
 * The ended consultation, from its announcement three days before its first day to its report five days after its
 * last: comments, the campaign, the meeting and the youth council's opinion within its days; the closing at midnight;
 * grouping and answers in the following days; then the report, and the participants told.
 */
async function seedEnded(act: Actors, config: AppConfig, today: string): Promise<DemoConsultations['items'][number]> {
  // Ended last month: three weeks ending a week before this month began, announced three days before its start.
  const end = addDays(`${today.slice(0, 8)}01`, -8)
  const start = addDays(end, -20)
  let c = await launch(
    act,
    { ...ENDED.body, startDate: start, endDate: end },
    ENDED.draft,
    morningOf(addDays(start, -3)),
    [{ ...ENDED_OPINION.body, dueOn: end }],
  )
  const place = { tenant: act.tenant, consultation: c }
  const meetingDay = addDays(start, ENDED_MEETING.day)
  let meeting = await meetingWithSignups(act, c, ENDED_MEETING, meetingDay, start, morningOf(addDays(start, -3)))

  // The meeting's attendance, recorded as it ended.
  const heldAt = warsaw(meetingDay, ENDED_MEETING.to)
  const present = (await signupsOf(act.coordinator.db, meeting.id)).filter(
    (s) => ENDED_MEETING.signups.find((x) => x.email === s.email)?.present,
  )
  const attendance = v.parse(attendanceSchema, {
    version: meeting.version,
    attendance: ENDED_MEETING.attendance,
    present: present.map((s) => s.id),
  })
  meeting = await recordAttendance(at(act.coordinator, heldAt), c, meeting, attendance, heldAt)

  // Every comment in the order it came in (so their numbers follow the days), the campaign's letters among them.
  const letters: DemoComment[] = ENDED_CAMPAIGN.letters.map((letter) => ({
    ref: ENDED_CAMPAIGN.ref,
    quotedPassage: ENDED_CAMPAIGN.quotedPassage,
    text: campaignLetter(letter),
    author: { kind: 'resident', name: letter.name, address: letter.address, email: '' },
    channel: 'paper',
    day: letter.day,
    time: '12:00',
  }))
  const incoming = [...ENDED_COMMENTS, ...letters].sort(
    (a, b) => enteredAt(start, a).getTime() - enteredAt(start, b).getTime(),
  )
  const numbers = new Map<DemoComment, number>()
  for (const spec of incoming) numbers.set(spec, await comment(act, place, start, spec, meeting))

  const [opinion] = await opinionsOf(act.coordinator.db, c.id)
  const receivedOn = addDays(start, ENDED_OPINION.receivedDay)
  const received = v.parse(opinionUpdateSchema, { opinion: ENDED_OPINION.opinion, receivedOn })
  await updateOpinion(at(act.coordinator, morningOf(receivedOn)), c, opinion!, received, morningOf(receivedOn))

  // The tick closes it a minute after its last day; the office groups and answers in the following days.
  const closedAt = new Date(c.endsAt!.getTime() + MINUTE)
  await closeEndedConsultations(
    { db: act.coordinator.db, mailer: act.coordinator.mailer, appUrl: config.appUrl },
    closedAt,
  )
  c = (await consultationById(act.coordinator.db, c.id))!
  await computeGroups(at(act.coordinator, morningOf(addDays(end, 2))), c)
  const grouped = (await commentByNumber(act.coordinator.db, c.id, numbers.get(letters[0]!)!))!.groupId
  const group = (await groupsOf(act.coordinator.db, c.id)).find((g) => g.id === grouped)
  if (!group) throw new Error('Demo: listy kampanii nie zostały zgrupowane.')
  let answeredAt = warsaw(addDays(end, 2), '11:00')
  await answer(act, c, { group: group.number }, ENDED_CAMPAIGN.answer, answeredAt)
  for (const spec of ENDED_COMMENTS) {
    answeredAt = new Date(answeredAt.getTime() + 50 * MINUTE)
    await answer(act, c, { comment: numbers.get(spec)! }, spec.answer!, answeredAt)
  }

  const publishedAt = warsaw(addDays(end, 5), '12:00')
  c = (await consultationById(act.coordinator.db, c.id))!
  await publishReport(at(act.coordinator, publishedAt), c, act.tenant, publishedAt)
  await notifyParticipants(
    { db: act.coordinator.db, mailer: act.coordinator.mailer, appUrl: config.appUrl },
    act.tenant,
    c,
  )
  return { number: c.number, title: c.title, state: 'ended', comments: incoming.length, report: true }
}

/**
 * The programme of cooperation, open from yesterday for ten days, announced the day before it began with the RDPP
 * asked and its meeting a week from today; yesterday's comments on the first draft, the hidden one hidden that
 * evening, and the second version now.
 */
async function seedProgramme(act: Actors, today: string, now: Date): Promise<DemoConsultations['items'][number]> {
  const year = Number(today.slice(0, 4)) + 1
  const forYear = (text: string) => text.replaceAll(String(PROGRAMME_FIXTURE_YEAR), String(year))
  const start = addDays(today, -1)
  const announcedAt = morningOf(addDays(start, -1))
  let c = await launch(
    act,
    {
      ...PROGRAMME.body,
      title: forYear(PROGRAMME.body.title),
      programmeYear: year,
      startDate: start,
      endDate: addDays(start, 10),
    },
    forYear(PROGRAMME_V1),
    announcedAt,
    [PROGRAMME_RDPP],
  )
  const place = { tenant: act.tenant, consultation: c }
  const meetingDay = addDays(today, PROGRAMME_MEETING.day)
  await meetingWithSignups(act, c, PROGRAMME_MEETING, meetingDay, start, announcedAt)
  for (const spec of PROGRAMME_COMMENTS) {
    const number = await comment(act, place, start, spec)
    if (!spec.hidden) continue
    const hiddenAt = warsaw(addDays(start, spec.day), '21:30')
    const { reason } = v.parse(commentHideSchema, { reason: spec.hidden })
    await hideComment(at(act.coordinator, hiddenAt), c, number, reason, hiddenAt)
  }
  // The second version came after the first comments (which now read against it), so it is dated now.
  c = (await consultationById(act.coordinator.db, c.id))!
  await addDocumentVersion(at(act.coordinator, now), c, { kind: 'markdown', source: forYear(PROGRAMME_V2) }, now)
  return { number: c.number, title: c.title, state: 'open', comments: PROGRAMME_COMMENTS.length, report: false }
}

/** Seeds the demo JST's consultations and organisations; null when it has consultations already (or no demo JST). */
export async function seedDemoConsultations(
  db: Db,
  config: AppConfig,
  now = new Date(),
): Promise<DemoConsultations | null> {
  const tenant = await findTenantRef(db, DEMO_SLUG)
  if (!tenant || (await consultationsOf(db, tenant.id, false)).length > 0) return null
  const services = createServices(db, { appEnv: 'test', identityPepper: config.identityPepper })
  const coordinator = await seedDeps(services, config, tenant, `koordynator@${DEMO_SLUG}.example`, 'koordynator')
  const { added, keys } = await seedOrganizations(coordinator, tenant)
  const inbox: EmailMessage[] = []
  const resident = reading(await seedDeps(services, config, tenant, null), inbox)
  const act: Actors = { tenant, coordinator, resident, inbox, keys }

  const today = warsawDate(now).date
  const ended = await seedEnded(act, config, today)
  const programme = await seedProgramme(act, today, now)
  return { items: [ended, programme], organizations: added }
}

/** The lines printed once after seeding, next to the demo logins (one per consultation, with its address). */
export function describeDemoConsultations(d: DemoConsultations, origin: string): string {
  const state = { open: 'trwają', ended: 'zakończone' } as const
  const page = (n: number) => `${origin}/${DEMO_SLUG}/konsultacje/${n}`
  return [
    `Konsultacje społeczne (dane demonstracyjne; ${d.organizations} organizacje w katalogu ${origin}/${DEMO_SLUG}/organizacje):`,
    ...d.items.flatMap((c) => [
      `  ${page(c.number)}  ${state[c.state]}, ${plural(c.comments, 'uwaga', 'uwagi', 'uwag')}: ${c.title}`,
      ...(c.report ? [`    raport z konsultacji: ${page(c.number)}/raport`] : []),
    ]),
  ].join('\n')
}
