/**
 * 2 invented survey analyses (調查分析): the annual school status survey and the seed-teacher
 * training survey, each with its charts' data, a short analysis and a generated PDF report.
 * Every figure is invented and plausible, never a real statistic.
 */
import type { SeedStep } from '../context'
import { type Block, richText } from '../lexical'
import { rowId } from '../rowId'
import type { Bilingual, PdfSection } from './files'
import { ensureBySlug, ensurePdf } from './shared'

type ChartRow = { label: Bilingual; value: number; compareValue?: number }

type Chart = {
  title: Bilingual
  kind: 'bar' | 'line'
  unit: Bilingual
  description: Bilingual
  valueLabel: Bilingual
  compareLabel?: Bilingual
  rows: ChartRow[]
}

type Report = {
  slug: string
  title: Bilingual
  year: number
  publishedAt: string
  summary: Bilingual
  body: Array<{ heading: Bilingual } | { text: Bilingual }>
  charts: Chart[]
  sections: PdfSection[]
}

const rocLabel = (year: number): Bilingual => ({ zh: `${year - 1911}年`, en: String(year) })

const reports: Report[] = [
  {
    slug: 'demo-survey-career-guidance-status-2025',
    title: { zh: '114 年大專校院職涯輔導現況調查分析', en: '2025 survey of career guidance in universities and colleges' },
    year: 2025,
    publishedAt: '2025-11-25T10:00:00+08:00',
    summary: {
      zh: '114 年 9 至 10 月調查全國 150 所大專校院職涯輔導單位的組織、人力與服務，並與 113 年比較。',
      en: 'How 150 universities and colleges organised, staffed and ran career guidance in 2025, compared with 2024.',
    },
    body: [
      { heading: { zh: '調查說明', en: 'About the survey' } },
      {
        text: {
          zh: '本調查於 114 年 9 月至 10 月以線上問卷進行，對象為全國大專校院職涯輔導單位，回收有效問卷 150 份，回收率 100%。',
          en: 'The survey ran online in September and October 2025. All 150 career guidance units of universities and colleges answered.',
        },
      },
      { heading: { zh: '主要發現', en: 'Main findings' } },
      {
        text: {
          zh: '設置一級職涯輔導單位的學校增加 4 校；學生使用個別職涯諮詢的人次連續五年成長；以職涯牌卡或桌遊辦理活動的學校比例增加最多。',
          en: 'Four more schools run career guidance as a first-level unit; one-to-one career counselling has grown for five years in a row; the share of schools using career cards or board games grew the most.',
        },
      },
      { heading: { zh: '建議', en: 'Recommendations' } },
      {
        text: {
          zh: '建議持續充實中區學校專任人力，並將種子教師培訓的牌卡與桌遊教材推廣至更多學校。',
          en: 'Add full-time staff in the central region, and bring the career-card and board-game materials of the seed-teacher training to more schools.',
        },
      },
    ],
    charts: [
      {
        title: { zh: '職涯輔導單位設置層級', en: 'Level of the career guidance unit' },
        kind: 'bar',
        unit: { zh: '校', en: 'schools' },
        description: {
          zh: '二級單位仍為多數；一級單位由 34 校增至 38 校。',
          en: 'Most units are second-level; first-level units rose from 34 to 38 schools.',
        },
        valueLabel: rocLabel(2025),
        compareLabel: rocLabel(2024),
        rows: [
          { label: { zh: '一級單位', en: 'First-level unit' }, value: 38, compareValue: 34 },
          { label: { zh: '學務處下二級單位', en: 'Under student affairs' }, value: 71, compareValue: 73 },
          { label: { zh: '其他處室下二級單位', en: 'Under another office' }, value: 27, compareValue: 28 },
          { label: { zh: '任務編組', en: 'Task force' }, value: 14, compareValue: 15 },
        ],
      },
      {
        title: { zh: '各區每校平均專任職涯輔導人員', en: 'Full-time career guidance staff per school, by region' },
        kind: 'bar',
        unit: { zh: '人', en: 'people' },
        description: {
          zh: '三區平均人力皆較前一年增加，中區仍最少。',
          en: 'Staffing rose in all three regions; the central region still has the fewest staff.',
        },
        valueLabel: rocLabel(2025),
        compareLabel: rocLabel(2024),
        rows: [
          { label: { zh: '北區', en: 'North' }, value: 4.6, compareValue: 4.3 },
          { label: { zh: '中區', en: 'Central' }, value: 3.9, compareValue: 3.7 },
          { label: { zh: '南區', en: 'South' }, value: 4.1, compareValue: 3.8 },
        ],
      },
      {
        title: { zh: '學生個別職涯諮詢人次', en: 'One-to-one career counselling sessions with students' },
        kind: 'line',
        unit: { zh: '千人次', en: 'thousand sessions' },
        description: {
          zh: '全國諮詢人次自 110 年的 4.1 萬人次增至 114 年的 5.4 萬人次。',
          en: 'Sessions nationwide grew from 41,200 in 2021 to 53,600 in 2025.',
        },
        valueLabel: { zh: '諮詢人次', en: 'Sessions' },
        rows: [2021, 2022, 2023, 2024, 2025].map((year, index) => ({ label: rocLabel(year), value: [41.2, 44.8, 47.5, 50.1, 53.6][index]! })),
      },
      {
        title: { zh: '辦理各類職涯活動的學校比例', en: 'Schools running each kind of career activity' },
        kind: 'bar',
        unit: { zh: '%', en: '%' },
        description: {
          zh: '講座與測驗評量最普遍；職涯牌卡或桌遊成長 7 個百分點。',
          en: 'Talks and assessments are the most common; career cards and board games grew by 7 points.',
        },
        valueLabel: rocLabel(2025),
        compareLabel: rocLabel(2024),
        rows: [
          { label: { zh: '職涯講座', en: 'Career talks' }, value: 96, compareValue: 95 },
          { label: { zh: '職涯測驗評量', en: 'Career assessments' }, value: 88, compareValue: 85 },
          { label: { zh: '企業參訪', en: 'Company visits' }, value: 72, compareValue: 70 },
          { label: { zh: '職涯課程', en: 'Career courses' }, value: 63, compareValue: 60 },
          { label: { zh: '職涯牌卡或桌遊', en: 'Career cards or board games' }, value: 54, compareValue: 47 },
        ],
      },
    ],
    sections: [
      { heading: 'About the survey', pages: 1 },
      { heading: 'Organisation and staffing', pages: 2 },
      { heading: 'Services to students', pages: 2 },
      { heading: 'Recommendations', pages: 1 },
    ],
  },
  {
    slug: 'demo-survey-seed-teacher-training-2026',
    title: { zh: '115 年職涯輔導種子教師培訓成效調查分析', en: '2026 seed-teacher training: satisfaction and outcome survey' },
    year: 2026,
    publishedAt: '2026-11-18T10:00:00+08:00',
    summary: {
      zh: '115 年兩梯次種子教師培訓的當日滿意度調查，以及培訓後一至兩個月的成效追蹤調查結果。',
      en: 'Satisfaction on the day of the two 2026 training rounds, and what participants did with the training one to two months later.',
    },
    body: [
      { heading: { zh: '調查說明', en: 'About the survey' } },
      {
        text: {
          zh: '滿意度調查於培訓當日填答，兩梯次共回收 248 份；成效調查於培訓後一至兩個月寄發，回收 173 份。',
          en: 'Participants answered the satisfaction survey on the day (248 answers over two rounds) and the outcome survey one to two months later (173 answers).',
        },
      },
      { heading: { zh: '主要發現', en: 'Main findings' } },
      {
        text: {
          zh: '三個模組的滿意度均在九成左右，第二梯次略高；近八成參訓者已將所學運用於課程或活動。',
          en: 'All three modules were rated satisfactory by about nine in ten participants, slightly more in the second round; nearly eight in ten have used what they learnt in courses or activities.',
        },
      },
    ],
    charts: [
      {
        title: { zh: '各培訓模組滿意度', en: 'Satisfaction with each training module' },
        kind: 'bar',
        unit: { zh: '%', en: '%' },
        description: {
          zh: '表示「滿意」或「非常滿意」的比例；第二梯次三個模組都比第一梯次高。',
          en: 'Share answering "satisfied" or "very satisfied"; the second round scored higher on all three modules.',
        },
        valueLabel: { zh: '第二梯次（10月）', en: 'Round 2 (October)' },
        compareLabel: { zh: '第一梯次（5月）', en: 'Round 1 (May)' },
        rows: [
          { label: { zh: '學生職涯探索與認知', en: 'Student career exploration' }, value: 94, compareValue: 91 },
          { label: { zh: '學校資源整合連結', en: 'Integrating school resources' }, value: 89, compareValue: 86 },
          { label: { zh: '產業趨勢與就業環境', en: 'Industry trends and employment' }, value: 92, compareValue: 88 },
        ],
      },
      {
        title: { zh: '培訓後一至兩個月的應用情形', en: 'Use of the training one to two months later' },
        kind: 'bar',
        unit: { zh: '%', en: '%' },
        description: {
          zh: '78% 已在課程或活動中運用所學，僅 12% 尚未運用。',
          en: '78% have used what they learnt in a course or activity; only 12% have not used it yet.',
        },
        valueLabel: { zh: '填答者比例', en: 'Share of respondents' },
        rows: [
          { label: { zh: '已於課程或活動中運用', en: 'Used in a course or activity' }, value: 78 },
          { label: { zh: '已分享給校內同仁', en: 'Shared with colleagues' }, value: 64 },
          { label: { zh: '已規劃新的職涯活動', en: 'Planned a new activity' }, value: 49 },
          { label: { zh: '尚未運用', en: 'Not used yet' }, value: 12 },
        ],
      },
      {
        title: { zh: '歷年參訓人次', en: 'Participants by year' },
        kind: 'line',
        unit: { zh: '人次', en: 'participants' },
        description: {
          zh: '參訓人次逐年增加，115 年兩梯次共 262 人次。',
          en: 'Participation has grown every year, to 262 over the two rounds of 2026.',
        },
        valueLabel: { zh: '參訓人次', en: 'Participants' },
        rows: [2022, 2023, 2024, 2025, 2026].map((year, index) => ({ label: rocLabel(year), value: [186, 204, 231, 248, 262][index]! })),
      },
    ],
    sections: [
      { heading: 'About the survey', pages: 1 },
      { heading: 'Satisfaction on the day', pages: 1 },
      { heading: 'Outcomes after one to two months', pages: 2 },
    ],
  },
]

