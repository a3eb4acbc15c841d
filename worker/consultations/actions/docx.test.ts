import { describe, expect, it } from 'vitest'
import { parseDocument } from '../domain/document'
import { htmlToDraftText } from './docx'

describe('htmlToDraftText (mammoth’s HTML as draft text)', () => {
  it('writes headings, paragraphs and Word’s numbering as a Polish act numbers them', () => {
    const html =
      '<h1>Rozdział 1. Cele</h1><p>§ 1. Program określa cele.</p><p>§ 2. Celami są:</p>' +
      '<ol><li>wspieranie organizacji;<ol><li>szkolenia &amp; doradztwo,</li><li>lokale</li></ol></li>' +
      '<li>konsultowanie aktów.</li></ol><ul><li>punkt wypunktowany</li></ul><p>Tekst &quot;końcowy&quot;&#33;</p>'
    expect(htmlToDraftText(html)).toBe(
      [
        '# Rozdział 1. Cele',
        '§ 1. Program określa cele.',
        '§ 2. Celami są:',
        '1. wspieranie organizacji;',
        '1) szkolenia & doradztwo,',
        '2) lokale',
        '2. konsultowanie aktów.',
        '- punkt wypunktowany',
        'Tekst "końcowy"!',
      ].join('\n\n'),
    )
  })

  it('keeps a list item’s marker when its text is in a paragraph, and drops empty blocks', () => {
    expect(htmlToDraftText('<ol><li><p>pierwszy</p></li><li></li><li><p>trzeci</p></li></ol><p> </p>')).toBe(
      '1. pierwszy\n\n3. trzeci',
    )
  })

  it('gives text the parser reads into sections and referenced paragraphs', () => {
    const doc = parseDocument(
      htmlToDraftText('<h2>Rozdział 2. Zasady</h2><p>§ 3.</p><ol><li>Pierwszy ustęp.</li><li>Drugi ustęp.</li></ol>'),
    )
    expect(doc.sections[0]!.heading).toBe('Rozdział 2. Zasady')
    expect(doc.sections[0]!.paragraphs.map((p) => p.ref)).toEqual(['§ 3 ust. 1', '§ 3 ust. 2'])
  })
})
