import { defineStrings } from './strings'

/** 相關連結: government and private career and employment sites. */
export const linksStrings = defineStrings({
  'zh-TW': {
    title: '相關連結',
    intro: '職涯輔導與就業相關的政府機關及民間網站。連結將離開本平臺，前往外部網站。',
    externalSite: '（外部網站）',
  },
  en: {
    title: 'Links',
    intro: 'Government and private sites on career guidance and employment. These links take you away from this platform.',
    externalSite: '(external site)',
  },
})
