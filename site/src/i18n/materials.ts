import { defineStrings } from './strings'

/** Interface text of the teaching materials and handbooks (教材手冊). */
export const materialsStrings = defineStrings({
  'zh-TW': {
    materials: '教材手冊',
    intro: '本署編製的學生職涯發展教材與職涯輔導工作參考手冊，可供課堂教學、輔導工作與種子教師培訓使用，歡迎下載。',
    kinds: '教材類別',
    kindWithCount: '{kind}（{count} 份）',
    fact: '{term}：{value}',
    kind: '類別',
    trainingModule: '培訓模組',
    audiences: '適用對象',
    editionYear: '版本年度',
    summary: '簡介',
    sameKind: '同類教材',
    editionOf: '（{year} 年版）',
    backToList: '回教材手冊列表',
    listSeparator: '、',
  },
  en: {
    materials: 'Teaching materials and handbooks',
    intro: "The agency's student career-development materials and career guidance reference handbooks, for teaching, guidance work and seed-teacher training. Free to download.",
    kinds: 'Kinds of material',
    kindWithCount: '{kind} ({count})',
    fact: '{term}: {value}',
    kind: 'Kind',
    trainingModule: 'Training module',
    audiences: 'Audience',
    editionYear: 'Edition',
    summary: 'Summary',
    sameKind: 'More of this kind',
    editionOf: ' ({year} edition)',
    backToList: 'Back to teaching materials and handbooks',
    listSeparator: ', ',
  },
})
