import { render } from 'preact'
import { App } from './App'
import { applyLang } from './i18n'
import { startRouter } from './router'
import './styles.css'

applyLang()
startRouter()
const root = document.getElementById('app')
if (root) {
  root.textContent = ''
  render(<App />, root)
}
