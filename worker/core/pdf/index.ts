import type PDFKit from 'pdfkit'

/**
 * Accessible PDFs for the documents a JST publishes from the platform: a consultation's report, its announcement for
 * the BIP, the poster for the notice board. Public bodies must publish accessible documents (ustawa o dostępności
 * cyfrowej), and a PDF a screen reader can follow is a *tagged* one: its structure tree says what is a heading, a
 * paragraph, a list, a table with its header cells, a figure with its alternative text, and the document names its
 * language and title.
 *
 * Built on pdfkit, a maintained PDF writer that makes tagged PDFs (structure elements, marked content, accessible
 * tables) and runs unchanged on Node and in a Worker (its browser build has no file-system reads when the font is
 * given as bytes), rather than on a PDF writer of our own. Callers describe the document as blocks; this module
 * lays them out on A4 and tags them, so every PDF of the platform is tagged the same way.
 */

/** One piece of a document, in reading order. */
export type PdfBlock =
  | { kind: 'h1' | 'h2' | 'h3'; text: string }
  | { kind: 'p'; text: string; bold?: boolean; size?: number }
  | { kind: 'list'; items: string[] }
  /**
   * A table with a header row; `widths` are fractions of the text width (they need not sum to 1). For summaries:
   * pdfkit lays a table out at about 7 ms a row, so a list of thousands (a report's comments) is better written as
   * headings and paragraphs, which take a tenth of that.
   */
  | { kind: 'table'; caption?: string; header: string[]; rows: string[][]; widths?: number[] }
  /** A QR code `size` points wide, tagged as a figure with `alt` as its alternative text. */
  | { kind: 'qr'; text: string; size: number; alt: string }
  | { kind: 'space'; height?: number }

/** The document's metadata: its title (shown by readers instead of the file name) and language. */
export interface PdfInfo {
  title: string
  lang: 'pl' | 'en'
  author?: string
  subject?: string
}

const MARGIN = 56
const SIZES = { h1: 20, h2: 15, h3: 12.5, p: 10.5 } as const
const LANG = { pl: 'pl-PL', en: 'en-GB' } as const

let fonts: Promise<{ regular: Uint8Array; bold: Uint8Array }> | undefined

/** The embedded Unicode font (Noto Sans), decoded once per process or isolate and only when a PDF is first made. */
function loadFonts() {
  fonts ??= import('./fonts.generated')
    .then(async (m) => ({ regular: await gunzip(m.NOTO_SANS_REGULAR), bold: await gunzip(m.NOTO_SANS_BOLD) }))
    .catch((error) => {
      fonts = undefined
      throw error
    })
  return fonts
}

async function gunzip(b64: string): Promise<Uint8Array> {
  const binary = atob(b64)
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))
  return new Uint8Array(await new Response(stream).arrayBuffer())
}

/**
 * The document as a tagged A4 PDF: `Document` with `H1`–`H3`, `P`, `L`/`LI`/`LBody`, `Table`/`TR`/`TH`/`TD` (header
 * cells scoped to their columns, the caption as the paragraph before it) and `Figure` with `Alt`; page numbers and other
 * decoration are marked as artifacts, so a screen reader skips them.
 */
export async function renderPdf(info: PdfInfo, blocks: readonly PdfBlock[]): Promise<Uint8Array> {
  const [{ default: PDFDocument }, { regular, bold }, qr] = await Promise.all([
    import('pdfkit'),
    loadFonts(),
    blocks.some((b) => b.kind === 'qr') ? import('qrcode').then((m) => m.default ?? m) : undefined,
  ])
  const doc: PDFKit.PDFDocument = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    tagged: true,
    lang: LANG[info.lang],
    displayTitle: true,
    pdfVersion: '1.7',
    bufferPages: true,
    // No font at construction: pdfkit caches a registered font under its name only when that name opens it first,
    // and would reopen a font given here (as bytes) for every block and every new page, parsing it again each time.
    font: null as unknown as string,
    info: {
      Title: info.title,
      ...(info.author ? { Author: info.author } : {}),
      ...(info.subject ? { Subject: info.subject } : {}),
      Creator: 'Wspólnota',
    },
  } as PDFKit.PDFDocumentOptions)
  doc.registerFont('regular', regular as unknown as string)
  doc.registerFont('bold', bold as unknown as string)
  doc.font('regular')
  const chunks: Uint8Array[] = []
  doc.on('data', (chunk: Uint8Array) => chunks.push(chunk))
  const done = new Promise<void>((resolve, reject) => {
    doc.on('end', () => resolve())
    doc.on('error', reject)
  })

  const root = doc.struct('Document')
  doc.addStructure(root)
  const width = doc.page.width - 2 * MARGIN
  for (const block of blocks) writeBlock(doc, root, block, width, qr)
  root.end()
  numberPages(doc, info.lang)
  doc.end()
  await done
  return concat(chunks)
}

type Struct = PDFKit.PDFStructureElement
type QrCodes = typeof import('qrcode')

