import { and, eq, inArray, isNotNull, isNull, lte, sql } from 'drizzle-orm'
import { auditLog } from '../../core/audit/schema'
import { auditInsert } from '../../core/audit/record'
import type { Db } from '../../core/db/client'
import { guardedBatch, requireChanged } from '../../core/db/guard'
import type { Deps } from '../../core/deps'
import { contentMatches, safeFileName } from '../../core/files/sniff'
import { ApiError } from '../../core/http/problem'
import { hashToken, newId, newToken } from '../../core/ids'
import { personKey } from '../../core/identity/person'
import { instantOfWarsawLocal, warsawDate, warsawLocalInput } from '../../core/time/polish-calendar'
import type { AttendanceInput, MeetingCreate, MeetingUpdate, SignupInput } from '../input/meetings'
import { CONSULTATION_FILES, type Consultation } from '../queries'
import {
  findMeeting,
  meetingById,
  nextMeetingNumber,
  reachableSignups,
  signupByEmailKey,
  signupByToken,
  signupsOf,
  type Meeting,
} from '../queries/meetings'
import { notifyMeetingCancelled, notifySignedUp } from '../notify/meetings'
import { meetings, meetingSignups } from '../tables'

/** Days after a meeting's end that its sign-ups' names and addresses are kept: enough to record attendance. */
export const SIGNUP_RETENTION_DAYS = 14

/** The largest minutes file accepted: a scanned, signed protocol of a few pages stays well below it. */
export const MAX_MINUTES_BYTES = 10 * 1024 * 1024
export const MINUTES_TOO_LARGE = `Plik jest za duży: limit ${MAX_MINUTES_BYTES / 1048576} MB.`

const DAY_MS = 86_400_000
class AlreadyCancelled extends Error {}
const field = (status: 400 | 409 | 413, detail: string, name: string) =>
  new ApiError(status, detail, { errors: [{ field: name, detail }] })

const FULL = 'Brak wolnych miejsc na to spotkanie.'
const ALREADY =
  'Ten adres e-mail jest już zapisany na to spotkanie. Link do rezygnacji jest w e-mailu z potwierdzeniem.'
const CANCELLED = 'To spotkanie zostało odwołane.'
const STARTED = 'Zapisy na to spotkanie są zamknięte: spotkanie już się rozpoczęło.'
const STALE = 'Ktoś inny zmienił to spotkanie w międzyczasie. Odśwież stronę i spróbuj ponownie.'

/** A meeting of the consultation by the number in the path, or a Polish 404. */
export async function meetingOf(db: Db, c: Consultation, raw: string): Promise<Meeting> {
  const found = /^\d{1,9}$/.test(raw) ? await findMeeting(db, c.id, Number(raw)) : undefined
  if (!found) throw new ApiError(404, 'Nie ma takiego spotkania.')
  return found
}

/** Refuses changes once the results are published: the report describes the meetings as they were. */
function requireOpenRecord(c: Consultation) {
  if (c.status === 'reported')
    throw new ApiError(409, 'Wyniki konsultacji zostały już podane: spotkań nie można już zmieniać.')
}

/**
 * The instants a meeting's Warsaw times name, checked against each other and the consultation: a meeting ends after
 * it starts and falls within the consultation's first and last day, since what is said there is a comment, and a
 * comment counts only within those days. A meeting before the start would collect remarks that do not count.
 */
function meetingTimes(c: Consultation, startsRaw: string, endsRaw: string) {
  const startsAt = instantOfWarsawLocal(startsRaw)
  const endsAt = instantOfWarsawLocal(endsRaw)
  if (!startsAt) throw field(400, 'Podaj poprawną datę i godzinę rozpoczęcia.', 'startsAt')
  if (!endsAt) throw field(400, 'Podaj poprawną datę i godzinę zakończenia.', 'endsAt')
  if (endsAt <= startsAt) throw field(400, 'Spotkanie musi skończyć się później, niż się zaczyna.', 'endsAt')
  if (endsAt.getTime() - startsAt.getTime() > DAY_MS) throw field(400, 'Spotkanie może trwać najwyżej dobę.', 'endsAt')
  if (warsawDate(startsAt).date < c.startDate)
    throw field(
      400,
      'Spotkanie musi odbyć się w czasie konsultacji: nie wcześniej niż w ich pierwszym dniu.',
      'startsAt',
    )
  if (warsawDate(endsAt).date > c.endDate)
    throw field(400, 'Spotkanie musi odbyć się w czasie konsultacji: nie później niż w ich ostatnim dniu.', 'endsAt')
  return { startsAt, endsAt }
}

