import { toJsonSchema } from '@valibot/to-json-schema'
import type * as v from 'valibot'
import type { AnySpec } from './endpoint'

const problemSchema = {
  type: 'object',
  description: 'RFC 9457 problem details; `detail` and `errors[].detail` are Polish sentences meant for people.',
  properties: {
    type: { type: 'string' },
    title: { type: 'string' },
    status: { type: 'integer' },
    detail: { type: 'string' },
    instance: { type: 'string' },
    requestId: { type: 'string' },
    errors: {
      type: 'array',
      items: {
        type: 'object',
        properties: { field: { type: 'string' }, detail: { type: 'string' } },
        required: ['field', 'detail'],
      },
    },
  },
  required: ['type', 'title', 'status', 'detail'],
}

function jsonSchema(schema: v.GenericSchema): Record<string, unknown> {
  const { $schema: _ignored, ...rest } = toJsonSchema(schema, {
    errorMode: 'ignore',
    target: 'draft-2020-12',
  }) as Record<string, unknown>
  return rest
}

const accessText: Record<string, string> = {
  public: 'Publiczne.',
  user: 'Wymaga zalogowania (dowolny pracownik).',
  operator: 'Tylko operator platformy.',
  development: 'Tylko w trybie deweloperskim (APP_ENV=development).',
}

/**
 * Builds the OpenAPI 3.1 document from the registered endpoint specs and their valibot schemas, so `/api/openapi.json`
 * always describes the code that is running.
 */
export function openApiDocument(specs: AnySpec[], version: string): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {}
  for (const spec of specs) {
    const path = `/api/v1${spec.path.replace(/:(\w+)/g, '{$1}')}`
    const params = [...spec.path.matchAll(/:(\w+)/g)].map((m) => ({
      name: m[1],
      in: 'path',
      required: true,
      schema: { type: 'string' },
    }))
    if (spec.query) {
      const q = jsonSchema(spec.query) as { properties?: Record<string, unknown>; required?: string[] }
      for (const [name, schema] of Object.entries(q.properties ?? {})) {
        params.push({ name, in: 'query', required: q.required?.includes(name) ?? false, schema } as never)
      }
    }
    const access =
      spec.access.kind === 'tenant'
        ? `Pracownicy JST w rolach: ${spec.access.roles.join(', ')}${spec.access.operator ? ' oraz operator' : ''}.`
        : spec.access.kind === 'key'
          ? `Posiadacz klucza z e-maila (${spec.access.holder}) w nagłówku Authorization: Bearer.`
          : accessText[spec.access.kind]
    const responses: Record<string, unknown> = {}
    for (const [status, r] of Object.entries(spec.responses)) {
      responses[status] = r.schema
        ? { description: r.description, content: { 'application/json': { schema: jsonSchema(r.schema) } } }
        : { description: r.description }
    }
    responses.default = {
      description: 'Błąd (problem+json)',
      content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
    }
    ;(paths[path] ??= {})[spec.method] = {
      summary: spec.summary,
      description: access,
      'x-access': spec.access,
      tags: spec.tags,
      operationId: `${spec.method}${spec.path.replace(/[:/-](\w)/g, (_, ch: string) => ch.toUpperCase()).replace(/\W/g, '')}`,
      ...(params.length ? { parameters: params } : {}),
      ...(spec.body
        ? { requestBody: { required: true, content: { 'application/json': { schema: jsonSchema(spec.body) } } } }
        : {}),
      responses,
      ...(spec.access.kind === 'public'
        ? {}
        : { security: [spec.access.kind === 'key' ? { key: [] } : { session: [] }] }),
    }
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Wspólnota API',
      version,
      description: 'Budżet obywatelski, konsultacje i rady dla jednostek samorządu terytorialnego.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [{ url: '/' }],
    paths,
    components: {
      schemas: { Problem: problemSchema },
      securitySchemes: {
        session: { type: 'apiKey', in: 'cookie', name: '__Host-wspolnota_session' },
        key: { type: 'http', scheme: 'bearer', description: 'Klucz z linku przesłanego e-mailem (np. członka rady).' },
      },
    },
  }
}
