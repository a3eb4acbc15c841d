import { takeFromFragment } from '../../core/lib/fragment'

/** The token of an e-mailed confirmation link (`#t=…`), taken from the address and removed from it and the history. */
export const takeToken = (): string | null => takeFromFragment('t')
