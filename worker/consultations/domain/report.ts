import { formatWarsaw } from '../../core/time/polish-calendar'
import { answerKindLabels, answerKinds, isAnswerKind, type AnswerKind } from './answers'
import { audienceLabels, formLabels, isConsultationForm, isPresetKey, presetNames, type Audience } from './presets'

/**
 * The consultation's report (raport z konsultacji), built from plain data: pure, so the staff preview, the frozen
 * publication, the web page, the PDF and the CSV all read the same content, and the web may import its types.
 *
 * What it holds follows the practice of Polish reports (legal-pl §2.4): the subject, dates, legal basis and forms;
 * the outreach actually done (who was invited, by which channel: a quiet consultation is honest only next to it,
 * consultations-councils §7.10); statistics; every comment with its author (an organisation by name, a resident only
 * as "Mieszkaniec"), the passage, the proposal, the justification and the office's answer with its reasons; the
 * meetings and the advisory bodies' opinions. For a programme of cooperation it also writes the programme's section
 * "informacja o sposobie tworzenia programu oraz o przebiegu konsultacji" (upp art. 5a ust. 4 pkt 10). A consultation
 * without comments has a report too: "Nie wniesiono uwag".
 *
 * The content is Polish (a public record of a Polish office); the web shows its keys (`kind`, `channel`) in the
 * reader's language and the texts as written.
 */

/** How a comment reached the office (as `ks_comments.channel`). */
export const reportChannels = ['online', 'paper', 'email', 'meeting'] as const
export type ReportChannel = (typeof reportChannels)[number]

export const channelLabels: Record<ReportChannel, string> = {
  online: 'na platformie',
  paper: 'na papierze',
  email: 'e-mailem',
  meeting: 'na spotkaniu',
}

/** How people were invited (as `ks_invitations.channel`). */
export const outreachChannels = ['ngo_email', 'advisory_body_email', 'subscriber_email'] as const
export type OutreachChannel = (typeof outreachChannels)[number]

export const outreachLabels: Record<OutreachChannel, string> = {
  ngo_email: 'organizacje pozarządowe z dziedzin konsultacji (e-mail)',
  advisory_body_email: 'ciała doradcze i opiniujące (e-mail)',
  subscriber_email: 'subskrybenci powiadomień o konsultacjach (e-mail)',
}

/** The public name of a resident: residents are never named in the report (personal data). */
export const RESIDENT = 'Mieszkaniec'
export const NO_COMMENTS = 'Nie wniesiono uwag.'

/** The consultation as the report needs it (the opening act's fields). */
export interface ReportConsultationInput {
  number: number
  title: string
  preset: string
  subject: string
  purpose: string
  startDate: string
  endDate: string
  participants: string
  area: string
  forms: readonly string[]
  responsibleUnit: string
  resultsForm: string
  reportDueDate: string | null
  legalBasis: string
  councilResolution: string | null
  orderNumber: string | null
  orderDate: string | null
  audience: string
  programmeYear: number | null
}

/** A confirmed, not withdrawn comment (the only ones that count). */
export interface ReportCommentInput {
  id: string
  number: number
  /** Where in the draft ("§ 2 ust. 1"), or null for a general comment or a paragraph that cannot be found. */
  paragraphRef: string | null
  documentVersion: number | null
  quotedPassage: string
  proposal: string
  text: string
  authorKind: 'resident' | 'organization'
  organizationName: string | null
  channel: string
  groupId: string | null
  hiddenReason: string | null
  hidden: boolean
  /** Who the participant is, for counting distinct participants (an organisation, a folded e-mail, a name). */
  participantKey: string
}

export interface ReportGroupInput {
  id: string
  number: number
}

export interface ReportAnswerInput {
  commentId: string | null
  groupId: string | null
  status: string
  kind: string | null
  justification: string
}

export interface ReportMeetingInput {
  number: number
  title: string
  mode: 'online' | 'onsite'
  startsAt: string
  endsAt: string
  place: string
  signedUp: number
  attendance: number | null
  cancelled: boolean
  minutes: boolean
}

