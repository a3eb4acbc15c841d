import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

/**
 * Formatting is the formatter's job, not the reviewer's: every source file is as Prettier writes it (`.prettierrc.json`,
 * `.prettierignore`; `npm run format` fixes it). A file that is not fails here with its name.
 */
const root = fileURLToPath(new URL('../..', import.meta.url))

describe('formatting', () => {
  it('every source file is formatted by Prettier (run `npm run format`)', () => {
    const run = spawnSync(
      process.execPath,
      [`${root}node_modules/prettier/bin/prettier.cjs`, '--list-different', '.'],
      { cwd: root, encoding: 'utf8' },
    )
    expect(run.stderr).toBe('')
    expect(run.stdout.split('\n').filter(Boolean)).toEqual([])
  }, 60_000)
})
