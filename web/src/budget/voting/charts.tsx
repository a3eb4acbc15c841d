import { useId, useLayoutEffect, useRef, useState } from 'preact/hooks'
import './charts.css'

/**
 * Horizontal SVG bar charts for the published results. The CSP forbids inline styles, so every size is an SVG
 * attribute: widths in per cent of the chart (which follows its container, from 320 px up) and heights in `em`
 * (which follow the text size, so zoom and larger fonts never make labels overlap). Colours come from classes in
 * charts.css. Each chart is one `role="img"` named by its `<title>` and described by its `<desc>`, which gives the
 * same figures as text; the table next to it holds them too. Meaning never rests on colour: a selected project's
 * bar is solid and its label starts with ✓, the others are hatched; a group under 10 people gets words, not a bar.
 */

export interface ChartRow {
  key: string
  label: string
  /** null: suppressed (a group under 10); shown as `valueText` with no bar. */
  value: number | null
  valueText: string
  /** Marked rows (the winners) get a solid bar and a ✓ before the label. */
  marked?: boolean
}

const ROW = 3.3
const LABEL_Y = 1.2
const LABEL_H = 1.55
/** The distance between the lines of a label that wraps. */
const LINE = 1.3
const BAR_Y = 1.6
const BAR_H = 1.1
const VALUE_Y = 2.45
/** The bars' share of the width; the figure sits to the right of it. */
const BAR_AREA = '74%'

const em = (value: number) => `${Number(value.toFixed(3))}em`
const share = (part: number, whole: number) =>
  whole > 0 && part > 0 ? Math.max(0.5, Math.min(100, (part / whole) * 100)) : 0

function useChartIds(prefix: string) {
  const base = `${prefix}-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`
  return { title: `${base}-title`, desc: `${base}-desc`, hatch: `${base}-hatch` }
}

/** Diagonal hatching, so that unmarked bars differ from marked ones in shape, not only in colour. */
function Hatch({ id }: { id: string }) {
  return (
    <pattern id={id} patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">
      <rect class="vt-chart-hatch-bg" x="0" y="0" width="6" height="6" />
      <line class="vt-chart-hatch-line" x1="1.5" y1="0" x2="1.5" y2="6" />
    </pattern>
  )
}

/** One bar: a nested viewport `width` wide, so the rectangle's border stays inside it (the outer half is clipped). */
function Bar({ width, solid, hatch }: { width: number; solid: boolean; hatch: string }) {
  if (width <= 0) return null
  return (
    <svg x="0" y="0" width={`${Number(width.toFixed(2))}%`} height="100%">
      <rect
        class={solid ? 'vt-chart-bar vt-chart-bar-solid' : 'vt-chart-bar vt-chart-bar-hatched'}
        x="0"
        y="0"
        width="100%"
        height="100%"
        fill={solid ? undefined : `url(#${hatch})`}
      />
    </svg>
  )
}

/**
 * Splits a label into lines no wider than `width` pixels as `measure` sees them: by words, and a word too long for a
 * line by characters. SVG text does not wrap by itself, and a project title cut at the edge of a phone is a title
 * nobody can read.
 */
export function wrapLabel(text: string, width: number, measure: (s: string) => number): string[] {
  if (!(width > 0) || measure(text) <= width) return [text]
  const lines: string[] = []
  let line = ''
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const joined = line ? `${line} ${word}` : word
    if (measure(joined) <= width) {
      line = joined
      continue
    }
    if (line) lines.push(line)
    line = ''
    for (const char of word) {
      if (line && measure(line + char) > width) {
        lines.push(line)
        line = ''
      }
      line += char
    }
  }
  if (line) lines.push(line)
  return lines
}

/**
 * The chart's width in CSS pixels and a text measure in its font (0 and null until it is laid out): labels are
 * wrapped to fit, again whenever the width changes (a phone turned, zoom).
 */
function useTextFit(ref: { current: SVGSVGElement | null }) {
  const [fit, setFit] = useState<{ width: number; font: string } | null>(null)
  useLayoutEffect(() => {
    const el = ref.current
    if (!el) return
    const update = () => {
      const width = el.getBoundingClientRect().width
      const font = getComputedStyle(el).font
      setFit((prev) => (prev && prev.width === width && prev.font === font ? prev : { width, font }))
    }
    update()
    if (typeof ResizeObserver === 'undefined') return
    const observer = new ResizeObserver(update)
    observer.observe(el)
    return () => observer.disconnect()
  }, [])
  const context = useRef<CanvasRenderingContext2D | null>(null)
  const measure = (text: string, bold: boolean) => {
    if (!fit) return 0
    context.current ??= document.createElement('canvas').getContext('2d')
    const ctx = context.current
    if (!ctx) return text.length * 10
    ctx.font = bold ? `bold ${fit.font}` : fit.font
    return ctx.measureText(text).width
  }
  // A few pixels spare: the canvas and the SVG may round differently.
  return { width: fit ? fit.width - 4 : 0, measure }
}

/**
 * A labelled horizontal bar chart; the longest bar is the largest value. `marks`: rows differ (winners solid with
 * ✓, the rest hatched); without it every bar is solid. `showTitle: false` when a visible heading already names it.
 */