export interface ReportInvitationInput {
  channel: string
  recipientName: string | null
}

export interface ReportOpinionInput {
  bodyName: string
  required: boolean
  dueOn: string | null
  opinion: string | null
  hasFile: boolean
  receivedAt: string | null
}

/** Everything the report is built from, read by `queries/report.ts`. */
export interface ReportInput {
  jst: string
  consultation: ReportConsultationInput
  comments: readonly ReportCommentInput[]
  groups: readonly ReportGroupInput[]
  answers: readonly ReportAnswerInput[]
  meetings: readonly ReportMeetingInput[]
  invitations: readonly ReportInvitationInput[]
  opinions: readonly ReportOpinionInput[]
  /** Versions of the draft, when it was published in more than one. */
  documentVersions: number
}

/** One comment in the report, with the answer it got (its group's, when grouped). */
export interface ReportItem {
  number: number
  /** The organisation's name, or "Mieszkaniec". */
  author: string
  authorKind: 'resident' | 'organization'
  channel: string
  paragraphRef: string | null
  documentVersion: number | null
  quotedPassage: string
  proposal: string
  /** The justification (or the whole of a general comment); for a comment hidden by moderation, why it is hidden. */
  text: string
  hidden: boolean
  groupNumber: number | null
  answer: { kind: AnswerKind; label: string; justification: string } | null
}

export interface ReportOutreach {
  channel: OutreachChannel | string
  label: string
  count: number
  /** The organisations and bodies invited (subscribers are people: counted, never named). */
  names: string[]
}

export interface ReportOpinion {
  bodyName: string
  required: boolean
  dueOn: string | null
  received: boolean
  receivedAt: string | null
  opinion: string | null
  hasFile: boolean
}

export interface ReportStatistics {
  comments: number
  participants: number
  organizations: number
  residents: number
  groups: number
  byChannel: Record<ReportChannel, number>
  byAnswer: Record<AnswerKind, number>
  meetings: number
  attendance: number
  invitations: number
}

/** The report's content, as frozen in `ks_reports.content` on publishing. */
export interface ReportContent {
  jst: string
  consultation: ReportConsultationInput & {
    presetName: string
    audienceLabel: string
    formLabels: string[]
  }
  statistics: ReportStatistics
  outreach: ReportOutreach[]
  opinions: ReportOpinion[]
  meetings: ReportMeetingInput[]
  items: ReportItem[]
  /** "Nie wniesiono uwag." when nothing was received, else null. */
  noComments: string | null
  /** The programme of cooperation's section on its making and the consultation (program_wspolpracy only). */
  programmeSection: string | null
  documentVersions: number
}

/** What stops publishing: comments answered alone and groups without an approved answer, by number. */
export interface ReportMissing {
  comments: number[]
  groups: number[]
}

const approved = (a: ReportAnswerInput | undefined) =>
  a && a.status === 'approved' && a.kind && isAnswerKind(a.kind) ? a : undefined

/** The comments and groups still without an approved answer: the report cannot be published until there are none. */
export function reportMissing(input: Pick<ReportInput, 'comments' | 'groups' | 'answers'>): ReportMissing {
  const byComment = new Map(input.answers.filter((a) => a.commentId).map((a) => [a.commentId!, a]))
  const byGroup = new Map(input.answers.filter((a) => a.groupId).map((a) => [a.groupId!, a]))
  const groupIds = new Set(input.groups.map((g) => g.id))
  const comments: number[] = []
  const groups = new Set<number>()
  for (const c of input.comments) {
    if (c.groupId && groupIds.has(c.groupId)) {
      if (!approved(byGroup.get(c.groupId))) groups.add(input.groups.find((g) => g.id === c.groupId)!.number)
    } else if (!approved(byComment.get(c.id))) comments.push(c.number)
  }
  return { comments: comments.sort((a, b) => a - b), groups: [...groups].sort((a, b) => a - b) }
}

const isChannel = (c: string): c is ReportChannel => (reportChannels as readonly string[]).includes(c)
const isOutreach = (c: string): c is OutreachChannel => (outreachChannels as readonly string[]).includes(c)

