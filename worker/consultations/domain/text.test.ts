import { describe, expect, it } from 'vitest'
import { foldText, textKey, wordDiff, wordSimilarity, type DiffPart } from './text'

const side = (parts: DiffPart[], skip: DiffPart['op']) =>
  parts
    .filter((p) => p.op !== skip)
    .map((p) => p.text)
    .join('')

describe('text tools', () => {
  it('fold case, Polish letters, punctuation and spacing, and keep other alphabets', () => {
    expect(foldText('  Zażółć GĘŚLĄ jaźń!\n')).toBe('zazolc gesla jazn')
    expect(foldText('§ 3 ust. 2, pkt 4)')).toBe('3 ust 2 pkt 4')
    expect(foldText('Łódź — Straße')).toBe('lodz strasse')
    expect(foldText('Прошу додати пункт')).toBe('прошу додати пункт')
    expect(foldText('...')).toBe('')
  })

  it('name a text by its content, the same on every run', () => {
    expect(textKey('abc')).toBe(textKey('abc'))
    expect(textKey('abc')).not.toBe(textKey('abd'))
    expect(textKey('abc')).toMatch(/^[0-9a-z]{13}$/)
  })

  it('measure word similarity as Dice over folded words', () => {
    expect(wordSimilarity('Ala ma kota', 'ala ma KOTA.')).toBe(1)
    expect(wordSimilarity('Ala ma kota', 'Ala ma psa')).toBeCloseTo(2 / 3)
    expect(wordSimilarity('sport', 'kultura')).toBe(0)
    expect(wordSimilarity('', '')).toBe(1)
  })

  it('diff word by word, each side rebuilding its text, a replaced phrase as one replacement', () => {
    const before = 'Na realizację programu planuje się przeznaczyć kwotę 450 000 zł.'
    const after = 'Na realizację programu planuje się przeznaczyć kwotę nie mniejszą niż 520 000 zł.'
    const diff = wordDiff(before, after)
    expect(diff).toEqual([
      { op: 'same', text: 'Na realizację programu planuje się przeznaczyć kwotę ' },
      { op: 'removed', text: '450' },
      { op: 'added', text: 'nie mniejszą niż 520' },
      { op: 'same', text: ' 000 zł.' },
    ])
    expect(side(diff, 'added')).toBe(before)
    expect(side(diff, 'removed')).toBe(after)
    expect(wordDiff('Ala ma kota i psa', 'Ala ma psa i kota').every((p) => p.text.length > 0)).toBe(true)
    expect(wordDiff('bez zmian', 'bez zmian')).toEqual([{ op: 'same', text: 'bez zmian' }])
    expect(wordDiff('', 'nowy')).toEqual([{ op: 'added', text: 'nowy' }])
  })

  it('rebuild both sides of any diff, also of long rewritten texts', () => {
    const words = (n: number, seed: number) => Array.from({ length: n }, (_, i) => `w${(i * seed) % 97}`).join(' ')
    for (const [a, b] of [
      [words(40, 3), words(45, 5)],
      [words(700, 7), words(700, 11)],
      ['Ala, ma; kota.', 'Ala ma: kota!'],
    ] as const) {
      const diff = wordDiff(a, b)
      expect(side(diff, 'added')).toBe(a)
      expect(side(diff, 'removed')).toBe(b)
    }
  })
})
