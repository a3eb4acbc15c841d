import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { countedEdition, json } from './helpers'
import { Agent, demo, loggedIn, type TestApp, testApp } from '../../support/api'

/**
 * The public project list after the vote: each winner carries its implementation stage once the results are published
 * (never before), the status filter takes the stages ("selected", "done"), "accepted" then means the projects on the
 * ballot that did not win, and the list says which statuses it can be filtered by.
 */
let t: TestApp
let winnerId: string
let loserId: string
const year = 2033
const pub = `/api/v1/jst/gmina-przykladowa/bo/${year}`
const staff = `/api/v1/jst/gmina-przykladowa/staff/bo/${year}`

type Item = { id: string; status: string; implementation: string | null }
const list = async (query = '') =>
  json<{ items: Item[]; statuses: string[] }>(new Agent(t).get(`${pub}/projects${query}`), 200)

beforeAll(async () => {
  t = await testApp()
  ;({ winnerId, loserId } = await countedEdition(t, year, 'wyborczyni@example.pl'))
})
afterAll(() => t.close())

describe('winners in the public project list', () => {
  it('shows no winner before publication, then each winner by its implementation stage, filterable', async () => {
    const before = await list()
    expect(before.items.map((p) => p.implementation)).toEqual([null, null])
    expect(before.statuses).not.toContain('selected')
    expect((await list('?status=selected')).items).toEqual([])

    await json((await loggedIn(t, demo.admin)).post(`${staff}/results/publish`, {}), 200)
    const after = await list()
    expect(after.items.map((p) => [p.id, p.status, p.implementation])).toEqual([
      [winnerId, 'accepted', 'selected'],
      [loserId, 'accepted', null],
    ])
    expect(after.statuses).toEqual(expect.arrayContaining(['accepted', 'selected', 'in_progress', 'done', 'abandoned']))
    expect((await list('?status=selected')).items.map((p) => p.id)).toEqual([winnerId])
    expect((await list('?status=accepted')).items.map((p) => p.id)).toEqual([loserId])

    await json(
      (await loggedIn(t, demo.koordynator)).patch(`${staff}/implementation/${winnerId}`, { status: 'done' }),
      200,
    )
    expect((await list('?status=done')).items.map((p) => p.id)).toEqual([winnerId])
    expect((await list('?status=selected')).items).toEqual([])
    const page = await json(new Agent(t).get(`${pub}/projects/${winnerId}`), 200)
    expect(page.project.implementation).toBe('done')
    expect(page.supportScans).toBe(0)
  })
})
