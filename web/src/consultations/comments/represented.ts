import { api, ApiError, enc } from '../../core/lib/api'
import type { OrganizationRecord } from '../../core/organizations/api'
import { getRepresentativeKey, representedOrganizationIds } from '../../core/organizations/keys'

/*
 * Apart from the comments' addresses (./api.ts), so that the pages that only list comments do not load the key store:
 * only the comment form asks which organisations this browser speaks for.
 */

/**
 * An organisation this browser may speak for: the NGO directory's entries whose representative's key is kept here
 * (web/src/core/organizations/keys.ts), each checked with the server so a withdrawn or refused entry, or a replaced
 * key, is not offered. The ids come from the key store's own listing (`representedOrganizationIds`).
 */
export interface Represented {
  id: string
  name: string
  registerName: string | null
  registerNumber: string
  key: string
}

export async function representedOrganizations(): Promise<Represented[]> {
  const found = await Promise.all(
    representedOrganizationIds().map(async (id): Promise<Represented | null> => {
      const key = getRepresentativeKey(id)
      if (!key) return null
      try {
        const o = await api<OrganizationRecord>(`/organizations/${enc(id)}/representative`, { token: key })
        if (o.status === 'refused') return null
        return { id: o.id, name: o.name, registerName: o.registerName, registerNumber: o.registerNumber, key }
      } catch (error) {
        if (error instanceof ApiError) return null
        throw error
      }
    }),
  )
  return found.filter((o): o is Represented => o !== null)
}
