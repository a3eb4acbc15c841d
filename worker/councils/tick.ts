import type { TickContext } from '../core/module'
// tick imports

/**
 * The councils' scheduled work, every minute on Node and from the Worker's cron, each step idempotent (a missed or
 * doubled minute changes nothing): reminders of applications' decision deadlines, the waiver of opinion requests whose
 * time passed without an opinion, inquiries' reminders and overdue marks, the end of mandates at the term's end and the
 * erasure of personal data that is due. One step's failure is reported and does not stop the next.
 */
export async function councilTick(context: TickContext): Promise<void> {
  const steps: [string, (context: TickContext) => Promise<void>][] = [
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
