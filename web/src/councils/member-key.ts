import { takeFromFragment } from '../core/lib/fragment'

/**
 * A council member's key per body (from the invitation's link `…/rady/{body}/czlonek#klucz=…`), kept in localStorage
 * so the member's browser stays signed in to the members' space; sent only as `Authorization: Bearer …` on the
 * member's own requests (`api(path, { token })`). A member of two bodies keeps two keys.
 */
const KEYS = 'wspolnota.councils.memberKeys'

function read(): Record<string, string> {
  try {
    const raw = globalThis.localStorage?.getItem(KEYS)
    const parsed: unknown = raw ? JSON.parse(raw) : {}
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, string>) : {}
  } catch {
    return {}
  }
}

function write(value: Record<string, string>): void {
  try {
    globalThis.localStorage?.setItem(KEYS, JSON.stringify(value))
  } catch {
    // Private mode: the key still works for this visit, and from the e-mailed link.
  }
}

const id = (slug: string, body: string) => `${slug}/${body}`

/** The member's key for this body: a key in the address's fragment (taken and stored), else the stored one. */
export function memberKey(slug: string, body: string): string | null {
  const fromLink = takeFromFragment('klucz')
  if (fromLink) {
    write({ ...read(), [id(slug, body)]: fromLink })
    return fromLink
  }
  return read()[id(slug, body)] ?? null
}

/** Forgets the key (signing out of the members' space on a shared computer, or after the server refused it). */
export function forgetMemberKey(slug: string, body: string): void {
  const all = read()
  delete all[id(slug, body)]
  write(all)
}