/** The report's content from its data. Comments in their numbers' order; counts as the statistics section prints them. */
export function buildReport(input: ReportInput): ReportContent {
  const c = input.consultation
  const byComment = new Map(input.answers.filter((a) => a.commentId).map((a) => [a.commentId!, a]))
  const byGroup = new Map(input.answers.filter((a) => a.groupId).map((a) => [a.groupId!, a]))
  const groupNumber = new Map(input.groups.map((g) => [g.id, g.number]))
  const sorted = [...input.comments].sort((a, b) => a.number - b.number)
  const items: ReportItem[] = sorted.map((cm) => {
    const grouped = cm.groupId && groupNumber.has(cm.groupId) ? cm.groupId : null
    const answer = approved(grouped ? byGroup.get(grouped) : byComment.get(cm.id))
    return {
      number: cm.number,
      author: cm.authorKind === 'organization' && cm.organizationName ? cm.organizationName : RESIDENT,
      authorKind: cm.authorKind,
      channel: cm.channel,
      paragraphRef: cm.paragraphRef,
      documentVersion: cm.documentVersion,
      quotedPassage: cm.hidden ? '' : cm.quotedPassage,
      proposal: cm.hidden ? '' : cm.proposal,
      text: cm.hidden ? `Treść ukryta przez moderację: ${cm.hiddenReason ?? ''}`.trim() : cm.text,
      hidden: cm.hidden,
      groupNumber: grouped ? groupNumber.get(grouped)! : null,
      answer: answer
        ? {
            kind: answer.kind as AnswerKind,
            label: answerKindLabels[answer.kind as AnswerKind],
            justification: answer.justification,
          }
        : null,
    }
  })
  const byChannel = Object.fromEntries(reportChannels.map((k) => [k, 0])) as Record<ReportChannel, number>
  const byAnswer = Object.fromEntries(answerKinds.map((k) => [k, 0])) as Record<AnswerKind, number>
  for (const cm of sorted) if (isChannel(cm.channel)) byChannel[cm.channel]++
  for (const item of items) if (item.answer) byAnswer[item.answer.kind]++
  const organizations = new Set(sorted.filter((x) => x.authorKind === 'organization').map((x) => x.participantKey))
  const residents = new Set(sorted.filter((x) => x.authorKind === 'resident').map((x) => x.participantKey))
  const outreach = new Map<string, ReportOutreach>()
  for (const inv of input.invitations) {
    const entry = outreach.get(inv.channel) ?? {
      channel: inv.channel,
      label: isOutreach(inv.channel) ? outreachLabels[inv.channel] : inv.channel,
      count: 0,
      names: [],
    }
    entry.count++
    if (inv.channel !== 'subscriber_email' && inv.recipientName) entry.names.push(inv.recipientName)
    outreach.set(inv.channel, entry)
  }
  const held = input.meetings.filter((m) => !m.cancelled)
  const statistics: ReportStatistics = {
    comments: sorted.length,
    participants: organizations.size + residents.size,
    organizations: organizations.size,
    residents: residents.size,
    groups: new Set(items.map((i) => i.groupNumber).filter((g) => g !== null)).size,
    byChannel,
    byAnswer,
    meetings: held.length,
    attendance: held.reduce((n, m) => n + (m.attendance ?? 0), 0),
    invitations: input.invitations.length,
  }
  const content: ReportContent = {
    jst: input.jst,
    consultation: {
      ...c,
      forms: [...c.forms],
      presetName: isPresetKey(c.preset) ? presetNames[c.preset] : c.preset,
      audienceLabel: audienceLabels[c.audience as Audience] ?? c.audience,
      formLabels: c.forms.map((f) => (isConsultationForm(f) ? formLabels[f] : f)),
    },
    statistics,
    outreach: outreachChannels
      .map((k) => outreach.get(k))
      .filter((o): o is ReportOutreach => !!o)
      .concat([...outreach.values()].filter((o) => !isOutreach(o.channel))),
    opinions: input.opinions.map((o) => ({
      bodyName: o.bodyName,
      required: o.required,
      dueOn: o.dueOn,
      received: !!(o.receivedAt || o.opinion || o.hasFile),
      receivedAt: o.receivedAt,
      opinion: o.opinion,
      hasFile: o.hasFile,
    })),
    meetings: [...input.meetings],
    items,
    noComments: items.length === 0 ? NO_COMMENTS : null,
    programmeSection: null,
    documentVersions: input.documentVersions,
  }
  content.programmeSection = c.preset === 'program_wspolpracy' ? programmeSection(content) : null
  return content
}

