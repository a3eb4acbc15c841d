import { addMessages, type Messages } from '../../core/i18n/catalogs'

/**
 * The module's page catalogues (`*.pages.pl.ts`), registered in Polish when this file is imported. Every lazily loaded
 * page of the module imports it (`import '../i18n/pages'`), so the messages sit in the page's static imports: the
 * server lists them in the page's HTML with its code (`modulepreload`), the page renders with its texts at once, and
 * the entry script every visitor downloads carries only the module's `nav.pl.ts` and audit labels.
 */
const files = import.meta.glob<Messages>('./*.pages.pl.ts', { eager: true, import: 'default' })
for (const file of Object.keys(files).sort()) addMessages('pl', files[file]!)
