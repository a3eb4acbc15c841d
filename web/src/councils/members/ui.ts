import type { ChoiceLook } from '../../core/ui'

/** How the members' part's radios look (the core draws the markup; `rdm-` is this folder's CSS prefix). */
export const memberChoice: ChoiceLook = {
  box: 'field rdm-check',
  invalid: 'field-invalid',
  row: 'check-row',
  hint: 'hint',
  group: 'field rdm-choices',
}

/** A fresh id for one send of a form, so a double click or a retry posts once (the server keys on it). */
export function clientId(): string {
  const bytes = new Uint8Array(16)
  crypto.getRandomValues(bytes)
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')
}
