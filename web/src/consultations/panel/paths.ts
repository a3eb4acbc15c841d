import { enc } from '../../core/lib/api'
import { panelPath } from '../../core/lib/context'

/** The section of a consultation in the panel, as `PanelNav` names it (`current`). */
export type PanelSection = 'act' | 'comments' | 'answers' | 'meetings' | 'outreach' | 'report'

/** Each section's address below `/panel/{slug}/konsultacje/{n}` ('' is the opening act and the draft). */
export const PANEL_SECTIONS: readonly { key: PanelSection; segment: string }[] = [
  { key: 'act', segment: '' },
  { key: 'comments', segment: 'uwagi' },
  { key: 'answers', segment: 'odpowiedzi' },
  { key: 'meetings', segment: 'spotkania' },
  { key: 'outreach', segment: 'zasieg' },
  { key: 'report', segment: 'raport' },
]

/**
 * The consultations' addresses in the staff panel and in the staff API, in one place, so every panel page (each
 * helper's own) links with the same words as `PanelNav`.
 */
export const ksPanelPaths = {
  list: (slug: string) => panelPath(slug, 'konsultacje'),
  consultation: (slug: string, number: number | string) => panelPath(slug, `konsultacje/${number}`),
  section: (slug: string, number: number | string, section: PanelSection) => {
    const segment = PANEL_SECTIONS.find((s) => s.key === section)?.segment ?? ''
    return panelPath(slug, `konsultacje/${number}${segment ? `/${segment}` : ''}`)
  },
}

const staffBase = (slug: string) => `/jst/${enc(slug)}/staff/konsultacje`

export const ksStaffApi = {
  list: (slug: string) => staffBase(slug),
  consultation: (slug: string, number: number | string) => `${staffBase(slug)}/${enc(String(number))}`,
  publish: (slug: string, number: number | string) => `${staffBase(slug)}/${enc(String(number))}/publish`,
  document: (slug: string, number: number | string) => `${staffBase(slug)}/${enc(String(number))}/document`,
  docx: (slug: string, number: number | string) => `${staffBase(slug)}/${enc(String(number))}/document/docx`,
  version: (slug: string, number: number | string, version: number) =>
    `${staffBase(slug)}/${enc(String(number))}/document/versions/${version}`,
  compare: (slug: string, number: number | string, from: number, to: number) =>
    `${staffBase(slug)}/${enc(String(number))}/document/compare/${from}/${to}`,
}
