import type { ComponentChildren } from 'preact'
import { useEffect, useRef, useState } from 'preact/hooks'
import { LANGS, setLang, useLang, useT, type Lang } from '../i18n'
import { tenantPath, tenantSlugOf } from '../lib/context'
import { useTenant } from '../lib/tenants'
import { NavLink, useLocation } from '../../router'

/**
 * The brand mark, the drawing of web/public/favicon.svg (index.html's icon has the same), as a `data:` address: the
 * header shows it in the first paint without a request of its own, which on a phone is one round trip more that the
 * page's largest paint is measured against (Lighthouse counts every request finished before it).
 */
const MARK = `data:image/svg+xml,${encodeURIComponent(
  "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 64 64'><rect width='64' height='64' rx='12' fill='#0b3d66'/>" +
    "<circle cx='22' cy='24' r='7' fill='#fff'/><circle cx='42' cy='24' r='7' fill='#fff'/>" +
    "<path d='M10 50c0-9 5.5-15 12-15s12 6 12 15z' fill='#fff'/><path d='M30 50c0-9 5.5-15 12-15s12 6 12 15z' fill='#f2c14e'/></svg>",
)}`

function LangSwitch() {
  const lang = useLang()
  const t = useT()
  const other: Lang = LANGS.find((l) => l !== lang) ?? 'pl'
  return (
    <div class="lang-switch">
      <span class="visually-hidden" id="lang-current">
        {t('lang.current')}
      </span>
      <button
        type="button"
        class="lang-button"
        lang={other}
        onClick={() => void setLang(other).catch(() => undefined)}
        aria-describedby="lang-current"
      >
        <span aria-hidden="true" class="lang-code">
          {other.toUpperCase()}
        </span>
        <span class="lang-name">{t(`lang.switchTo.${other}`)}</span>
      </button>
    </div>
  )
}

/** Three bars, or a cross while the menu is open; the button's word says the same. */
function MenuIcon({ open }: { open: boolean }) {
  return (
    <svg class="menu-icon" viewBox="0 0 20 20" width="20" height="20" aria-hidden="true" focusable="false">
      <path d={open ? 'M4 4L16 16M16 4L4 16' : 'M3 5H17M3 10H17M3 15H17'} />
    </svg>
  )
}

function skipToContent(event: MouseEvent) {
  const main = document.getElementById('tresc')
  if (!main) return
  event.preventDefault()
  main.focus()
  main.scrollIntoView()
}

/**
 * The page frame: skip link, header, main menu, footer. On a narrow screen (below 37.5em, phones) the header is one
 * compact row and the menu folds behind a disclosure button, so that what a person came for — the first field of a
 * form, the first step of voting — is on the first screen of a 360 × 740 phone rather than below 345 px of header.
 * The menu opens and closes with the button (Enter, Space), Escape closes it and returns the focus to the button,
 * and following a link closes it. On wider screens the button is hidden and the menu always shown.
 */
export function Layout({ children }: { children: ComponentChildren }) {
  const t = useT()
  const { path } = useLocation()
  const context = tenantSlugOf(path)
  const tenant = useTenant(context?.slug ?? null)
  const tenantName = context && tenant.status === 'ok' ? tenant.tenant.name : null
  const tenantBase = tenantName && context ? tenantPath(context.slug) : null
  const [menuOpen, setMenuOpen] = useState(false)
  const menuButton = useRef<HTMLButtonElement>(null)
  useEffect(() => setMenuOpen(false), [path])
  const closeMenu = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !menuOpen) return
    event.preventDefault()
    setMenuOpen(false)
    menuButton.current?.focus()
  }

  return (
    <div class="page">
      <a href="#tresc" class="skip-link" onClick={skipToContent}>
        {t('layout.skipLink')}
      </a>
      <header class="site-header">
        <div class="container header-inner">
          <div class="brand">
            <a href="/" class="brand-link">
              <img src={MARK} alt="" class="brand-mark" width="40" height="40" />
              <span class="brand-name">{t('app.name')}</span>
            </a>
            {tenantName && tenantBase ? (
              <a href={tenantBase} class="brand-tenant">
                <span class="visually-hidden">{t('layout.tenantPrefix')} </span>
                {tenantName}
              </a>
            ) : null}
          </div>
          <div class="header-tools">
            <LangSwitch />
            <button
              ref={menuButton}
              type="button"
              class="menu-button"
              aria-expanded={menuOpen ? 'true' : 'false'}
              aria-controls="menu-glowne"
              onClick={() => setMenuOpen((open) => !open)}
              onKeyDown={closeMenu}
            >
              <MenuIcon open={menuOpen} />
              {t('layout.menuButton')}
            </button>
          </div>
        </div>
        <nav
          id="menu-glowne"
          class={menuOpen ? 'site-nav site-nav-open' : 'site-nav'}
          aria-label={t('layout.navLabel')}
          onKeyDown={closeMenu}
          onClick={(event) => (event.target as Element).closest('a') && setMenuOpen(false)}
        >
          <ul class="container nav-list">
            <li>
              <NavLink href="/">{t('nav.home')}</NavLink>
            </li>
            {tenantName && tenantBase ? (
              <li>
                <NavLink href={tenantBase}>{tenantName}</NavLink>
              </li>
            ) : null}
            <li>
              <NavLink href="/organizacje" exact={false}>
                {t('organizations.nav')}
              </NavLink>
            </li>
            <li>
              <NavLink href="/przeliczenie">{t('nav.recount')}</NavLink>
            </li>
            <li>
              <NavLink href="/panel" exact={false}>
                {t('nav.panel')}
              </NavLink>
            </li>
          </ul>
        </nav>
      </header>
      <main id="tresc" tabIndex={-1} class="container main">
        {children}
      </main>
      <footer class="site-footer">
        <div class="container footer-inner">
          <ul class="footer-links">
            <li>
              <a href={tenantBase ? `${tenantBase}/deklaracja-dostepnosci` : '/deklaracja-dostepnosci'}>
                {t('footer.a11y')}
              </a>
            </li>
            <li>
              <a href={tenantBase ? `${tenantBase}/rodo` : '/rodo'}>{t('footer.rodo')}</a>
            </li>
            <li>
              <a href="/przeliczenie">{t('nav.recount')}</a>
            </li>
          </ul>
          <p class="footer-note">
            {tenantName ? t('footer.tenantNote', { name: tenantName }) : t('footer.platformNote')}
          </p>
        </div>
      </footer>
    </div>
  )
}
