/**
 * A public, repeatable draw: a seeded pseudo-random generator anyone can re-run from the seed text.
 *
 * Why this algorithm: it must be pure JS (no crypto API in every runtime we target), small enough to be re-implemented
 * by a sceptical observer, and well mixed. The seed text is hashed to 128 bits with four lanes of 32-bit FNV-1a
 * over its UTF-8 bytes (lane k starts from the FNV offset basis XOR k, each lane finished with the murmur3 `fmix32`),
 * and those 128 bits seed xoshiro128** (Blackman & Vigna). `nextInt(n)` uses rejection sampling, so every outcome
 * is exactly equally likely. Not for cryptography — for transparency.
 */

function fmix32(h: number): number {
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  h ^= h >>> 16
  return h >>> 0
}

function utf8(text: string): number[] {
  const out: number[] = []
  for (const ch of text) {
    const c = ch.codePointAt(0)!
    if (c < 0x80) out.push(c)
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63))
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63))
    else {
      out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63))
    }
  }
  return out
}

/** 128-bit seed state from a text (see module doc). */
export function hashSeed(seed: string): [number, number, number, number] {
  const bytes = utf8(seed)
  const lanes: number[] = []
  for (let k = 0; k < 4; k++) {
    let h = (0x811c9dc5 ^ k) >>> 0
    for (const b of bytes) h = Math.imul(h ^ b, 0x01000193) >>> 0
    h = fmix32((h ^ bytes.length ^ Math.imul(k + 1, 0x9e3779b9)) >>> 0)
    lanes.push(h)
  }
  if ((lanes[0] | lanes[1] | lanes[2] | lanes[3]) === 0) lanes[0] = 1 // xoshiro needs a non-zero state
  return lanes as [number, number, number, number]
}

export class SeededRandom {
  private s0: number
  private s1: number
  private s2: number
  private s3: number

  constructor(seed: string) {
    ;[this.s0, this.s1, this.s2, this.s3] = hashSeed(seed)
  }

  /** Next uniformly distributed unsigned 32-bit integer (xoshiro128**). */
  nextUint32(): number {
    const result = Math.imul(rotl(Math.imul(this.s1, 5), 7), 9) >>> 0
    const t = this.s1 << 9
    this.s2 ^= this.s0
    this.s3 ^= this.s1
    this.s1 ^= this.s2
    this.s0 ^= this.s3
    this.s2 ^= t
    this.s3 = rotl(this.s3, 11)
    return result
  }

  /** Uniform integer in [0, n), without modulo bias. */
  nextInt(n: number): number {
    if (!(n >= 1 && n <= 0x100000000)) throw new RangeError('nextInt: n out of range')
    const limit = 0x100000000 - (0x100000000 % n)
    for (;;) {
      const r = this.nextUint32()
      if (r < limit) return r % n
    }
  }

  /** Fisher–Yates shuffle (from the last position down), returning a new array. */
  shuffle<T>(items: readonly T[]): T[] {
    const a = items.slice()
    for (let i = a.length - 1; i > 0; i--) {
      const j = this.nextInt(i + 1)
      const t = a[i]
      a[i] = a[j]
      a[j] = t
    }
    return a
  }
}

function rotl(x: number, k: number): number {
  return ((x << k) | (x >>> (32 - k))) >>> 0
}
