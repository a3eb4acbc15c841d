import { describe, expect, it } from 'vitest'
import { safeReturnPath } from '../../web/src/core/lib/return-path'

const ORIGIN = 'https://wspolnota.example'
/** What the login page gets from `?powrot=…` (URLSearchParams decodes the escapes). */
const fromQuery = (query: string) => new URLSearchParams(query).get('powrot')

describe('the return path after login', () => {
  it('keeps a path of this site, with its query and fragment', () => {
    expect(safeReturnPath('/panel/gmina-przykladowa/zespol', ORIGIN)).toBe('/panel/gmina-przykladowa/zespol')
    expect(safeReturnPath('/panel/jst?strona=2#lista', ORIGIN)).toBe('/panel/jst?strona=2#lista')
    expect(safeReturnPath(fromQuery('powrot=%2Fpanel%2Fgmina-przykladowa%3Fa%3D1'), ORIGIN)).toBe(
      '/panel/gmina-przykladowa?a=1',
    )
  })

  it('refuses every way out of the site', () => {
    const escapes = [
      fromQuery('powrot=/%09/evil.example'),
      fromQuery('powrot=/%0A/evil.example'),
      fromQuery('powrot=/%0D/evil.example'),
      fromQuery('powrot=%09//evil.example'),
      '//evil.example',
      '///evil.example',
      '/\\evil.example',
      '\\\\evil.example',
      '/\t/evil.example',
      'https://evil.example/panel',
      'http://wspolnota.example/panel',
      'javascript:alert(1)',
      ' /panel',
      'panel',
      '/panel\u0000',
      '/panel\u007f',
    ]
    for (const value of escapes) expect(safeReturnPath(value, ORIGIN), JSON.stringify(value)).toBeNull()
  })

  it('gives nothing for an empty value or the login page itself', () => {
    expect(safeReturnPath(null, ORIGIN)).toBeNull()
    expect(safeReturnPath('', ORIGIN)).toBeNull()
    expect(safeReturnPath('/panel/logowanie?powrot=/panel', ORIGIN)).toBeNull()
  })
})
