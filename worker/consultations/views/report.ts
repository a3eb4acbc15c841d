import { csvDocument } from '../../core/http/csv'
import type { PdfBlock, PdfInfo } from '../../core/pdf'
import { formatWarsaw } from '../../core/time/polish-calendar'
import { answerKindLabels, answerKinds, type AnswerKind } from '../domain/answers'
import {
  channelLabels,
  dayInWords,
  plural,
  reportChannels,
  type ReportChannel,
  type ReportContent,
  type ReportMissing,
} from '../domain/report'
import type { Consultation } from '../queries'

/*
 * The report's three renderings from one frozen content: the JSON the web page shows, the tagged PDF for the BIP
 * (headings, tables with header cells, Polish), and the CSV for a spreadsheet. Whatever one shows, the others show.
 */

/** The published report as the public API answers it. */
export function reportView(content: ReportContent, publishedAt: Date) {
  return { ...content, publishedAt: publishedAt.toISOString() }
}

/**
 * The staff's view: the report as it would be published now (or as it was), what still stops publishing, and the
 * deadline, so the panel shows what is left to do.
 */
export function staffReportView(
  c: Consultation,
  now: Date,
  draft: { content: ReportContent; missing: ReportMissing },
  published: { content: ReportContent; publishedAt: Date } | undefined,
) {
  return {
    status: c.status,
    ended: !!c.endsAt && now >= c.endsAt,
    closedAt: c.closedAt?.toISOString() ?? null,
    endDate: c.endDate,
    reportDueDate: c.reportDueDate,
    published: published ? reportView(published.content, published.publishedAt) : null,
    draft: draft.content,
    missing: draft.missing,
  }
}

export type ReportView = ReturnType<typeof reportView>
export type StaffReportView = ReturnType<typeof staffReportView>

const channelText = (channel: string) =>
  (reportChannels as readonly string[]).includes(channel) ? channelLabels[channel as ReportChannel] : channel
const answerText = (kind: string) =>
  (answerKinds as readonly string[]).includes(kind) ? answerKindLabels[kind as AnswerKind] : kind

/** The file name of the report's downloads: `raport-konsultacje-{n}.pdf` / `.csv`. */
export const reportFileName = (number: number, ext: 'pdf' | 'csv') => `raport-konsultacje-${number}.${ext}`

/** The PDF's metadata: its title (which readers show instead of the file name) and language. */
export function reportPdfInfo(r: ReportContent): PdfInfo {
  return {
    title: `Raport z konsultacji: ${r.consultation.title}`,
    lang: 'pl',
    author: r.jst,
    subject: r.consultation.subject,
  }
}

/** The comment's passage and proposal, in words. */
function commentCell(i: ReportContent['items'][number]): string {
  return [
    i.paragraphRef ? `Fragment: ${i.paragraphRef}` : 'Uwaga ogólna',
    i.quotedPassage ? `Brzmienie: „${i.quotedPassage}”` : '',
    i.proposal ? `Propozycja: ${i.proposal}` : '',
    `Uzasadnienie: ${i.text}`,
  ]
    .filter(Boolean)
    .join('\n')
}

/**
 * One comment of the report as a heading (its number, and its group's) and two paragraphs: who and what, then the
 * answer. Headings rather than table rows: a reader's list of headings leads to "Uwaga nr 17" among thousands, and
 * pdfkit lays out paragraphs many times faster than table rows, so a big city's report is made in seconds.
 */
function commentBlocks(i: ReportContent['items'][number]): PdfBlock[] {
  return [
    { kind: 'h3', text: i.groupNumber ? `Uwaga nr ${i.number} (grupa ${i.groupNumber})` : `Uwaga nr ${i.number}` },
    { kind: 'p', text: `Autor: ${i.author} (${channelText(i.channel)})\n${commentCell(i)}` },
    {
      kind: 'p',
      text: i.answer
        ? `Rozstrzygnięcie: ${answerText(i.answer.kind)}. Uzasadnienie rozstrzygnięcia: ${i.answer.justification}`
        : 'Rozstrzygnięcie: —',
    },
  ]
}

