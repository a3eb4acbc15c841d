import { isPresetKey, presetNames } from '../domain/presets'
import type { Consultation } from '../queries'

/** Text for XML content and attributes. */
const xml = (s: string) =>
  s
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')

/**
 * The Atom feed (RFC 4287) of a JST's published consultations, newest first, for residents' and NGOs' feed readers and
 * for the JST's own BIP or website to show. Links are built from the platform's public address (`appUrl`), since a
 * feed is read far from the page that asked for it; ids are those links, stable for ever as the numbers are. The
 * feed's `updated` is the latest change of any entry (or `fallback`, the JST's own, for an empty feed), so the
 * answer's ETag and the reader's view change together.
 */
export function consultationFeed(
  appUrl: string,
  tenant: { slug: string; name: string },
  items: readonly Consultation[],
  fallback: Date,
): string {
  const base = appUrl.replace(/\/+$/, '')
  const page = `${base}/${tenant.slug}/konsultacje`
  const self = `${base}/api/v1/jst/${tenant.slug}/konsultacje/feed.atom`
  const updated = items.reduce((max, c) => (c.updatedAt > max ? c.updatedAt : max), new Date(0))
  const entries = items.map((c) => {
    const link = `${page}/${c.number}`
    const kind = isPresetKey(c.preset) ? presetNames[c.preset] : c.preset
    const summary = `${c.subject || c.title} Konsultacje od ${c.startDate} do ${c.endDate} (${kind}).`
    return [
      '  <entry>',
      `    <id>${xml(link)}</id>`,
      `    <title>${xml(c.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${xml(link)}"/>`,
      `    <published>${(c.publishedAt ?? c.createdAt).toISOString()}</published>`,
      `    <updated>${c.updatedAt.toISOString()}</updated>`,
      `    <summary>${xml(summary)}</summary>`,
      `    <category term="${xml(c.preset)}" label="${xml(kind)}"/>`,
      '  </entry>',
    ].join('\n')
  })
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="pl">',
    `  <id>${xml(page)}</id>`,
    `  <title>${xml(`Konsultacje społeczne: ${tenant.name}`)}</title>`,
    `  <updated>${(items.length ? updated : fallback).toISOString()}</updated>`,
    `  <author><name>${xml(tenant.name)}</name></author>`,
    `  <link rel="self" type="application/atom+xml" href="${xml(self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${xml(page)}"/>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n')
}
