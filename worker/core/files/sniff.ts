/**
 * Checks that a file's bytes are what its declared type says, so a renamed executable or HTML page cannot be served
 * back as a "PDF" from the JST's own address. Pure, for both runtimes.
 */
const signatures: Record<string, (b: Uint8Array) => boolean> = {
  'application/pdf': (b) => ascii(b, 0, 5) === '%PDF-',
  'image/png': (b) => b[0] === 0x89 && ascii(b, 1, 3) === 'PNG',
  'image/jpeg': (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  'image/webp': (b) => ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 4) === 'WEBP',
  'application/vnd.oasis.opendocument.text': (b) => ascii(b, 0, 2) === 'PK',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': (b) => ascii(b, 0, 2) === 'PK',
}

function ascii(b: Uint8Array, from: number, length: number): string {
  return String.fromCharCode(...b.subarray(from, from + length))
}

export function contentMatches(mime: string, bytes: Uint8Array): boolean {
  return signatures[mime]?.(bytes) ?? false
}

/** A file name safe to show and to put in Content-Disposition: no paths, no control characters. */
export function safeFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? 'plik'
  return base.replace(/[\u0000-\u001f\u007f"]/g, '').slice(0, 150) || 'plik'
}
