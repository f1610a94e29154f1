import { defineStrings } from './strings'

/** Interface text of the survey analyses (調查分析). */
export const surveysStrings = defineStrings({
  'zh-TW': {
    surveys: '調查分析',
    intro: '大專校院職涯輔導現況調查、種子教師培訓成效調查等年度調查的分析結果，圖表均附資料表。',
    surveyYear: '調查年度',
    colon: '：',
    published: '發布日期',
    charts: '統計圖表',
    chartCount: '{count} 張圖表',
    item: '項目',
    unit: '單位：{unit}',
    tableCaption: '{title}（{unit}）',
    attachments: '報告下載',
    backToList: '回調查分析列表',
  },
  en: {
    surveys: 'Survey analysis',
    intro: 'Findings of the annual surveys: the status of career guidance in universities and colleges, the outcomes of seed-teacher training, and more. Every chart comes with its data table.',
    surveyYear: 'Survey year',
    colon: ': ',
    published: 'Published',
    charts: 'Charts',
    chartCount: '{count} charts',
    item: 'Item',
    unit: 'Unit: {unit}',
    tableCaption: '{title} ({unit})',
    attachments: 'Download the report',
    backToList: 'Back to survey analysis',
  },
})
