import { createClient } from '@libsql/client'
import { describe, expect, inject, it } from 'vitest'
import { instantOfWarsawLocal } from '../../../worker/core/time/polish-calendar'
import { DAY, submissionPhases } from '../../support/editions'
import {
  authorRequest,
  budgetBrowser,
  createEdition,
  emailMatching,
  localIn,
  submitProject,
  tabPress,
  tabTo,
  tabType,
} from './helpers'
import {
  ACCOUNTS,
  baseUrl,
  checkA11y,
  login,
  open,
  pageText,
  screenshot,
  settled,
  SLUG,
  visit,
} from '../../support/browser'

/**
 * The staff and author screens on top of part 1 of the budget API, in a real browser: the coordinator edits an
 * edition before submission opens (a pool amount, a phase date, a client and a server error next to their fields)
 * and defines a custom field that then appears in the resident's wizard; records a conflict between two projects
 * with the keyboard alone and sees it on both project pages, panel and public (each linking to the other); an
 * author answers a verifier's question with a correction, after which the correction form closes. axe-core checks
 * every page touched.
 */
const suite = budgetBrowser()

/** Moves an edition's whole calendar `days` earlier in the server's database (there is no API to move a running calendar). */
async function shiftCalendar(year: number, days: number): Promise<void> {
  const client = createClient({ url: `file:${inject('dbFile')}` })
  try {
    await client.execute({
      sql: 'UPDATE bo_phases SET starts_at = starts_at - ?, ends_at = ends_at - ? WHERE edition_id = (SELECT e.id FROM bo_editions e JOIN tenants t ON t.id = e.tenant_id WHERE t.slug = ? AND e.year = ?)',
      args: [days * DAY, days * DAY, SLUG, year],
    })
  } finally {
    client.close()
  }
}

/** Another organiser's save, as the database sees it: a new title and the next version of the edition. */
async function savedElsewhere(year: number, title: string): Promise<void> {
  const client = createClient({ url: `file:${inject('dbFile')}` })
  try {
    await client.execute({
      sql: 'UPDATE bo_editions SET title = ?, version = version + 1 WHERE id = (SELECT e.id FROM bo_editions e JOIN tenants t ON t.id = e.tenant_id WHERE t.slug = ? AND e.year = ?)',
      args: [title, SLUG, year],
    })
  } finally {
    client.close()
  }
}

async function edition(year: number) {
  const response = await fetch(`${baseUrl()}/api/v1/jst/${SLUG}/bo/${year}`)
  return (await response.json()) as {
    pools: { id: string; code: string; amount: number }[]
    phases: { phase: string; endsAt: string }[]
    rules: { submission: { formFields: { key: string; type: string; options: string[] }[] } }
  }
}

/** A project submitted through the API (area pool: one supporter), with the edition's required extra fields. */
const submitted = (year: number, poolId: string, title: string) =>
  submitProject(year, poolId, { title, extra: { ogolnodostepny: true, dzielnica: 'Północ' } })

