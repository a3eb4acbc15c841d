/**
 * Web Worker of the open recount page: reads a `.pb` file as a stream, computes the outcome with the same library as
 * the CLI and the server (`worker/budget/tally`), and posts progress while it works — so the page stays responsive
 * even for 100,000 ballots, and the file never leaves the browser.
 *
 * Protocol (all messages carry the `id` of the request they answer):
 *   page → worker  RecountRequest
 *   worker → page  { type: 'progress' } … then { type: 'result' } or { type: 'error' }
 * The last parsed file is kept, so re-running with another rule or tie policy does not read it again.
 */
import {
  isPabulibError,
  isRuleName,
  outcomeToJSON,
  parsePabulibStream,
  tally,
  TIE_POLICIES,
  type OutcomeJSON,
  type PbElection,
  type RuleName,
  type TiePolicy,
} from '../../../../worker/budget/tally/index'

export interface RecountRequest {
  type: 'run'
  id: number
  file: File
  /** '' = the file's META rule. */
  rule: string
  /** '' = the rule's default. */
  ties: string
  seed: string
}

export interface FileInfo {
  fileName: string
  description: string
  voters: number
  projects: number
  voteType: string
  metaRule: string
}

export type RecountResponse =
  | {
      type: 'progress'
      id: number
      phase: 'read' | 'compute' | 'add1' | 'comparison'
      /** 0..1 while reading; absent when the total is not known. */
      fraction?: number
      step?: number
      perVoterBudget?: number
      currency?: string
    }
  | { type: 'result'; id: number; outcome: OutcomeJSON; info: FileInfo }
  | { type: 'error'; id: number; kind: 'file'; line: number; pl: string; en: string; fileName: string }
  | { type: 'error'; id: number; kind: 'rule'; rule: string }
  | { type: 'error'; id: number; kind: 'other'; message: string }

const scope = self as unknown as DedicatedWorkerGlobalScope
let cached: { key: string; election: PbElection } | null = null

function post(message: RecountResponse): void {
  scope.postMessage(message)
}

async function* chunks(file: File): AsyncGenerator<Uint8Array> {
  const reader = file.stream().getReader()
  try {
    for (;;) {
      const { done, value } = await reader.read()
      if (done) return
      yield value
    }
  } finally {
    reader.releaseLock()
  }
}

async function load(req: RecountRequest): Promise<PbElection> {
  const key = `${req.file.name}\u0000${req.file.size}\u0000${req.file.lastModified}`
  if (cached?.key === key) return cached.election
  cached = null
  let lastPost = 0
  const election = await parsePabulibStream(chunks(req.file), {
    keepVoters: false,
    onProgress: (bytes) => {
      const now = Date.now()
      if (now - lastPost < 50 && bytes < req.file.size) return
      lastPost = now
      post({ type: 'progress', id: req.id, phase: 'read', fraction: req.file.size ? bytes / req.file.size : 1 })
    },
  })
  cached = { key, election }
  return election
}

async function run(req: RecountRequest): Promise<void> {
  let election: PbElection
  try {
    election = await load(req)
  } catch (e) {
    if (isPabulibError(e)) {
      post({
        type: 'error',
        id: req.id,
        kind: 'file',
        line: e.line,
        pl: e.message,
        en: e.messageEn,
        fileName: req.file.name,
      })
    } else {
      post({ type: 'error', id: req.id, kind: 'other', message: e instanceof Error ? e.message : String(e) })
    }
    return
  }
  const metaRule = (election.meta.rule ?? '').trim()
  const chosen = req.rule || metaRule
  if (!isRuleName(chosen)) {
    post({ type: 'error', id: req.id, kind: 'rule', rule: chosen })
    return
  }
  const ties = (TIE_POLICIES as readonly string[]).includes(req.ties) ? (req.ties as TiePolicy) : undefined
  const currency = (election.meta.currency ?? 'PLN').trim() || 'PLN'
  post({ type: 'progress', id: req.id, phase: 'compute' })
  let lastPost = 0
  try {
    const outcome = tally(election, {
      rule: chosen as RuleName,
      ties,
      seed: ties === 'seeded-draw' ? req.seed : undefined,
      onProgress: (e) => {
        if (e.phase === 'add1') {
          const now = Date.now()
          if (now - lastPost < 40) return
          lastPost = now
          post({
            type: 'progress',
            id: req.id,
            phase: 'add1',
            step: e.step,
            perVoterBudget: e.perVoterBudget,
            currency,
          })
        } else if (e.phase === 'comparison') {
          post({ type: 'progress', id: req.id, phase: 'comparison' })
        }
      },
    })
    post({
      type: 'result',
      id: req.id,
      outcome: outcomeToJSON(outcome),
      info: {
        fileName: req.file.name,
        description: (election.meta.description ?? '').trim(),
        voters: election.profile.numVoters,
        projects: election.projects.length,
        voteType: election.voteType,
        metaRule,
      },
    })
  } catch (e) {
    post({ type: 'error', id: req.id, kind: 'other', message: e instanceof Error ? e.message : String(e) })
  }
}

scope.onmessage = (event: MessageEvent<RecountRequest>) => {
  if (event.data?.type === 'run') void run(event.data)
}
