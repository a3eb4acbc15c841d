import { and, eq, isNull, sql } from 'drizzle-orm'
import { auditInsert } from '../../core/audit/record'
import { guardedBatch, requireChanged } from '../../core/db/guard'
import type { Deps } from '../../core/deps'
import { contentMatches, safeFileName } from '../../core/files/sniff'
import { ApiError } from '../../core/http/problem'
import { newId } from '../../core/ids'
import { instantOfWarsawLocal, warsawLocalInput } from '../../core/time/polish-calendar'
import { dayOf } from '../domain/dates'
import { liveQuorum, type LiveQuorum } from '../domain/quorum'
import type { Attendance } from '../domain/votes'
import type { AttendanceInput, MeetingCreate, MeetingUpdate } from '../input/members'
import type { CouncilBody } from '../queries/bodies-ref'
import {
  attendanceOfBody,
  inOfficeOn,
  meetingByNumber,
  membersOfBody,
  nextMeetingNumber,
  statuteOn,
  type CouncilMeeting,
} from '../queries/members'
import { councilAttendance, councilMeetings } from '../tables'

type Tenant = { id: string; slug: string; name: string }

/** The module's name in the file store. */
export const COUNCIL_FILES = 'councils'
/** The largest minutes file accepted: a scanned, signed protocol of a few pages stays well below it. */
export const MAX_MINUTES_BYTES = 10 * 1024 * 1024
export const MINUTES_TOO_LARGE = `Plik jest za duży: limit ${MAX_MINUTES_BYTES / 1048576} MB.`

const field = (status: 400 | 409 | 413, name: string, detail: string) =>
  new ApiError(status, detail, { errors: [{ field: name, detail }] })
const CANCELLED = 'To posiedzenie zostało odwołane.'

/** The meeting `number` of the body in the path, or a Polish 404. */
export async function meetingOf(deps: Pick<Deps, 'db'>, body: CouncilBody, raw: string): Promise<CouncilMeeting> {
  const found = /^\d{1,9}$/.test(raw) ? await meetingByNumber(deps.db, body.id, Number(raw)) : undefined
  if (!found) throw new ApiError(404, 'Nie ma takiego posiedzenia.')
  return found
}

function startOf(raw: string): Date {
  const at = instantOfWarsawLocal(raw)
  if (!at || warsawLocalInput(at) !== raw) throw field(400, 'startsAt', 'Podaj poprawną datę i godzinę posiedzenia.')
  return at
}

const isUnique = (e: unknown) =>
  /UNIQUE constraint failed/i.test(String((e as { cause?: unknown }).cause ?? '') + String(e))

/** A new meeting of the body, numbered next; two created at once get consecutive numbers (the number is retried). */
export async function createMeeting(deps: Deps, tenant: Tenant, body: CouncilBody, input: MeetingCreate) {
  const startsAt = startOf(input.startsAt)
  const id = newId()
  for (let attempt = 0; ; attempt++) {
    const number = await nextMeetingNumber(deps.db, body.id)
    try {
      await deps.db.batch([
        deps.db.insert(councilMeetings).values({
          id,
          tenantId: tenant.id,
          bodyId: body.id,
          number,
          startsAt,
          place: input.place,
          agenda: input.agenda,
          createdAt: deps.now(),
        }),
        auditInsert(deps, {
          tenantId: tenant.id,
          action: 'rd.meeting.create',
          entity: 'rd_meeting',
          entityId: id,
          after: { body: body.slug, number, startsAt: input.startsAt, place: input.place },
        }),
      ])
      return (await meetingByNumber(deps.db, body.id, number))!
    } catch (e) {
      if (attempt < 5 && isUnique(e)) continue
      throw e
    }
  }
}

