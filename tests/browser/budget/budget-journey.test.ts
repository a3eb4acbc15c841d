import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import {
  checkA11y,
  chooseFileByKeyboard,
  horizontalOverflow,
  login,
  open,
  pageText,
  screenshot,
  settled,
  SLUG,
  visit,
} from '../../support/browser'
import { budgetBrowser, emailMatching, freeYear, linkIn, localIn, tabPress, tabTo, tabType } from './helpers'

/**
 * The journey of the budget module, end to end in a real browser: the coordinator sets up an edition in the panel
 * form; a resident submits a project with the keyboard alone (co-author confirmed from the e-mailed link, two
 * supporters on the support page); the coordinator assigns a verifier, who rejects it formally with a
 * justification; the author appeals from the e-mailed link; the coordinator upholds the appeal; the project is on
 * the public ballot list. axe-core checks every page on the way, including forms showing errors.
 */
const suite = budgetBrowser()

async function narrow(page: Page, label: string) {
  await page.setViewportSize({ width: 320, height: 800 })
  await settled(page)
  await checkA11y(page, `${label} at 320 px`)
  const { scrollWidth } = await horizontalOverflow(page)
  expect(scrollWidth, `${label} scrolls horizontally at 320 px`).toBeLessThanOrEqual(320)
  await page.setViewportSize({ width: 1280, height: 900 })
}

