import type { ChoiceLook } from '../../core/ui'

/** How the members' part's radios look (the core draws the markup; `rdm-` is this folder's CSS prefix). */
export const memberChoice: ChoiceLook = {
  box: 'field rdm-check',
  invalid: 'field-invalid',
  row: 'check-row',
  hint: 'hint',
  group: 'field rdm-choices',
}
