import type { Context, Hono, MiddlewareHandler } from 'hono'
import * as v from 'valibot'
import { ApiError, type FieldError } from './problem'
import { bodyText } from './body'
import type { AppEnv, Role } from './context'

/**
 * Who may call an endpoint. `tenant` endpoints carry `:slug` and name the roles allowed inside that JST;
 * `operator: true` also lets the platform operator in. `key` endpoints serve people without an account who hold the
 * secret of an e-mailed link (`holder` names who: a council member): the key travels as `Authorization: Bearer …`,
 * the access check refuses a request without one (401), and the module resolves the key to the person and checks what
 * that person may reach (their own body only), so such routes are walked by the authorisation test like staff routes.
 */
export type Access =
  | { kind: 'public' }
  | { kind: 'user' }
  | { kind: 'operator' }
  | { kind: 'tenant'; roles: readonly Role[]; operator?: boolean }
  | { kind: 'development' }
  | { kind: 'key'; holder: string }

export interface ResponseSpec {
  description: string
  schema?: v.GenericSchema
}

export interface EndpointSpec<B extends v.GenericSchema | undefined, Q extends v.GenericSchema | undefined> {
  method: 'get' | 'post' | 'patch' | 'put' | 'delete'
  /** Path below `/api/v1`, in Hono syntax (`/jst/:slug`). */
  path: string
  summary: string
  tags: string[]
  access: Access
  body?: B
  query?: Q
  responses: Record<number, ResponseSpec>
}

type Input<S> = S extends v.GenericSchema ? v.InferOutput<S> : undefined

export type Handler<B, Q> = (
  c: Context<AppEnv>,
  input: { body: Input<B>; query: Input<Q> },
) => Response | Promise<Response>

export type AnySpec = EndpointSpec<v.GenericSchema | undefined, v.GenericSchema | undefined>

/**
 * The router a module adds its endpoints to, with the access middleware and the list of specs from which the
 * OpenAPI document is generated (never written by hand).
 */
export interface Api {
  app: Hono<AppEnv>
  access: (a: Access) => MiddlewareHandler<AppEnv>
  registry: AnySpec[]
}

/** Turns valibot issues into per-field errors with dotted paths (`contact.email`). */
export function fieldErrors(issues: v.BaseIssue<unknown>[]): FieldError[] {
  return issues.map((issue) => ({
    field: issue.path?.map((p) => String(p.key)).join('.') || '',
    detail: issue.message,
  }))
}

export function parseWith<S extends v.GenericSchema>(schema: S, value: unknown, what: string): v.InferOutput<S> {
  const result = v.safeParse(schema, value)
  if (result.success) return result.output
  throw new ApiError(400, `Popraw ${what}: ${result.issues[0]?.message ?? ''}`.trim(), {
    errors: fieldErrors(result.issues),
  })
}

async function readJson(c: Context<AppEnv>): Promise<unknown> {
  const type = c.req.header('content-type') ?? ''
  if (!type.toLowerCase().startsWith('application/json')) {
    throw new ApiError(415, 'Wyślij dane w formacie JSON (Content-Type: application/json).')
  }
  const raw = await bodyText(c)
  if (!raw.trim()) throw new ApiError(400, 'Brak treści żądania.')
  try {
    return JSON.parse(raw)
  } catch {
    throw new ApiError(400, 'Treść żądania nie jest poprawnym dokumentem JSON.')
  }
}

/**
 * Registers an endpoint: access check, body and query validation, and its OpenAPI description, from one spec,
 * so the code and the document cannot drift apart.
 */
export function endpoint<
  B extends v.GenericSchema | undefined = undefined,
  Q extends v.GenericSchema | undefined = undefined,
>({ app, access, registry }: Api, spec: EndpointSpec<B, Q>, handler: Handler<B, Q>): void {
  registry.push(spec as AnySpec)
  app.on(spec.method.toUpperCase(), spec.path, access(spec.access), async (c) => {
    const body = (spec.body ? parseWith(spec.body, await readJson(c), 'formularz') : undefined) as Input<B>
    const query = (spec.query ? parseWith(spec.query, c.req.query(), 'parametry zapytania') : undefined) as Input<Q>
    return handler(c, { body, query })
  })
}
