import { addMessages, type Messages } from './catalogs'

/*
 * The audit log's labels of every module's actions (`<module>/i18n/*-audit.pl.ts`), in Polish: registered when the
 * page that shows them (core/pages/TenantAudit.tsx, downloaded on its first visit) is imported, so they travel in that
 * page's chunk rather than in the entry every resident downloads. English comes whole from `loadCatalog('en')`.
 */
const audit = import.meta.glob<Messages>('../../*/i18n/*-audit.pl.ts', { eager: true, import: 'default' })
for (const file of Object.keys(audit).sort()) addMessages('pl', audit[file]!)