function writeBlock(doc: PDFKit.PDFDocument, root: Struct, block: PdfBlock, width: number, qr?: QrCodes): void {
  switch (block.kind) {
    case 'h1':
    case 'h2':
    case 'h3': {
      const size = SIZES[block.kind]
      if (doc.y > doc.page.height - MARGIN - size * 4) doc.addPage()
      else if (doc.y > MARGIN) doc.moveDown(block.kind === 'h1' ? 0.2 : 0.6)
      root.add(
        doc.struct(block.kind.toUpperCase(), {}, () => {
          doc.font('bold').fontSize(size).text(block.text, { width })
        }),
      )
      doc.moveDown(0.3)
      return
    }
    case 'p':
      root.add(
        doc.struct('P', {}, () => {
          doc
            .font(block.bold ? 'bold' : 'regular')
            .fontSize(block.size ?? SIZES.p)
            .text(block.text, { width, lineGap: 1.5 })
        }),
      )
      doc.moveDown(0.5)
      return
    case 'list': {
      const list = doc.struct('L')
      root.add(list)
      doc.font('regular').fontSize(SIZES.p)
      for (const item of block.items) {
        const li = doc.struct('LI')
        list.add(li)
        const x = doc.x
        const y = doc.y
        li.add(doc.struct('Lbl', {}, () => doc.text('•', x, y, { width: 12 })))
        li.add(doc.struct('LBody', {}, () => doc.text(item, x + 14, y, { width: width - 14, lineGap: 1.5 })))
        li.end()
        doc.x = x
        doc.moveDown(0.2)
      }
      list.end()
      doc.moveDown(0.4)
      return
    }
    case 'table':
      writeTable(doc, root, block, width)
      return
    case 'qr':
      writeQr(doc, root, block, qr!)
      return
    case 'space':
      doc.moveDown((block.height ?? 12) / SIZES.p)
      return
  }
}

function writeTable(
  doc: PDFKit.PDFDocument,
  root: Struct,
  block: Extract<PdfBlock, { kind: 'table' }>,
  width: number,
): void {
  // pdfkit makes the Table element itself (under `structParent`); the caption goes before it, in one Div with it.
  const table = doc.struct('Div')
  root.add(table)
  if (block.caption) {
    const caption = block.caption
    table.add(
      doc.struct('P', {}, () => {
        doc.font('bold').fontSize(SIZES.p).text(caption, { width })
      }),
    )
    doc.moveDown(0.2)
  }
  const fractions = block.widths ?? block.header.map(() => 1)
  const total = fractions.reduce((a, b) => a + b, 0)
  const columnWidths = fractions.map((f) => (f / total) * width)
  doc.font('regular').fontSize(9)
  ;(doc as unknown as { table(options: unknown): { row(cells: unknown[]): unknown; end(): void } }).table({
    columnStyles: columnWidths,
    structParent: table,
    defaultStyle: { border: 0.5, borderColor: '#888888', padding: 3 },
    rowStyles: (i: number) => (i === 0 ? { font: { src: 'bold' }, backgroundColor: '#eeeeee' } : {}),
    data: [
      block.header.map((text) => ({ text, type: 'TH', scope: 'Column' })),
      ...block.rows.map((row) => row.map((text) => ({ text, type: 'TD' }))),
    ],
  })
  table.end()
  doc.font('regular').fontSize(SIZES.p)
  doc.x = MARGIN
  doc.moveDown(0.6)
}

function writeQr(doc: PDFKit.PDFDocument, root: Struct, block: Extract<PdfBlock, { kind: 'qr' }>, qr: QrCodes): void {
  const figure = doc.struct('Figure', { alt: block.alt }, () => {
    const x = doc.x
    const y = doc.y
    const modules = qr.create(block.text, { errorCorrectionLevel: 'M' }).modules
    const cell = block.size / modules.size
    doc.save().fillColor('black')
    for (let r = 0; r < modules.size; r++)
      for (let c = 0; c < modules.size; c++) if (modules.get(r, c)) doc.rect(x + c * cell, y + r * cell, cell, cell)
    doc.fill().restore()
    doc.y = y + block.size
  })
  root.add(figure)
  doc.moveDown(0.5)
}

/** "Strona 3 z 5" at the foot of every page, as an artifact (decoration a screen reader skips). */
function numberPages(doc: PDFKit.PDFDocument, lang: 'pl' | 'en'): void {
  const range = doc.bufferedPageRange()
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i)
    const label = lang === 'pl' ? `Strona ${i + 1} z ${range.count}` : `Page ${i + 1} of ${range.count}`
    doc.markContent('Artifact', { type: 'Pagination' })
    const bottom = doc.page.margins.bottom
    doc.page.margins.bottom = 0
    doc
      .font('regular')
      .fontSize(8)
      .fillColor('#555555')
      .text(label, MARGIN, doc.page.height - MARGIN / 2, { width: doc.page.width - 2 * MARGIN, align: 'right' })
    doc.page.margins.bottom = bottom
    doc.endMarkedContent()
  }
}

function concat(chunks: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0))
  let at = 0
  for (const c of chunks) {
    out.set(c, at)
    at += c.length
  }
  return out
}

/** Headers of a PDF answer: `inline` shows it in the browser, otherwise it downloads as `filename`. */
export function pdfHeaders(filename: string, inline = false): Record<string, string> {
  return {
    'Content-Type': 'application/pdf',
    'Content-Disposition': `${inline ? 'inline' : 'attachment'}; filename="${filename}"`,
  }
}
