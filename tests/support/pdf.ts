/**
 * Reading a PDF the way a screen reader and a person would, for the tests of the platform's PDFs: its text, its
 * language and title, and the roles of its structure tree (a tagged PDF's headings, paragraphs, lists, tables and
 * figures), with pdf.js, Mozilla's PDF reader.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'

interface StructNode {
  role?: string
  children?: StructNode[]
  alt?: string
  lang?: string
}

export interface ReadPdf {
  /** The text of every page, pages joined by a blank line. */
  text: string
  /** The document's language (`/Lang` of the catalogue), e.g. `pl-PL`; null when missing. */
  lang: string | null
  /** The title in the document's information (`/Title`); null when missing. */
  title: string | null
  /**
   * The roles of the structure tree in document order (`Document`, `H1`, `P`, `Table`, `TR`, `TH`, …). pdf.js reads
   * the tree page by page and gives each page the branches it touches (a pdfkit document's whole tree on every
   * page), so this is the fullest page's reading.
   */
  roles: string[]
  /** Alternative texts of the figures. */
  alts: string[]
  pages: number
}

export async function readPdf(bytes: Uint8Array): Promise<ReadPdf> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false }).promise
  try {
    const texts: string[] = []
    let roles: string[] = []
    let alts: string[] = []
    const walk = (node: StructNode | null | undefined, roles: string[], alts: string[]) => {
      if (!node) return
      if (node.role && node.role !== 'Root') roles.push(node.role)
      if (node.alt) alts.push(node.alt)
      for (const child of node.children ?? []) walk(child, roles, alts)
    }
    for (let i = 1; i <= pdf.numPages; i++) {
      const page = await pdf.getPage(i)
      const content = await page.getTextContent()
      texts.push(
        content.items
          .map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : ''))
          .join('')
          .trim(),
      )
      const pageRoles: string[] = []
      const pageAlts: string[] = []
      walk((await page.getStructTree()) as StructNode | null, pageRoles, pageAlts)
      if (pageRoles.length > roles.length) [roles, alts] = [pageRoles, pageAlts]
    }
    const meta = await pdf.getMetadata()
    const info = meta.info as { Title?: string; Language?: string }
    const catalogLang = (pdf as unknown as { _pdfInfo?: { lang?: string } })._pdfInfo?.lang
    return {
      text: texts.join('\n\n'),
      lang: info.Language ?? catalogLang ?? null,
      title: info.Title ?? null,
      roles,
      alts,
      pages: pdf.numPages,
    }
  } finally {
    await pdf.destroy()
  }
}
