import { and, eq, sql } from 'drizzle-orm'
import { auditInsert } from '../../core/audit/record'
import { guardedBatch, requireChanged } from '../../core/db/guard'
import type { Deps } from '../../core/deps'
import type { TenantRef } from '../../core/http/context'
import { ApiError } from '../../core/http/problem'
import { newId } from '../../core/ids'
import { checkLaunch, defaultLaunch, presets, type LaunchInput, type PresetKey } from '../domain/presets'
import type { ConsultationCreate, ConsultationUpdate } from '../input'
import { consultationById, type Consultation } from '../queries'
import { consultations } from '../tables'
import { inviteOnLaunch } from './outreach'

/** Problem type of a save made from a consultation someone else has changed since it was loaded (the form reloads). */
export const CONSULTATION_CHANGED = 'https://wspolnota.example/problems/consultation-changed'

/** The 409 for a stale save or publish. */
export function consultationChanged(): ApiError {
  return new ApiError(
    409,
    'Ktoś inny zmienił te konsultacje w międzyczasie, więc Twoich zmian nie zapisano. Wczytaj je ponownie (odśwież stronę) i wprowadź swoje zmiany jeszcze raz.',
    { type: CONSULTATION_CHANGED },
  )
}

const NOT_DRAFT =
  'Konsultacje zostały już ogłoszone: ich zakres, terminy i formy określa zarządzenie, więc nie można ich zmienić w systemie.'

/** The opening act's fields of a stored consultation, as `checkLaunch` reads them. */
export function launchInputOf(c: Consultation): LaunchInput {
  return {
    subject: c.subject,
    purpose: c.purpose,
    startDate: c.startDate,
    endDate: c.endDate,
    participants: c.participants,
    area: c.area,
    forms: c.forms,
    responsibleUnit: c.responsibleUnit,
    resultsForm: c.resultsForm,
    reportDueDate: c.reportDueDate,
    legalBasis: c.legalBasis,
    audience: c.audience,
    publicTaskAreas: c.publicTaskAreas,
    programmeYear: c.programmeYear,
  }
}

const isUnique = (e: unknown) =>
  /UNIQUE constraint failed/i.test(String((e as { cause?: unknown }).cause ?? '') + String(e))

/**
 * Creates a draft consultation of `tenant` with the preset's defaults for what the body leaves out (dates from
 * `defaultLaunch`: the notice period, the usual length; the preset's forms, audience and legal basis). Nothing is
 * checked against the statute yet: a draft may be incomplete, publishing checks it. The JST's next number is taken
 * inside the INSERT and kept unique by an index, so two drafts created at once get two numbers (a lost race retries).
 */
export async function createConsultation(
  deps: Deps,
  tenant: TenantRef,
  body: ConsultationCreate,
  now = deps.now(),
): Promise<Consultation> {
  const preset = presets[body.preset]
  const defaults = defaultLaunch(preset, now)
  const id = newId()
  const row = {
    id,
    tenantId: tenant.id,
    number: sql<number>`(SELECT COALESCE(MAX(${consultations.number}), 0) + 1 FROM ${consultations} WHERE ${consultations.tenantId} = ${tenant.id})`,
    preset: body.preset,
    title: body.title,
    subject: body.subject ?? '',
    purpose: body.purpose ?? '',
    startDate: body.startDate ?? defaults.startDate,
    endDate: body.endDate ?? defaults.endDate,
    participants: body.participants ?? '',
    area: body.area ?? '',
    forms: body.forms ?? defaults.forms,
    responsibleUnit: body.responsibleUnit ?? '',
    resultsForm: body.resultsForm ?? '',
    reportDueDate: body.reportDueDate ?? null,
    legalBasis: body.legalBasis ?? preset.legalBasis,
    councilResolution: body.councilResolution ?? null,
    orderNumber: body.orderNumber ?? null,
    orderDate: body.orderDate ?? null,
    audience: body.audience ?? defaults.audience,
    publicTaskAreas: body.publicTaskAreas ?? [],
    programmeYear: body.programmeYear ?? null,
    status: 'draft',
    createdBy: deps.user?.id ?? null,
    createdAt: now,
    updatedAt: now,
  }
  for (let attempt = 0; ; attempt++) {
    try {
      await deps.db.batch([
        deps.db.insert(consultations).values(row),
        auditInsert(deps, {
          tenantId: tenant.id,
          action: 'ks.consultation.create',
          entity: 'ks_consultation',
          entityId: id,
          after: { ...body },
        }),
      ])
      break
    } catch (e) {
      if (!isUnique(e) || attempt >= 4) throw e
    }
  }
  return (await consultationById(deps.db, id))!
}

