import * as v from 'valibot'
import type { Db } from '../../core/db/client'
import type { Deps } from '../../core/deps'
import type { AppConfig, TenantRef } from '../../core/http/context'
import { ApiError } from '../../core/http/problem'
import { addOrganization } from '../../core/organizations/actions'
import { staffAddSchema } from '../../core/organizations/input'
import { createServices } from '../../core/services'
import { findTenantRef } from '../../core/tenants/queries'
import { warsawDate } from '../../core/time/polish-calendar'
import { addDocumentVersion } from '../actions/documents'
import { createConsultation, publishConsultation } from '../actions/consultations'
import { addDays, startOfWarsawDay } from '../domain/presets'
import { consultationCreateSchema } from '../input'
import { consultationsOf, type Consultation } from '../queries'
import { DEMO_SLUG } from '../../demo/seed'
import { ENDED, NGOS, PROGRAMME } from './content'
import { PROGRAMME_FIXTURE_YEAR, PROGRAMME_V1, PROGRAMME_V2 } from './drafts'
import { seedDeps } from '../../core/demo-deps'

/**
 * The demo JST's consultations and NGO directory, so that a first visitor of `npm start` finds the module's public
 * list, a consultation's page with its draft in two versions (and their comparison), and the directory filled:
 *
 * - three organisations added by the demo koordynator (so verified at once), whose areas match the programme's;
 * - an ended consultation (preset `inne`, last month, one version of its draft);
 * - the *Program współpracy* for next year, open now (from yesterday for ten days, the preset's forms, audience and
 *   legal basis), with the draft of `domain/fixtures/program-wspolpracy.md` as version 1 and `-v2.md` as version 2.
 *
 * Why through the module's own actions (`createConsultation`, `addDocumentVersion`, `publishConsultation`) and core's
 * `addOrganization` rather than rows written here: the demo must pass the statute checks (`checkLaunch`) and the
 * document parser as real data, so it never shows a state the platform could not reach, and it follows the rules when
 * they change. Bodies go through the routes' valibot schemas for the same reason. A launch may not start in the past,
 * so each consultation is created and published at a `now` before its first day, as the organiser would have done.
 *
 * Runs only while the demo JST has no consultation (a second run returns null and adds nothing).
 */

export interface DemoConsultations {
  items: { number: number; title: string; state: 'open' | 'ended' }[]
  organizations: number
}

/** 10:00 Warsaw time on `date` (the office's morning, when announcements go out). */
const morningOf = (date: string) => new Date(startOfWarsawDay(date).getTime() + 10 * 3_600_000)

/** The staff-added organisations; one already listed (an earlier, partial run) is skipped, not an error. */
async function seedOrganizations(coordinator: Deps, tenant: TenantRef): Promise<number> {
  let added = 0
  for (const ngo of NGOS) {
    const input = v.parse(staffAddSchema, { ...ngo, tenants: [tenant.slug] })
    try {
      await addOrganization(coordinator, tenant, input)
      added++
    } catch (e) {
      if (!(e instanceof ApiError && e.status === 409)) throw e
    }
  }
  return added
}

/** Creates, fills with `drafts` (in order) and publishes a consultation as the coordinator would have at `launchAt`. */
async function launch(
  coordinator: Deps,
  tenant: TenantRef,
  body: unknown,
  drafts: string[],
  launchAt: Date,
): Promise<Consultation> {
  const [first, ...later] = drafts
  let c = await createConsultation(coordinator, tenant, v.parse(consultationCreateSchema, body), launchAt)
  await addDocumentVersion(coordinator, c, { kind: 'markdown', source: first! }, launchAt)
  c = await publishConsultation(coordinator, c, c.version, launchAt)
  // Later versions came while it ran (after the first comments), so they are dated now.
  for (const source of later) await addDocumentVersion(coordinator, c, { kind: 'markdown', source })
  return c
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
  const organizations = await seedOrganizations(coordinator, tenant)

  const today = warsawDate(now).date
  // Ended last month: three weeks ending a week before this month began, announced three days before its start.
  const endedEnd = addDays(`${today.slice(0, 8)}01`, -8)
  const endedStart = addDays(endedEnd, -20)
  const ended = await launch(
    coordinator,
    tenant,
    { ...ENDED.body, startDate: endedStart, endDate: endedEnd },
    [ENDED.draft],
    morningOf(addDays(endedStart, -3)),
  )

  // Open now: from yesterday for ten days (the preset's 7 at least), announced the day before it began.
  const year = Number(today.slice(0, 4)) + 1
  const forYear = (text: string) => text.replaceAll(String(PROGRAMME_FIXTURE_YEAR), String(year))
  const start = addDays(today, -1)
  const programme = await launch(
    coordinator,
    tenant,
    {
      ...PROGRAMME.body,
      title: forYear(PROGRAMME.body.title),
      programmeYear: year,
      startDate: start,
      endDate: addDays(start, 10),
    },
    [forYear(PROGRAMME_V1), forYear(PROGRAMME_V2)],
    morningOf(addDays(start, -1)),
  )

  return {
    items: [
      { number: ended.number, title: ended.title, state: 'ended' },
      { number: programme.number, title: programme.title, state: 'open' },
    ],
    organizations,
  }
}

/** The lines printed once after seeding, next to the demo logins (one per consultation, with its address). */
export function describeDemoConsultations(d: DemoConsultations, origin: string): string {
  const state = { open: 'trwają', ended: 'zakończone' } as const
  return [
    `Konsultacje społeczne (dane demonstracyjne; ${d.organizations} organizacje w katalogu ${origin}/${DEMO_SLUG}/organizacje):`,
    ...d.items.map((c) => `  ${origin}/${DEMO_SLUG}/konsultacje/${c.number}  ${state[c.state]}: ${c.title}`),
  ].join('\n')
}