const onlineLink = /^https:\/\/\S+$/
function checkPlace(mode: 'online' | 'onsite', place: string) {
  if (mode === 'online' && !onlineLink.test(place))
    throw field(400, 'Podaj link do spotkania online (zaczynający się od https://).', 'place')
}

/** Whether `e` (or what drizzle wrapped) is a UNIQUE constraint's refusal. */
const isUnique = (e: unknown) =>
  /UNIQUE constraint failed/i.test(String((e as { cause?: unknown }).cause ?? '') + String(e))

/**
 * A new meeting of a consultation (a draft one too, so it can be announced with it), numbered within the
 * consultation; two created at once get consecutive numbers (the unique number is retried).
 */
export async function createMeeting(deps: Deps, c: Consultation, body: MeetingCreate, now = deps.now()) {
  requireOpenRecord(c)
  const { startsAt, endsAt } = meetingTimes(c, body.startsAt, body.endsAt)
  checkPlace(body.mode, body.place)
  const id = newId()
  for (let attempt = 0; ; attempt++) {
    const number = await nextMeetingNumber(deps.db, c.id)
    const row = {
      id,
      tenantId: c.tenantId,
      consultationId: c.id,
      number,
      mode: body.mode,
      title: body.title,
      startsAt,
      endsAt,
      place: body.place,
      accessibility: body.accessibility,
      capacity: body.capacity,
      createdAt: now,
      updatedAt: now,
    }
    try {
      await deps.db.batch([
        deps.db.insert(meetings).values(row),
        auditInsert(deps, {
          tenantId: c.tenantId,
          action: 'ks.meeting.create',
          entity: 'ks_meeting',
          entityId: id,
          after: { consultation: c.number, number, mode: body.mode, startsAt, endsAt, capacity: body.capacity },
        }),
      ])
      return (await meetingById(deps.db, id))!
    } catch (e) {
      if (!isUnique(e) || attempt >= 4) throw e
    }
  }
}

/**
 * Changes a meeting from the version the form loaded. Places already given stay given: the capacity cannot go below
 * the sign-ups. Moved times move the erasure of the sign-ups with them.
 */
export async function updateMeeting(deps: Deps, c: Consultation, m: Meeting, body: MeetingUpdate, now = deps.now()) {
  requireOpenRecord(c)
  if (m.cancelledAt) throw new ApiError(409, CANCELLED)
  const { version, ...changes } = body
  const mode = changes.mode ?? m.mode
  const place = changes.place ?? m.place
  const times =
    changes.startsAt || changes.endsAt
      ? meetingTimes(c, changes.startsAt ?? warsawLocalInput(m.startsAt), changes.endsAt ?? warsawLocalInput(m.endsAt))
      : { startsAt: m.startsAt, endsAt: m.endsAt }
  if (changes.mode || changes.place) checkPlace(mode, place)
  const capacity = changes.capacity === undefined ? m.capacity : changes.capacity
  if (capacity !== null && capacity < m.signedUp)
    throw field(400, `Zapisało się już ${m.signedUp} osób: liczba miejsc nie może być mniejsza.`, 'capacity')
  const set = {
    mode,
    title: changes.title ?? m.title,
    startsAt: times.startsAt,
    endsAt: times.endsAt,
    place,
    accessibility: changes.accessibility ?? m.accessibility,
    capacity,
    version: m.version + 1,
    updatedAt: now,
  }
  const { db } = deps
  await guardedBatch(
    db,
    [
      db
        .update(meetings)
        .set(set)
        .where(
          and(
            eq(meetings.id, m.id),
            eq(meetings.version, version),
            // A sign-up taken meanwhile must still fit under the new capacity.
            capacity === null ? sql`1 = 1` : sql`${meetings.signedUp} <= ${capacity}`,
          ),
        ),
      requireChanged(db),
      db
        .update(meetingSignups)
        .set({ eraseAfter: new Date(times.endsAt.getTime() + SIGNUP_RETENTION_DAYS * DAY_MS) })
        .where(and(eq(meetingSignups.meetingId, m.id), isNotNull(meetingSignups.email))),
      auditInsert(deps, {
        tenantId: c.tenantId,
        action: 'ks.meeting.update',
        entity: 'ks_meeting',
        entityId: m.id,
        before: { title: m.title, startsAt: m.startsAt, endsAt: m.endsAt, capacity: m.capacity },
        after: { title: set.title, startsAt: set.startsAt, endsAt: set.endsAt, capacity },
      }),
    ],
    () => new ApiError(409, STALE),
  )
  return (await meetingById(db, m.id))!
}