/** The report as PDF blocks: the consultation, outreach, statistics, every comment with its answer, meetings, opinions. */
export function reportPdfBlocks(r: ReportContent, publishedAt: Date): PdfBlock[] {
  const c = r.consultation
  const s = r.statistics
  const blocks: PdfBlock[] = [
    { kind: 'h1', text: `Raport z konsultacji: ${c.title}` },
    {
      kind: 'p',
      text: `${r.jst}. Konsultacje nr ${c.number}. Raport opublikowano ${formatWarsaw(publishedAt, 'date')}.`,
    },
    { kind: 'h2', text: 'Informacje o konsultacjach' },
    {
      kind: 'table',
      caption: 'Przedmiot, terminy i formy konsultacji',
      header: ['Element', 'Treść'],
      widths: [0.3, 0.7],
      rows: [
        ['Rodzaj', c.presetName],
        ['Przedmiot', c.subject],
        ['Cel', c.purpose],
        ['Termin', `od ${dayInWords(c.startDate)} do ${dayInWords(c.endDate)}`],
        ['Uczestnicy', c.participants],
        ['Zasięg', c.area],
        ['Formy', c.formLabels.join('; ')],
        ['Komórka odpowiedzialna', c.responsibleUnit],
        ['Podstawa prawna', c.councilResolution ? `${c.legalBasis}; ${c.councilResolution}` : c.legalBasis],
        ...(c.orderNumber
          ? [['Zarządzenie', c.orderDate ? `${c.orderNumber} z ${dayInWords(c.orderDate)}` : c.orderNumber]]
          : []),
        ['Adresaci', c.audienceLabel],
      ],
    },
    { kind: 'h2', text: 'Informacja o konsultacjach i zaproszenia' },
    r.outreach.length
      ? {
          kind: 'table',
          caption: 'Zaproszenia wysłane imiennie',
          header: ['Kanał', 'Liczba', 'Adresaci'],
          widths: [0.35, 0.12, 0.53],
          rows: r.outreach.map((o) => [o.label, String(o.count), o.names.join(', ') || '—']),
        }
      : { kind: 'p', text: 'Nie wysyłano zaproszeń imiennych; konsultacje ogłoszono na platformie.' },
    { kind: 'h2', text: 'Statystyka udziału' },
    {
      kind: 'table',
      caption: 'Uwagi i uczestnicy',
      header: ['Wskaźnik', 'Wartość'],
      widths: [0.7, 0.3],
      rows: [
        ['Uwagi (potwierdzone)', String(s.comments)],
        ['Uczestnicy (różne osoby i organizacje)', String(s.participants)],
        ['w tym organizacje', String(s.organizations)],
        ['w tym mieszkańcy', String(s.residents)],
        ...reportChannels.map((k) => [`Uwagi złożone ${channelLabels[k]}`, String(s.byChannel[k])]),
        ...answerKinds.map((k) => [`Rozstrzygnięcie: ${answerKindLabels[k]}`, String(s.byAnswer[k])]),
        ['Grupy uwag jednakowych lub podobnych', String(s.groups)],
        ['Spotkania konsultacyjne', String(s.meetings)],
        ['Uczestnicy spotkań', String(s.attendance)],
      ],
    },
    { kind: 'h2', text: 'Uwagi i odpowiedzi' },
  ]
  if (r.noComments) blocks.push({ kind: 'p', text: r.noComments, bold: true })
  else {
    blocks.push({
      kind: 'p',
      text: `Zestawienie uwag wraz ze sposobem ich rozpatrzenia: ${plural(r.items.length, 'uwaga', 'uwagi', 'uwag')}, każda pod nagłówkiem ze swoim numerem, z autorem, treścią, rozstrzygnięciem i jego uzasadnieniem.`,
    })
    for (const i of r.items) blocks.push(...commentBlocks(i))
  }
  blocks.push({ kind: 'h2', text: 'Spotkania' })
  blocks.push(
    r.meetings.length
      ? {
          kind: 'table',
          caption: 'Spotkania konsultacyjne',
          header: ['Spotkanie', 'Termin', 'Miejsce', 'Zapisani', 'Obecni'],
          widths: [0.3, 0.22, 0.24, 0.12, 0.12],
          rows: r.meetings.map((m) => [
            m.cancelled ? `${m.title} (odwołane)` : m.title,
            formatWarsaw(m.startsAt, 'dateTime'),
            m.mode === 'online' ? 'online' : m.place,
            String(m.signedUp),
            m.attendance === null ? '—' : String(m.attendance),
          ]),
        }
      : { kind: 'p', text: 'Nie organizowano spotkań.' },
  )
  if (r.opinions.length) {
    blocks.push({ kind: 'h2', text: 'Opinie ciał doradczych' })
    blocks.push({
      kind: 'list',
      items: r.opinions.map((o) =>
        o.received
          ? `${o.bodyName}: opinię wydano${o.receivedAt ? ` ${formatWarsaw(o.receivedAt, 'date')}` : ''}${o.opinion ? `: ${o.opinion}` : ''}`
          : `${o.bodyName}: opinii nie wydano${o.dueOn ? ` (termin: ${dayInWords(o.dueOn)})` : ''}`,
      ),
    })
  }
  if (r.programmeSection) {
    blocks.push({ kind: 'h2', text: 'Informacja o sposobie tworzenia programu oraz o przebiegu konsultacji' })
    blocks.push({ kind: 'p', text: r.programmeSection })
  }
  return blocks
}

/** The report as CSV: one row per comment, with its answer; a report without comments is its header alone. */
export function reportCsv(r: ReportContent): string {
  return csvDocument(
    [
      'numer uwagi',
      'grupa',
      'autor',
      'rodzaj autora',
      'sposób złożenia',
      'fragment projektu',
      'wersja projektu',
      'brzmienie fragmentu',
      'propozycja',
      'uzasadnienie uwagi',
      'rozstrzygnięcie',
      'uzasadnienie rozstrzygnięcia',
    ],
    r.items.map((i) => [
      i.number,
      i.groupNumber,
      i.author,
      i.authorKind === 'organization' ? 'organizacja' : 'mieszkaniec',
      channelText(i.channel),
      i.paragraphRef ?? 'uwaga ogólna',
      i.documentVersion,
      i.quotedPassage,
      i.proposal,
      i.text,
      i.answer ? answerText(i.answer.kind) : '',
      i.answer?.justification ?? '',
    ]),
  )
}
