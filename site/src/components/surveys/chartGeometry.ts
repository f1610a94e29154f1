/**
 * Where every mark of a survey chart goes, computed at build time so that the chart is plain SVG.
 * Charts are drawn in a narrow coordinate system (`CHART_WIDTH` units wide) and scaled by the
 * viewBox: at a 320 px screen they shrink only a little, so their text stays readable. Bar charts
 * are horizontal with each category's label above its bars, so long Chinese or English labels never
 * crowd an axis. Nothing here knows about colours or languages: the component draws the marks and
 * passes in the formatted numbers and the unit.
 */

export const CHART_WIDTH = 360

/** Font sizes in chart units: category labels, and the smaller numbers on axes and marks. */
export const FONT = { label: 16, small: 14 } as const

/** 0 is the main series (e.g. this year), 1 the comparison (e.g. last year). */
export type Series = 0 | 1

export type ChartRow = { label: string; value: number; compareValue?: number | null }

export type ChartInput = {
  kind: 'bar' | 'line'
  rows: ReadonlyArray<ChartRow>
  /** Names of the main and, when rows have comparison values, the comparison series. */
  seriesNames: readonly [string] | readonly [string, string]
  /** How numbers are written in this language (grouping, decimals). */
  format: (value: number) => string
  /** e.g. 「單位：校」, drawn above the chart. */
  unitLabel?: string
}

export type TextAnchor = 'start' | 'middle' | 'end'
export type Label = { x: number; y: number; text: string; anchor: TextAnchor; size: number }
export type Bar = { series: Series; x: number; y: number; width: number; height: number; value: Label }
export type Point = { x: number; y: number; value: Label }
export type Line = { series: Series; path: string; points: Point[] }
export type LegendEntry = { series: Series; x: number; y: number; size: number; label: Label }
export type Segment = { x1: number; y1: number; x2: number; y2: number }

export type ChartGeometry = {
  width: number
  height: number
  unit?: Label
  legend: LegendEntry[]
  /** The numbers along the value axis. */
  ticks: Label[]
  /** Light lines at each tick: vertical in bar charts (beside the bars only), horizontal in line charts. */
  gridlines: Segment[]
  /** The value axis's zero line and the category axis. */
  axes: Segment[]
  categories: Label[]
  bars: Bar[]
  lines: Line[]
}

// ---------------------------------------------------------------------------------------------
// Text measurement: estimates, since the build has no fonts to measure with. CJK characters are a
// full em wide; Latin letters and digits average a little over half an em.

const isWide = (character: string) => {
  const code = character.codePointAt(0) ?? 0
  return (code >= 0x2e80 && code <= 0xa4cf) || (code >= 0xac00 && code <= 0xd7a3) || (code >= 0xf900 && code <= 0xfaff) || (code >= 0xfe30 && code <= 0xfe4f) || (code >= 0xff00 && code <= 0xff60)
}

export function textWidth(text: string, size: number): number {
  let ems = 0
  for (const character of text) ems += isWide(character) ? 1 : 0.6
  return ems * size
}

