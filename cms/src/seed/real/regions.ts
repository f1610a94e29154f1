import { ensureDocument } from '../upsert'
import type { Option } from '../../labels'
import { countiesByRegion, type Region, regions } from '../../vocabularies'
import { documentsStep } from './documentsStep'

/** The counties of a region in one language, as a readable list. */
function countyNames(region: Region, language: 'zh-TW' | 'en'): string {
  const names = countiesByRegion[region].map(([, zhTW, en]) => (language === 'en' ? en : zhTW))
  if (language === 'zh-TW') return names.join('、')
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`
}

/** What a region is for, from the programme text (伍、一、策略聯盟): its counties and its convener school. */
const description = {
  'zh-TW': (region: Region, name: string) =>
    `${name}涵蓋${countyNames(region, 'zh-TW')}之大專校院。每年由一所召集學校會同區域內學校推動職涯輔導工作，辦理區域聯繫會議、成長增能活動及本署各項職涯輔導專案，並蒐集區域內的優良範例。`,
  en: (region: Region, name: string) =>
    `The ${name} region covers the universities and colleges in ${countyNames(region, 'en')}. Each year one convener school works with the region's schools on career guidance: it holds liaison meetings and professional development sessions, runs the agency's career guidance projects and collects the region's exemplary practice.`,
}

/** 區域: the three regions and their counties. Conveners are linked later, by the schools step. */
export const regionsStep = documentsStep('區域', () => regions, ({ payload }, { value: region, label: name }: Option<Region>) =>
  ensureDocument(
    payload,
    'regions',
    { region: { equals: region } },
    () => ({
      name: name['zh-TW'],
      region,
      slug: region,
      counties: countiesByRegion[region].map(([county]) => county),
      description: description['zh-TW'](region, name['zh-TW']),
      conveners: [],
    }),
    { english: { name: name.en, description: description.en(region, name.en) } },
  ),
)
