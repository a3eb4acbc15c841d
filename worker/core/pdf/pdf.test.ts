import { describe, expect, it } from 'vitest'
import { readPdf } from '../../../tests/support/pdf'
import { renderPdf } from '.'

describe('renderPdf: a tagged PDF', () => {
  it('names its language and title and tags headings, paragraphs, lists, tables and figures in reading order', async () => {
    const pdf = await readPdf(
      await renderPdf({ title: 'Raport z konsultacji — Gmina Łąkowa', lang: 'pl' }, [
        { kind: 'h1', text: 'Raport z konsultacji' },
        { kind: 'p', text: 'Zażółć gęślą jaźń: Łódź, Źródła, Ślęża.' },
        { kind: 'h2', text: 'Formy konsultacji' },
        { kind: 'list', items: ['uwagi pisemne', 'spotkanie otwarte'] },
        { kind: 'table', caption: 'Uwagi', header: ['Nr', 'Treść'], rows: [['1', 'Więcej ławek']] },
        { kind: 'qr', text: 'https://example.org/gmina/konsultacje/1', size: 90, alt: 'Kod QR: adres konsultacji' },
      ]),
    )
    expect(pdf.lang).toBe('pl-PL')
    expect(pdf.title).toBe('Raport z konsultacji — Gmina Łąkowa')
    expect(pdf.roles).toEqual([
      'Document',
      'H1',
      'P',
      'H2',
      'L',
      ...['LI', 'Lbl', 'LBody', 'LI', 'Lbl', 'LBody'],
      'Div',
      'P',
      'Table',
      ...['TR', 'TH', 'TH', 'TR', 'TD', 'TD'],
      'Figure',
    ])
    expect(pdf.alts).toEqual(['Kod QR: adres konsultacji'])
    for (const text of [
      'Raport z konsultacji',
      'Zażółć gęślą jaźń: Łódź, Źródła, Ślęża.',
      'uwagi pisemne',
      'Więcej ławek',
    ])
      expect(pdf.text).toContain(text)
    expect(pdf.text).toContain('Strona 1 z 1')
  })

  it('breaks long content over pages and numbers every page', async () => {
    const rows = Array.from({ length: 120 }, (_, i) => [String(i + 1), `Uwaga numer ${i + 1}`])
    const pdf = await readPdf(
      await renderPdf({ title: 'Długi', lang: 'en' }, [{ kind: 'table', header: ['No', 'Comment'], rows }]),
    )
    expect(pdf.lang).toBe('en-GB')
    expect(pdf.pages).toBeGreaterThan(1)
    expect(pdf.text).toContain(`Page ${pdf.pages} of ${pdf.pages}`)
    expect(pdf.text).toContain('Uwaga numer 120')
    expect(pdf.roles.filter((r) => r === 'TR')).toHaveLength(121)
  })
})
