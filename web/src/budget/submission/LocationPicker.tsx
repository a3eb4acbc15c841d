import { useEffect, useMemo, useRef, useState } from 'preact/hooks'
import { SlippyMap, type LatLng } from '../../core/map/SlippyMap'
import { Field } from '../../core/ui'
import { useLang, useT } from '../../core/i18n'
import { useResource } from '../../core/lib/resource'
import { boBase } from '../api'
import { coordinate } from './draft'
import { formatCoordinate } from '../money'
import { osmHref } from '../projects/ProjectView'
import type { PublicProject } from '../types'
import '../projects/maps.css'

/** A typed point, when both numbers are there and on the globe (the Poland check is the form's, next to the fields). */
function typedPoint(lat: string, lng: string): LatLng | null {
  const a = coordinate(lat)
  const b = coordinate(lng)
  if (a == null || b == null || Number.isNaN(a) || Number.isNaN(b) || Math.abs(a) > 90 || Math.abs(b) > 180) return null
  return { lat: a, lng: b }
}

/**
 * The optional point of a project in the submission form: a map to click, tap or steer with the keyboard (arrows move
 * the map under a crosshair, Enter marks the point), and the latitude and longitude fields, which stay as the text
 * alternative and follow the map both ways. The map starts framed on the edition's other projects (so it opens over
 * the JST, not over all of Poland) and moves to coordinates typed by hand. Errors (a point outside Poland) are the
 * form's own, shown next to the fields.
 */
export function LocationPicker({
  formId,
  slug,
  year,
  lat,
  lng,
  errors,
  saved,
  onChange,
}: {
  formId: string
  slug: string
  year: string
  /** The fields as typed. */
  lat: string
  lng: string
  errors: { lat?: string; lng?: string }
  /** The point as the server saved it (for the OpenStreetMap link). */
  saved: { lat: number | null; lng: number | null } | null
  onChange: (patch: { lat?: string; lng?: string }) => void
}) {
  const t = useT()
  const lang = useLang()
  const [message, setMessage] = useState('')
  const [goTo, setGoTo] = useState<{ center: LatLng; zoom?: number } | null>(null)
  const picked = useRef<string | null>(null)
  const others = useResource<{ items: PublicProject[] }>(`${boBase(slug, year)}/projects`)
  const point = typedPoint(lat, lng)
  const pointKey = point ? `${point.lat},${point.lng}` : null

  const fallback = useMemo(
    () =>
      (others.data?.items ?? []).flatMap((p) => (p.lat != null && p.lng != null ? [{ lat: p.lat, lng: p.lng }] : [])),
    [others.data],
  )

  // Coordinates typed by hand move the map to them (after a pause, not on every keystroke); a point set on the map
  // itself does not move it.
  useEffect(() => {
    if (!point || pointKey === picked.current) return
    const timer = setTimeout(() => setGoTo({ center: point, zoom: 16 }), 400)
    return () => clearTimeout(timer)
  }, [pointKey])

  const pick = (p: LatLng) => {
    const next = { lat: formatCoordinate(p.lat, lang), lng: formatCoordinate(p.lng, lang) }
    picked.current = `${p.lat},${p.lng}`
    onChange(next)
    setMessage(t('map.picker.placed', next))
  }

  const clear = () => {
    picked.current = null
    onChange({ lat: '', lng: '' })
    setMessage(t('map.picker.cleared'))
    document.getElementById(`${formId}-lat`)?.focus()
  }

  const typed = (name: 'lat' | 'lng') => (value: string) => {
    setMessage('')
    onChange({ [name]: value })
  }

  const hintId = `${formId}-point-hint`
  const noteId = `${formId}-point-note`
  return (
    <fieldset class="bo-fieldset bo-location">
      <legend>{t('budget.form.pointLegend')}</legend>
      <p class="hint" id={hintId}>
        {t('map.picker.hint')}
      </p>
      <SlippyMap
        label={t('map.picker.label')}
        picker={{ point, onPick: pick }}
        fallback={fallback}
        goTo={goTo}
        maxFitZoom={16}
        describedBy={`${hintId} ${noteId}`}
      />
      <p class="bo-location-status" role="status">
        {message}
      </p>
      {lat || lng ? (
        <p>
          <button type="button" class="button button-secondary button-small" onClick={clear}>
            {t('map.picker.clear')}
          </button>
        </p>
      ) : null}
      <p class="hint" id={noteId}>
        {t('map.picker.fieldsNote')}
      </p>
      <div class="bo-two">
        <Field
          formId={formId}
          name="lat"
          value={lat}
          error={errors.lat}
          onValue={typed('lat')}
          label={t('budget.form.lat')}
          hint={t('budget.form.latHint')}
          optional
          inputMode="decimal"
          autocomplete="off"
        />
        <Field
          formId={formId}
          name="lng"
          value={lng}
          error={errors.lng}
          onValue={typed('lng')}
          label={t('budget.form.lng')}
          hint={t('budget.form.lngHint')}
          optional
          inputMode="decimal"
          autocomplete="off"
        />
      </div>
      {saved?.lat != null && saved.lng != null ? (
        <p>
          <a href={osmHref(saved.lat, saved.lng)} rel="external noopener" target="_blank">
            {t('budget.form.osmLink', {
              lat: formatCoordinate(saved.lat, lang),
              lng: formatCoordinate(saved.lng, lang),
            })}
            <span class="visually-hidden"> {t('budget.newTab')}</span>
          </a>
        </p>
      ) : null}
    </fieldset>
  )
}
