import { describe, expect, it } from 'vitest'
import {
  buildReport,
  NO_COMMENTS,
  plural,
  reportMissing,
  RESIDENT,
  type ReportCommentInput,
  type ReportInput,
} from './report'

const consultation: ReportInput['consultation'] = {
  number: 4,
  title: 'Program współpracy na 2027 rok',
  preset: 'program_wspolpracy',
  subject: 'Projekt programu współpracy z organizacjami pozarządowymi na 2027 rok',
  purpose: 'Poznanie opinii organizacji',
  startDate: '2026-09-07',
  endDate: '2026-09-20',
  participants: 'Organizacje pozarządowe działające w gminie',
  area: 'Cała gmina',
  forms: ['written', 'meeting'],
  responsibleUnit: 'Wydział Spraw Społecznych',
  resultsForm: 'Raport na platformie i w BIP',
  reportDueDate: '2026-10-20',
  legalBasis: 'art. 5 ust. 5 upp',
  councilResolution: 'uchwała nr X/1/2011',
  orderNumber: null,
  orderDate: null,
  audience: 'ngos',
  programmeYear: 2027,
}

const comment = (number: number, extra: Partial<ReportCommentInput> = {}): ReportCommentInput => ({
  id: `c${number}`,
  number,
  paragraphRef: '§ 2 ust. 1',
  documentVersion: 1,
  quotedPassage: 'Drzewa podlegają ochronie.',
  proposal: 'Dopisać krzewy.',
  text: `Uzasadnienie uwagi ${number}.`,
  authorKind: 'resident',
  organizationName: null,
  channel: 'online',
  groupId: null,
  hidden: false,
  hiddenReason: null,
  participantKey: `e:osoba${number}@example.pl`,
  ...extra,
})

const input = (extra: Partial<ReportInput> = {}): ReportInput => ({
  jst: 'Gmina Przykładowa',
  consultation,
  comments: [],
  groups: [],
  answers: [],
  meetings: [],
  invitations: [],
  opinions: [],
  documentVersions: 1,
  ...extra,
})

const approved = (target: { commentId?: string; groupId?: string }, kind = 'accepted') => ({
  commentId: target.commentId ?? null,
  groupId: target.groupId ?? null,
  status: 'approved',
  kind,
  justification: 'Uzasadnienie urzędu.',
})

describe('what stops a report', () => {
  it('names the comments answered alone and the groups without an approved answer', () => {
    const data = input({
      comments: [comment(1), comment(2, { groupId: 'g1' }), comment(3, { groupId: 'g1' }), comment(4), comment(5)],
      groups: [{ id: 'g1', number: 1 }],
      answers: [
        approved({ commentId: 'c1' }),
        { ...approved({ commentId: 'c4' }), status: 'proposed' },
        // An answer to a grouped comment does not count: the group is answered as one.
        approved({ commentId: 'c2' }),
      ],
    })
    expect(reportMissing(data)).toEqual({ comments: [4, 5], groups: [1] })
  })

  it('has nothing missing once each is approved', () => {
    const data = input({
      comments: [comment(1), comment(2, { groupId: 'g1' })],
      groups: [{ id: 'g1', number: 1 }],
      answers: [approved({ commentId: 'c1' }), approved({ groupId: 'g1' }, 'rejected')],
    })
    expect(reportMissing(data)).toEqual({ comments: [], groups: [] })
  })
})

