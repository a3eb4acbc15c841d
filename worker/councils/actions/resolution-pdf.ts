import type { PdfBlock } from '../../core/pdf'
import { renderPdf } from '../../core/pdf'
import { bodyLaws, levelOfTenantKind, type BodyKind } from '../domain/bodies'
import { dayText } from '../domain/dates'
import type { Statute } from '../domain/statute'
import { voteLabels, type Tally, type VoteOption } from '../domain/votes'

/** What the PDF of one adopted resolution shows. */
export interface ResolutionDocument {
  tenant: { name: string; kind: string }
  body: { name: string; kind: BodyKind }
  statute: Statute | null
  resolution: { number: string; title: string; text: string; adoptedOn: string; tally: Tally | null }
  votes: { name: string; option: VoteOption }[]
}

/**
 * The blocks of a BIP-ready resolution: the heading with the body, number and day, the subject, the legal basis (the
 * law's provision for the body's kind at the JST's level, `bodyLaws`, and the statute's resolution), the text in its
 * paragraphs, and the vote — the counts, the quorum and majority reached, and every member's named vote in a table.
 */
export function resolutionBlocks(d: ResolutionDocument): PdfBlock[] {
  const r = d.resolution
  const level = levelOfTenantKind(d.tenant.kind)
  const law = bodyLaws[d.body.kind].basis[level]
  const basis = [
    law ? `Na podstawie ${law}` : null,
    d.statute
      ? `w związku ze statutem rady (uchwała nr ${d.statute.act.number} z dnia ${dayText(d.statute.act.date)})`
      : null,
  ]
    .filter(Boolean)
    .join(' ')
  const blocks: PdfBlock[] = [
    { kind: 'h1', text: `Uchwała nr ${r.number}` },
    { kind: 'p', text: d.body.name, bold: true },
    { kind: 'p', text: `${d.tenant.name}, z dnia ${dayText(r.adoptedOn)}` },
    { kind: 'p', text: `w sprawie: ${r.title}`, bold: true },
  ]
  if (basis) blocks.push({ kind: 'h2', text: 'Podstawa prawna' }, { kind: 'p', text: `${basis}.` })
  blocks.push({ kind: 'h2', text: 'Treść uchwały' })
  for (const paragraph of r.text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean))
    blocks.push({ kind: 'p', text: paragraph })
  blocks.push({ kind: 'h2', text: 'Głosowanie' })
  if (r.tally) {
    const c = r.tally.counts
    blocks.push({
      kind: 'p',
      text: `Za: ${c.za}, przeciw: ${c.przeciw}, wstrzymało się: ${c.wstrzymuje_sie}, nie głosowało: ${c.nie_glosowal}. Obecnych: ${r.tally.present} (kworum: ${r.tally.quorum}).`,
    })
    blocks.push({ kind: 'p', text: r.tally.detail })
  }
  if (d.votes.length)
    blocks.push({
      kind: 'table',
      caption: 'Imienny wykaz głosowania',
      header: ['Członek rady', 'Głos'],
      rows: d.votes.map((v) => [v.name, voteLabels[v.option]]),
      widths: [3, 1.2],
    })
  return blocks
}

/** The resolution as a tagged, accessible PDF (Polish), ready for the BIP. */
export function resolutionPdf(d: ResolutionDocument): Promise<Uint8Array> {
  return renderPdf(
    {
      title: `Uchwała nr ${d.resolution.number} — ${d.body.name}`,
      lang: 'pl',
      author: d.body.name,
      subject: d.resolution.title,
    },
    resolutionBlocks(d),
  )
}
