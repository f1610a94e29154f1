import type { GlobalSlug, Payload } from 'payload'

import { type BilingualLabel, label } from '../../labels'
import { projectZones } from '../../vocabularies'
import { documentsStep } from './documentsStep'
import { rowId } from '../rowId'

type Language = keyof BilingualLabel

type MenuLink = { href: string; label: BilingualLabel; children?: MenuLink[] }

/** The portal's sections, in the order of the programme text's 內容區塊 and zones. */
const headerMenu: MenuLink[] = [
  { href: '/news', label: label('最新消息', 'News') },
  {
    href: '/zones',
    label: label('專案專區', 'Project zones'),
    children: projectZones.map((zone) => ({ href: `/zones/${zone.value}`, label: zone.label })),
  },
  { href: '/cases', label: label('優良範例', 'Exemplar cases') },
  { href: '/galleries', label: label('活動花絮', 'Photo galleries') },
  { href: '/materials', label: label('教材手冊', 'Teaching materials') },
  { href: '/library', label: label('職輔圖書館', 'Career guidance library') },
  { href: '/media', label: label('影音專區', 'Videos and e-books') },
  { href: '/surveys', label: label('調查分析', 'Survey analysis') },
  { href: '/directory', label: label('通訊錄', 'Directory') },
  { href: '/links', label: label('相關連結', 'Links') },
]

const footerLinks: MenuLink[] = [
  { href: '/about', label: label('關於平臺', 'About') },
  { href: '/privacy-security', label: label('隱私權及資訊安全政策', 'Privacy and security') },
  { href: '/accessibility', label: label('無障礙聲明', 'Accessibility') },
  { href: '/open-data', label: label('政府網站資料開放宣告', 'Open data') },
  { href: '/sitemap', label: label('網站導覽', 'Site map') },
]

type MenuRow = { id: string; label: string; href: string; children?: MenuRow[] }

/** Menu rows in one language; a row's id follows from its place so both languages fill the same rows. */
function menuRows(links: readonly MenuLink[], language: Language, parent: string): MenuRow[] {
  return links.map(({ href, label: text, children }) => ({
    id: rowId(parent, href),
    label: text[language],
    href,
    ...(children ? { children: menuRows(children, language, `${parent}${href}`) } : {}),
  }))
}

const agency = label('教育部青年發展署', 'Youth Development Administration, Ministry of Education')

const siteSettings = (language: Language) => ({
  siteName: label('大專校院職涯輔導資訊平臺', 'University Career Guidance Information Platform')[language],
  agencyName: agency[language],
  agencyURL: 'https://www.yda.gov.tw',
  description: label(
    '教育部青年發展署建置的大專校院職涯輔導資訊平臺，彙集補助計畫、成果評選、種子教師培訓及主管會議等專案資訊，以及各校職涯輔導優良範例、教材手冊與職輔圖書館，服務大專校院職涯輔導人員、教師及學生。',
    "The Youth Development Administration's information platform for career guidance in universities and colleges: the subsidy programme, outcome awards, seed-teacher training and directors' meeting, with schools' exemplary practice, teaching materials and a career guidance library, for guidance staff, teachers and students.",
  )[language],
  // The agency's own address; the help desk's phone and email are the contractor's, set by administrators.
  contact: {
    organisation: agency[language],
    address: label('100臺北市中正區徐州路5號14樓', '14F, No. 5, Xuzhou Rd., Zhongzheng Dist., Taipei City 100, Taiwan')[language],
    serviceHours: label('週一至週五 8:30–17:30（國定假日除外）', 'Monday to Friday, 8:30 a.m. to 5:30 p.m., except public holidays')[language],
  },
})

const headerNavigation = (language: Language) => ({ items: menuRows(headerMenu, language, 'header-navigation') })

const footer = (language: Language) => ({
  links: menuRows(footerLinks, language, 'footer'),
  note: label('建議使用 Chrome、Edge、Firefox 或 Safari 最新版本瀏覽本平臺。', 'Best viewed in a current version of Chrome, Edge, Firefox or Safari.')[language],
  copyright: label('© 教育部青年發展署', '© Youth Development Administration, Ministry of Education')[language],
})

/** A global, how to tell it already has content (so seeding never overwrites an editor's work), and its content. */
type GlobalSeed = { slug: GlobalSlug; hasContent: (payload: Payload) => Promise<boolean>; data: (language: Language) => Record<string, unknown> }

const globalSeeds: GlobalSeed[] = [
  {
    slug: 'site-settings',
    hasContent: async (payload) => Boolean((await payload.findGlobal({ slug: 'site-settings', locale: 'zh-TW', depth: 0 })).siteName),
    data: siteSettings,
  },
  {
    slug: 'header-navigation',
    hasContent: async (payload) => Boolean((await payload.findGlobal({ slug: 'header-navigation', locale: 'zh-TW', depth: 0 })).items?.length),
    data: headerNavigation,
  },
  {
    slug: 'footer',
    hasContent: async (payload) => Boolean((await payload.findGlobal({ slug: 'footer', locale: 'zh-TW', depth: 0 })).links?.length),
    data: footer,
  },
]

/** Writes a global in Chinese, then English, unless it already has content. */
async function ensureGlobal(payload: Payload, { slug, hasContent, data }: GlobalSeed): Promise<{ created: boolean }> {
  if (await hasContent(payload)) return { created: false }
  for (const locale of ['zh-TW', 'en'] as const) {
    await payload.updateGlobal({ slug, locale, data: data(locale), depth: 0, context: { seeding: true } })
  }
  return { created: true }
}

/** 網站設定: site settings, header navigation and footer. */
export const globalsStep = documentsStep('網站設定', () => globalSeeds, ({ payload }, seed: GlobalSeed) => ensureGlobal(payload, seed))
