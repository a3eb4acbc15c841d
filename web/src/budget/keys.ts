import { takeFromFragment } from '../core/lib/fragment'

/**
 * The author's key of each project (from the e-mailed link) and the draft being written in each edition, kept in
 * localStorage so that a closed tab resumes where the author stopped. Nothing here is sent anywhere but as the
 * `Authorization` header of the author's own requests.
 */
const KEYS = 'wspolnota.bo.authorKeys'
const DRAFTS = 'wspolnota.bo.drafts'

function read(name: string): Record<string, string> {
  try {
    const raw = globalThis.localStorage?.getItem(name)
    const parsed: unknown = raw ? JSON.parse(raw) : {}
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, string>) : {}
  } catch {
    return {}
  }
}

function write(name: string, value: Record<string, string>): void {
  try {
    globalThis.localStorage?.setItem(name, JSON.stringify(value))
  } catch {
    // Private mode: the key still works for this visit (and from the e-mailed link).
  }
}

export function getAuthorKey(projectId: string): string | null {
  return read(KEYS)[projectId] ?? null
}

export function setAuthorKey(projectId: string, token: string): void {
  write(KEYS, { ...read(KEYS), [projectId]: token })
}

export function forgetAuthorKey(projectId: string): void {
  const all = read(KEYS)
  delete all[projectId]
  write(KEYS, all)
}

const draftSlot = (slug: string, year: number | string) => `${slug}/${year}`

export function getCurrentDraft(slug: string, year: number | string): string | null {
  const id = read(DRAFTS)[draftSlot(slug, year)] ?? null
  return id && getAuthorKey(id) ? id : null
}

export function setCurrentDraft(slug: string, year: number | string, projectId: string | null): void {
  const all = read(DRAFTS)
  if (projectId) all[draftSlot(slug, year)] = projectId
  else delete all[draftSlot(slug, year)]
  write(DRAFTS, all)
}

/** Reads `#klucz=…` from the address and removes it from the address bar and history (the key is a secret). */
export const readKeyFromFragment = (): string | null => takeFromFragment('klucz')

/** The author's key from the e-mailed link, stored for the project so that later visits need no link. */
export function takeKeyFromFragment(projectId: string): string | null {
  const token = readKeyFromFragment()
  if (token) setAuthorKey(projectId, token)
  return token
}
