import { eq } from 'drizzle-orm'
import { newId } from '../../../worker/core/ids'
import { outbox } from '../../../worker/core/mail/schema'
import { normalizeText } from '../../../worker/core/identity/person'
import { organizations, organizationTenants } from '../../../worker/core/organizations/tables'
import { tenants } from '../../../worker/core/tenants/schema'
import type { TestApp } from '../../support/api'
import { inDays } from './helpers'

/*
 * Helpers of the outreach tests: organisations written straight into the directory in every status (the directory's
 * own flows are core's and tested there; here only who is invited matters), the outbox read from the database (every
 * message, not the dev page's newest hundred), and a programme of cooperation that may be published as it is.
 */

let seq = 0

/** An organisation of the directory in `status`, acting in the JSTs named by slug, working in `areas`. */
export async function addOrganization(
  t: TestApp,
  o: {
    name: string
    status: 'unconfirmed' | 'pending' | 'verified' | 'refused'
    areas: string[]
    jst?: string[]
    lang?: 'pl' | 'en'
  },
): Promise<{ id: string; email: string }> {
  const id = newId()
  const n = ++seq
  const email = `ngo${n}-${id
    .slice(0, 6)
    .toLowerCase()
    .replace(/[^a-z0-9]/g, 'x')}@ngo.example`
  const now = new Date()
  await t.db.insert(organizations).values({
    id,
    name: o.name,
    searchText: normalizeText(o.name),
    legalForm: 'stowarzyszenie',
    register: 'krs',
    registerKey: 'krs',
    registerNumber: String(9_000_000_000 + Math.floor(Math.random() * 99_999_999)).padStart(10, '0'),
    areas: o.areas as never,
    status: o.status,
    contactEmail: email,
    representativeName: 'Jan Przedstawiciel',
    lang: o.lang ?? 'pl',
    lastActiveAt: now,
    createdAt: now,
    updatedAt: now,
  })
  for (const slug of o.jst ?? ['gmina-przykladowa']) {
    const tenant = await t.db.query.tenants.findFirst({ where: eq(tenants.slug, slug) })
    await t.db.insert(organizationTenants).values({ organizationId: id, tenantId: tenant!.id })
  }
  return { id, email }
}

/** Every message sent to `to`, oldest first. */
export async function mailsTo(t: TestApp, to: string) {
  const rows = await t.db.select().from(outbox).where(eq(outbox.to, to))
  return rows
    .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())
    .map((r) => ({ subject: r.subject ?? '', text: r.text ?? '', kind: r.kind }))
}

/** The secret in a message's link fragment (`#t=…`). */
export function fragmentToken(text: string): string {
  const m = /#t=([A-Za-z0-9_-]+)/.exec(text)
  if (!m) throw new Error(`no token link in: ${text}`)
  return m[1]!
}

/**
 * A programme of cooperation for next year that passes `checkLaunch`: starting in three days for ten, addressed to
 * NGOs, in two areas none of the demo's organisations works in (so only the test's organisations match).
 */
export const programmeBody = (extra: Record<string, unknown> = {}) => ({
  preset: 'program_wspolpracy',
  title: 'Roczny program współpracy z organizacjami pozarządowymi — test zasięgu',
  subject: 'Projekt uchwały w sprawie rocznego programu współpracy z organizacjami pozarządowymi',
  purpose: 'Poznanie opinii organizacji o projekcie programu',
  startDate: inDays(3),
  endDate: inDays(12),
  participants: 'Organizacje pozarządowe działające na terenie gminy',
  area: 'Cała gmina',
  forms: ['written'],
  responsibleUnit: 'Referat Współpracy z Organizacjami',
  resultsForm: 'Sprawozdanie na platformie i w BIP',
  audience: 'ngos',
  publicTaskAreas: ['pomoc-spoleczna', 'zatrudnienie'],
  programmeYear: Number(inDays(3).slice(0, 4)) + 1,
  ...extra,
})