/**
 * Calls a meeting off. Repeating it changes nothing (`changed: false`), so the people signed up are told once: the
 * caller sends `notifyCancellation` only when `changed`.
 */
export async function cancelMeeting(deps: Deps, c: Consultation, m: Meeting, version: number, now = deps.now()) {
  requireOpenRecord(c)
  if (m.cancelledAt) return { meeting: m, changed: false }
  if (now >= m.startsAt) throw new ApiError(409, 'Spotkanie już się rozpoczęło: nie można go odwołać.')
  const { db } = deps
  try {
    await guardedBatch(
      db,
      [
        db
          .update(meetings)
          .set({ cancelledAt: now, version: m.version + 1, updatedAt: now })
          .where(and(eq(meetings.id, m.id), eq(meetings.version, version), isNull(meetings.cancelledAt))),
        requireChanged(db),
        auditInsert(deps, {
          tenantId: c.tenantId,
          action: 'ks.meeting.cancel',
          entity: 'ks_meeting',
          entityId: m.id,
          after: { consultation: c.number, number: m.number, signedUp: m.signedUp },
        }),
      ],
      () => new ApiError(409, STALE),
    )
  } catch (e) {
    const fresh = await meetingById(db, m.id)
    if (fresh?.cancelledAt) return { meeting: fresh, changed: false }
    throw e
  }
  return { meeting: (await meetingById(db, m.id))!, changed: true }
}

/** Tells everyone still signed up for a cancelled meeting, each in their own language. */
export async function notifyCancellation(
  deps: Pick<Deps, 'db' | 'mailer' | 'config'>,
  jst: { slug: string; name: string },
  c: Consultation,
  m: Meeting,
): Promise<void> {
  for (const s of await reachableSignups(deps.db, m.id))
    await notifyMeetingCancelled(deps, jst, c, m, { email: s.email!, name: s.name, lang: s.lang })
}

/** The keyed hash of a folded address: one sign-up per person and meeting, without keeping the address as the key. */
const emailKeyOf = (deps: Pick<Deps, 'config'>, email: string) =>
  personKey(deps.config.identityPepper, ['ks-meeting', email.trim().toLowerCase()])

/**
 * Signs a resident up. The place is taken by a guarded UPDATE (`signed_up < capacity`) in the same batch as the
 * sign-up, so of two requests for the last place one gets it and the other a 409, and the count never exceeds the
 * capacity; one address signs up once per meeting (a cancelled sign-up is taken up again). The confirmation e-mail
 * carries the join link of an online meeting and the cancellation link, whose secret is kept only as its hash.
 */
export async function signUp(
  deps: Deps,
  jst: { slug: string; name: string },
  c: Consultation,
  m: Meeting,
  body: SignupInput,
  now = deps.now(),
) {
  if (c.status === 'draft') throw new ApiError(404, 'Nie ma takiego spotkania.')
  requireOpenRecord(c)
  if (m.cancelledAt) throw new ApiError(409, CANCELLED)
  if (now >= m.startsAt) throw new ApiError(409, STARTED)
  const { db } = deps
  const emailKey = await emailKeyOf(deps, body.email)
  const existing = await signupByEmailKey(db, m.id, emailKey)
  if (existing && !existing.cancelledAt) throw field(409, ALREADY, 'email')
  const token = newToken()
  const tokenHash = await hashToken(token)
  const person = {
    name: body.name,
    email: body.email,
    needs: body.needs,
    cancelTokenHash: tokenHash,
    lang: deps.lang,
    attended: null,
    eraseAfter: new Date(m.endsAt.getTime() + SIGNUP_RETENTION_DAYS * DAY_MS),
  }
  const takePlace = db
    .update(meetings)
    .set({ signedUp: sql`${meetings.signedUp} + 1` })
    .where(
      and(
        eq(meetings.id, m.id),
        isNull(meetings.cancelledAt),
        sql`${meetings.startsAt} > ${now.getTime()}`,
        sql`(${meetings.capacity} IS NULL OR ${meetings.signedUp} < ${meetings.capacity})`,
      ),
    )
  const conflict = async () => {
    const fresh = (await meetingById(db, m.id))!
    if (fresh.cancelledAt) return new ApiError(409, CANCELLED)
    if (now >= fresh.startsAt) return new ApiError(409, STARTED)
    if (fresh.capacity !== null && fresh.signedUp >= fresh.capacity) return new ApiError(409, FULL)
    return field(409, ALREADY, 'email')
  }
  try {
    if (existing)
      await guardedBatch(
        db,
        [
          takePlace,
          requireChanged(db),
          db
            .update(meetingSignups)
            .set({ ...person, cancelledAt: null, createdAt: now })
            .where(and(eq(meetingSignups.id, existing.id), isNotNull(meetingSignups.cancelledAt))),
          requireChanged(db),
        ],
        conflict,
      )
    else
      await guardedBatch(
        db,
        [
          takePlace,
          requireChanged(db),
          db
            .insert(meetingSignups)
            .values({ id: newId(), tenantId: c.tenantId, meetingId: m.id, emailKey, ...person, createdAt: now }),
        ],
        conflict,
      )
  } catch (e) {
    if (isUnique(e)) throw field(409, ALREADY, 'email')
    throw e
  }
  const fresh = (await meetingById(db, m.id))!
  await notifySignedUp(deps, jst, c, fresh, { email: body.email, name: body.name, lang: deps.lang }, token)
  return fresh
}

