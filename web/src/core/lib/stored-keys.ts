/**
 * A small map of strings kept in localStorage under one entry (`name`): the keys and secrets a browser keeps for its
 * person — a project author's keys, an organisation representative's keys, a council member's keys. Storage that
 * refuses (private mode, full quota) or holds something unreadable reads as empty, so the e-mailed link still works
 * for the visit. Nothing here is sent anywhere; callers send a key only as the `Authorization` of their own requests.
 */
export interface StoredKeys {
  get(id: string): string | null
  set(id: string, value: string): void
  forget(id: string): void
  /** Every id with a non-empty value. */
  ids(): string[]
}

export function storedKeys(name: string): StoredKeys {
  const read = (): Record<string, string> => {
    try {
      const raw = globalThis.localStorage?.getItem(name)
      const parsed: unknown = raw ? JSON.parse(raw) : {}
      return parsed && typeof parsed === 'object' ? (parsed as Record<string, string>) : {}
    } catch {
      return {}
    }
  }
  const write = (value: Record<string, string>) => {
    try {
      globalThis.localStorage?.setItem(name, JSON.stringify(value))
    } catch {
      // Private mode: the key still works for this visit, and from the e-mailed link.
    }
  }
  return {
    get: (id) => read()[id] ?? null,
    set: (id, value) => write({ ...read(), [id]: value }),
    forget: (id) => {
      const all = read()
      delete all[id]
      write(all)
    },
    ids: () =>
      Object.entries(read())
        .filter(([, key]) => typeof key === 'string' && key !== '')
        .map(([id]) => id),
  }
}
