import { budget } from './budget'
import { consultations } from './consultations'
import { councils } from './councils'
import type { WspolnotaModule } from './core/module'

/** The one list of the platform's modules: the app, both entries, the demo seed and the tests read it. */
export const modules: readonly WspolnotaModule[] = [budget, consultations, councils]