export function BarChart({
  title,
  description,
  rows,
  marks = false,
  showTitle = true,
}: {
  title: string
  description: string
  rows: ChartRow[]
  marks?: boolean
  showTitle?: boolean
}) {
  const ids = useChartIds('vt-chart')
  const svgRef = useRef<SVGSVGElement>(null)
  const fit = useTextFit(svgRef)
  const max = Math.max(0, ...rows.map((row) => row.value ?? 0))
  const laid = rows.reduce<{ row: ChartRow; y: number; lines: string[]; marked: boolean }[]>((acc, row) => {
    const marked = marks && !!row.marked
    const text = marked ? `✓ ${row.label}` : row.label
    const prev = acc.at(-1)
    const y = prev ? prev.y + ROW + (prev.lines.length - 1) * LINE : 0
    acc.push({ row, y, marked, lines: wrapLabel(text, fit.width, (s) => fit.measure(s, marked)) })
    return acc
  }, [])
  const last = laid.at(-1)
  const height = last ? last.y + ROW + (last.lines.length - 1) * LINE : 0
  return (
    <div class="vt-chart">
      {showTitle ? (
        <p class="vt-chart-title" aria-hidden="true">
          {title}
        </p>
      ) : null}
      <svg
        ref={svgRef}
        class="vt-chart-svg"
        role="img"
        aria-labelledby={ids.title}
        aria-describedby={ids.desc}
        width="100%"
        height={em(height + 0.3)}
        focusable="false"
      >
        <title id={ids.title}>{title}</title>
        <desc id={ids.desc}>{description}</desc>
        <defs>
          <Hatch id={ids.hatch} />
        </defs>
        {laid.map(({ row, y: top, lines, marked }) => {
          const extra = (lines.length - 1) * LINE
          const y = top + extra
          return (
            <g key={row.key} class={marked ? 'vt-chart-row vt-chart-row-marked' : 'vt-chart-row'}>
              {/* A label too long for one line is wrapped (wrapLabel); its viewport only guards the chart's edge. */}
              <svg x="0" y={em(top)} width="100%" height={em(LABEL_H + extra)}>
                {lines.map((line, i) => (
                  <text key={i} class="vt-chart-label" x="0" y={em(LABEL_Y + i * LINE)}>
                    {line}
                  </text>
                ))}
              </svg>
              {row.value === null ? (
                <text class="vt-chart-suppressed" x="0" y={em(y + VALUE_Y)}>
                  {row.valueText}
                </text>
              ) : (
                <>
                  <svg x="0" y={em(y + BAR_Y)} width={BAR_AREA} height={em(BAR_H)}>
                    <rect class="vt-chart-track" x="0" y="0" width="100%" height="100%" />
                    <Bar width={share(row.value, max)} solid={marked || !marks} hatch={ids.hatch} />
                  </svg>
                  <text class="vt-chart-value" x="100%" y={em(y + VALUE_Y)} text-anchor="end">
                    {row.valueText}
                  </text>
                </>
              )}
            </g>
          )
        })}
      </svg>
    </div>
  )
}

/** The key to the marks of a chart; hidden from screen readers, whose `<desc>` says "selected" in words. */
export function ChartLegend({ marked, other }: { marked: string; other: string }) {
  const ids = useChartIds('vt-legend')
  return (
    <ul class="vt-chart-legend" aria-hidden="true">
      <li>
        <svg class="vt-chart-swatch" width="1.5em" height="1em" focusable="false">
          <Bar width={100} solid hatch={ids.hatch} />
        </svg>
        {marked}
      </li>
      <li>
        <svg class="vt-chart-swatch" width="1.5em" height="1em" focusable="false">
          <defs>
            <Hatch id={ids.hatch} />
          </defs>
          <Bar width={100} solid={false} hatch={ids.hatch} />
        </svg>
        {other}
      </li>
    </ul>
  )
}

/**
 * A pool's budget as one bar: the spent part solid, what is left hatched, with both amounts written under it.
 * `spentText` / `leftText` are the written amounts with their shares.
 */
export function BudgetBar({
  title,
  description,
  budget,
  spent,
  spentText,
  leftText,
}: {
  title: string
  description: string
  budget: number
  spent: number
  spentText: string
  leftText: string
}) {
  const ids = useChartIds('vt-budget')
  const spentShare = share(spent, budget)
  return (
    <div class="vt-chart vt-chart-budget">
      <p class="vt-chart-title" aria-hidden="true">
        {title}
      </p>
      <svg
        class="vt-chart-svg"
        role="img"
        aria-labelledby={ids.title}
        aria-describedby={ids.desc}
        width="100%"
        height="5.6em"
        focusable="false"
      >
        <title id={ids.title}>{title}</title>
        <desc id={ids.desc}>{description}</desc>
        <defs>
          <Hatch id={ids.hatch} />
        </defs>
        <svg x="0" y="0.2em" width="100%" height="1.4em">
          <Bar width={100} solid={false} hatch={ids.hatch} />
          <Bar width={spentShare} solid hatch={ids.hatch} />
        </svg>
        <svg x="0" y="2.25em" width="1.4em" height="1.1em">
          <Bar width={100} solid hatch={ids.hatch} />
        </svg>
        <text class="vt-chart-value" x="1.9em" y="3.1em">
          {spentText}
        </text>
        <svg x="0" y="3.85em" width="1.4em" height="1.1em">
          <Bar width={100} solid={false} hatch={ids.hatch} />
        </svg>
        <text class="vt-chart-value" x="1.9em" y="4.7em">
          {leftText}
        </text>
      </svg>
    </div>
  )
}
