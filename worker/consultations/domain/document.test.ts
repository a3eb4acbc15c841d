import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  commentPlacement,
  compareSections,
  compareVersions,
  nextVersion,
  parseDocument,
  type DraftDocument,
  type Paragraph,
} from './document'

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8')
const v1Text = fixture('program-wspolpracy.md')
const v2Text = fixture('program-wspolpracy-v2.md')

const paragraphs = (doc: DraftDocument): Paragraph[] => doc.sections.flatMap((s) => s.paragraphs)
const byText = (doc: DraftDocument, start: string) => {
  const found = paragraphs(doc).find((p) => p.text.startsWith(start))
  if (!found) throw new Error(`no paragraph starting "${start}"`)
  return found
}

describe('parsing a draft', () => {
  const v1 = parseDocument(v1Text)

  it('reads the chapters of a Polish act as sections, with their titles from the next line', () => {
    expect(v1.version).toBe(1)
    expect(v1.sections.map((s) => [s.level, s.heading])).toEqual([
      [1, 'Roczny program współpracy Gminy Przykładowo z organizacjami pozarządowymi na rok 2027'],
      [2, 'Rozdział 1. Postanowienia ogólne'],
      [2, 'Rozdział 2. Cele programu'],
      [2, 'Rozdział 3. Zasady współpracy'],
      [2, 'Rozdział 4. Formy współpracy'],
      [2, 'Rozdział 5. Priorytetowe zadania publiczne'],
      [2, 'Rozdział 6. Okres realizacji i wysokość środków'],
      [2, 'Rozdział 7. Sposób tworzenia programu i przebieg konsultacji'],
      [2, 'Rozdział 8. Postanowienia końcowe'],
    ])
    expect(v1.sections[0]!.paragraphs).toEqual([])
  })

  it('makes every §, ustęp and punkt a paragraph with its marker and its reference', () => {
    expect(paragraphs(v1)).toHaveLength(31)
    const point = byText(v1, 'promocja wolontariatu')
    expect(point).toMatchObject({
      marker: '4)',
      ref: '§ 3 ust. 2 pkt 4',
      text: 'promocja wolontariatu wśród dzieci i młodzieży.',
    })
    // A lone "§ 3." joins the ustęp after it, as acts print it.
    expect(byText(v1, 'Celem głównym')).toMatchObject({ marker: '§ 3. 1.', ref: '§ 3 ust. 1' })
    expect(byText(v1, 'Program określa')).toMatchObject({ marker: '§ 2.', ref: '§ 2' })
    // Wrapped lines continue their paragraph.
    expect(byText(v1, 'ustawie')).toMatchObject({
      ref: '§ 1 pkt 1',
      text: 'ustawie – należy przez to rozumieć ustawę z dnia 24 kwietnia 2003 r. o działalności pożytku publicznego i o wolontariacie;',
    })
  })

  it('derives ids from the content: unique, the same on every reading, independent of position', () => {
    const ids = [...paragraphs(v1).map((p) => p.id), ...v1.sections.map((s) => s.id)]
    expect(new Set(ids).size).toBe(ids.length)
    expect(ids.every((id) => /^[ps]-[0-9a-z]{10}(-\d+)?$/.test(id))).toBe(true)
    expect(parseDocument(v1Text)).toEqual(v1)
    const moved = parseDocument(`Nowy akapit na początku.\n\n${v1Text}`)
    expect(byText(moved, 'Program określa').id).toBe(byText(v1, 'Program określa').id)
  })

  it('follows § 1. 1. on one line, litery, tirets and a Markdown chapter with its title below', () => {
    const doc = parseDocument(
      [
        '## Rozdział 1',
        'Postanowienia ogólne',
        '',
        '§ 1. 1. Program obejmuje:',
        '1) zadania własne, w tym:',
        'a) kulturę,',
        '– w tym ochronę zabytków,',
        'b) sport;',
        '2) zadania zlecone.',
        '2. Program obowiązuje rok.',
      ].join('\n'),
    )
    expect(doc.sections.map((s) => s.heading)).toEqual(['Rozdział 1. Postanowienia ogólne'])
    expect(paragraphs(doc).map((p) => [p.marker, p.ref])).toEqual([
      ['§ 1. 1.', '§ 1 ust. 1'],
      ['1)', '§ 1 ust. 1 pkt 1'],
      ['a)', '§ 1 ust. 1 pkt 1 lit. a'],
      ['–', '§ 1 ust. 1 pkt 1 lit. a'],
      ['b)', '§ 1 ust. 1 pkt 1 lit. b'],
      ['2)', '§ 1 ust. 1 pkt 2'],
      ['2.', '§ 1 ust. 2'],
    ])
  })

  it('numbers repeated texts apart', () => {
    const doc = parseDocument('§ 1. (uchylony)\n\n§ 2. (uchylony)\n\n§ 3. Treść.')
    const [a, b, c] = paragraphs(doc)
    expect(a!.id).not.toBe(b!.id)
    expect(b!.id).toBe(`${a!.id}-2`)
    expect(c!.ref).toBe('§ 3')
  })

  it('reads pasted text: one paragraph a line without blank lines, blank-line blocks otherwise', () => {
    const lines = parseDocument('Pierwszy akapit.\nDrugi akapit.\nTrzeci akapit.')
    expect(lines.sections).toHaveLength(1)
    expect(lines.sections[0]).toMatchObject({ heading: '', level: 0 })
    expect(paragraphs(lines).map((p) => p.text)).toEqual(['Pierwszy akapit.', 'Drugi akapit.', 'Trzeci akapit.'])
    const blocks = parseDocument('Pierwszy akapit\nzawinięty.\n\nDrugi akapit.\r\n')
    expect(paragraphs(blocks).map((p) => p.text)).toEqual(['Pierwszy akapit zawinięty.', 'Drugi akapit.'])
  })

  it('reads Markdown headings, list items and text before the first heading', () => {
    const doc = parseDocument(
      'Wstęp przed nagłówkiem.\n\n## Cele\n\n- pierwszy cel;\n- drugi cel.\n\n### Szczegóły ###\n\nTekst.\n\nROZDZIAŁ IV – Finanse\n\n§ 9. Kwota.',
    )
    expect(doc.sections.map((s) => [s.level, s.heading, s.paragraphs.length])).toEqual([
      [0, '', 1],
      [2, 'Cele', 2],
      [3, 'Szczegóły', 1],
      [2, 'ROZDZIAŁ IV. Finanse', 1],
    ])
    expect(doc.sections[1]!.paragraphs[0]).toMatchObject({ marker: '–', text: 'pierwszy cel;' })
  })
})

