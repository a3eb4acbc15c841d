/**
 * The phases of a participatory-budget edition and the gates they open. Pure: the browser shows exactly the phase the
 * server enforces.
 */

export const phaseNames = [
  'submission',
  'assessment',
  'appeals',
  'final_list',
  'voting',
  'results',
  'implementation',
] as const
export type PhaseName = (typeof phaseNames)[number]

export interface PhaseWindow {
  phase: PhaseName
  startsAt: Date
  endsAt: Date
}

/** The phase whose window holds `now` (start inclusive, end exclusive), or null between and outside windows. */
export function phaseAt(windows: PhaseWindow[], now: Date): PhaseName | null {
  const t = now.getTime()
  return windows.find((w) => w.startsAt.getTime() <= t && t < w.endsAt.getTime())?.phase ?? null
}

export function isOpen(windows: PhaseWindow[], phase: PhaseName, now: Date): boolean {
  const w = windows.find((x) => x.phase === phase)
  return !!w && w.startsAt.getTime() <= now.getTime() && now.getTime() < w.endsAt.getTime()
}
