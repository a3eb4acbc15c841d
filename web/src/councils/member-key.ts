import { takeFromFragment } from '../core/lib/fragment'
import { storedKeys } from '../core/lib/stored-keys'

/**
 * A council member's key per body (from the invitation's link `…/rady/{body}/czlonek#klucz=…`), kept in localStorage
 * so the member's browser stays signed in to the members' space; sent only as `Authorization: Bearer …` on the
 * member's own requests (`api(path, { token })`). A member of two bodies keeps two keys.
 */
const keys = storedKeys('wspolnota.councils.memberKeys')

const id = (slug: string, body: string) => `${slug}/${body}`

/** The member's key for this body: a key in the address's fragment (taken and stored), else the stored one. */
export function memberKey(slug: string, body: string): string | null {
  const fromLink = takeFromFragment('klucz')
  if (fromLink) {
    keys.set(id(slug, body), fromLink)
    return fromLink
  }
  return keys.get(id(slug, body))
}

/** Forgets the key (signing out of the members' space on a shared computer, or after the server refused it). */
export function forgetMemberKey(slug: string, body: string): void {
  keys.forget(id(slug, body))
}