describe('budget panel: editing an edition, the submission form, conflicts and the author’s correction', () => {
  it('edits an edition, defines a field residents then see, records a conflict by keyboard, and takes a correction', async () => {
    const stamp = Date.now().toString(36)
    const coordinator = await open(suite.browser)
    const c = coordinator.page
    await login(c, 'koordynator')
    // Submission opens in four days: the edition can still be edited.
    const { year } = await createEdition(c, { phases: submissionPhases(5) })
    suite.years.push(year)

    // ——— 1. Edit the edition from its panel page. ———
    await visit(c, `/panel/${SLUG}/bo/${year}`)
    const settings = c.getByRole('region', { name: 'Ustawienia edycji' })
    expect(await pageText(c, 'section[aria-labelledby="bo-settings-heading"]')).toContain(
      'Roku budżetowego nie można zmienić nigdy',
    )
    // Sentences around a date are whole catalogue messages: the date sits inside, the full stop after it.
    expect(await pageText(c, 'section[aria-labelledby="bo-settings-heading"]')).toMatch(
      /Ustawienia można zmieniać do rozpoczęcia zgłaszania projektów: \d{1,2} \p{L}+ \d{4}[^.]*\./u,
    )
    await settings.getByRole('button', { name: 'Edytuj edycję' }).click()
    expect(
      await settings.getByRole('button', { name: 'Zamknij formularz bez zapisywania' }).getAttribute('aria-expanded'),
    ).toBe('true')
    const pool1 = c.getByRole('group', { name: 'Pula 1', exact: true })
    const pool2 = c.getByRole('group', { name: 'Pula 2', exact: true })
    // Pre-filled from the edition: złote, the calendar, the year read-only, PESEL off with its warning.
    expect(await pool1.getByLabel('Kwota puli (zł)').inputValue()).toBe('1000000')
    expect(await pool2.getByLabel('Obszary').inputValue()).toBe('Osiedle Północ\nSołectwo Lipki')
    expect(await c.getByLabel('Rok budżetowy').getAttribute('readonly')).not.toBeNull()
    expect(await c.getByLabel('Koniec: Zgłaszanie projektów').inputValue()).toBe(localIn(15))
    expect(await c.getByLabel('Wymagaj numeru PESEL od głosujących').isChecked()).toBe(false)
    expect(await pageText(c)).toContain('Uwaga prawna: PESEL')
    expect(await c.getByRole('group', { name: 'Pole 1', exact: true }).getByLabel('Etykieta pola').inputValue()).toBe(
      'Projekt będzie ogólnodostępny',
    )
    await checkA11y(c, 'edition edit form, pre-filled')

    // A value the browser refuses, and one only the server refuses — each next to its field.
    await pool1.getByLabel('Kwota puli (zł)').fill('milion')
    await pool2.getByLabel('Wymagana liczba podpisów poparcia').fill('50')
    // one value for the field and the check below: computed twice, a minute could turn between them
    const newEnd = localIn(12)
    await c.getByLabel('Koniec: Zgłaszanie projektów').fill(newEnd)
    await c.getByRole('button', { name: 'Dodaj pole formularza' }).click()
    // Focus moves to the new field's label.
    await c.waitForFunction(
      () => (document.activeElement as HTMLInputElement | null)?.name === 'rules.submission.formFields.1.label',
    )
    await c.keyboard.type('Dzielnica')
    const field2 = c.getByRole('group', { name: 'Pole 2', exact: true })
    await field2.getByLabel('Rodzaj pola').selectOption('choice')
    await field2.getByLabel('Pole obowiązkowe').check()
    await c.getByRole('button', { name: 'Zapisz zmiany w edycji' }).click()
    await c.waitForFunction(
      () => document.querySelector('input[name="pools.0.amount"]')?.getAttribute('aria-invalid') === 'true',
    )
    expect(await pageText(c, `.field-invalid:has(input[name="pools.0.amount"])`)).toContain(
      'Podaj kwotę w złotych, np. 12 500,50.',
    )
    expect(await pageText(c, `.field-invalid:has(textarea[name="rules.submission.formFields.1.options"])`)).toContain(
      'Pole wyboru potrzebuje co najmniej dwóch opcji',
    )
    await checkA11y(c, 'edition edit form with client errors')

    await pool1.getByLabel('Kwota puli (zł)').fill('1 200 000')
    await field2.getByLabel('Opcje do wyboru').fill('Północ\nPołudnie')
    await c.getByRole('button', { name: 'Zapisz zmiany w edycji' }).click()
    await c.waitForFunction(
      () => document.querySelector('input[name="pools.1.requiredSupporters"]')?.getAttribute('aria-invalid') === 'true',
    )
    expect(await pageText(c, `.field-invalid:has(input[name="pools.1.requiredSupporters"])`)).toContain(
      'przekracza 0,1% mieszkańców obszaru puli: 0,1% × 3200 = 3',
    )
    expect(await c.getByRole('alert').filter({ hasText: 'Pula 2: Wymagana liczba podpisów poparcia' }).count()).toBe(1)
    await checkA11y(c, 'edition edit form with a server error')
    await screenshot(c, 'budget-edition-edit-error-1280')

    // Reorder with the keyboard's focus kept: the new field goes first.
    await c.getByRole('button', { name: 'Przesuń wyżej: Dzielnica' }).click()
    await c.waitForFunction(() => document.activeElement?.textContent === 'Przesuń niżej: Dzielnica')
    await c.getByText('Pole „Dzielnica” jest teraz na pozycji 1.').waitFor({ state: 'attached' })
    await pool2.getByLabel('Wymagana liczba podpisów poparcia').fill('1')
    await c.getByRole('button', { name: 'Zapisz zmiany w edycji' }).click()
    await c
      .getByRole('status')
      .filter({ hasText: `Zapisano zmiany w edycji budżetu obywatelskiego na rok ${year}.` })
      .waitFor()
    await c.waitForFunction(() => document.activeElement?.textContent === 'Edytuj edycję')
    await checkA11y(c, 'edition panel page after saving')
    const saved = await edition(year)
    expect(saved.pools[0]!.amount).toBe(120_000_000)
    expect(new Date(saved.phases[0]!.endsAt).getTime()).toBe(instantOfWarsawLocal(newEnd)!.getTime())
    expect(saved.rules.submission.formFields.map((f) => f.key)).toEqual(['dzielnica', 'ogolnodostepny'])
    expect(saved.rules.submission.formFields[0]).toMatchObject({ type: 'choice', options: ['Północ', 'Południe'] })

    // Another organiser saves while the form is open: this save is refused, nothing of it is kept, and the form
    // offers the current edition instead of overwriting theirs.
    await settings.getByRole('button', { name: 'Edytuj edycję' }).click()
    const elsewhere = `Budżet obywatelski ${year} — zmieniony w innym oknie`
    await savedElsewhere(year, elsewhere)
    await c.getByLabel('Tytuł edycji').fill(`Budżet obywatelski ${year} — mój tytuł`)
    await c.getByRole('button', { name: 'Zapisz zmiany w edycji' }).click()
    await c
      .getByRole('alert')
      .filter({ hasText: 'Ktoś inny zmienił tę edycję w międzyczasie, więc Twoich zmian nie zapisano.' })
      .waitFor()
    await checkA11y(c, 'edition edit form refused: changed meanwhile')
    await c.getByRole('button', { name: 'Wczytaj aktualną wersję edycji (niezapisane zmiany przepadną)' }).click()
    await c
      .getByRole('status')
      .filter({ hasText: 'Wczytano aktualną wersję edycji. Wprowadź swoje zmiany jeszcze raz.' })
      .waitFor()
    await c.waitForFunction(
      (title) => (document.querySelector('input[name="title"]') as HTMLInputElement | null)?.value === title,
      elsewhere,
    )
    expect(await c.getByRole('alert').filter({ hasText: 'Ktoś inny zmienił' }).count()).toBe(0)
    await settings.getByRole('button', { name: 'Zamknij formularz bez zapisywania' }).click()

    // ——— 2. Submission opens: the settings are locked, and residents see the new field. ———
    await shiftCalendar(year, 5)
    await visit(c, `/panel/${SLUG}/bo/${year}`)
    expect(await pageText(c, 'section[aria-labelledby="bo-settings-heading"]')).toContain(
      'zablokowane są wszystkie pola',
    )
    expect(await pageText(c, 'section[aria-labelledby="bo-settings-heading"]')).toMatch(
      /Zgłaszanie projektów rozpoczęło się \d{1,2} \p{L}+ \d{4}[^.]*\./u,
    )
    expect(await c.getByRole('button', { name: 'Edytuj edycję' }).count()).toBe(0)
    await checkA11y(c, 'edition panel page, settings locked')

    const resident = await open(suite.browser)
    const r = resident.page
    await visit(r, `/${SLUG}/bo/${year}/zglos`)
    await r.getByLabel('Imię i nazwisko').fill('Anna Kowalska')
    await r.getByLabel('Adres e-mail').fill(`anna.${stamp}@example.pl`)
    await r.getByLabel(/Oświadczam, że mieszkam/).check()
    await r.getByRole('button', { name: 'Zapisz szkic i przejdź dalej' }).click()
    await r.getByRole('heading', { name: 'Krok 2 z 7: Projekt' }).waitFor()
    const district = r.getByLabel('Dzielnica', { exact: true })
    expect((await district.locator('option').allTextContents()).slice(1)).toEqual(['Północ', 'Południe'])
    await district.selectOption('Południe')
    await r
      .locator('.bo-autosave[aria-live="polite"]')
      .filter({ hasText: /Zapisano o \d{1,2}:\d{2}/ })
      .waitFor()
    await checkA11y(r, 'submission step 2 with the custom choice field')
    expect(resident.problems).toEqual([])
    await resident.context.close()

    // ——— 3. A conflict between two projects, keyboard only. ———
    const pn = saved.pools.find((p) => p.code === 'PN')!.id
    const a = await submitted(year, pn, `Plac zabaw A ${stamp}`)
    const b = await submitted(year, pn, `Plac zabaw B ${stamp}`)
    await submitted(year, pn, `Siłownia plenerowa ${stamp}`)
    await visit(c, `/panel/${SLUG}/bo/${year}`)
    await c.getByRole('link', { name: 'Projekty wykluczające się (grupy)' }).click()
    await c.waitForURL(`**/panel/${SLUG}/bo/${year}/konflikty`)
    await settled(c)
    expect(await pageText(c)).toContain('Nie zapisano jeszcze żadnej grupy.')
    await checkA11y(c, 'conflicts page, empty')
    // Nothing ticked: the summary takes focus and names both problems.
    await c.getByRole('heading', { level: 1 }).focus()
    await tabPress(c, 'Zapisz grupę')
    await c.waitForFunction(() => document.activeElement?.classList.contains('error-summary'))
    expect(await pageText(c, '.error-summary')).toContain('Projekty w grupie: Zaznacz co najmniej dwa projekty.')
    await checkA11y(c, 'conflict form with errors')
    await tabType(c, 'Szukaj projektu', 'plac zabaw')
    await c.getByText('Pokazano 2 z 3 projektów.').waitFor()
    await tabPress(c, `Plac zabaw A ${stamp}`, 'Space')
    await tabPress(c, `Plac zabaw B ${stamp}`, 'Space')
    await c
      .getByText(`Zaznaczone (2): nr ${a.number} „Plac zabaw A ${stamp}”; nr ${b.number} „Plac zabaw B ${stamp}”.`)
      .waitFor()
    await tabType(c, 'Powód', 'Ta sama działka przy ul. Lipowej.')
    await tabPress(c, 'Zapisz grupę')
    await c.getByRole('status').filter({ hasText: 'Zapisano grupę projektów wykluczających się' }).waitFor()
    const group = c.locator('.bo-conflicts > li').filter({ hasText: 'Ta sama działka przy ul. Lipowej.' })
    await group.getByRole('link', { name: `nr ${a.number} „Plac zabaw A ${stamp}”` }).waitFor()
    await group.getByRole('link', { name: `nr ${b.number} „Plac zabaw B ${stamp}”` }).waitFor()
    await checkA11y(c, 'conflicts page with a group')
    await screenshot(c, 'budget-conflicts-1280')
    for (const [project, other] of [
      [a, b],
      [b, a],
    ] as const) {
      await visit(c, `/panel/${SLUG}/bo/${year}/projekty/${project.id}`)
      const main = await pageText(c)
      expect(main).toContain(`Wyklucza się z: nr ${other.number} „Plac zabaw ${other === a ? 'A' : 'B'} ${stamp}”`)
      expect(main).toContain('Powód: Ta sama działka przy ul. Lipowej.')
      await checkA11y(c, `project panel page with its conflict group (${project === a ? 'A' : 'B'})`)
    }
    // The public page of each names the other by number and title, as a link to its page, with the reason.
    await visit(c, `/${SLUG}/bo/${year}/projekty/${a.id}`)
    const excludesB = c.locator('li').filter({ hasText: 'Wyklucza się z:' })
    expect(await excludesB.innerText()).toContain('Powód: Ta sama działka przy ul. Lipowej.')
    expect(await pageText(c)).not.toContain(`Siłownia plenerowa ${stamp}`)
    await checkA11y(c, 'public project page naming the project it excludes (A)')
    await excludesB.getByRole('link', { name: `nr ${b.number} „Plac zabaw B ${stamp}”` }).click()
    await c.waitForURL(`**/${SLUG}/bo/${year}/projekty/${b.id}`)
    await c
      .locator('li')
      .filter({ hasText: 'Wyklucza się z:' })
      .getByRole('link', { name: `nr ${a.number} „Plac zabaw A ${stamp}”` })
      .waitFor()
    await settled(c)
    await checkA11y(c, 'public project page naming the project it excludes (B)')

    // ——— 4. The verifier's question, and the author's correction with an answer. ———
    const asked = await c.request.post(`/api/v1/jst/${SLUG}/staff/bo/${year}/projects/${a.id}/questions`, {
      data: { text: 'Proszę doprecyzować koszt nawierzchni.' },
    })
    expect(asked.status(), await asked.text()).toBe(201)
    const author = await open(suite.browser)
    const w = author.page
    await w.goto(`/${SLUG}/bo/${year}/projekty/${a.id}/edycja#klucz=${a.token}`)
    await w.waitForURL(`**/${SLUG}/bo/${year}/projekty/${a.id}`)
    await settled(w)
    const form = w.getByRole('region', { name: 'Poprawki projektu' })
    expect(await pageText(w)).toContain('Proszę doprecyzować koszt nawierzchni.')
    expect(await pageText(w)).toMatch(
      /Możesz poprawić projekt i odpowiedzieć do \d{1,2} \p{L}+ \d{4}[^.]*\. Wysłanie odpowiedzi zamyka pytanie/u,
    )
    expect(await form.getByLabel('Tytuł projektu').inputValue()).toBe(`Plac zabaw A ${stamp}`)
    await checkA11y(w, 'author page with an open question and the correction form')
    await screenshot(w, 'budget-author-correction-1280')
    // Nothing changed: said so, nothing sent.
    await form.getByRole('button', { name: 'Zapisz poprawki i odpowiedź' }).click()
    await w.waitForFunction(
      () => document.querySelector('textarea[name^="answer."]')?.getAttribute('aria-invalid') === 'true',
    )
    expect(await pageText(w, '.field-invalid:has(textarea[name^="answer."])')).toContain(
      'Nic nie zmieniono: popraw projekt albo wpisz odpowiedź.',
    )
    await checkA11y(w, 'correction form with an error')
    await form.getByLabel('Tytuł projektu').fill(`Plac zabaw A z nową nawierzchnią ${stamp}`)
    await form.getByRole('group', { name: 'Pozycja 1' }).getByLabel('Kwota (zł)').fill('45 000')
    await form
      .getByLabel('Odpowiedź na pytanie 1')
      .fill('Nawierzchnia poliuretanowa 150 m² według oferty z marca: 45 000 zł.')
    await form.getByRole('button', { name: 'Zapisz poprawki i odpowiedź' }).click()
    await w
      .getByRole('status')
      .filter({ hasText: 'Zapisano poprawki i wysłano odpowiedź. Pytanie jest zamknięte.' })
      .waitFor()
    await w.getByText('Poprawki są zamknięte.').waitFor()
    expect(await pageText(w)).toMatch(/Odpowiedź na pytanie weryfikatora wysłano \d{1,2} \p{L}+ \d{4}[^.]*\./u)
    expect(await pageText(w)).toContain('Projektu nie można już zmieniać.')
    expect(await w.getByRole('region', { name: 'Poprawki projektu' }).count()).toBe(0)
    await checkA11y(w, 'author page after the answer (correction closed)')
    expect(author.problems).toEqual([])
    await author.context.close()
    const view = await authorRequest('GET', year, `/${a.id}/author`, a.token)
    expect(view.body.project.title).toBe(`Plac zabaw A z nową nawierzchnią ${stamp}`)
    expect(view.body.project.cost).toBe(4_500_000)
    const mail = await emailMatching(ACCOUNTS.koordynator, /odpowiedział na Twoje pytanie/)
    expect(mail.text).toContain('Nawierzchnia poliuretanowa 150 m²')
    expect(coordinator.problems).toEqual([])
    await coordinator.context.close()
  }, 180_000)
})
