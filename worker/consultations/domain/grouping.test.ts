import { describe, expect, it } from 'vitest'
import { commentKey, groupComments, withoutSignature, type CommentText } from './grouping'

/** A seeded generator (mulberry32), so the generated comments are the same on every run. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const CAMPAIGN = [
  'Szanowni Państwo,',
  'jako mieszkaniec gminy sprzeciwiam się wykreśleniu z projektu programu współpracy zadania dotyczącego ochrony',
  'zwierząt bezdomnych. Schronisko prowadzone przez stowarzyszenie od lat wyręcza gminę w obowiązkach, a bez',
  'dotacji w roku 2027 będzie musiało ograniczyć przyjmowanie zwierząt. Wnoszę o przywrócenie zadania w § 6',
  'pkt 5 oraz o zwiększenie kwoty przeznaczonej na jego realizację do poziomu z roku ubiegłego.',
].join('\n')

const FIRST = ['Jan', 'Anna', 'Piotr', 'Katarzyna', 'Tomasz', 'Małgorzata', 'Łukasz', 'Zofia', 'Michał', 'Ewa']
const LAST = ['Kowalski', 'Nowak', 'Wiśniewska', 'Wójcik', 'Kamińska', 'Lewandowski', 'Zieliński', 'Szymańska']
const STREETS = ['Długa', 'Krótka', 'Polna', 'Leśna', 'Słoneczna', 'Ogrodowa', 'Lipowa', 'Brzozowa']

/** A copy of the campaign letter as people send it: signed, re-typed, sometimes with a changed word or a typo. */
function campaignCopy(i: number, rnd: () => number): string {
  const name = `${FIRST[i % FIRST.length]} ${LAST[Math.floor(rnd() * LAST.length)]}`
  const street = `ul. ${STREETS[Math.floor(rnd() * STREETS.length)]} ${1 + Math.floor(rnd() * 80)}`
  let body = CAMPAIGN
  const variant = i % 6
  if (variant === 1) body = body.toUpperCase()
  if (variant === 2) body = body.replace(/[ąćęłńóśźż]/g, (c) => 'acelnoszz'['ąćęłńóśźż'.indexOf(c)]!)
  if (variant === 3) body = body.replace('sprzeciwiam się', 'stanowczo sprzeciwiam się').replace(/,/g, '')
  if (variant === 4) body = body.replace('jako mieszkaniec gminy', `jako ${name}, mieszkaniec gminy (${street}),`)
  if (variant === 5) body = body.replace('schronisko', 'schronsiko').replace(/\n/g, ' ')
  const signature =
    i % 3 === 0
      ? `\n\nZ poważaniem\n${name}\n${street}, 00-${String(100 + (i % 900)).padStart(3, '0')} Przykładowo`
      : i % 3 === 1
        ? `\n${name}`
        : `\n\n${name}\n${name.toLowerCase().replace(' ', '.')}@example.pl`
  return body + signature
}

const WORDS = (
  'park drzewa ścieżka rowerowa parking szkoła przedszkole świetlica seniorzy młodzież sport boisko biblioteka ' +
  'kultura koncert festiwal dotacja konkurs stowarzyszenie fundacja wolontariat schronisko zwierzęta ekologia ' +
  'recykling śmieci transport autobus przystanek oświetlenie chodnik remont świetlicy dom kultury sołectwo rada ' +
  'seniorów młodzieżowa rada budżet obywatelski konsultacje program priorytet zadanie środki kwota zwiększenie ' +
  'zmniejszenie wniosek uwaga propozycja dodanie usunięcie paragraf punkt zakres opieka zdrowie profilaktyka ' +
  'uzależnienia rodzina dzieci pomoc społeczna niepełnosprawność integracja cudzoziemcy turystyka krajoznawstwo ' +
  'rekreacja pływalnia lodowisko plac zabaw zieleń miejska staw rzeka most droga gminna kanalizacja woda ciepło ' +
  'energia fotowoltaika klimat powódź bezpieczeństwo straż pożarna ochotnicza policja monitoring edukacja ' +
  'warsztaty szkolenia doradztwo lokal siedziba współpraca partnerstwo umowa sprawozdanie rozliczenie termin'
).split(' ')

/** A distinct comment on the same programme: random words of one vocabulary, 12–40 of them. */
function distinctComment(rnd: () => number): string {
  const n = 12 + Math.floor(rnd() * 29)
  const words = Array.from({ length: n }, () => WORDS[Math.floor(rnd() * WORDS.length)]!)
  return `${words.join(' ')}.`
}

/** Handwritten comments about the same subjects as the campaign: related, but each its own. */
const RELATED = [
  'Proponuję dodać w § 6 zadanie z zakresu ochrony zwierząt, w szczególności kastracji kotów wolno żyjących.',
  'Wnoszę o zwiększenie kwoty na ochronę zwierząt bezdomnych o 20 000 zł kosztem zadań z zakresu turystyki.',
  'Schronisko powinno być finansowane z budżetu gminy, a nie z dotacji dla organizacji pozarządowych.',
  'Jestem przeciw.',
  'Jestem za.',
  'Popieram projekt programu w obecnym brzmieniu.',
  'W § 3 ust. 2 pkt 3 proszę dopisać osoby z niepełnosprawnościami intelektualnymi i ich opiekunów.',
  'Termin sprawozdania w § 10 jest niezgodny z ustawą: sprawozdanie przedkłada się do 31 maja.',
  'Brakuje w programie informacji o małych grantach z art. 19a ustawy — proszę to uzupełnić.',
  'Proponuję, aby lokale gminne były udostępniane organizacjom nieodpłatnie także w weekendy.',
]

