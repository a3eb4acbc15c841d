import type { Context, MiddlewareHandler } from 'hono'
import type { AppEnv } from './context'
import { ApiError } from './problem'

/** The Node request `@hono/node-server` hands over as `env.incoming` (absent on Workers). */
interface NodeIncoming {
  headers: Record<string, string | string[] | undefined>
  readableDidRead?: boolean
  on(event: 'data', listener: (chunk: Uint8Array) => void): unknown
  on(event: 'end', listener: () => void): unknown
  on(event: 'error', listener: (error: Error) => void): unknown
}

const tooLarge = (maxSize: number) =>
  new ApiError(413, `Żądanie jest zbyt duże (limit ${Math.round(maxSize / 1024)} KiB).`)

/**
 * Body size limit that trusts a declared `Content-Length` (the HTTP parser of both runtimes never delivers more than
 * it declares) and counts bodies sent without one as they stream: past `maxSize` the stream fails with a 413, so
 * nothing buffers more than the limit (Hono's `bodyLimit` would buffer the whole body up to the largest upload limit
 * before any route sees it, and on Node it builds a full `Request` for every call).
 */
export function sizeLimit(maxSize: number): MiddlewareHandler<AppEnv> {
  return (c, next) => {
    const length = c.req.header('content-length')
    if (length !== undefined && c.req.header('transfer-encoding') === undefined) {
      if (!(Number(length) <= maxSize)) throw tooLarge(maxSize)
      return next()
    }
    const body = c.req.raw.body
    if (!body) return next()
    let seen = 0
    const counted = body.pipeThrough(
      new TransformStream<Uint8Array, Uint8Array>({
        transform(chunk, controller) {
          seen += chunk.byteLength
          if (seen > maxSize) controller.error(tooLarge(maxSize))
          else controller.enqueue(chunk)
        },
      }),
    )
    c.req.raw = new Request(c.req.raw, { body: counted, duplex: 'half' } as RequestInit)
    return next()
  }
}

/** A body that failed while it was read: over the limit (the 413 of `sizeLimit`) or cut off by the client. */
function unreadable(error: unknown): never {
  if (error instanceof ApiError) throw error
  throw new ApiError(400, 'Nie udało się odczytać treści żądania (przerwane przesyłanie?). Spróbuj ponownie.')
}

/**
 * The request body as text. On Node it is read straight from the socket's message when nothing has read it yet,
 * which skips the web `Request` and stream wrappers around it (a third of the cost of a small JSON request); on
 * Workers, and whenever the body was already opened, it is the standard `text()`.
 */
export function bodyText(c: Context<AppEnv>): Promise<string> {
  const incoming = (c.env as { incoming?: NodeIncoming } | undefined)?.incoming
  if (
    !incoming ||
    incoming.readableDidRead !== false ||
    incoming.headers['content-length'] === undefined ||
    incoming.headers['transfer-encoding'] !== undefined
  )
    return c.req.text().catch(unreadable)
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = []
    incoming.on('data', (chunk) => chunks.push(chunk))
    incoming.on('error', reject)
    incoming.on('end', () => {
      const decoder = new TextDecoder()
      resolve(chunks.map((chunk, i) => decoder.decode(chunk, { stream: i < chunks.length - 1 })).join(''))
    })
  })
}

/** Room for multipart boundaries, part headers and the small text fields sent next to a file. */
export const MULTIPART_OVERHEAD_BYTES = 64 * 1024

/**
 * An upload's body, read only if it fits the route's own limit (an edition's attachment size, a photo's 8 MB): a
 * declared `Content-Length` above it is refused before a byte is read, and a body sent without one (chunked) is
 * counted as it streams and abandoned at the limit. The app-wide cap in `sizeLimit` is only the largest any route
 * takes; without this, a 20 MB body sent to a 5 MB route was read and buffered whole before its file was refused.
 */
export async function readUpload(
  c: Context<AppEnv>,
  maxBytes: number,
  tooLargeDetail: string,
  field?: string,
): Promise<Uint8Array<ArrayBuffer>> {
  const refuse = () => new ApiError(413, tooLargeDetail, field ? { errors: [{ field, detail: tooLargeDetail }] } : {})
  const declared = c.req.header('content-length')
  if (declared !== undefined && !(Number(declared) <= maxBytes)) throw refuse()
  const stream = c.req.raw.body
  if (!stream) return new Uint8Array(0)
  const reader = stream.getReader()
  const chunks: Uint8Array[] = []
  let total = 0
  try {
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      total += value.byteLength
      if (total > maxBytes) {
        await reader.cancel().catch(() => {})
        throw refuse()
      }
      chunks.push(value)
    }
  } catch (e) {
    unreadable(e)
  }
  const bytes = new Uint8Array(total)
  let at = 0
  for (const chunk of chunks) {
    bytes.set(chunk, at)
    at += chunk.byteLength
  }
  return bytes
}

/**
 * A multipart form within `maxBytes` of file (plus `MULTIPART_OVERHEAD_BYTES`), parsed from the capped body; a body
 * that is not a readable form gets a Polish 400.
 */
export async function uploadForm(
  c: Context<AppEnv>,
  maxBytes: number,
  tooLargeDetail: string,
  field?: string,
): Promise<FormData> {
  const bytes = await readUpload(c, maxBytes + MULTIPART_OVERHEAD_BYTES, tooLargeDetail, field)
  try {
    return await new Response(bytes, { headers: { 'Content-Type': c.req.header('content-type') ?? '' } }).formData()
  } catch {
    throw new ApiError(400, 'Nie udało się odczytać przesłanego formularza z plikiem.')
  }
}

/** A text upload (a register extract in CSV) within `maxBytes`, decoded as UTF-8. */
export async function uploadText(c: Context<AppEnv>, maxBytes: number, tooLargeDetail: string): Promise<string> {
  return new TextDecoder().decode(await readUpload(c, maxBytes, tooLargeDetail))
}