describe('the next version of a draft', () => {
  const v1 = parseDocument(v1Text)
  const mapping = nextVersion(v1, parseDocument(v2Text))
  const v2 = mapping.document

  it('keeps the ids of unchanged, moved and edited paragraphs and names what changed', () => {
    expect(v2.version).toBe(2)
    const id = (doc: DraftDocument, start: string) => byText(doc, start).id
    expect(mapping.kept).toHaveLength(27)
    expect(mapping.edited.sort()).toEqual(
      [id(v1, 'tworzenia wspólnych'), id(v1, 'ekologii'), id(v1, 'Na realizację')].sort(),
    )
    // The swapped pair: one of the two stays in order, the other moved; the former last point moved to the top.
    expect(mapping.moved.sort()).toEqual([id(v1, 'zwiększenie udziału'), id(v1, 'ekologii')].sort())
    expect(mapping.removed).toEqual([id(v1, 'udostępniania organizacjom')])
    expect(mapping.added).toEqual([id(v2, 'przeciwdziałania wykluczeniu')])
    for (const start of ['Program określa', 'zwiększenie udziału', 'ekologii', 'Na realizację', 'Sprawozdanie'])
      expect(id(v2, start)).toBe(id(v1, start))
    expect(paragraphs(v1).map((p) => p.id)).not.toContain(mapping.added[0])
  })

  it('marks edited paragraphs changed and moved ones moved, and nothing else', () => {
    expect(byText(v2, 'Na realizację')).toMatchObject({ changed: true, marker: '§ 8.' })
    expect(byText(v2, 'ekologii')).toMatchObject({ changed: true, moved: true, marker: '1)', ref: '§ 6 pkt 1' })
    expect(byText(v2, 'zwiększenie udziału')).toMatchObject({ moved: true })
    expect(byText(v2, 'zwiększenie udziału').changed).toBeUndefined()
    // Renumbered by the move ("2)" → "3)"), the text the same: no change.
    expect(byText(v2, 'kultury, sztuki')).not.toHaveProperty('changed')
    expect(byText(v2, 'kultury, sztuki')).not.toHaveProperty('moved')
    expect(paragraphs(v2).filter((p) => p.changed)).toHaveLength(3)
  })

  it('keeps the section ids, also for a renumbered chapter, and retires removed ids', () => {
    expect(v2.sections.map((s) => s.id)).toEqual(v1.sections.map((s) => s.id))
    expect(compareSections(v1, v2)).toEqual([])
    expect(v2.retired).toEqual(mapping.removed)
    const renumbered = nextVersion(
      v1,
      parseDocument(
        v1Text.replace('**Rozdział 5**', '**Rozdział 6**').replace('**Rozdział 6**\nOkres', '**Rozdział 7**\nOkres'),
      ),
    )
    expect(renumbered.document.sections.map((s) => s.id)).toEqual(v1.sections.map((s) => s.id))
    expect(compareSections(v1, renumbered.document).map((c) => c.kind)).toEqual(['renamed', 'renamed'])
  })

  it('never gives a retired id again, even to the same text brought back', () => {
    const v3 = nextVersion(v2, parseDocument(v1Text)).document
    const back = byText(v3, 'udostępniania organizacjom')
    expect(back.id).not.toBe(mapping.removed[0])
    expect(back.id).toBe(`${mapping.removed[0]}-2`)
    expect(v3.retired).toContain(byText(v2, 'przeciwdziałania wykluczeniu').id)
  })

  it('treats a rewrite below the similarity threshold as a removal and an addition', () => {
    const doc = parseDocument('§ 1. Program obowiązuje w roku 2027.\n\n§ 2. Środki pochodzą z budżetu gminy.')
    const next = nextVersion(doc, parseDocument('§ 1. Program obowiązuje w roku 2027.\n\n§ 2. Zadania zleca wójt.'))
    expect(next.removed).toHaveLength(1)
    expect(next.added).toHaveLength(1)
    expect(next.edited).toEqual([])
  })
})

