import { checkBallot } from '../../../../worker/budget/domain/ballot'
import { isValidPesel } from '../../../../worker/core/identity/pesel'
import type { Translate } from '../../core/i18n'
import type { AgeBand, Ballot, BallotPoolData, Choices, Identity } from './api'

/** What the wizard keeps of the voter's identity while they type (all strings, as the form holds them). */
export interface IdentityForm {
  firstName: string
  lastName: string
  address: string
  residenceDeclared: boolean
  pesel: string
  /** '' not answered, 'adult' or 'minor' (only when the edition has a minor age). */
  age: '' | 'adult' | 'minor'
  guardianName: string
  guardianDeclared: boolean
  ageBand: '' | AgeBand
  sex: '' | 'k' | 'm'
}

export const emptyIdentity: IdentityForm = {
  firstName: '',
  lastName: '',
  address: '',
  residenceDeclared: false,
  pesel: '',
  age: '',
  guardianName: '',
  guardianDeclared: false,
  ageBand: '',
  sex: '',
}

export function identityFromDraft(draft: Partial<Identity> | undefined): IdentityForm {
  if (!draft) return emptyIdentity
  return {
    firstName: draft.firstName ?? '',
    lastName: draft.lastName ?? '',
    address: draft.address ?? '',
    residenceDeclared: draft.residenceDeclared === true,
    pesel: draft.pesel ?? '',
    age: draft.adult === true ? 'adult' : draft.adult === false ? 'minor' : '',
    guardianName: draft.guardianName ?? '',
    guardianDeclared: draft.guardianDeclared === true,
    ageBand: draft.ageBand ?? '',
    sex: draft.sex ?? '',
  }
}

/** The identity as the draft endpoint accepts it: only values that already pass its checks. */
export function identityForDraft(form: IdentityForm): Partial<Identity> {
  const out: Partial<Identity> = { residenceDeclared: form.residenceDeclared }
  const firstName = form.firstName.trim()
  const lastName = form.lastName.trim()
  const address = form.address.trim()
  if (firstName) out.firstName = firstName.slice(0, 80)
  if (lastName) out.lastName = lastName.slice(0, 120)
  if (address.length >= 3) out.address = address.slice(0, 300)
  if (form.pesel.trim()) out.pesel = form.pesel.trim().slice(0, 11)
  if (form.age) out.adult = form.age === 'adult'
  if (form.guardianName.trim()) out.guardianName = form.guardianName.trim().slice(0, 200)
  if (form.guardianDeclared) out.guardianDeclared = true
  if (form.ageBand) out.ageBand = form.ageBand
  if (form.sex) out.sex = form.sex
  return out
}

/** The identity sent with the vote, per the edition's rules (PESEL only when asked, the minor's guardian). */
export function identityForCast(form: IdentityForm, rules: Ballot['rules']): Identity {
  const out: Identity = {
    firstName: form.firstName.trim(),
    lastName: form.lastName.trim(),
    address: form.address.trim(),
    residenceDeclared: true,
  }
  if (rules.askPesel) out.pesel = form.pesel.trim()
  if (rules.minorAge != null) {
    out.adult = form.age === 'adult'
    if (form.age === 'minor') {
      out.guardianName = form.guardianName.trim()
      out.guardianDeclared = form.guardianDeclared
    }
  }
  if (form.ageBand) out.ageBand = form.ageBand
  if (form.sex) out.sex = form.sex
  return out
}

/** Errors of the identity step, addressed like the server's (`identity.firstName`…). */
export function checkIdentity(form: IdentityForm, rules: Ballot['rules'], t: Translate): Record<string, string> {
  const errors: Record<string, string> = {}
  if (!form.firstName.trim()) errors['identity.firstName'] = t('voting.identity.firstName.missing')
  if (!form.lastName.trim()) errors['identity.lastName'] = t('voting.identity.lastName.missing')
  if (form.address.trim().length < 3) errors['identity.address'] = t('voting.identity.address.missing')
  if (!form.residenceDeclared) errors['identity.residenceDeclared'] = t('voting.identity.residence.missing')
  if (rules.askPesel && !isValidPesel(form.pesel.trim())) errors['identity.pesel'] = t('voting.identity.pesel.invalid')
  if (rules.minorAge != null) {
    if (!form.age) errors['identity.adult'] = t('voting.identity.age.missing', { age: rules.minorAge })
    else if (form.age === 'minor') {
      if (form.guardianName.trim().length < 3)
        errors['identity.guardianName'] = t('voting.identity.guardianName.missing')
      if (!form.guardianDeclared) errors['identity.guardianDeclared'] = t('voting.identity.guardianDeclared.missing')
    }
  }
  return errors
}

/** The pools this voter sees: every whole-JST and category pool, and the area pools the rules let them use. */
export function visiblePools(ballot: Ballot, area: string | null): BallotPoolData[] {
  return ballot.pools.filter(
    (p) => p.projects.length > 0 && (p.kind !== 'area' || ballot.rules.areaPools === 'all-areas' || p.id === area),
  )
}

export function areaPools(ballot: Ballot): BallotPoolData[] {
  return ballot.pools.filter((p) => p.kind === 'area' && p.projects.length > 0)
}

/** Whether the voter must first say which area they vote in. */
export function asksArea(ballot: Ballot): boolean {
  return ballot.rules.areaPools !== 'all-areas' && areaPools(ballot).length > 0
}

/** The chosen projects of the visible pools only (choices in an area given up are dropped). */
export function keptChoices(ballot: Ballot, area: string | null, choices: Choices): Choices {
  const out: Choices = {}
  for (const pool of visiblePools(ballot, area)) {
    const chosen = choices[pool.id]
    if (chosen && Object.keys(chosen).length > 0) out[pool.id] = chosen
  }
  return out
}

/** The ballot rules' problems in one pool (the pool may be left empty: only the whole ballot needs a choice). */
export function poolIssues(ballot: Ballot, poolId: string, choices: Choices): string[] {
  const chosen = choices[poolId] ?? {}
  if (Object.keys(chosen).length === 0) return []
  return checkBallot(ballot.pools, ballot.rules, { [poolId]: chosen })
    .filter((i) => i.field === `choices.${poolId}`)
    .map((i) => i.detail)
}

/** The whole ballot's problems, as field → message. */
export function ballotIssues(ballot: Ballot, choices: Choices): Record<string, string> {
  const out: Record<string, string> = {}
  for (const issue of checkBallot(ballot.pools, ballot.rules, choices))
    if (!out[issue.field]) out[issue.field] = issue.detail
  return out
}

/** The area pool the draft's choices point to, for a resumed session that lost the stored area. */
export function areaFromChoices(ballot: Ballot, choices: Choices): string | null {
  return areaPools(ballot).find((p) => Object.keys(choices[p.id] ?? {}).length > 0)?.id ?? null
}

export const chosenCount = (choices: Choices, poolId: string) => Object.keys(choices[poolId] ?? {}).length

export function chosenCost(pool: BallotPoolData, choices: Choices): number {
  const chosen = choices[pool.id] ?? {}
  return pool.projects.filter((p) => chosen[p.id] !== undefined).reduce((s, p) => s + p.cost, 0)
}
