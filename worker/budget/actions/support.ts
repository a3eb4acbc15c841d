import type { Deps } from '../../core/deps'
import { ApiError } from '../../core/http/problem'
import { normalizeAddress, normalizeText, personKey } from '../../core/identity/person'
import { newId } from '../../core/ids'
import type { EditionFull, Project } from '../queries'
import { onlineSupporters } from '../queries/projects'
import { supports } from '../tables'
import { paperSupportersCounted } from '../domain/submission'
import { collectsSupport } from '../domain/statuses'
import { requirePhase } from './common'

/** Whether a project can still collect online support (the phase is checked separately, against the clock). */
export function requireSupportable(e: EditionFull, p: Project): void {
  if (!e.rules.support.online)
    throw new ApiError(409, 'W tej edycji poparcie zbiera się wyłącznie na papierowych listach.')
  if (!collectsSupport(p.status)) throw new ApiError(409, 'Tego projektu nie można już poprzeć.')
}

/** A resident's support is taken now: the project collects it and the submission phase is on. */
export function requireSupportOpen(deps: Pick<Deps, 'now'>, e: EditionFull, p: Project): void {
  requireSupportable(e, p)
  requirePhase(e, 'submission', 'Poparcie można złożyć tylko w czasie naboru projektów.', deps.now())
}

/** Who supports: a keyed hash of the normalised name and address, so a person supports a project once. */
export function supportKey(
  deps: Pick<Deps, 'config'>,
  e: EditionFull,
  body: { name: string; address: string },
): Promise<string> {
  return personKey(deps.config.identityPepper, [
    'support',
    e.edition.id,
    normalizeText(body.name),
    normalizeAddress(body.address),
  ])
}

/**
 * The insert of one resident's online support (a second one of the same person fails on the unique index). Built,
 * not run: `addSupport` runs it alone, the demo seed runs a project's supports in one batch.
 */
export function supportInsert(
  deps: Pick<Deps, 'db' | 'now'>,
  p: Project,
  body: { name: string; address: string },
  key: string,
  now = deps.now(),
) {
  return deps.db.insert(supports).values({
    id: newId(),
    tenantId: p.tenantId,
    projectId: p.id,
    personKey: key,
    name: body.name,
    address: body.address,
    createdAt: now,
  })
}

/**
 * Records a resident's online support (`requireSupportOpen` first) and returns the project's supporters, online and
 * verified paper ones; the same person twice is a Polish 409.
 */
export async function addSupport(
  deps: Deps,
  e: EditionFull,
  p: Project,
  body: { name: string; address: string },
): Promise<number> {
  try {
    await supportInsert(deps, p, body, await supportKey(deps, e, body))
  } catch (err) {
    if (/UNIQUE constraint failed/i.test(String((err as { cause?: unknown }).cause ?? '') + String(err)))
      throw new ApiError(409, 'Ta osoba już poparła ten projekt — jedna osoba może poprzeć projekt tylko raz.', {
        type: 'https://wspolnota.example/problems/already-supported',
      })
    throw err
  }
  return (await onlineSupporters(deps.db, p.id)) + paperSupportersCounted(p)
}