describe('comparing versions', () => {
  const v1 = parseDocument(v1Text)
  const v2 = nextVersion(v1, parseDocument(v2Text)).document

  it('lists each change in the order of the new version, removed text where it stood', () => {
    const changes = compareVersions(v1, v2)
    expect(changes.map((c) => [c.kind, ('after' in c ? c.after : c.before).text.slice(0, 24)])).toEqual([
      ['moved', 'zwiększenie udziału mies'],
      ['edited', 'tworzenia wspólnych zesp'],
      ['removed', 'udostępniania organizacj'],
      ['edited', 'ekologii i ochrony zwier'],
      ['added', 'przeciwdziałania wyklucz'],
      ['edited', 'Na realizację programu p'],
    ])
    const money = changes.find((c) => c.kind === 'edited' && c.after.text.startsWith('Na realizację'))
    expect(money).toMatchObject({
      moved: false,
      diff: [
        { op: 'same', text: 'Na realizację programu planuje się przeznaczyć kwotę ' },
        { op: 'removed', text: '450' },
        { op: 'added', text: 'nie mniejszą niż 520' },
        { op: 'same', text: ' 000 zł.' },
      ],
    })
    expect(changes.find((c) => c.kind === 'edited' && c.after.text.startsWith('ekologii'))).toMatchObject({
      moved: true,
      sectionId: v2.sections[5]!.id,
    })
  })

  it('compares any two versions of the history, and finds nothing between a version and itself', () => {
    expect(compareVersions(v2, v2)).toEqual([])
    const v3 = nextVersion(v2, parseDocument(v2Text.replace('Rozdział 8', 'Rozdział 9'))).document
    expect(compareVersions(v1, v3).map((c) => c.kind)).toEqual(compareVersions(v1, v2).map((c) => c.kind))
  })

  it('shows a comment made on an earlier version on the paragraph now, with a note when it changed', () => {
    const same = commentPlacement(v1, v2, byText(v1, 'Program określa').id)
    expect(same).toMatchObject({ status: 'same', paragraph: { text: byText(v1, 'Program określa').text } })
    const changed = commentPlacement(v1, v2, byText(v1, 'Na realizację').id)
    expect(changed).toMatchObject({ status: 'changed', sectionId: v2.sections[6]!.id })
    expect(changed.status === 'changed' && changed.diff.some((d) => d.op === 'added')).toBe(true)
    expect(commentPlacement(v1, v2, byText(v1, 'udostępniania organizacjom').id)).toEqual({ status: 'removed' })
    expect(commentPlacement(v1, v2, 'p-nonexistent')).toEqual({ status: 'removed' })
  })
})
