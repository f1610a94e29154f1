import { describe, expect, test } from 'vitest'

import { CHART_WIDTH, chartGeometry, type ChartInput, FONT, niceScale, textWidth, wrapText } from '../../src/components/surveys/chartGeometry'

const format = (value: number) => new Intl.NumberFormat('zh-TW').format(value)

const compared: ChartInput = {
  kind: 'bar',
  rows: [
    { label: '一級單位', value: 38, compareValue: 34 },
    { label: '學務處下二級單位', value: 71, compareValue: 73 },
    { label: '任務編組', value: 14, compareValue: 15 },
  ],
  seriesNames: ['114年', '113年'],
  format,
  unitLabel: '單位：校',
}

const within = (x: number) => x >= 0 && x <= CHART_WIDTH

describe('scale', () => {
  test('round limits and ticks from zero that cover every value', () => {
    expect(niceScale([38, 71, 14])).toEqual({ min: 0, max: 80, ticks: [0, 20, 40, 60, 80] })
    expect(niceScale([4.6, 3.9, 4.1])).toEqual({ min: 0, max: 6, ticks: [0, 2, 4, 6] })
    expect(niceScale([0.3, 0.1])).toEqual({ min: 0, max: 0.3, ticks: [0, 0.1, 0.2, 0.3] })
    expect(niceScale([96, 47])).toEqual({ min: 0, max: 100, ticks: [0, 25, 50, 75, 100] })
  })

  test('negative values extend the scale below zero', () => {
    const { min, max, ticks } = niceScale([-12, 30])
    expect(min).toBeLessThanOrEqual(-12)
    expect(max).toBeGreaterThanOrEqual(30)
    expect(ticks).toContain(0)
  })

  test('all zeros still give a scale', () => {
    expect(niceScale([0, 0]).max).toBeGreaterThan(0)
  })
})

describe('text', () => {
  test('CJK characters are wider than Latin ones', () => {
    expect(textWidth('職涯', 10)).toBe(20)
    expect(textWidth('ab', 10)).toBeCloseTo(12)
  })

  test('long labels wrap between words or CJK characters, never past the width', () => {
    const english = wrapText('Career cards or board games for first-year students', 150, 14)
    expect(english.length).toBeGreaterThan(1)
    expect(english.join(' ')).toBe('Career cards or board games for first-year students')
    for (const line of english) expect(textWidth(line, 14)).toBeLessThanOrEqual(150)
    const chinese = wrapText('學務處下二級單位與其他處室下二級單位', 100, 14)
    expect(chinese.join('')).toBe('學務處下二級單位與其他處室下二級單位')
    for (const line of chinese) expect(textWidth(line, 14)).toBeLessThanOrEqual(100)
  })
})

