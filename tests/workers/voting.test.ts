import { createClient, type Client } from '@libsql/client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { newId } from '../../worker/core/ids'
import { editionBody, votingPhases } from '../support/editions'
import { call, coordinatorJst, workerEnv } from './helpers'

/**
 * Voting on the Worker build: a code by e-mail opens a session and a ballot is cast through libSQL over HTTP. Two
 * ballots of one person sent at once still leave one valid ballot (the group commit has one member per request here).
 */
const SLUG = 'gmina-glosujaca'
const YEAR = 2029
const COORDINATOR = { email: 'koordynator@glosowanie.test', password: 'Haslo-koordynatora-2026' }
const vote = `/api/v1/jst/${SLUG}/bo/${YEAR}/vote`

let db: Client
let poolId = ''
let projectId = ''

beforeAll(async () => {
  db = createClient({ url: workerEnv.DATABASE_URL })
  const { tenantId, cookie } = await coordinatorJst(
    db,
    { slug: SLUG, name: 'Gmina Głosująca', teryt: '0201031', contactEmail: 'urzad@glosowanie.test' },
    COORDINATOR,
  )
  const now = Date.now()
  const edition = await call('POST', `/api/v1/jst/${SLUG}/staff/bo/editions`, {
    cookie,
    body: {
      ...editionBody(YEAR),
      rules: {
        ...editionBody(YEAR).rules,
        ballot: { format: 'approval', minProjects: 1, maxProjects: 2, areaPools: 'any-one-area' },
      },
      phases: votingPhases(),
    },
  })
  expect(edition.status).toBe(201)
  poolId = edition.body.pools[0].id
  const editionId = (
    await db.execute({ sql: 'SELECT id FROM bo_editions WHERE tenant_id = ? AND year = ?', args: [tenantId, YEAR] })
  ).rows[0]!.id as string
  projectId = newId()
  await db.execute({
    sql: "INSERT INTO bo_projects (id, tenant_id, edition_id, pool_id, number, status, title, summary, description, beneficiaries, address, cost_items, cost, extra, author_name, author_email, author_token_hash, author_residence_declared, paper_supporters, created_at, updated_at) VALUES (?, ?, ?, ?, 1, 'accepted', 'Ławki w parku', '', '', '', '', '[]', 2000000, '{}', 'Autor', 'autor@glosowanie.test', 'x', 1, 0, ?, ?)",
    args: [projectId, tenantId, editionId, poolId, now, now],
  })
})

afterAll(() => db?.close())

async function openSession(address: string): Promise<string> {
  expect((await call('POST', `${vote}/code`, { body: { channel: 'email', address } })).status).toBe(202)
  const mail = await db.execute({
    sql: 'SELECT text FROM outbox WHERE "to" = ? ORDER BY created_at DESC LIMIT 1',
    args: [address],
  })
  const code = String(mail.rows[0]!.text).match(/\b(\d{6})\b/)![1]!
  const session = await call('POST', `${vote}/session`, { body: { channel: 'email', address, code } })
  expect(session.status).toBe(201)
  return session.body.token
}

describe('voting on Workers', () => {
  it('casts a ballot with a receipt, and of two ballots of one person sent at once only one is valid', async () => {
    const [a, b] = await Promise.all([openSession('pierwsza@glosowanie.test'), openSession('druga@glosowanie.test')])
    const ballot = {
      choices: { [poolId]: { [projectId]: 1 } },
      identity: {
        firstName: 'Maria',
        lastName: 'Wiśniewska',
        address: 'ul. Leśna 4',
        residenceDeclared: true,
        adult: true,
      },
    }
    const [first, second] = await Promise.all([
      call('POST', `${vote}/cast`, { token: a, body: ballot }),
      call('POST', `${vote}/cast`, { token: b, body: ballot }),
    ])
    expect([first.status, second.status]).toEqual([201, 201])
    expect(first.body.receipt).toMatch(/^[0-9A-Z]{10}$/)
    const rows = await db.execute({
      sql: 'SELECT status FROM bo_ballots WHERE receipt IN (?, ?) ORDER BY status',
      args: [first.body.receipt, second.body.receipt],
    })
    expect(rows.rows.map((r) => r.status)).toEqual(['duplicate', 'valid'])
    // A repeat from the same session (a retry after a lost answer) gets the first receipt and stores nothing.
    const again = await call('POST', `${vote}/cast`, { token: a, body: ballot })
    expect([again.status, again.body.receipt, again.body.repeated]).toEqual([200, first.body.receipt, true])
  })
})
