import { useEffect, useState } from 'preact/hooks'
import { useT } from '../../core/i18n'
import { api, enc } from '../../core/lib/api'
import { getRepresentativeKey, representedOrganizationIds } from '../../core/organizations/keys'
import type { ChoiceLook } from '../../core/ui'
import type { PublicApplication } from './types'
import './applications.css'

/** How the applications' checkboxes and radios look (the core draws the markup). */
export const rdaChoice: ChoiceLook = {
  box: 'field',
  invalid: 'field-invalid',
  row: 'check-row',
  hint: 'hint',
  group: 'field',
}

/**
 * The count against the threshold, as text (read by everyone) and as a `<progress>` whose accessible name says what
 * it measures; "próg osiągnięty" once reached. Signatures for a petition, organisations for an NGOs' application.
 */
export function ThresholdProgress({ a, id }: { a: PublicApplication; id: string }) {
  const t = useT()
  if (a.threshold === null || a.valid === null) return null
  const what = a.applicant.kind === 'organizacje' ? 'organisations' : 'signatures'
  return (
    <div class="rda-progress">
      <p id={`${id}-text`}>
        {t(`councils.applications.count.${what}`, { valid: a.valid, threshold: a.threshold })}
        {a.reached ? <strong class="rda-reached"> · {t('councils.applications.count.reached')}</strong> : null}
      </p>
      <progress
        max={a.threshold}
        value={Math.min(a.valid, a.threshold)}
        aria-label={t(`councils.applications.count.label.${what}`)}
        aria-describedby={`${id}-text`}
      />
    </div>
  )
}

/**
 * The organisations this browser speaks for (keys kept by `core/organizations/keys.ts`), with their names from the
 * public directory; an entry the directory no longer lists is left out. Null while loading.
 */
export function useRepresented(): { id: string; name: string; key: string }[] | null {
  const [found, setFound] = useState<{ id: string; name: string; key: string }[] | null>(null)
  useEffect(() => {
    const ids = representedOrganizationIds()
    void Promise.all(
      ids.map((id) =>
        api<{ name: string }>(`/organizations/${enc(id)}`)
          .then((o) => ({ id, name: o.name, key: getRepresentativeKey(id) ?? '' }))
          .catch(() => null),
      ),
    ).then((all) => setFound(all.filter((o): o is { id: string; name: string; key: string } => !!o && !!o.key)))
  }, [])
  return found
}