/**
 * Cancels a sign-up by the secret of its e-mailed link, freeing the place. Repeating it answers the same; after the
 * meeting has begun there is nothing to cancel. The answer names the meeting only, never the person.
 */
export async function cancelSignup(deps: Deps, c: Consultation, token: string, now = deps.now()) {
  const { db } = deps
  const s = await signupByToken(db, await hashToken(token))
  const m = s ? await meetingById(db, s.meetingId) : undefined
  if (!s || !m || m.consultationId !== c.id || s.email === null)
    throw new ApiError(404, 'Nie ma takiego zapisu: link jest niepoprawny albo dane zapisu zostały już usunięte.')
  const answer = () => ({ meeting: m.number, title: m.title, status: 'cancelled' as const })
  if (s.cancelledAt) return answer()
  if (now >= m.startsAt) throw new ApiError(409, 'Spotkanie już się rozpoczęło: zapisu nie można już odwołać.')
  try {
    await guardedBatch(
      db,
      [
        db
          .update(meetingSignups)
          .set({ cancelledAt: now })
          .where(and(eq(meetingSignups.id, s.id), isNull(meetingSignups.cancelledAt))),
        requireChanged(db),
        db
          .update(meetings)
          .set({ signedUp: sql`${meetings.signedUp} - 1` })
          .where(eq(meetings.id, m.id)),
      ],
      () => new AlreadyCancelled(),
    )
  } catch (e) {
    // The other of two clicks at once cancelled it: the same answer.
    if (!(e instanceof AlreadyCancelled)) throw e
  }
  return answer()
}

/**
 * Records who came: the total (some come without signing up) and which of those signed up were present. Only once
 * the meeting has begun, from the version the form loaded.
 */
export async function recordAttendance(
  deps: Deps,
  c: Consultation,
  m: Meeting,
  body: AttendanceInput,
  now = deps.now(),
) {
  requireOpenRecord(c)
  if (m.cancelledAt) throw new ApiError(409, CANCELLED)
  if (now < m.startsAt) throw new ApiError(409, 'Obecność można zapisać dopiero po rozpoczęciu spotkania.')
  const active = (await signupsOf(deps.db, m.id)).filter((s) => !s.cancelledAt)
  const ids = new Set(active.map((s) => s.id))
  const present = [...new Set(body.present)]
  if (present.some((id) => !ids.has(id)))
    throw field(400, 'Lista obecnych może zawierać tylko osoby zapisane na to spotkanie.', 'present')
  if (body.attendance < present.length)
    throw field(400, 'Liczba uczestników nie może być mniejsza niż liczba obecnych osób zapisanych.', 'attendance')
  const { db } = deps
  await guardedBatch(
    db,
    [
      db
        .update(meetings)
        .set({ attendance: body.attendance, version: m.version + 1, updatedAt: now })
        .where(and(eq(meetings.id, m.id), eq(meetings.version, body.version))),
      requireChanged(db),
      db
        .update(meetingSignups)
        .set({
          attended: present.length ? sql`CASE WHEN ${inArray(meetingSignups.id, present)} THEN 1 ELSE 0 END` : sql`0`,
        })
        .where(and(eq(meetingSignups.meetingId, m.id), isNull(meetingSignups.cancelledAt))),
      auditInsert(deps, {
        tenantId: c.tenantId,
        action: 'ks.meeting.attendance',
        entity: 'ks_meeting',
        entityId: m.id,
        before: { attendance: m.attendance },
        after: { attendance: body.attendance, signedUpPresent: present.length },
      }),
    ],
    () => new ApiError(409, STALE),
  )
  return (await meetingById(db, m.id))!
}

