import { describe, expect, it } from 'vitest'
import { renderPdf } from '../../worker/core/pdf'

/*
 * The platform's PDFs are made in the Worker too (reports, posters, announcements): pdfkit's browser build with the
 * embedded Noto Sans must run in workerd, with no file system.
 */
describe('PDF in workerd', () => {
  it('makes a tagged PDF with Polish letters, a table and a QR code', async () => {
    const bytes = await renderPdf({ title: 'Zażółć gęślą jaźń', lang: 'pl' }, [
      { kind: 'h1', text: 'Raport z konsultacji' },
      { kind: 'p', text: 'Łódź, Kraków, Gdańsk.' },
      { kind: 'table', header: ['Nr', 'Uwaga'], rows: [['1', 'Treść']] },
      { kind: 'qr', text: 'https://example.org/', size: 80, alt: 'Kod QR' },
    ])
    const text = new TextDecoder('latin1').decode(bytes)
    expect(text.startsWith('%PDF-1.7')).toBe(true)
    expect(text).toContain('/StructTreeRoot')
    expect(text).toContain('/Lang (pl-PL)')
    expect(text).toContain('/MarkInfo')
  })
})
