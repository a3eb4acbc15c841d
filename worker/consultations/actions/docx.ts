/**
 * A `.docx` draft as the text `parseDocument` reads. mammoth (a maintained Word-to-HTML converter) turns the file
 * into plain semantic HTML — headings from Word's heading styles, paragraphs, numbered and bulleted lists, tables —
 * which is then written out as Markdown-like text: `#` headings, one block per paragraph with a blank line between,
 * Word's automatic numbering spelled out ("1." for a first-level list, "1)" for the second, "a)" for the third, as
 * Polish acts number ustępy, punkty and litery). Numbers typed by hand ("§ 3.", "Rozdział 2") stay in the text and
 * are read by the parser as they are. mammoth is loaded on first use, so requests that never convert a file do not
 * pay for it.
 */
export async function docxToText(bytes: Uint8Array): Promise<string> {
  const mammoth = (await import('mammoth')).default
  // Node's build of mammoth reads `buffer`, the browser/worker build `arrayBuffer`; both accept these bytes.
  const input = {
    buffer: bytes,
    arrayBuffer: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength),
  }
  const { value } = await mammoth.convertToHtml(input as never)
  return htmlToDraftText(value)
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' }

function decode(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10)
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : ''
    }
    return entities[name.toLowerCase()] ?? whole
  })
}

/** The marker of the `n`th item (from 1) of an ordered list nested `depth` lists deep (from 0). */
function marker(depth: number, n: number): string {
  if (depth === 0) return `${n}.`
  if (depth === 1) return `${n})`
  return `${String.fromCharCode(96 + (((n - 1) % 26) + 1))})`
}

/**
 * mammoth's HTML as draft text (see `docxToText`). Only the tags mammoth writes matter: h1–h6, p, ol, ul, li, table
 * rows and cells, br; anything else keeps its text.
 */
export function htmlToDraftText(html: string): string {
  const blocks: string[] = []
  const lists: { ordered: boolean; count: number }[] = []
  let line = ''
  let prefix = ''
  const flush = () => {
    const text = line.replace(/\s+/g, ' ').trim()
    line = ''
    if (!text) return // an empty block: a list item's marker waits for its text (`<li><p>…`)
    blocks.push(prefix + text)
    prefix = ''
  }
  for (const m of html.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9]*)[^>]*>|([^<]+)/g)) {
    if (m[3] !== undefined) {
      line += decode(m[3])
      continue
    }
    const closing = m[1] === '/'
    const tag = m[2]!.toLowerCase()
    if (/^h[1-6]$/.test(tag)) {
      flush()
      if (!closing) prefix = `${'#'.repeat(Number(tag[1]))} `
    } else if (tag === 'p' || tag === 'tr') {
      flush()
      if (!closing && !lists.length) prefix = ''
    } else if (tag === 'ol' || tag === 'ul') {
      flush()
      prefix = ''
      if (closing) lists.pop()
      else lists.push({ ordered: tag === 'ol', count: 0 })
    } else if (tag === 'li') {
      flush()
      if (!closing) {
        const list = lists[lists.length - 1]
        if (list) {
          list.count++
          prefix = list.ordered ? `${marker(lists.length - 1, list.count)} ` : '- '
        }
      }
    } else if (tag === 'td' || tag === 'th') {
      if (closing) line += ' | '
    } else if (tag === 'br') line += ' '
  }
  flush()
  return blocks.join('\n\n')
}