/**
 * Publishes a meeting's minutes: a PDF by its content (a renamed page or program is refused before it reaches the file
 * store), replacing the previous one in the same batch. The guard on the file the caller saw makes two uploads at
 * once one upload and one 409.
 */
export async function uploadMinutes(deps: Deps, c: Consultation, m: Meeting, file: unknown, now = deps.now()) {
  requireOpenRecord(c)
  if (m.cancelledAt) throw new ApiError(409, CANCELLED)
  if (now < m.startsAt) throw new ApiError(409, 'Protokół można dodać dopiero po rozpoczęciu spotkania.')
  if (!(file instanceof File) || file.size === 0) throw field(400, 'Wybierz plik PDF z protokołem.', 'file')
  if (file.size > MAX_MINUTES_BYTES) throw field(413, MINUTES_TOO_LARGE, 'file')
  const bytes = new Uint8Array(await file.arrayBuffer())
  if (!contentMatches('application/pdf', bytes)) throw field(400, 'To nie jest plik PDF.', 'file')
  const { db, files } = deps
  const id = newId()
  const name = safeFileName(file.name || `protokol-spotkania-${m.number}.pdf`)
  await guardedBatch(
    db,
    [
      db
        .update(meetings)
        .set({ minutesFileId: id, version: m.version + 1, updatedAt: now })
        .where(
          and(
            eq(meetings.id, m.id),
            m.minutesFileId ? eq(meetings.minutesFileId, m.minutesFileId) : isNull(meetings.minutesFileId),
          ),
        ),
      requireChanged(db),
      files.insert(
        {
          module: CONSULTATION_FILES,
          id,
          tenantId: c.tenantId,
          ownerId: m.id,
          kind: 'minutes',
          name: name.toLowerCase().endsWith('.pdf') ? name : `${name}.pdf`,
          mime: 'application/pdf',
          size: bytes.byteLength,
          createdAt: now,
        },
        bytes,
      ),
      ...(m.minutesFileId ? [files.remove(CONSULTATION_FILES, c.tenantId, m.minutesFileId)] : []),
      auditInsert(deps, {
        tenantId: c.tenantId,
        action: 'ks.meeting.minutes',
        entity: 'ks_meeting',
        entityId: m.id,
        before: { fileId: m.minutesFileId },
        after: { fileId: id, size: bytes.byteLength },
      }),
    ],
    () => new ApiError(409, 'Ktoś w międzyczasie dodał protokół tego spotkania. Odśwież stronę.'),
  )
  return (await meetingById(db, m.id))!
}

/** A meeting's minutes for download, or a Polish 404. */
export async function minutesFile(deps: Pick<Deps, 'files'>, c: Consultation, m: Meeting) {
  const file = m.minutesFileId
    ? await deps.files.read(CONSULTATION_FILES, c.tenantId, m.id, m.minutesFileId)
    : undefined
  if (!file) throw new ApiError(404, 'Protokół tego spotkania nie został jeszcze dodany.')
  return file
}

/**
 * Erases the sign-ups' personal data whose time has come (`eraseAfter`): name, address and needs are emptied and the
 * address key replaced by the row's id, so the row still counts (signed up, attended) but leads to nobody. One batch
 * per meeting with its audit row (counts only); a run that finds nothing writes nothing, and a second run at once
 * changes no row twice (the UPDATE selects rows that still have an address).
 */
export async function eraseMeetingSignups(db: Db, now: Date): Promise<number> {
  const due = await db
    .select({ meetingId: meetingSignups.meetingId, tenantId: meetingSignups.tenantId, n: sql<number>`count(*)` })
    .from(meetingSignups)
    .where(and(lte(meetingSignups.eraseAfter, now), isNotNull(meetingSignups.email)))
    .groupBy(meetingSignups.meetingId, meetingSignups.tenantId)
  let erased = 0
  for (const d of due) {
    await db.batch([
      db
        .update(meetingSignups)
        .set({ name: null, email: null, needs: '', emailKey: sql`'erased:' || ${meetingSignups.id}` })
        .where(
          and(
            eq(meetingSignups.meetingId, d.meetingId),
            lte(meetingSignups.eraseAfter, now),
            isNotNull(meetingSignups.email),
          ),
        ),
      db.insert(auditLog).values({
        tenantId: d.tenantId,
        actorId: null,
        action: 'ks.meeting.signups_erase',
        entity: 'ks_meeting',
        entityId: d.meetingId,
        before: null,
        after: { erased: Number(d.n) },
        requestId: 'tick',
        ip: '',
        at: now,
      }),
    ])
    erased += Number(d.n)
  }
  return erased
}
