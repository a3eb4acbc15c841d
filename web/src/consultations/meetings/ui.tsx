import type { ChoiceLook } from '../../core/ui'

/** How the meetings' checkboxes look (the core draws the markup; `ksm-` is this folder's CSS prefix). */
export const meetingChoice: ChoiceLook = {
  box: 'field ksm-check',
  invalid: 'field-invalid',
  row: 'check-row',
  hint: 'hint',
  group: 'field ksm-choices',
}