/** Breaks text into lines no wider than `maxWidth`: between words in Latin text, between characters in CJK. */
export function wrapText(text: string, maxWidth: number, size: number): string[] {
  const tokens = text.match(/[A-Za-z0-9.,%()'’\-–/:]+\s*|\s+|./gu) ?? []
  const lines: string[] = []
  let line = ''
  for (const token of tokens) {
    if (line && textWidth((line + token).trimEnd(), size) > maxWidth) {
      lines.push(line.trimEnd())
      line = token.trimStart()
    } else {
      line += token
    }
  }
  if (line.trim()) lines.push(line.trimEnd())
  return lines.length ? lines : ['']
}

// ---------------------------------------------------------------------------------------------
// Scale

const tidy = (value: number) => Number(value.toPrecision(12))

/** A round step (1, 2, 2.5 or 5 times a power of ten) that splits `span` into about `count` parts. */
function niceStep(span: number, count: number): number {
  const raw = span / count
  const power = 10 ** Math.floor(Math.log10(raw))
  const step = [1, 2, 2.5, 5, 10].find((factor) => factor * power >= raw)! * power
  return tidy(step)
}

/** Round axis limits and ticks that include zero and every value. */
export function niceScale(values: ReadonlyArray<number>, count = 4): { min: number; max: number; ticks: number[] } {
  const low = Math.min(0, ...values)
  const high = Math.max(0, ...values)
  const span = high - low || 1
  const step = niceStep(span, count)
  const min = tidy(Math.floor(low / step) * step)
  const max = tidy(Math.max(Math.ceil(high / step) * step, min + step))
  const ticks: number[] = []
  for (let tick = min; tick <= max + step / 2; tick = tidy(tick + step)) ticks.push(tick)
  return { min, max, ticks }
}

const round = (value: number) => Math.round(value * 10) / 10

/** The rows' values of each series present: the comparison only when some row has one. */
function seriesOf(input: ChartInput): Series[] {
  const compared = input.seriesNames.length > 1 && input.rows.some((row) => typeof row.compareValue === 'number')
  return compared ? [0, 1] : [0]
}

const valueOf = (row: ChartRow, series: Series) => (series === 0 ? row.value : row.compareValue)

// ---------------------------------------------------------------------------------------------
// Header: the unit, then the legend (only when two series need telling apart).

const LINE_HEIGHT = { label: 21, small: 18 } as const
const SWATCH = 14

function header(input: ChartInput, series: Series[]): { unit?: Label; legend: LegendEntry[]; bottom: number } {
  let y = 0
  let unit: Label | undefined
  if (input.unitLabel) {
    y += LINE_HEIGHT.small
    unit = { x: 0, y: y - 4, text: input.unitLabel, anchor: 'start', size: FONT.small }
  }
  const legend: LegendEntry[] = []
  if (series.length > 1) {
    let x = 0
    y += LINE_HEIGHT.label
    for (const entry of series) {
      const name = input.seriesNames[entry]!
      const entryWidth = SWATCH + 6 + textWidth(name, FONT.small)
      if (x > 0 && x + entryWidth > CHART_WIDTH) {
        x = 0
        y += LINE_HEIGHT.label
      }
      legend.push({
        series: entry,
        x,
        y: y - SWATCH - 3,
        size: SWATCH,
        label: { x: x + SWATCH + 6, y: y - 4, text: name, anchor: 'start', size: FONT.small },
      })
      x += entryWidth + 18
    }
  }
  return { unit, legend, bottom: y + (y > 0 ? 8 : 0) }
}

// ---------------------------------------------------------------------------------------------
// Horizontal bar chart

const BAR = { height: 18, gap: 3, groupGap: 14, labelGap: 2 } as const

function barChart(input: ChartInput): ChartGeometry {
  const series = seriesOf(input)
  const { unit, legend, bottom: top } = header(input, series)
  const values = input.rows.flatMap((row) => series.map((entry) => valueOf(row, entry)).filter((value): value is number => typeof value === 'number'))
  const scale = niceScale(values)

  // Value labels sit past the end of each bar: keep room for the widest on the right, and on the left for negatives.
  const labelRoom = (value: number) => textWidth(input.format(value), FONT.small) + 6
  const right = CHART_WIDTH - Math.max(labelRoom(scale.max) / 2, ...values.filter((value) => value >= 0).map(labelRoom))
  const left = Math.max(textWidth(input.format(scale.min), FONT.small) / 2, ...values.filter((value) => value < 0).map(labelRoom), 1)
  const x = (value: number) => round(left + ((value - scale.min) / (scale.max - scale.min)) * (right - left))
  const zero = x(0)

  const categories: Label[] = []
  const bars: Bar[] = []
  // Gridlines and the zero line run beside each row's bars only, never through its label.
  const bands: Array<{ y1: number; y2: number }> = []
  let y = top
  input.rows.forEach((row, index) => {
    if (index > 0) y += BAR.groupGap
    for (const line of wrapText(row.label, CHART_WIDTH - left, FONT.label)) {
      y += LINE_HEIGHT.label
      categories.push({ x: left, y: y - 4, text: line, anchor: 'start', size: FONT.label })
    }
    y += BAR.labelGap
    const bandTop = y
    series.forEach((entry, position) => {
      if (position > 0) y += BAR.gap
      const value = valueOf(row, entry)
      if (typeof value === 'number') {
        const end = x(value)
        const negative = value < 0
        bars.push({
          series: entry,
          x: Math.min(zero, end),
          y,
          width: round(Math.abs(end - zero)),
          height: BAR.height,
          value: { x: negative ? end - 4 : end + 4, y: y + BAR.height - 4, text: input.format(value), anchor: negative ? 'end' : 'start', size: FONT.small },
        })
      }
      y += BAR.height
    })
    bands.push({ y1: bandTop - 2, y2: y + 2 })
  })

  const plotBottom = y + 6
  bands[bands.length - 1] = { y1: bands.at(-1)!.y1, y2: plotBottom }
  return {
    width: CHART_WIDTH,
    height: plotBottom + LINE_HEIGHT.small + 6,
    unit,
    legend,
    ticks: scale.ticks.map((tick) => ({ x: x(tick), y: plotBottom + LINE_HEIGHT.small, text: input.format(tick), anchor: 'middle', size: FONT.small })),
    gridlines: scale.ticks.flatMap((tick) => bands.map((band) => ({ x1: x(tick), y1: band.y1, x2: x(tick), y2: band.y2 }))),
    axes: [
      ...bands.map((band) => ({ x1: zero, y1: band.y1, x2: zero, y2: band.y2 })),
      { x1: left, y1: plotBottom, x2: right, y2: plotBottom },
    ],
    categories,
    bars,
    lines: [],
  }
}

// ---------------------------------------------------------------------------------------------
// Line chart: categories (usually years) along the bottom, one line per series.

const PLOT_HEIGHT = 170

function lineChart(input: ChartInput): ChartGeometry {
  const series = seriesOf(input)
  const { unit, legend, bottom } = header(input, series)
  const values = input.rows.flatMap((row) => series.map((entry) => valueOf(row, entry)).filter((value): value is number => typeof value === 'number'))
  const scale = niceScale(values)

  const top = bottom + LINE_HEIGHT.small + 4 // room for value labels above the highest point
  const left = Math.max(...scale.ticks.map((tick) => textWidth(input.format(tick), FONT.small))) + 8
  const right = CHART_WIDTH - 4
  const plotBottom = top + PLOT_HEIGHT
  const step = (right - left) / Math.max(input.rows.length, 1)
  const x = (index: number) => round(left + step * (index + 0.5))
  const y = (value: number) => round(plotBottom - ((value - scale.min) / (scale.max - scale.min)) * PLOT_HEIGHT)


  const categories: Label[] = []
  let labelsBottom = plotBottom
  input.rows.forEach((row, index) => {
    wrapText(row.label, step - 4, FONT.small).forEach((line, lineIndex) => {
      const lineY = plotBottom + LINE_HEIGHT.small * (lineIndex + 1)
      categories.push({ x: x(index), y: lineY, text: line, anchor: 'middle', size: FONT.small })
      labelsBottom = Math.max(labelsBottom, lineY)
    })
  })

  // At each category the higher value is labelled above its point and the lower below, so the two never collide.
  const lines: Line[] = series.map((entry) => {
    const points: Point[] = []
    input.rows.forEach((row, index) => {
      const value = valueOf(row, entry)
      if (typeof value !== 'number') return
      const other = valueOf(row, entry === 0 ? 1 : 0)
      const below = series.length > 1 && typeof other === 'number' && (value < other || (value === other && entry === 1))
      const pointY = y(value)
      points.push({
        x: x(index),
        y: pointY,
        value: { x: x(index), y: below ? pointY + 20 : pointY - 9, text: input.format(value), anchor: 'middle', size: FONT.small },
      })
    })
    const path = points.map((point, index) => `${index === 0 ? 'M' : 'L'}${point.x} ${point.y}`).join(' ')
    return { series: entry, path, points }
  })

  return {
    width: CHART_WIDTH,
    height: labelsBottom + 8,
    unit,
    legend,
    ticks: scale.ticks.map((tick) => ({ x: left - 6, y: y(tick) + 4, text: input.format(tick), anchor: 'end', size: FONT.small })),
    gridlines: scale.ticks.map((tick) => ({ x1: left, y1: y(tick), x2: right, y2: y(tick) })),
    axes: [
      { x1: left, y1: top, x2: left, y2: plotBottom },
      { x1: left, y1: y(0), x2: right, y2: y(0) },
    ],
    categories,
    bars: [],
    lines,
  }
}

export function chartGeometry(input: ChartInput): ChartGeometry {
  return input.kind === 'line' ? lineChart(input) : barChart(input)
}
