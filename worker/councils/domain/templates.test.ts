import { describe, expect, it } from 'vitest'
import { bodyKinds, existsAt, levels } from './bodies'
import { checkStatute } from './statute'
import { statuteTemplate } from './templates'

describe('statute templates', () => {
  it('break no law for any kind at any level where the kind exists: only the act number is left to the office', () => {
    for (const kind of bodyKinds)
      for (const level of levels) {
        if (!existsAt(kind, level)) continue
        const template = statuteTemplate(kind, level, '2026-04-01')
        expect(checkStatute(template, kind).map((e) => e.field)).toEqual(['act.number'])
        expect(checkStatute({ ...template, act: { ...template.act, number: 'I/1/2026' } }, kind)).toEqual([])
        expect(template.validFrom).toBe('2026-04-01')
      }
  })

  it('names the powiat organs in an RDPP of a powiat', () => {
    const names = statuteTemplate('rdpp', 'powiat', '2026-04-01').seats.map((s) => s.name)
    expect(names).toContain('przedstawiciele Rady Powiatu')
    expect(names).toContain('przedstawiciele Zarządu Powiatu')
  })
})