describe('bar chart', () => {
  const chart = chartGeometry(compared)

  test('one bar per row and series, as long as its value, with its value written beside it', () => {
    expect(chart.bars).toHaveLength(6)
    const [first, second] = chart.bars
    expect(first!.series).toBe(0)
    expect(second!.series).toBe(1)
    expect(first!.width / second!.width).toBeCloseTo(38 / 34, 1)
    const longest = chart.bars.find((bar) => bar.value.text === '73')!
    expect(longest.width).toBeGreaterThan(first!.width)
    expect(chart.bars.map((bar) => bar.value.text)).toEqual(['38', '34', '71', '73', '14', '15'])
    for (const bar of chart.bars) expect(bar.value.x).toBeGreaterThan(bar.x + bar.width)
  })

  test('every mark and label fits inside the chart', () => {
    for (const bar of chart.bars) {
      expect(within(bar.x) && within(bar.x + bar.width)).toBe(true)
      expect(bar.value.x + textWidth(bar.value.text, bar.value.size)).toBeLessThanOrEqual(CHART_WIDTH)
      expect(bar.y + bar.height).toBeLessThanOrEqual(chart.height)
    }
    for (const tick of chart.ticks) expect(tick.y).toBeLessThanOrEqual(chart.height)
  })

  test('category labels sit above their bars', () => {
    expect(chart.categories.map((label) => label.text)).toEqual(['一級單位', '學務處下二級單位', '任務編組'])
    chart.categories.forEach((label, index) => expect(label.y).toBeLessThan(chart.bars[index * 2]!.y))
  })

  test('a legend names both series, and the axis has round ticks from zero', () => {
    expect(chart.legend.map((entry) => entry.label.text)).toEqual(['114年', '113年'])
    expect(chart.ticks.map((tick) => tick.text)).toEqual(['0', '20', '40', '60', '80'])
    expect(chart.unit?.text).toBe('單位：校')
    expect(chart.ticks[0]!.x).toBe(chart.bars[0]!.x)
  })

  test('gridlines run beside the bars, never through a category label', () => {
    expect(chart.gridlines.length).toBe(5 * 3)
    for (const line of chart.gridlines) {
      for (const label of chart.categories) expect(label.y < line.y1 || label.y - FONT.label > line.y2).toBe(true)
    }
  })

  test('without comparison values there is one series and no legend', () => {
    const single = chartGeometry({ ...compared, rows: compared.rows.map(({ label, value }) => ({ label, value })) })
    expect(single.bars).toHaveLength(3)
    expect(single.legend).toEqual([])
  })

  test('a negative value draws its bar left of zero with its label before it', () => {
    const chart = chartGeometry({ ...compared, rows: [{ label: '增減', value: -5 }, { label: '其他', value: 10 }], seriesNames: ['差異'] })
    const [negative, positive] = chart.bars
    expect(negative!.x + negative!.width).toBeCloseTo(positive!.x, 5)
    expect(negative!.value.anchor).toBe('end')
    expect(negative!.value.x).toBeLessThan(negative!.x)
  })
})

describe('line chart', () => {
  const years: ChartInput = {
    kind: 'line',
    rows: [
      { label: '110年', value: 41.2, compareValue: 40 },
      { label: '111年', value: 44.8, compareValue: 46 },
      { label: '112年', value: 47.5 },
    ],
    seriesNames: ['諮詢人次', '目標'],
    format,
  }
  const chart = chartGeometry(years)

  test('one line per series, points evenly spaced left to right, higher values higher up', () => {
    expect(chart.lines.map((line) => line.series)).toEqual([0, 1])
    const [main, comparison] = chart.lines
    expect(main!.points).toHaveLength(3)
    expect(comparison!.points).toHaveLength(2)
    const [a, b, c] = main!.points
    expect(b!.x - a!.x).toBeCloseTo(c!.x - b!.x, 5)
    expect(b!.y).toBeLessThan(a!.y)
    expect(main!.path).toMatch(/^M[\d.]+ [\d.]+ L[\d.]+ [\d.]+ L[\d.]+ [\d.]+$/)
  })

  test('at each year the higher value is labelled above its point and the lower below', () => {
    const [main, comparison] = chart.lines
    expect(main!.points[0]!.value.y).toBeLessThan(main!.points[0]!.y)
    expect(comparison!.points[0]!.value.y).toBeGreaterThan(comparison!.points[0]!.y)
    expect(main!.points[1]!.value.y).toBeGreaterThan(main!.points[1]!.y)
    expect(main!.points[2]!.value.text).toBe('47.5')
  })

  test('year labels under their points, tick labels left of the plot, all inside the chart', () => {
    expect(chart.categories.map((label) => [label.text, label.x])).toEqual(chart.lines[0]!.points.map((point, index) => [years.rows[index]!.label, point.x]))
    chart.ticks.forEach((tick, index) => {
      expect(tick.x).toBeLessThan(chart.gridlines[index]!.x1)
      expect(tick.x - textWidth(tick.text, tick.size)).toBeGreaterThanOrEqual(0)
    })
    for (const label of chart.categories) expect(label.y).toBeLessThanOrEqual(chart.height)
  })
})