/** A change of a meeting's time, place or agenda (not of a cancelled one). */
export async function updateMeeting(
  deps: Deps,
  tenant: Tenant,
  body: CouncilBody,
  meeting: CouncilMeeting,
  input: MeetingUpdate,
) {
  if (meeting.cancelledAt) throw new ApiError(409, CANCELLED)
  const change = {
    ...(input.startsAt !== undefined ? { startsAt: startOf(input.startsAt) } : {}),
    ...(input.place !== undefined ? { place: input.place } : {}),
    ...(input.agenda !== undefined ? { agenda: input.agenda } : {}),
  }
  if (!Object.keys(change).length) return meeting
  await guardedBatch(
    deps.db,
    [
      deps.db
        .update(councilMeetings)
        .set(change)
        .where(and(eq(councilMeetings.id, meeting.id), isNull(councilMeetings.cancelledAt))),
      requireChanged(deps.db),
      auditInsert(deps, {
        tenantId: tenant.id,
        action: 'rd.meeting.update',
        entity: 'rd_meeting',
        entityId: meeting.id,
        before: { startsAt: meeting.startsAt, place: meeting.place, agenda: meeting.agenda },
        after: input,
      }),
    ],
    () => new ApiError(409, CANCELLED),
  )
  return (await meetingByNumber(deps.db, body.id, meeting.number))!
}

/** Cancels a meeting; cancelling it again changes nothing (one audit row). */
export async function cancelMeeting(deps: Deps, tenant: Tenant, body: CouncilBody, meeting: CouncilMeeting) {
  if (meeting.cancelledAt) return meeting
  try {
    await guardedBatch(
      deps.db,
      [
        deps.db
          .update(councilMeetings)
          .set({ cancelledAt: deps.now() })
          .where(and(eq(councilMeetings.id, meeting.id), isNull(councilMeetings.cancelledAt))),
        requireChanged(deps.db),
        auditInsert(deps, {
          tenantId: tenant.id,
          action: 'rd.meeting.cancel',
          entity: 'rd_meeting',
          entityId: meeting.id,
          after: { number: meeting.number },
        }),
      ],
      () => new Error('already'),
    )
  } catch (e) {
    if (!(e instanceof Error && e.message === 'already')) throw e
  }
  return (await meetingByNumber(deps.db, body.id, meeting.number))!
}

/**
 * The meeting's live quorum: the attendance recorded against the statute governing the meeting's day and the
 * members in office that day.
 */
export async function meetingQuorum(
  deps: Pick<Deps, 'db'>,
  body: CouncilBody,
  meeting: CouncilMeeting,
  attendance?: Record<string, Attendance>,
): Promise<LiveQuorum | null> {
  const day = dayOf(meeting.startsAt)
  const [statute, members, recorded] = await Promise.all([
    statuteOn(deps.db, body.id, day),
    membersOfBody(deps.db, body.id),
    attendance ? Promise.resolve(null) : attendanceOfBody(deps.db, body.id),
  ])
  if (!statute) return null
  const inOffice = members.filter((m) => inOfficeOn(m, day)).length
  return liveQuorum(statute, inOffice, attendance ?? recorded?.get(meeting.id) ?? {})
}

/**
 * Records attendance (present, excused, unexcused) of members in office on the meeting's day: only them, and not
 * before the meeting's day. Each member's entry replaces the earlier one (sending the same again changes nothing);
 * members not named keep what was recorded.
 */