describe('comment grouping', () => {
  it('puts copies that differ in case, Polish letters, punctuation and spacing into one wording', () => {
    const texts = [
      'Sprzeciwiam się wycince drzew w parku!',
      'SPRZECIWIAM SIĘ WYCINCE DRZEW W PARKU',
      'sprzeciwiam sie wycince   drzew, w parku.',
      'Sprzeciwiam się\nwycince drzew w parku',
    ]
    expect(new Set(texts.map(commentKey)).size).toBe(1)
    const groups = groupComments(texts.map((text, i) => ({ id: `c${i}`, text })))
    expect(groups).toEqual([
      { representative: 'c0', ids: ['c0', 'c1', 'c2', 'c3'], count: 4, identical: 4, variants: 1 },
    ])
  })

  it('drops signatures, greetings, addresses and dates at the edges, but keeps short statements', () => {
    expect(withoutSignature('Szanowni Państwo,\nProszę o dodanie zadania.\nZ poważaniem\nJan Kowalski')).toBe(
      'Proszę o dodanie zadania.',
    )
    expect(withoutSignature('Proszę o dodanie zadania.\nAnna Nowak\nul. Polna 3, 00-123 Przykładowo\n12.10.2026')).toBe(
      'Proszę o dodanie zadania.',
    )
    expect(withoutSignature('Proszę o dodanie zadania.\nJestem przeciw')).toBe(
      'Proszę o dodanie zadania.\nJestem przeciw',
    )
    expect(withoutSignature('Jan Kowalski')).toBe('Jan Kowalski')
    expect(commentKey('Popieram.\nJan Kowalski')).toBe(commentKey('popieram\n\nAnna Nowak-Wiśniewska'))
  })

  it('keeps different statements apart, however short or close in subject', () => {
    const groups = groupComments(RELATED.map((text, i) => ({ id: `r${i}`, text })))
    expect(groups).toHaveLength(RELATED.length)
    expect(groups.every((g) => g.count === 1)).toBe(true)
  })

  it('groups a letter whose signer also named themselves in the first sentence', () => {
    const rnd = random(7)
    const groups = groupComments([4, 10, 16].map((i) => ({ id: `k${i}`, text: campaignCopy(i, rnd) })))
    expect(groups).toHaveLength(1)
    expect(groups[0]!.variants).toBe(3)
  })

  it('keeps a copy with a long personal addition apart from the campaign', () => {
    const rnd = random(3)
    const copies = Array.from({ length: 20 }, (_, i) => ({ id: `k${i}`, text: campaignCopy(i, rnd) }))
    const own = {
      id: 'own',
      text:
        'Schronisko w naszej gminie pomaga też rodzinom, które nie mogą zatrzymać zwierzęcia po śmierci właściciela, ' +
        'organizuje lekcje dla szkół i wolontariat dla młodzieży, a jego lecznica przyjmuje dzikie zwierzęta ' +
        'ranne na drogach gminnych. Bez tej pracy gmina musiałaby zatrudnić co najmniej dwie osoby. ' +
        CAMPAIGN,
    }
    const groups = groupComments([...copies, own])
    expect(groups.map((g) => g.count)).toEqual([20, 1])
  })

  it('groups 3,000 campaign copies and 200 distinct comments into 201 groups, well within a second', () => {
    const rnd = random(2027)
    const comments: CommentText[] = []
    for (let i = 0; i < 3000; i++) comments.push({ id: `k${i}`, text: campaignCopy(i, rnd) })
    RELATED.forEach((text, i) => comments.push({ id: `r${i}`, text }))
    for (let i = RELATED.length; i < 200; i++) comments.push({ id: `d${i}`, text: distinctComment(rnd) })
    // Campaign copies arrive among the others, not in one block.
    for (let i = comments.length - 1; i > 0; i--) {
      const j = Math.floor(rnd() * (i + 1))
      ;[comments[i], comments[j]] = [comments[j]!, comments[i]!]
    }

    const started = performance.now()
    const groups = groupComments(comments)
    const ms = performance.now() - started
    console.log(
      `groupComments: ${comments.length} comments (${groups[0]!.variants} wordings of the campaign) → ${groups.length} groups in ${ms.toFixed(0)} ms`,
    )

    expect(groups).toHaveLength(201)
    const [campaign, ...rest] = groups
    expect(campaign!.count).toBe(3000)
    expect(campaign!.ids.every((id) => id.startsWith('k'))).toBe(true)
    expect(campaign!.variants).toBeGreaterThan(1)
    expect(campaign!.identical).toBeLessThan(3000)
    expect(rest.every((g) => g.count === 1 && !g.ids[0]!.startsWith('k'))).toBe(true)
    // The representative is the first copy of the most frequent wording; the members keep the order given.
    const order = comments.map((c) => c.id)
    expect(campaign!.ids).toEqual(order.filter((id) => id.startsWith('k')))
  })

  it('is deterministic: the same comments give the same groups', () => {
    const rnd = random(5)
    const comments = Array.from({ length: 300 }, (_, i) => ({
      id: `c${i}`,
      text: i % 2 ? campaignCopy(i, rnd) : distinctComment(rnd),
    }))
    expect(groupComments(comments)).toEqual(groupComments(comments))
  })
})
