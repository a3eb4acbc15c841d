import type { TickContext } from '../core/module'
import { membersTick } from './actions/members-tick'
import { inquiriesTick } from './actions/inquiries-tick'
import { opinionsTick } from './actions/opinions-tick'
import { applicationsTick } from './actions/applications-tick'
import { callsTick } from './actions/calls-tick'
import { electionsTick } from './actions/elections-tick'
// tick imports

/**
 * The councils' scheduled work, every minute on Node and from the Worker's cron, each step idempotent (a missed or
 * doubled minute changes nothing): reminders of applications' decision deadlines, the waiver of opinion requests whose
 * time passed without an opinion, inquiries' reminders and overdue marks, the end of mandates at the term's end and the
 * erasure of personal data that is due (candidacies, former members, elections' electors, sessions and keys). One step's failure is reported and does not stop the next.
 */
export async function councilTick(context: TickContext): Promise<void> {
  const steps: [string, (context: TickContext) => Promise<void>][] = [
    ['members', membersTick],
    ['inquiries', async (c) => void (await inquiriesTick(c))],
    ['opinie', opinionsTick],
    ['wnioski', applicationsTick],
    ['nabory', async (c) => void (await callsTick(c))],
    ['wybory', async (c) => void (await electionsTick(c))],
    // tick steps
  ]
  for (const [name, step] of steps) {
    try {
      await step(context)
    } catch (error) {
      console.error(`rady: ${name}`, error)
    }
  }
}