/** Every field of the charts in one language, with fixed row ids at both levels. */
const chartRows = (report: Report, language: keyof Bilingual) =>
  report.charts.map((chart, chartIndex) => ({
    id: rowId(report.slug, 'chart', chartIndex),
    title: chart.title[language],
    kind: chart.kind,
    unit: chart.unit[language],
    description: chart.description[language],
    valueLabel: chart.valueLabel[language],
    compareLabel: chart.compareLabel?.[language],
    rows: chart.rows.map((row, rowIndex) => ({
      id: rowId(report.slug, 'chart', chartIndex, 'row', rowIndex),
      label: row.label[language],
      value: row.value,
      compareValue: row.compareValue,
    })),
  }))

const body = (report: Report, language: keyof Bilingual, notice: string) =>
  richText([
    ...report.body.map((block): Block => ('heading' in block ? { heading: 2, text: block.heading[language] } : { text: block.text[language] })),
    notice,
  ])

export const surveysStep: SeedStep = {
  name: '調查分析（示範）',
  async run(context) {
    context.progress.step(surveysStep.name, reports.length)
    for (const report of reports) {
      await ensureBySlug(
        context,
        'survey-reports',
        report.slug,
        async () => {
          const pdf = await ensurePdf(
            context.payload,
            {
              name: `${report.slug}.pdf`,
              title: { zh: `${report.title.zh}（示範）`, en: `${report.title.en} (demo)` },
              sections: report.sections,
              cover: { title: report.title, subtitle: { zh: '調查分析報告', en: 'Survey report' }, seed: report.slug, shape: 'cover' },
              year: report.year,
            },
            report.summary,
          )
          return {
            title: report.title.zh,
            year: report.year,
            summary: `${report.summary.zh}（示範資料，數據虛構。）`,
            body: body(report, 'zh', '（示範資料：本頁數據均為虛構，並非真實調查結果。）'),
            charts: chartRows(report, 'zh'),
            attachments: [pdf],
            publishedAt: new Date(report.publishedAt).toISOString(),
            _status: 'published',
          }
        },
        {
          title: report.title.en,
          summary: `${report.summary.en} (Demo content: invented figures.)`,
          body: body(report, 'en', '(Demo content: every figure on this page is invented, not a real survey result.)'),
          charts: chartRows(report, 'en'),
        },
      )
    }
    context.progress.done()
  },
}