describe('budżet obywatelski: the whole journey', () => {
  it('edition from the panel form → keyboard-only submission → formal rejection → appeal upheld → on the ballot list', async () => {
    const year = await freeYear()
    suite.years.push(year)
    const title = `Budżet obywatelski ${year}`
    const stamp = Date.now().toString(36)
    const authorEmail = `autorka.${stamp}@example.pl`
    const coauthorEmail = `wspolautor.${stamp}@example.pl`
    const projectTitle = `Zielony skwer przy szkole ${stamp}`

    // ——— 1. The coordinator creates the edition with the panel form. ———
    const coordinator = await open(suite.browser)
    const c = coordinator.page
    await login(c, 'koordynator')
    await visit(c, `/panel/${SLUG}`)
    await c
      .getByRole('navigation', { name: /Panel jednostki|Gmina Przykładowa/ })
      .getByRole('link', { name: 'Budżet obywatelski' })
      .click()
    await c.waitForURL(`**/panel/${SLUG}/bo`)
    await settled(c)
    await c.getByRole('button', { name: 'Nowa edycja' }).click()
    // PESEL: off by default, with the legal warning on screen.
    expect(await c.getByLabel('Wymagaj numeru PESEL od głosujących').isChecked()).toBe(false)
    expect(await pageText(c)).toContain('Uwaga prawna: PESEL')
    // An empty form: errors next to the fields, and a summary linking to them.
    await c.getByLabel('Rok budżetowy').fill('')
    await c.getByRole('button', { name: 'Utwórz edycję' }).click()
    await c.waitForFunction(() => document.querySelectorAll('[aria-invalid="true"]').length >= 5)
    expect(await c.getByLabel('Kwota puli (zł)').getAttribute('aria-invalid')).toBe('true')
    await checkA11y(c, 'new edition form with client errors')
    await c.getByLabel('Rok budżetowy').fill(String(year))
    await c.getByLabel('Tytuł edycji').fill(title)
    await c.getByLabel('Numer uchwały').fill('XII/123/2026')
    await c.getByLabel('Data uchwały').fill('2026-03-01')
    const fillPool = async (n: number, v: Record<string, string>) => {
      const pool = c.getByRole('group', { name: `Pula ${n}`, exact: true })
      for (const [label, value] of Object.entries(v)) await pool.getByLabel(label, { exact: true }).fill(value)
    }
    await fillPool(1, {
      'Kod puli': 'OG',
      'Nazwa puli': 'Ogólnogminna',
      'Kwota puli (zł)': '1 000 000',
      'Minimalny koszt projektu (zł)': '10 000',
      'Maksymalny koszt projektu (zł)': '500 000',
      'Liczba mieszkańców obszaru puli': '24 500',
      'Wymagana liczba podpisów poparcia': '2',
      'Źródło liczby mieszkańców': 'Rejestr mieszkańców, stan na 31.12.2025',
    })
    await c.getByRole('button', { name: 'Dodaj pulę' }).click()
    await c.getByRole('group', { name: 'Pula 2', exact: true }).getByLabel('Rodzaj puli').selectOption('area')
    await fillPool(2, {
      'Kod puli': 'PN',
      'Nazwa puli': 'Osiedle Północ',
      Obszary: 'Osiedle Północ\nSołectwo Lipki',
      'Kwota puli (zł)': '300 000',
      'Minimalny koszt projektu (zł)': '5 000',
      'Maksymalny koszt projektu (zł)': '150 000',
      'Liczba mieszkańców obszaru puli': '1 500',
      'Wymagana liczba podpisów poparcia': '3',
      'Źródło liczby mieszkańców': 'Rejestr mieszkańców, stan na 31.12.2025',
    })
    // The statutory cap is computed as the numbers are typed.
    expect(await pageText(c)).toContain('Najwyżej 1 (0,1% z 1500 mieszkańców, zaokrąglone w dół)')
    const phases: [string, number, number][] = [
      ['Zgłaszanie projektów', -2, 10],
      ['Ocena formalna i merytoryczna', 10, 20],
      ['Odwołania', 20, 30],
      ['Głosowanie', 35, 45],
    ]
    for (const [phase, from, to] of phases) {
      await c.getByLabel(`Początek: ${phase}`).fill(localIn(from))
      await c.getByLabel(`Koniec: ${phase}`).fill(localIn(to))
    }
    await c.getByLabel('Kategorie projektów').fill('zieleń\nsport\nkultura')
    await c.getByRole('button', { name: 'Utwórz edycję' }).click()
    // The server refuses 3 supporters in an area of 1 500 residents — next to that very field, with the computation.
    const supporters2 = c
      .getByRole('group', { name: 'Pula 2', exact: true })
      .getByLabel('Wymagana liczba podpisów poparcia')
    await c.waitForFunction(
      () =>
        document
          .getElementById(document.querySelector('input[name="pools.1.requiredSupporters"]')!.id)
          ?.getAttribute('aria-invalid') === 'true',
    )
    expect(await supporters2.getAttribute('aria-invalid')).toBe('true')
    expect(await pageText(c, '.field-invalid')).toContain('przekracza 0,1% mieszkańców obszaru puli: 0,1% × 1500 = 1')
    await checkA11y(c, 'new edition form with a server error on pools.1.requiredSupporters')
    await screenshot(c, 'budget-edition-form-error-1280')
    await narrow(c, 'new edition form with a server error')
    await supporters2.fill('1')
    await c.getByRole('button', { name: 'Utwórz edycję' }).click()
    await c.waitForURL(`**/panel/${SLUG}/bo/${year}?utworzono=1`)
    await settled(c)
    await c
      .getByRole('status')
      .filter({ hasText: `Utworzono edycję budżetu obywatelskiego na rok ${year}.` })
      .waitFor()
    await checkA11y(c, 'edition projects table (empty)')

    // ——— 2. The public edition page. ———
    const resident = await open(suite.browser)
    const r = resident.page
    await visit(r, `/${SLUG}`)
    await r.getByRole('link', { name: title }).click()
    await r.waitForURL(`**/${SLUG}/bo/${year}`)
    await settled(r)
    const edition = await pageText(r)
    expect(edition).toContain('Teraz trwa etap: Zgłaszanie projektów.')
    expect(edition).toContain('trwa teraz')
    expect(edition).toContain('Ogólnogminna')
    expect(edition).toMatch(/od 10\s000,00 zł do 500\s000,00 zł/)
    expect(await r.getByRole('link', { name: 'Projekty z wynikami oceny (CSV)' }).getAttribute('href')).toBe(
      `/api/v1/jst/${SLUG}/bo/${year}/projects.csv`,
    )
    await checkA11y(r, 'edition page')
    await narrow(r, 'edition page')

    // ——— 3. The resident submits with the keyboard alone. ———
    await visit(r, `/${SLUG}/bo/${year}/zglos`)
    await tabType(r, 'Imię i nazwisko', 'Anna Kowalska')
    await tabType(r, 'Adres e-mail', authorEmail)
    await tabPress(r, 'Oświadczam, że mieszkam', 'Space')
    await tabPress(r, 'Zapisz szkic i przejdź dalej')
    await r.getByRole('heading', { name: 'Krok 2 z 7: Projekt' }).waitFor()
    await expect.poll(() => r.evaluate(() => document.activeElement?.textContent)).toBe('Krok 2 z 7: Projekt')
    await r
      .getByRole('status')
      .filter({ hasText: `Link do projektu wysłaliśmy na adres ${authorEmail}` })
      .waitFor()

    await tabType(r, 'Tytuł projektu', projectTitle)
    await tabType(r, 'Krótki opis', 'Nowe drzewa, ławki i łąka kwietna przy Szkole Podstawowej nr 1.')
    await tabType(
      r,
      'Opis projektu',
      'Projekt zakłada nasadzenie 20 drzew, ustawienie 6 ławek i założenie łąki kwietnej na nieużytku przy szkole.',
    )
    await tabPress(r, 'Pula', 'ArrowDown')
    await tabPress(r, 'Kategoria', 'ArrowDown')
    await tabType(r, 'Komu projekt posłuży', 'Uczniowie, rodzice i sąsiedzi szkoły')
    expect(await r.getByLabel('Pula').inputValue()).not.toBe('')
    expect(await r.getByLabel('Kategoria').inputValue()).toBe('zieleń')
    // Autosave: the time of the last save, in a live region.
    await r
      .locator('.bo-autosave[aria-live="polite"]')
      .filter({ hasText: /Zapisano o \d{1,2}:\d{2}/ })
      .waitFor()
    await tabPress(r, 'Dalej: Lokalizacja')
    await r.getByRole('heading', { name: 'Krok 3 z 7: Lokalizacja' }).waitFor()
    await tabType(r, 'Lokalizacja (adres lub opis miejsca)', 'ul. Szkolna 1, teren przy boisku')
    await tabType(r, 'Szerokość geograficzna', '52,1')
    await tabType(r, 'Długość geograficzna', '21,0')
    await tabPress(r, 'Dalej: Kosztorys')
    await r.getByRole('heading', { name: 'Krok 4 z 7: Kosztorys' }).waitFor()
    expect(await pageText(r)).toMatch(/Pula „Ogólnogminna”: koszt projektu od 10\s000,00 zł do 500\s000,00 zł/)
    await tabType(r, 'Nazwa pozycji', 'Drzewa (20 szt.)')
    await tabType(r, 'Kwota (zł)', '40 000')
    await tabPress(r, 'Dodaj pozycję kosztorysu')
    // Focus moves to the new row's first field.
    await r.waitForFunction(() => (document.activeElement as HTMLInputElement | null)?.name === 'costItems.1.name')
    await r.keyboard.type('Ławki (6 szt.)')
    await tabType(r, 'Kwota (zł)', '18 000,50')
    await r
      .locator('.bo-total')
      .filter({ hasText: /58\s000,50\szł/ })
      .waitFor()
    await tabPress(r, 'Dalej: Załączniki')
    await r.getByRole('heading', { name: 'Krok 5 z 7: Załączniki' }).waitFor()
    expect(await pageText(r)).toContain(
      'Liczba plików: najwyżej 5; rozmiar pliku: do 5 MB. Dozwolone typy: PDF, JPEG, PNG.',
    )
    await tabTo(r, 'Plik')
    await chooseFileByKeyboard(r, {
      name: 'mapka.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n%mapka terenu\n%%EOF\n'),
    })
    await tabPress(r, 'Dołącz plik')
    await r.getByRole('status').filter({ hasText: 'Dołączono plik mapka.pdf.' }).waitFor()
    await tabPress(r, 'Dalej: Współautorzy i poparcie')
    await r.getByRole('heading', { name: 'Krok 6 z 7: Współautorzy i poparcie' }).waitFor()
    await tabType(r, 'Imię i nazwisko współautora', 'Jan Nowak')
    await tabType(r, 'Adres e-mail współautora', coauthorEmail)
    await tabPress(r, 'Dodaj współautora')
    await r
      .getByRole('status')
      .filter({ hasText: `Wysłaliśmy prośbę o potwierdzenie na adres ${coauthorEmail}` })
      .waitFor()
    expect(await pageText(r)).toContain('Jan Nowak')
    expect(await pageText(r)).toContain('czeka na potwierdzenie')
    const supportLink = new URL(await r.getByLabel('Link do poparcia projektu').inputValue())
    const projectId = /\/projekty\/([^/]+)\/poparcie$/.exec(supportLink.pathname)![1]!
    await checkA11y(r, 'submission step 6')
    await screenshot(r, 'budget-submit-step6-1280')
    await narrow(r, 'submission step 6')

    // Step 7 lists what is still missing, each entry a link to its field.
    await tabPress(r, 'Dalej: Sprawdzenie i zgłoszenie')
    await r.getByRole('heading', { name: 'Krok 7 z 7: Sprawdzenie i zgłoszenie' }).waitFor()
    const missing = r.getByRole('list', { name: 'Czego jeszcze brakuje' })
    await missing.getByRole('link', { name: /potrzebuje 2 podpisów poparcia; ma 0/ }).waitFor()
    await missing.getByRole('link', { name: /współautor musi potwierdzić/ }).waitFor()
    expect(await missing.getByRole('link').count()).toBe(2)
    await checkA11y(r, 'submission step 7 with the missing list')
    await narrow(r, 'submission step 7 with the missing list')
    await tabPress(r, /^Współautorzy i poparcie: Projekt potrzebuje/)
    await r.getByRole('heading', { name: 'Krok 6 z 7: Współautorzy i poparcie' }).waitFor()
    await r.waitForFunction(() =>
      (document.activeElement as HTMLElement | null)?.getAttribute('aria-describedby')?.includes('supporters-hint'),
    )

    // The co-author confirms from the e-mailed link; two residents support the project on its support page.
    const co = await open(suite.browser)
    const confirmUrl = linkIn((await emailMatching(coauthorEmail, /wspolautor#klucz=/)).text, /wspolautor#klucz=/)
    await visit(co.page, confirmUrl.pathname + confirmUrl.hash)
    expect(co.page.url()).not.toContain('klucz=')
    await checkA11y(co.page, 'co-author confirmation')
    await co.page.getByRole('button', { name: 'Potwierdzam współautorstwo' }).click()
    await co.page
      .getByRole('status')
      .filter({ hasText: 'Dziękujemy, Jan Nowak: potwierdzono współautorstwo.' })
      .waitFor()
    await checkA11y(co.page, 'co-author confirmed')
    for (const [name, address] of [
      ['Zofia Wiśniewska', 'ul. Długa 5'],
      ['Piotr Zieliński', 'ul. Krótka 7'],
    ] as const) {
      await visit(co.page, supportLink.pathname)
      await co.page.getByLabel('Imię i nazwisko').fill(name)
      await co.page.getByLabel('Adres zamieszkania').fill(address)
      await co.page.getByLabel(/Oświadczam, że mieszkam/).check()
      await co.page.getByRole('button', { name: 'Popieram projekt' }).click()
      await co.page
        .getByRole('status')
        .filter({ hasText: `Dziękujemy, ${name} — poparcie zapisane.` })
        .waitFor()
    }
    await checkA11y(co.page, 'support page after success')
    // The same person again (letters and case differ): a clear refusal.
    await co.page.getByLabel('Imię i nazwisko').fill('PIOTR ZIELINSKI')
    await co.page.getByLabel('Adres zamieszkania').fill('Krotka 7')
    await co.page.getByLabel(/Oświadczam, że mieszkam/).check()
    await co.page.getByRole('button', { name: 'Popieram projekt' }).click()
    await co.page.getByRole('alert').filter({ hasText: 'Poparcie nie zostało zapisane' }).waitFor()
    expect(await pageText(co.page, '.bo-outcome')).toContain('jedna osoba może poprzeć projekt tylko raz')
    await checkA11y(co.page, 'support page, already supported')
    await narrow(co.page, 'support page, already supported')
    await co.context.close()

    // Back in the form (still keyboard only): refresh the count, review, submit.
    await tabPress(r, 'Odśwież liczbę podpisów')
    await r.getByText('Projekt ma 2 z 2 wymaganych podpisów (2 przez internet, 0 na papierze).').waitFor()
    await tabPress(r, 'Dalej: Sprawdzenie i zgłoszenie')
    await r.getByText('Projekt jest kompletny — możesz go zgłosić.').waitFor()
    await tabPress(r, 'Zgłoś projekt')
    await r.getByRole('heading', { name: /Projekt zgłoszony — numer \d+/ }).waitFor()
    await checkA11y(r, 'submission done')
    expect(resident.problems).toEqual([])

    // ——— 4. The coordinator assigns the verifier. ———
    await visit(c, `/panel/${SLUG}/bo/${year}`)
    const row = c.getByRole('row').filter({ hasText: projectTitle })
    const select = row.getByLabel(`Weryfikator projektu ${projectTitle}`)
    const option = (await select.locator('option').allTextContents()).find((o) => o.includes('(Weryfikator)'))!
    await select.selectOption({ label: option })
    await row.getByRole('button', { name: `Przypisz weryfikatora do projektu ${projectTitle}` }).click()
    await c
      .getByRole('status')
      .filter({ hasText: `Przypisano projekt „${projectTitle}”` })
      .waitFor()
    expect(await row.textContent()).toContain('2')
    await checkA11y(c, 'projects table with a project')
    await narrow(c, 'projects table with a project')

    // ——— 5. The verifier rejects it formally, with justifications. ———
    const verifier = await open(suite.browser)
    const v = verifier.page
    await login(v, 'weryfikator')
    await visit(v, `/panel/${SLUG}/bo/${year}`)
    await v.getByRole('link', { name: projectTitle }).click()
    await v.waitForURL(`**/panel/${SLUG}/bo/${year}/projekty/${projectId}`)
    await settled(v)
    expect(await pageText(v)).toContain(authorEmail)
    // The formal stage: only the formal requirements are assessed now.
    expect(await pageText(v, '.bo-assess')).toContain('Etap oceny: Ocena formalna')
    await v.getByLabel('Spełnione: Wymogi formalne').uncheck()
    await v.getByRole('button', { name: 'Zapisz ocenę' }).click()
    const why = v.getByLabel('Uzasadnienie — Wymogi formalne')
    await v.waitForFunction(
      () => document.querySelector('textarea[name="criteria.formal"]')?.getAttribute('aria-invalid') === 'true',
    )
    expect(await v.getByLabel('Uzasadnienie decyzji').getAttribute('aria-invalid')).toBe('true')
    await checkA11y(v, 'assessment form with errors')
    await narrow(v, 'assessment form with errors')
    await why.fill('Teren przy boisku jest dzierżawiony przez klub sportowy do 2030 r.')
    await v
      .getByLabel('Uzasadnienie decyzji')
      .fill('Projekt nie spełnia wymogów formalnych: gmina nie dysponuje terenem.')
    await v.getByRole('button', { name: 'Zapisz ocenę' }).click()
    await v.getByRole('status').filter({ hasText: 'Zapisano ocenę negatywną.' }).waitFor()
    await v.locator('.bo-project-head').filter({ hasText: 'odrzucony formalnie' }).waitFor()
    await v.getByText('Wymogi formalne: niespełnione').waitFor()
    await checkA11y(v, 'project after a negative assessment (panel)')
    await verifier.context.close()

    // ——— 6. The author appeals from the e-mailed link. ———
    const author = await open(suite.browser)
    const a = author.page
    const editLink = linkIn((await emailMatching(authorEmail, /edycja#klucz=/)).text, /edycja#klucz=/)
    await a.goto(editLink.pathname + editLink.hash)
    await a.waitForURL(`**/${SLUG}/bo/${year}/projekty/${projectId}`)
    await settled(a)
    expect(a.url()).not.toContain('klucz')
    const page = await pageText(a)
    expect(page).toContain('odrzucony formalnie')
    expect(page).toContain('Wymogi formalne: niespełnione — Teren przy boisku jest dzierżawiony')
    expect(page).toContain('Możesz się odwołać od oceny do:')
    await a.getByRole('button', { name: 'Złóż odwołanie' }).click()
    await a.waitForFunction(
      () => document.querySelector('textarea[name="text"]')?.getAttribute('aria-invalid') === 'true',
    )
    await checkA11y(a, 'author panel with an appeal error')
    await narrow(a, 'author panel with an appeal error')
    await a
      .getByLabel('Treść odwołania')
      .fill('Umowa dzierżawy z klubem wygasła w 2025 r. — w załączeniu wypowiedzenie. Teren jest w dyspozycji gminy.')
    await a.getByRole('button', { name: 'Złóż odwołanie' }).click()
    await a.getByRole('status').filter({ hasText: 'Złożono odwołanie.' }).waitFor()
    await a.locator('.bo-project-head').filter({ hasText: 'odwołanie w toku' }).waitFor()
    expect(author.problems).toEqual([])
    await author.context.close()

    // ——— 7. The coordinator upholds the appeal. ———
    await visit(c, `/panel/${SLUG}/bo/${year}/odwolania`)
    const appeal = c.getByRole('article').filter({ hasText: projectTitle })
    await appeal.getByRole('button', { name: 'Zapisz rozstrzygnięcie' }).click()
    await c.waitForFunction(() => document.querySelectorAll('[aria-invalid="true"], .field-invalid').length >= 2)
    await checkA11y(c, 'appeal decision with errors')
    await appeal.getByLabel('Uwzględnij — projekt trafia na listę do głosowania').check()
    await appeal
      .getByLabel('Uzasadnienie rozstrzygnięcia')
      .fill('Autor wykazał, że umowa dzierżawy wygasła; teren jest w dyspozycji gminy.')
    await appeal.getByRole('button', { name: 'Zapisz rozstrzygnięcie' }).click()
    await c
      .getByRole('status')
      .filter({ hasText: `Odwołanie uwzględnione: projekt „${projectTitle}” trafia na listę do głosowania.` })
      .waitFor()
    await checkA11y(c, 'appeals after the decision')
    await narrow(c, 'appeals after the decision')
    expect(coordinator.problems).toEqual([])
    await coordinator.context.close()

    // ——— 8. The project is on the public ballot list (provisional: the final-list phase has not begun). ———
    await visit(r, `/${SLUG}/bo/${year}/lista`)
    const list = await pageText(r)
    expect(list).toContain('Lista wstępna')
    expect(list).not.toContain('Lista ostateczna')
    const table = r.getByRole('table', { name: 'Ogólnogminna: projekty dopuszczone do głosowania' })
    await table.getByRole('link', { name: projectTitle }).waitFor()
    expect(await table.textContent()).toMatch(/58\s000,50\szł/)
    await checkA11y(r, 'final list')
    await screenshot(r, 'budget-final-list-1280')
    await narrow(r, 'final list')
    await resident.context.close()
  }, 180_000)
})