describe('the report’s content', () => {
  it('lists every comment with its answer, a group’s answer at each member, residents never named', () => {
    const report = buildReport(
      input({
        comments: [
          comment(2, { groupId: 'g1' }),
          comment(1, { authorKind: 'organization', organizationName: 'Fundacja Zielona', participantKey: 'o:org1' }),
          comment(3, { groupId: 'g1', channel: 'paper' }),
          comment(4, { hidden: true, hiddenReason: 'wulgaryzmy', participantKey: 'e:osoba2@example.pl' }),
        ],
        groups: [{ id: 'g1', number: 1 }],
        answers: [
          approved({ commentId: 'c1' }),
          approved({ groupId: 'g1' }, 'partly_accepted'),
          approved({ commentId: 'c4' }, 'out_of_scope'),
        ],
      }),
    )
    expect(report.items.map((i) => i.number)).toEqual([1, 2, 3, 4])
    expect(report.items[0]).toMatchObject({ author: 'Fundacja Zielona', answer: { kind: 'accepted' } })
    expect(report.items[1]).toMatchObject({ author: RESIDENT, groupNumber: 1, answer: { kind: 'partly_accepted' } })
    expect(report.items[2]!.answer?.label).toBe('częściowo uwzględniona')
    expect(report.items[3]).toMatchObject({ hidden: true, quotedPassage: '', proposal: '' })
    expect(report.items[3]!.text).toContain('wulgaryzmy')
    expect(report.statistics).toMatchObject({
      comments: 4,
      participants: 3,
      organizations: 1,
      residents: 2,
      groups: 1,
      byChannel: { online: 3, paper: 1, email: 0, meeting: 0 },
      byAnswer: { accepted: 1, partly_accepted: 2, out_of_scope: 1, rejected: 0 },
    })
    expect(report.noComments).toBeNull()
  })

  it('is a report with nothing received: "Nie wniesiono uwag", with the outreach done', () => {
    const report = buildReport(
      input({
        invitations: [
          { channel: 'ngo_email', recipientName: 'Fundacja A' },
          { channel: 'ngo_email', recipientName: 'Stowarzyszenie B' },
          { channel: 'subscriber_email', recipientName: 'nie powinno się pojawić' },
          { channel: 'advisory_body_email', recipientName: 'Rada Działalności Pożytku Publicznego' },
        ],
        opinions: [
          {
            bodyName: 'Rada Działalności Pożytku Publicznego',
            required: true,
            dueOn: '2026-10-04',
            opinion: null,
            hasFile: false,
            receivedAt: null,
          },
        ],
      }),
    )
    expect(report.noComments).toBe(NO_COMMENTS)
    expect(report.items).toEqual([])
    expect(report.outreach).toEqual([
      expect.objectContaining({ channel: 'ngo_email', count: 2, names: ['Fundacja A', 'Stowarzyszenie B'] }),
      expect.objectContaining({ channel: 'advisory_body_email', count: 1 }),
      expect.objectContaining({ channel: 'subscriber_email', count: 1, names: [] }),
    ])
    expect(report.opinions[0]).toMatchObject({ received: false })
    expect(report.programmeSection).toContain('nie wniesiono uwag')
    expect(report.programmeSection).toContain('opinii nie wydano w terminie do 4 października 2026')
  })

  it('writes the programme of cooperation’s section on its making and the consultation', () => {
    const report = buildReport(
      input({
        comments: [comment(1), comment(2, { participantKey: 'e:osoba1@example.pl' })],
        answers: [approved({ commentId: 'c1' }), approved({ commentId: 'c2' }, 'rejected')],
        meetings: [
          {
            number: 1,
            title: 'Spotkanie z organizacjami',
            mode: 'onsite',
            startsAt: '2026-09-10T15:00:00.000Z',
            endsAt: '2026-09-10T17:00:00.000Z',
            place: 'Urząd Gminy, sala 1',
            signedUp: 12,
            attendance: 9,
            cancelled: false,
            minutes: true,
          },
        ],
      }),
    )
    const text = report.programmeSection!
    expect(text).toContain('na rok 2027')
    expect(text).toContain('Wydział Spraw Społecznych')
    expect(text).toContain('od 7 września 2026 do 20 września 2026')
    expect(text).toContain('wniesiono 2 uwagi od 0 organizacji i 1 mieszkańca')
    expect(text).toContain('uwzględniona: 1, nieuwzględniona: 1')
    expect(text).toContain('Liczba spotkań konsultacyjnych: 1, liczba ich uczestników: 9')
    expect(buildReport(input({ consultation: { ...consultation, preset: 'inne' } })).programmeSection).toBeNull()
  })

  it('speaks Polish plurals', () => {
    expect([1, 2, 5, 12, 22, 25].map((n) => plural(n, 'uwaga', 'uwagi', 'uwag'))).toEqual([
      '1 uwaga',
      '2 uwagi',
      '5 uwag',
      '12 uwag',
      '22 uwagi',
      '25 uwag',
    ])
  })
})
