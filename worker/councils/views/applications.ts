import { bodyLaws, levelOfTenantKind, type BodyKind } from '../domain/bodies'
import { dayOf } from '../domain/dates'
import type { ApplicationOrganisationRow, ApplicationRow, SignatureRow } from '../queries/applications'

type Count = { valid: number; threshold: number; duplicates: number; undeclared: number; obliges: boolean }

/** The name of the body an application asks for, as the JST's level calls it ("młodzieżowa rada gminy"). */
export function kindNameOf(kind: BodyKind, tenantKind: string): string {
  const names = bodyLaws[kind].names
  return names[levelOfTenantKind(tenantKind)] ?? Object.values(names)[0] ?? kind
}

/**
 * An application as anyone reads it: never a signatory's name, only the count of valid signatures against the
 * threshold; the organisations that confirmed an NGOs' application by name (they act publicly); the decision.
 */
export function publicApplication(
  a: ApplicationRow,
  tenantKind: string,
  count: Count | null,
  organisations: readonly ApplicationOrganisationRow[],
) {
  return {
    number: a.number,
    bodyKind: a.bodyKind,
    kindName: kindNameOf(a.bodyKind, tenantKind),
    title: a.title,
    justification: a.justification,
    applicant: { kind: a.applicantKind, name: a.applicantName },
    status: a.status,
    threshold: a.threshold,
    valid: count ? count.valid : a.applicantKind === 'organizacje' ? organisations.length : null,
    reached: a.threshold === null ? null : (count ? count.valid : organisations.length) >= a.threshold,
    organisations: organisations.map((o) => ({ name: o.organizationName, confirmedOn: dayOf(o.confirmedAt) })),
    openedOn: dayOf(a.createdAt),
    filedOn: a.filedOn,
    decisionDueOn: a.decisionDueOn,
    decision:
      a.status === 'uwzgledniony' || a.status === 'odrzucony'
        ? { outcome: a.status, decidedOn: a.decidedOn, act: a.decisionAct, reason: a.refusalReason }
        : null,
  }
}

/** What staff see besides: the contact, whether it is confirmed, the signatures with names (no-store), duplicates. */
export function staffApplication(
  a: ApplicationRow,
  tenantKind: string,
  count: Count | null,
  organisations: readonly ApplicationOrganisationRow[],
  signatures: readonly SignatureRow[],
  confirmed: boolean,
  now: Date,
) {
  return {
    ...publicApplication(a, tenantKind, count, organisations),
    confirmed,
    contactEmail: a.contactEmail,
    count,
    overdue: a.status === 'zlozony' && !!a.decisionDueOn && dayOf(now) > a.decisionDueOn,
    reminderSentAt: a.reminderSentAt?.toISOString() ?? null,
    bodyId: a.bodyId,
    organisations: organisations.map((o) => ({
      id: o.organizationId,
      name: o.organizationName,
      representative: o.representative,
      confirmedOn: dayOf(o.confirmedAt),
    })),
    signatures: signatures.map((s) => ({
      id: s.id,
      name: s.name,
      address: s.address,
      declaredSenior: s.declaredSenior,
      channel: s.channel,
      signedOn: dayOf(s.signedAt),
    })),
  }
}
