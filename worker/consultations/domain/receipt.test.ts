import { describe, expect, it } from 'vitest'
import { normalizeReceipt, receiptFromBytes, RECEIPT_BYTES } from './receipt'

describe('comment receipts', () => {
  it('spell 60 random bits in three groups of four Crockford characters behind KS-', () => {
    const receipt = receiptFromBytes(new Uint8Array([0xff, 0, 0x12, 0x34, 0x56, 0x78, 0x9a, 0xbc]))
    expect(receipt).toMatch(/^KS-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/)
    expect(receiptFromBytes(new Uint8Array(RECEIPT_BYTES))).toBe('KS-0000-0000-0000')
    expect(receiptFromBytes(new Uint8Array(RECEIPT_BYTES).fill(255))).toBe('KS-ZZZZ-ZZZZ-ZZZZ')
    expect(() => receiptFromBytes(new Uint8Array(4))).toThrow()
  })

  it('differ for different bytes and use every character', () => {
    const seen = new Set<string>()
    const chars = new Set<string>()
    for (let i = 0; i < 500; i++) {
      const r = receiptFromBytes(crypto.getRandomValues(new Uint8Array(RECEIPT_BYTES)))
      seen.add(r)
      for (const ch of r.slice(3).replace(/-/g, '')) chars.add(ch)
    }
    expect(seen.size).toBe(500)
    expect(chars.size).toBe(32)
  })

  it('forgive what people get wrong typing them, and refuse what cannot be one', () => {
    const r = receiptFromBytes(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]))
    expect(normalizeReceipt(r)).toBe(r)
    expect(normalizeReceipt(r.toLowerCase())).toBe(r)
    expect(normalizeReceipt(` ${r.replace(/-/g, ' ')} `)).toBe(r)
    expect(normalizeReceipt(r.slice(3).replace(/-/g, ''))).toBe(r)
    expect(normalizeReceipt('KS-O0IL-0000-0000')).toBe('KS-0011-0000-0000')
    expect(normalizeReceipt('KS-UUUU-0000-0000')).toBeNull()
    expect(normalizeReceipt('KS-0000-0000')).toBeNull()
    expect(normalizeReceipt('')).toBeNull()
    expect(normalizeReceipt('x'.repeat(100))).toBeNull()
  })
})
