import { takeFromFragment } from '../core/lib/fragment'
import { storedKeys } from '../core/lib/stored-keys'

/**
 * The author's key of each project (from the e-mailed link) and the draft being written in each edition, kept in
 * localStorage so that a closed tab resumes where the author stopped. Nothing here is sent anywhere but as the
 * `Authorization` header of the author's own requests.
 */
const authorKeys = storedKeys('wspolnota.bo.authorKeys')
const drafts = storedKeys('wspolnota.bo.drafts')

export function getAuthorKey(projectId: string): string | null {
  return authorKeys.get(projectId)
}

export function setAuthorKey(projectId: string, token: string): void {
  authorKeys.set(projectId, token)
}

export function forgetAuthorKey(projectId: string): void {
  authorKeys.forget(projectId)
}

const draftSlot = (slug: string, year: number | string) => `${slug}/${year}`

export function getCurrentDraft(slug: string, year: number | string): string | null {
  const id = drafts.get(draftSlot(slug, year))
  return id && getAuthorKey(id) ? id : null
}

export function setCurrentDraft(slug: string, year: number | string, projectId: string | null): void {
  if (projectId) drafts.set(draftSlot(slug, year), projectId)
  else drafts.forget(draftSlot(slug, year))
}

/** Reads `#klucz=…` from the address and removes it from the address bar and history (the key is a secret). */
export const readKeyFromFragment = (): string | null => takeFromFragment('klucz')

/** The author's key from the e-mailed link, stored for the project so that later visits need no link. */
export function takeKeyFromFragment(projectId: string): string | null {
  const token = readKeyFromFragment()
  if (token) setAuthorKey(projectId, token)
  return token
}
