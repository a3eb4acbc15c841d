import type { ComponentProps } from 'preact'
import { FileField } from '../../core/ui'
import type { Translate } from '../../core/i18n'
import { api } from '../../core/lib/api'
import { boBase } from '../api'
import { formatBytes } from '../money'
import type { AuthorProject, Rules } from '../types'
import type { Draft } from './context'

/*
 * What the two steps with files (attachments, and the scanned paper support list of the people step) share: the
 * edition's file types by name, the checks made before sending, and the upload.
 */

/** A file type an edition may allow: one of the server's list in its rules schema (`editionRulesSchema`). */
export type AttachmentType = Rules['submission']['attachments']['types'][number]

/**
 * Short names of the file types an edition may allow (also the choices of the staff form). Typed by the server's list,
 * so a type it adds or drops fails the type check here instead of going unnamed or being offered in vain.
 */
export const TYPE_NAMES: Record<AttachmentType, string> = {
  'application/pdf': 'PDF',
  'image/jpeg': 'JPEG',
  'image/png': 'PNG',
  'image/webp': 'WebP',
  'application/vnd.oasis.opendocument.text': 'ODT',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'DOCX',
}

/** The allowed types as people know them ("PDF, JPEG"), for hints and refusals. */
export function typeNames(types: readonly string[]): string {
  return types.map((type) => TYPE_NAMES[type as AttachmentType] ?? type).join(', ')
}

/** A labelled file input (uncontrolled: browsers do not let scripts set its value). */
export function FileInput(props: Omit<ComponentProps<typeof FileField>, 'class'>) {
  return <FileField {...props} class="bo-file" />
}

/** Why a chosen file cannot be attached (none chosen, too big, a type the edition does not allow), or null. */
export function checkFile(
  file: File | null,
  limits: Rules['submission']['attachments'],
  t: Translate,
  lang: 'pl' | 'en',
): string | null {
  if (!file) return t('budget.files.chooseFile')
  if (file.size > limits.maxBytes)
    return t('budget.files.tooBig', { size: formatBytes(file.size, lang), max: formatBytes(limits.maxBytes, lang) })
  if (file.type && !(limits.types as readonly string[]).includes(file.type))
    return t('budget.files.badType', { types: typeNames(limits.types) })
  return null
}

/** Attaches a file to the draft (an attachment, or a scanned paper list with its count of supporters). */
export async function upload(
  slug: string,
  year: string,
  draft: Draft,
  file: File,
  kind: string,
  paperSupporters?: number,
) {
  const form = new FormData()
  form.append('file', file)
  form.append('kind', kind)
  if (paperSupporters !== undefined) form.append('paperSupporters', String(paperSupporters))
  return api<{ project: AuthorProject }>(`${boBase(slug, year)}/projects/${encodeURIComponent(draft.id)}/attachments`, {
    method: 'POST',
    form,
    token: draft.token,
  })
}
