import type { PdfBlock } from '../../core/pdf'
import type { AnnouncementView } from './announcement'

/*
 * The A4 poster for the notice board, the library and the parish hall: for people who will never open the BIP.
 * Title, dates, how to take part, and a QR code to the consultation's page with the address written out beneath it
 * (a code alone excludes whoever cannot scan it).
 */

/** The poster's blocks, from the announcement's content so the two never disagree. */
export function posterPdf(a: AnnouncementView): PdfBlock[] {
  const forms = a.elements.find((e) => e.key === 'forms')?.items ?? []
  const unit = a.elements.find((e) => e.key === 'unit')?.text ?? ''
  const subject = a.elements.find((e) => e.key === 'subject')?.text.split(/\n{2,}/)[0] ?? ''
  return [
    { kind: 'p', text: `${a.jst} — konsultacje społeczne`, bold: true, size: 14 },
    { kind: 'h1', text: a.title },
    ...(subject && subject !== a.title ? [{ kind: 'p', text: subject } as PdfBlock] : []),
    { kind: 'p', text: `Od ${a.startWords} do ${a.endWords} włącznie`, bold: true, size: 18 },
    { kind: 'h2', text: 'Jak wziąć udział' },
    { kind: 'list', items: [`Przeczytaj projekt i zgłoś uwagi na stronie: ${a.pageUrl}`, ...forms] },
    { kind: 'qr', text: a.pageUrl, size: 170, alt: `Kod QR prowadzący do strony konsultacji: ${a.pageUrl}` },
    { kind: 'p', text: a.pageUrl, bold: true },
    ...(unit ? [{ kind: 'p', text: `Konsultacje prowadzi: ${unit}` } as PdfBlock] : []),
  ]
}