export async function recordAttendance(
  deps: Deps,
  tenant: Tenant,
  body: CouncilBody,
  meeting: CouncilMeeting,
  input: AttendanceInput,
) {
  if (meeting.cancelledAt) throw new ApiError(409, CANCELLED)
  const day = dayOf(meeting.startsAt)
  if (day > dayOf(deps.now())) throw new ApiError(409, 'Obecność można zapisać dopiero w dniu posiedzenia.')
  const members = await membersOfBody(deps.db, body.id)
  const errors = Object.keys(input.attendance)
    .filter((id) => !members.some((m) => m.id === id && inOfficeOn(m, day)))
    .map((id) => ({
      field: `attendance.${id}`,
      detail: 'Obecność zapisuje się tylko członkom rady, którzy w dniu posiedzenia pełnili mandat.',
    }))
  if (errors.length) throw new ApiError(400, errors[0]!.detail, { errors })
  const entries = Object.entries(input.attendance)
  if (!entries.length) return meeting
  const now = deps.now()
  await deps.db.batch([
    deps.db
      .insert(councilAttendance)
      .values(
        entries.map(([memberId, attendance]) => ({ meetingId: meeting.id, memberId, attendance, recordedAt: now })),
      )
      .onConflictDoUpdate({
        target: [councilAttendance.meetingId, councilAttendance.memberId],
        set: { attendance: sql`excluded.attendance`, recordedAt: now },
      }),
    auditInsert(deps, {
      tenantId: tenant.id,
      action: 'rd.meeting.attendance',
      entity: 'rd_meeting',
      entityId: meeting.id,
      after: input.attendance,
    }),
  ])
  return meeting
}

/**
 * The minutes of a meeting: their text and, optionally, the signed protocol as a PDF (which replaces an earlier
 * file). Not for a cancelled meeting, nor before it began.
 */
export async function saveMinutes(
  deps: Deps,
  tenant: Tenant,
  body: CouncilBody,
  meeting: CouncilMeeting,
  text: string,
  file: unknown,
) {
  if (meeting.cancelledAt) throw new ApiError(409, CANCELLED)
  if (deps.now() < meeting.startsAt) throw new ApiError(409, 'Protokół można dodać dopiero po rozpoczęciu posiedzenia.')
  let upload: { id: string; name: string; bytes: Uint8Array } | null = null
  if (file instanceof File && file.size > 0) {
    if (file.size > MAX_MINUTES_BYTES) throw field(413, 'file', MINUTES_TOO_LARGE)
    const bytes = new Uint8Array(await file.arrayBuffer())
    if (!contentMatches('application/pdf', bytes)) throw field(400, 'file', 'To nie jest plik PDF.')
    const name = safeFileName(file.name || `protokol-posiedzenia-${meeting.number}.pdf`)
    upload = { id: newId(), name: name.toLowerCase().endsWith('.pdf') ? name : `${name}.pdf`, bytes }
  }
  const now = deps.now()
  await deps.db.batch([
    deps.db
      .update(councilMeetings)
      .set({ minutes: text, ...(upload ? { minutesFileId: upload.id } : {}) })
      .where(eq(councilMeetings.id, meeting.id)),
    ...(upload
      ? [
          deps.files.insert(
            {
              module: COUNCIL_FILES,
              id: upload.id,
              tenantId: tenant.id,
              ownerId: meeting.id,
              kind: 'minutes',
              name: upload.name,
              mime: 'application/pdf',
              size: upload.bytes.byteLength,
              createdAt: now,
            },
            upload.bytes,
          ),
          ...(meeting.minutesFileId ? [deps.files.remove(COUNCIL_FILES, tenant.id, meeting.minutesFileId)] : []),
        ]
      : []),
    auditInsert(deps, {
      tenantId: tenant.id,
      action: 'rd.meeting.minutes',
      entity: 'rd_meeting',
      entityId: meeting.id,
      after: { length: text.length, fileId: upload?.id ?? meeting.minutesFileId },
    }),
  ])
  return (await meetingByNumber(deps.db, body.id, meeting.number))!
}

/** A meeting's minutes file for download, or a Polish 404. */
export async function minutesFile(deps: Pick<Deps, 'files'>, tenantId: string, meeting: CouncilMeeting) {
  const file = meeting.minutesFileId
    ? await deps.files.read(COUNCIL_FILES, tenantId, meeting.id, meeting.minutesFileId)
    : undefined
  if (!file) throw new ApiError(404, 'Protokół tego posiedzenia nie został jeszcze dodany jako plik.')
  return file
}
