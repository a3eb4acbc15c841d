import type { ComponentChildren } from 'preact'
import { LANGS, setLang, useLang, useT, type Lang } from '../i18n'
import { tenantPath, tenantSlugOf } from '../lib/context'
import { useTenant } from '../lib/tenants'
import { NavLink, useLocation } from '../router'

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
        {t(`lang.switchTo.${other}`)}
      </button>
    </div>
  )
}

function skipToContent(event: MouseEvent) {
  const main = document.getElementById('tresc')
  if (!main) return
  event.preventDefault()
  main.focus()
  main.scrollIntoView()
}

export function Layout({ children }: { children: ComponentChildren }) {
  const t = useT()
  const { path } = useLocation()
  const context = tenantSlugOf(path)
  const tenant = useTenant(context?.slug ?? null)
  const tenantName = context && tenant.status === 'ok' ? tenant.tenant.name : null
  const tenantBase = tenantName && context ? tenantPath(context.slug) : null

  return (
    <div class="page">
      <a href="#tresc" class="skip-link" onClick={skipToContent}>
        {t('layout.skipLink')}
      </a>
      <header class="site-header">
        <div class="container header-inner">
          <div class="brand">
            <a href="/" class="brand-link">
              <img src="/favicon.svg" alt="" class="brand-mark" width="40" height="40" />
              <span class="brand-name">{t('app.name')}</span>
            </a>
            {tenantName && tenantBase ? (
              <a href={tenantBase} class="brand-tenant">
                <span class="visually-hidden">{t('layout.tenantPrefix')} </span>
                {tenantName}
              </a>
            ) : null}
          </div>
          <LangSwitch />
        </div>
        <nav class="site-nav" aria-label={t('layout.navLabel')}>
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