/** A Warsaw day in words ("30 listopada 2026"); noon UTC is inside the same Warsaw day all year. */
export const dayInWords = (date: string) => formatWarsaw(new Date(`${date}T12:00:00Z`), 'date')

/** "1 uwaga", "3 uwagi", "5 uwag": Polish plural forms. */
export function plural(n: number, one: string, few: string, many: string): string {
  const tens = n % 100
  const units = n % 10
  const word = n === 1 ? one : units >= 2 && units <= 4 && (tens < 12 || tens > 14) ? few : many
  return `${n} ${word}`
}

/**
 * The programme of cooperation's section "Informacja o sposobie tworzenia programu oraz o przebiegu konsultacji" (upp
 * art. 5a ust. 4 pkt 10), written from the report so the council's draft resolution gets the true record: who
 * prepared it, when and how it was consulted, who was invited, how many comments came and how they were answered,
 * and the public benefit council's opinion.
 */
export function programmeSection(r: ReportContent): string {
  const c = r.consultation
  const s = r.statistics
  const year = c.programmeYear ? ` na rok ${c.programmeYear}` : ''
  const parts: string[] = []
  parts.push(
    `Projekt programu współpracy z organizacjami pozarządowymi oraz podmiotami wymienionymi w art. 3 ust. 3 ustawy o działalności pożytku publicznego i o wolontariacie${year} przygotował${c.responsibleUnit ? `a komórka: ${c.responsibleUnit}` : ' urząd'}.`,
  )
  parts.push(
    `Projekt poddano konsultacjom od ${dayInWords(c.startDate)} do ${dayInWords(c.endDate)} na podstawie ${c.councilResolution ? `${c.councilResolution} (${c.legalBasis})` : c.legalBasis}, w formie: ${c.formLabels.join(', ')}.`,
  )
  const invited = r.outreach.map((o) => `${o.label}: ${o.count}`).join('; ')
  parts.push(
    invited
      ? `O konsultacjach powiadomiono imiennie (${invited}); informację opublikowano na platformie konsultacji.`
      : 'Informację o konsultacjach opublikowano na platformie konsultacji.',
  )
  if (s.comments === 0) parts.push(`W trakcie konsultacji nie wniesiono uwag.`)
  else {
    const answered = answerKinds
      .filter((k) => s.byAnswer[k] > 0)
      .map((k) => `${answerKindLabels[k]}: ${s.byAnswer[k]}`)
      .join(', ')
    parts.push(
      `W trakcie konsultacji wniesiono ${plural(s.comments, 'uwagę', 'uwagi', 'uwag')} od ${plural(s.organizations, 'organizacji', 'organizacji', 'organizacji')} i ${plural(s.residents, 'mieszkańca', 'mieszkańców', 'mieszkańców')}. Sposób ich rozpatrzenia: ${answered}.`,
    )
  }
  if (s.meetings > 0)
    parts.push(`Liczba spotkań konsultacyjnych: ${s.meetings}, liczba ich uczestników: ${s.attendance}.`)
  for (const o of r.opinions)
    parts.push(
      o.received
        ? `${o.bodyName}: opinię o projekcie wydano${o.receivedAt ? ` ${formatWarsaw(o.receivedAt, 'date')}` : ''}.`
        : `${o.bodyName}: opinii nie wydano${o.dueOn ? ` w terminie do ${dayInWords(o.dueOn)}` : ''}.`,
    )
  parts.push('Szczegółowe zestawienie uwag wraz ze sposobem ich rozpatrzenia zawiera raport z konsultacji.')
  return parts.join(' ')
}
