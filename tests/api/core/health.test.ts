import { readFileSync } from 'node:fs'
import { Validator } from '@seriousme/openapi-schema-validator'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bundleMigrations } from '../../../worker/core/db/bundle'
import { Agent, testApp, type TestApp } from '../../support/api'

let t: TestApp
beforeAll(async () => {
  t = await testApp()
})
afterAll(() => t.close())

describe('health and OpenAPI', () => {
  it('reports the version and that the database answers', async () => {
    const res = await new Agent(t).get('/api/v1/health')
    expect(res.status).toBe(200)
    const body = await res.json()
    expect(body).toMatchObject({ status: 'ok', version: expect.any(String), database: { status: 'ok' } })
    expect(res.headers.get('x-request-id')).toBeTruthy()
  })

  it('serves a valid OpenAPI 3.1 document that lists every endpoint', async () => {
    const res = await new Agent(t).get('/api/openapi.json')
    const doc = await res.json()
    expect(doc.openapi).toBe('3.1.0')
    const result = await new Validator().validate(doc)
    expect(result.errors ?? []).toEqual([])
    expect(result.valid).toBe(true)
    expect(Object.keys(doc.paths)).toContain('/api/v1/jst/{slug}/staff/users')
    expect(doc.paths['/api/v1/auth/login'].post.requestBody.content['application/json'].schema.required).toEqual([
      'email',
      'password',
    ])
  })

  it('sends a strict Content-Security-Policy without inline scripts', async () => {
    const res = await new Agent(t).get('/api/v1/health')
    const csp = res.headers.get('content-security-policy') ?? ''
    expect(csp).toContain("script-src 'self'")
    expect(csp).not.toContain('unsafe-inline')
  })

  it('answers unknown API paths with problem+json 404', async () => {
    const res = await new Agent(t).get('/api/v1/nie-ma')
    expect(res.status).toBe(404)
    expect(res.headers.get('content-type')).toContain('application/problem+json')
  })

  it('keeps the bundled migrations in step with migrations/', () => {
    const fresh = bundleMigrations('migrations', (p) => readFileSync(p, 'utf8'))
    expect(readFileSync('worker/core/db/migrations.generated.ts', 'utf8')).toBe(fresh)
  })
})
