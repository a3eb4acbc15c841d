import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Agent, demo, expectProblem, loggedIn, testApp, type TestApp } from '../../support/api'
import { editionBody } from '../../support/editions'

/**
 * Problem documents answer in the request's language: Polish by default and for any language but English, English
 * when `Accept-Language` prefers it (the web sends its UI language). Polish answers stay exactly as they were.
 */
let t: TestApp
beforeAll(async () => {
  t = await testApp()
})
afterAll(() => t.close())

const pub = '/api/v1/jst/gmina-przykladowa/bo'
const staff = '/api/v1/jst/gmina-przykladowa/staff/bo'

/** One request in `lang` (no header when undefined): the problem body without its request id, and the headers. */
async function ask(method: 'GET' | 'POST', path: string, lang?: string, body?: unknown) {
  const agent = new Agent(t)
  const res = await agent.request(method, path, body, lang === undefined ? {} : { 'Accept-Language': lang })
  const language = res.headers.get('content-language')
  const vary = res.headers.get('vary')
  const problem = await expectProblem(res, res.status)
  const { requestId: _, ...rest } = problem as typeof problem & { requestId?: string }
  return { status: res.status, problem: rest, language, vary }
}

const cases: Record<string, ['GET' | 'POST', string, unknown?]> = {
  unknownJst: ['GET', '/api/v1/jst/nie-ma-takiej-gminy'],
  signedOut: ['GET', '/api/v1/auth/me'],
  badEmail: ['POST', '/api/v1/auth/login', { email: 'nie-email', password: 'x' }],
  missingEdition: ['GET', `${pub}/2099`],
}
const request = (which: keyof typeof cases, lang?: string) => {
  const [method, path, body] = cases[which]!
  return ask(method, path, lang, body)
}

describe('problem documents in the language of the request', () => {
  it('are Polish without Accept-Language, exactly as before, and say so', async () => {
    const notFound = await request('unknownJst')
    expect(notFound).toMatchObject({
      status: 404,
      language: 'pl',
      problem: { title: 'Nie znaleziono', detail: 'Nie ma takiej jednostki samorządu.' },
    })
    expect(notFound.vary).toMatch(/Accept-Language/i)
    expect((await request('signedOut')).problem).toMatchObject({
      status: 401,
      title: 'Wymagane logowanie',
      detail: 'Zaloguj się, aby kontynuować.',
    })
    expect((await request('badEmail')).problem).toMatchObject({
      status: 400,
      title: 'Niepoprawne dane',
      detail: 'Popraw formularz: Podaj poprawny adres e-mail.',
      errors: [{ field: 'email', detail: 'Podaj poprawny adres e-mail.' }],
    })
    expect((await request('missingEdition')).problem).toMatchObject({
      status: 404,
      detail: 'Nie ma edycji budżetu obywatelskiego na rok 2099.',
    })
  })

  it('are the same Polish with Accept-Language: pl and with a language the platform does not speak', async () => {
    for (const which of Object.keys(cases)) {
      const plain = await request(which)
      for (const lang of ['pl', 'pl-PL, en;q=0.8', 'fr', 'de-DE, fr;q=0.7', '*']) {
        const asked = await request(which, lang)
        expect(asked.problem, `${which}, ${lang}`).toEqual(plain.problem)
        expect(asked.language).toBe('pl')
      }
    }
  })

  it('are English when the request prefers English', async () => {
    const notFound = await request('unknownJst', 'en')
    expect(notFound).toMatchObject({
      status: 404,
      language: 'en',
      problem: { title: 'Not found', detail: 'There is no such local government.' },
    })
    expect(notFound.vary).toMatch(/Accept-Language/i)
    expect(await request('signedOut', 'en-GB')).toMatchObject({
      language: 'en',
      problem: { status: 401, title: 'Sign-in required', detail: 'Sign in to continue.' },
    })
    expect(await request('badEmail', 'en-US;q=0.8')).toMatchObject({
      language: 'en',
      problem: {
        status: 400,
        title: 'Invalid data',
        detail: 'Correct the form: Enter a valid e-mail address.',
        errors: [{ field: 'email', detail: 'Enter a valid e-mail address.' }],
      },
    })
    expect(await request('missingEdition', 'en')).toMatchObject({
      language: 'en',
      problem: { status: 404, detail: 'There is no participatory budget edition for 2099.' },
    })
  })

  it('weighs the languages asked for: German first and English second gives English', async () => {
    expect((await request('unknownJst', 'de, en;q=0.5')).problem.detail).toBe('There is no such local government.')
    expect((await request('unknownJst', 'en;q=0.5, pl')).problem.detail).toBe('Nie ma takiej jednostki samorządu.')
    expect((await request('unknownJst', 'fr')).problem.detail).toBe('Nie ma takiej jednostki samorządu.')
  })

  it('translates the field errors of a budget form, with the values and phase names put into them', async () => {
    const coordinator = await loggedIn(t, demo.koordynator)
    const english = { 'Accept-Language': 'en' }
    const tooMany = editionBody(2028)
    tooMany.pools[1]!.requiredSupporters = 4
    const res = await coordinator.request('POST', `${staff}/editions`, tooMany, english)
    expect(res.headers.get('content-language')).toBe('en')
    const problem = await expectProblem(res, 400)
    expect(problem.title).toBe('Invalid data')
    expect(problem.errors).toContainEqual({
      field: 'pools.1.requiredSupporters',
      detail:
        'The required number of signatures (4) exceeds 0.1% of the residents of the pool’s area: 0.1% × 3200 = 3.',
    })
    const overlap = editionBody(2028)
    overlap.phases[1]!.startsAt = overlap.phases[0]!.startsAt
    const phases = await expectProblem(await coordinator.request('POST', `${staff}/editions`, overlap, english), 400)
    expect(phases.errors!.map((e) => e.detail)).toContain(
      'The phase “formal and merit assessment” starts before the end of the phase “submitting projects”.',
    )
  })
})
