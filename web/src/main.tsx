import { render } from 'preact'
import { App } from './App'
import { applyLang, loadCurrentCatalog } from './core/i18n'
import { startRouter } from './router'
import './styles.css'

void loadCurrentCatalog().then(() => {
  applyLang()
  startRouter()
  const root = document.getElementById('app')
  if (root) {
    root.textContent = ''
    render(<App />, root)
  }
})