/**
 * Changes a draft: only the fields sent, only from the stored `version` and only while it is a draft (the UPDATE checks
 * both again, so another organiser's save or a publish landing meanwhile rolls the batch back with a 409).
 */
export async function updateConsultation(
  deps: Deps,
  current: Consultation,
  { version, ...changes }: ConsultationUpdate,
  now = deps.now(),
): Promise<Consultation> {
  if (current.status !== 'draft') throw new ApiError(409, NOT_DRAFT)
  if (version !== current.version) throw consultationChanged()
  const set = Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined))
  const { db } = deps
  await guardedBatch(
    db,
    [
      db
        .update(consultations)
        .set({ ...set, updatedAt: now, version: sql`${consultations.version} + 1` })
        .where(
          and(eq(consultations.id, current.id), eq(consultations.version, version), eq(consultations.status, 'draft')),
        ),
      requireChanged(db),
      auditInsert(deps, {
        tenantId: current.tenantId,
        action: 'ks.consultation.update',
        entity: 'ks_consultation',
        entityId: current.id,
        before: Object.fromEntries(Object.keys(set).map((k) => [k, current[k as keyof Consultation]])),
        after: set,
      }),
    ],
    async () =>
      (await consultationById(db, current.id))?.status !== 'draft'
        ? new ApiError(409, NOT_DRAFT)
        : consultationChanged(),
  )
  return (await consultationById(db, current.id))!
}

/** Thrown inside `publishConsultation` when its guarded batch lost a race, to look at who won. */
class LostRace extends Error {}

/**
 * Publishes a draft: `checkLaunch` under its preset (and the council's resolution, when named) refuses with every
 * broken rule as field errors (400, the first as the detail); its advice is kept with the consultation and returned.
 * The UPDATE is guarded by the status and the version the organiser looked at, so of two publishes sent at once one
 * writes (one audit row) and the other answers what the first did; a repeated publish of a published consultation
 * also answers as the first did (same warnings), and a publish of an older version is a 409.
 */
export async function publishConsultation(
  deps: Deps,
  current: Consultation,
  version: number,
  now = deps.now(),
): Promise<Consultation> {
  if (current.status !== 'draft') return current
  if (version !== current.version) throw consultationChanged()
  const preset = presets[current.preset as PresetKey]
  const check = checkLaunch(launchInputOf(current), preset, now, { resolution: current.councilResolution })
  if (check.errors.length) throw new ApiError(400, check.errors[0]!.detail, { errors: check.errors })
  const { db } = deps
  try {
    await guardedBatch(
      db,
      [
        db
          .update(consultations)
          .set({
            status: 'published',
            startsAt: check.startsAt,
            endsAt: check.endsAt,
            reportDueDate: check.reportDue,
            launchWarnings: check.warnings,
            publishedAt: now,
            updatedAt: now,
            version: sql`${consultations.version} + 1`,
          })
          .where(
            and(
              eq(consultations.id, current.id),
              eq(consultations.version, version),
              eq(consultations.status, 'draft'),
            ),
          ),
        requireChanged(db),
        auditInsert(deps, {
          tenantId: current.tenantId,
          action: 'ks.consultation.publish',
          entity: 'ks_consultation',
          entityId: current.id,
          after: { startDate: current.startDate, endDate: current.endDate, warnings: check.warnings },
        }),
      ],
      () => new LostRace(),
    )
  } catch (e) {
    if (!(e instanceof LostRace)) throw e
    const now = (await consultationById(db, current.id))!
    if (now.status === 'draft') throw consultationChanged()
    return now
  }
  const published = (await consultationById(db, current.id))!
  // Only the publish that won tells people (NGOs by area, advisory bodies, subscribers); each once (actions/outreach.ts).
  await inviteOnLaunch(deps, published, now)
  return published
}
