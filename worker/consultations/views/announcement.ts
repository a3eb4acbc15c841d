import type { PdfBlock } from '../../core/pdf'
import { AREAS } from '../../core/organizations/areas'
import { formatWarsaw } from '../../core/time/polish-calendar'
import {
  audienceLabels,
  formLabels,
  isConsultationForm,
  isPresetKey,
  presetNames,
  type Audience,
} from '../domain/presets'
import type { Consultation } from '../queries'

/*
 * The announcement of a consultation, ready for the JST's Biuletyn Informacji Publicznej: the opening act's six
 * elements (subject and purpose; first and last day; who may take part and where; the forms; the responsible unit;
 * how and by when the results are published), its legal basis and the order that opened it, with the platform's
 * addresses. The text is the official Polish one (it is what the office publishes); the web page names the parts in
 * the reader's language, the values stay as the act says them.
 */

/** The six elements of the opening act, in the order the announcement prints them. */
export const ANNOUNCEMENT_ELEMENTS = ['subject', 'period', 'participants', 'forms', 'unit', 'results'] as const
export type AnnouncementElement = (typeof ANNOUNCEMENT_ELEMENTS)[number]

/** The Polish heading of each element, as the announcement and its PDF print it. */
export const elementLabels: Record<AnnouncementElement, string> = {
  subject: 'Przedmiot i cel konsultacji',
  period: 'Termin rozpoczęcia i zakończenia konsultacji',
  participants: 'Uczestnicy konsultacji i zasięg terytorialny',
  forms: 'Formy konsultacji i sposób zgłaszania uwag',
  unit: 'Komórka organizacyjna odpowiedzialna za przeprowadzenie konsultacji',
  results: 'Sposób i termin ogłoszenia wyników konsultacji',
}

/** A Warsaw day in Polish words ("14 listopada 2026"); noon UTC is inside the same Warsaw day all year. */
export const dayInWords = (date: string) => formatWarsaw(new Date(`${date}T12:00:00Z`), 'date')

const root = (appUrl: string) => appUrl.replace(/\/+$/, '')

/** The announcement's content (`GET …/konsultacje/{n}/announcement`). */
export function announcementView(appUrl: string, tenant: { slug: string; name: string }, c: Consultation) {
  const page = `${root(appUrl)}/${tenant.slug}/konsultacje/${c.number}`
  const forms = c.forms.map((f) => (isConsultationForm(f) ? formLabels[f] : f))
  const order = c.orderNumber
    ? `zarządzenie nr ${c.orderNumber}${c.orderDate ? ` z dnia ${dayInWords(c.orderDate)}` : ''}`
    : null
  const elements: { key: AnnouncementElement; text: string; items?: string[] }[] = [
    { key: 'subject', text: [c.subject, c.purpose].filter(Boolean).join('\n\n') },
    {
      key: 'period',
      text: `od ${dayInWords(c.startDate)} do ${dayInWords(c.endDate)} (oba dni włącznie)`,
    },
    { key: 'participants', text: [c.participants, c.area].filter(Boolean).join('\n\n') },
    { key: 'forms', text: `Projekt dokumentu i formularz uwag: ${page}`, items: forms },
    { key: 'unit', text: c.responsibleUnit },
    {
      key: 'results',
      text: c.reportDueDate ? `${c.resultsForm} — do ${dayInWords(c.reportDueDate)}` : c.resultsForm,
    },
  ]
  return {
    jst: tenant.name,
    number: c.number,
    title: c.title,
    kind: isPresetKey(c.preset) ? presetNames[c.preset] : c.preset,
    startDate: c.startDate,
    endDate: c.endDate,
    reportDueDate: c.reportDueDate,
    /** The first and last day in Polish words, for the poster and the PDF. */
    startWords: dayInWords(c.startDate),
    endWords: dayInWords(c.endDate),
    intro: `${tenant.name} ogłasza konsultacje społeczne: ${c.title}.`,
    elements,
    legalBasis: c.legalBasis,
    councilResolution: c.councilResolution,
    order,
    audience: audienceLabels[c.audience as Audience] ?? c.audience,
    publicTaskAreas: AREAS.filter((a) => c.publicTaskAreas.includes(a.key)).map((a) => ({
      key: a.key,
      point: a.point,
      label: a.pl,
    })),
    programmeYear: c.programmeYear,
    publishedAt: c.publishedAt?.toISOString() ?? null,
    pageUrl: page,
    posterUrl: `${root(appUrl)}/api/v1/jst/${tenant.slug}/konsultacje/${c.number}/poster.pdf`,
    pdfUrl: `${root(appUrl)}/api/v1/jst/${tenant.slug}/konsultacje/${c.number}/announcement.pdf`,
  }
}

export type AnnouncementView = ReturnType<typeof announcementView>

/** The announcement as the blocks of a tagged PDF: the same text, for the BIP or the notice board. */
export function announcementPdf(a: AnnouncementView): PdfBlock[] {
  const blocks: PdfBlock[] = [
    { kind: 'h1', text: `Ogłoszenie o konsultacjach społecznych: ${a.title}` },
    { kind: 'p', text: a.intro },
  ]
  a.elements.forEach((e, i) => {
    blocks.push({ kind: 'h2', text: `${i + 1}. ${elementLabels[e.key]}` })
    for (const para of e.text.split(/\n{2,}/).filter(Boolean)) blocks.push({ kind: 'p', text: para })
    if (e.items?.length) blocks.push({ kind: 'list', items: e.items })
  })
  blocks.push({ kind: 'h2', text: 'Podstawa prawna' }, { kind: 'p', text: a.legalBasis })
  if (a.councilResolution) blocks.push({ kind: 'p', text: `Zasady konsultacji: ${a.councilResolution}` })
  if (a.order) blocks.push({ kind: 'p', text: `Konsultacje ogłoszono: ${a.order}` })
  blocks.push({ kind: 'h2', text: 'Adresaci' }, { kind: 'p', text: a.audience })
  if (a.publicTaskAreas.length)
    blocks.push(
      { kind: 'h3', text: 'Sfery zadań publicznych (art. 4 ust. 1 ustawy o działalności pożytku publicznego)' },
      { kind: 'list', items: a.publicTaskAreas.map((x) => `pkt ${x.point}: ${x.label}`) },
    )
  blocks.push({ kind: 'p', text: `Strona konsultacji: ${a.pageUrl}` })
  return blocks
}
