/**
 * The demo schools directory: real universities and colleges of Taiwan in their real counties,
 * with INVENTED contact details (unit, phone, `example` e-mail domain, address) and `demo: true`.
 * Then each region's convener schools for 2025 and 2026.
 */
import type { Payload } from 'payload'

import { counties, type County, type Region } from '../../vocabularies'
import type { SeedContext, SeedStep } from '../context'
import { seededRandom } from './random'
import { ensureBySlug } from './shared'

/** [slug, 中文校名, English name, county], grouped by region (north, central, south). */
const schoolRows: ReadonlyArray<readonly [string, string, string, County]> = [
  // North
  ['ntu', '國立臺灣大學', 'National Taiwan University', 'taipei-city'],
  ['ntnu', '國立臺灣師範大學', 'National Taiwan Normal University', 'taipei-city'],
  ['nccu', '國立政治大學', 'National Chengchi University', 'taipei-city'],
  ['ntust', '國立臺灣科技大學', 'National Taiwan University of Science and Technology', 'taipei-city'],
  ['ntut', '國立臺北科技大學', 'National Taipei University of Technology', 'taipei-city'],
  ['ntue', '國立臺北教育大學', 'National Taipei University of Education', 'taipei-city'],
  ['utaipei', '臺北市立大學', 'University of Taipei', 'taipei-city'],
  ['tnua', '國立臺北藝術大學', 'Taipei National University of the Arts', 'taipei-city'],
  ['ntub', '國立臺北商業大學', 'National Taipei University of Business', 'taipei-city'],
  ['scu', '東吳大學', 'Soochow University', 'taipei-city'],
  ['pccu', '中國文化大學', 'Chinese Culture University', 'taipei-city'],
  ['shu', '世新大學', 'Shih Hsin University', 'taipei-city'],
  ['usc', '實踐大學', 'Shih Chien University', 'taipei-city'],
  ['tmu', '臺北醫學大學', 'Taipei Medical University', 'taipei-city'],
  ['fju', '輔仁大學', 'Fu Jen Catholic University', 'new-taipei-city'],
  ['tku', '淡江大學', 'Tamkang University', 'new-taipei-city'],
  ['ntpu', '國立臺北大學', 'National Taipei University', 'new-taipei-city'],
  ['ntua', '國立臺灣藝術大學', 'National Taiwan University of Arts', 'new-taipei-city'],
  ['mcut', '明志科技大學', 'Ming Chi University of Technology', 'new-taipei-city'],
  ['ntou', '國立臺灣海洋大學', 'National Taiwan Ocean University', 'keelung-city'],
  ['ncu', '國立中央大學', 'National Central University', 'taoyuan-city'],
  ['cycu', '中原大學', 'Chung Yuan Christian University', 'taoyuan-city'],
  ['yzu', '元智大學', 'Yuan Ze University', 'taoyuan-city'],
  ['cgu', '長庚大學', 'Chang Gung University', 'taoyuan-city'],
  ['nthu', '國立清華大學', 'National Tsing Hua University', 'hsinchu-city'],
  ['nycu', '國立陽明交通大學', 'National Yang Ming Chiao Tung University', 'hsinchu-city'],
  ['chu', '中華大學', 'Chung Hua University', 'hsinchu-city'],
  ['must', '明新科技大學', 'Minghsin University of Science and Technology', 'hsinchu-county'],
  ['niu', '國立宜蘭大學', 'National Ilan University', 'yilan-county'],
  ['fgu', '佛光大學', 'Fo Guang University', 'yilan-county'],
  ['ndhu', '國立東華大學', 'National Dong Hwa University', 'hualien-county'],
  ['tcu', '慈濟大學', 'Tzu Chi University', 'hualien-county'],
  // Central
  ['nuu', '國立聯合大學', 'National United University', 'miaoli-county'],
  ['nchu', '國立中興大學', 'National Chung Hsing University', 'taichung-city'],
  ['fcu', '逢甲大學', 'Feng Chia University', 'taichung-city'],
  ['thu', '東海大學', 'Tunghai University', 'taichung-city'],
  ['pu', '靜宜大學', 'Providence University', 'taichung-city'],
  ['cmu', '中國醫藥大學', 'China Medical University', 'taichung-city'],
  ['csmu', '中山醫學大學', 'Chung Shan Medical University', 'taichung-city'],
  ['cyut', '朝陽科技大學', 'Chaoyang University of Technology', 'taichung-city'],
  ['asia', '亞洲大學', 'Asia University', 'taichung-city'],
  ['ntcu', '國立臺中教育大學', 'National Taichung University of Education', 'taichung-city'],
  ['ncut', '國立勤益科技大學', 'National Chin-Yi University of Technology', 'taichung-city'],
  ['nutc', '國立臺中科技大學', 'National Taichung University of Science and Technology', 'taichung-city'],
  ['ncnu', '國立暨南國際大學', 'National Chi Nan University', 'nantou-county'],
  ['ncue', '國立彰化師範大學', 'National Changhua University of Education', 'changhua-county'],
  ['dyu', '大葉大學', 'Da-Yeh University', 'changhua-county'],
  ['yuntech', '國立雲林科技大學', 'National Yunlin University of Science and Technology', 'yunlin-county'],
  ['nfu', '國立虎尾科技大學', 'National Formosa University', 'yunlin-county'],
  // South
  ['ccu', '國立中正大學', 'National Chung Cheng University', 'chiayi-county'],
  ['nhu', '南華大學', 'Nanhua University', 'chiayi-county'],
  ['ncyu', '國立嘉義大學', 'National Chiayi University', 'chiayi-city'],
  ['ncku', '國立成功大學', 'National Cheng Kung University', 'tainan-city'],
  ['nutn', '國立臺南大學', 'National University of Tainan', 'tainan-city'],
  ['tnnua', '國立臺南藝術大學', 'Tainan National University of the Arts', 'tainan-city'],
  ['cjcu', '長榮大學', 'Chang Jung Christian University', 'tainan-city'],
  ['stust', '南臺科技大學', 'Southern Taiwan University of Science and Technology', 'tainan-city'],
  ['ksu', '崑山科技大學', 'Kun Shan University', 'tainan-city'],
  ['nsysu', '國立中山大學', 'National Sun Yat-sen University', 'kaohsiung-city'],
  ['nknu', '國立高雄師範大學', 'National Kaohsiung Normal University', 'kaohsiung-city'],
  ['nuk', '國立高雄大學', 'National University of Kaohsiung', 'kaohsiung-city'],
  ['nkust', '國立高雄科技大學', 'National Kaohsiung University of Science and Technology', 'kaohsiung-city'],
  ['kmu', '高雄醫學大學', 'Kaohsiung Medical University', 'kaohsiung-city'],
  ['isu', '義守大學', 'I-Shou University', 'kaohsiung-city'],
  ['wzu', '文藻外語大學', 'Wenzao Ursuline University of Languages', 'kaohsiung-city'],
  ['nptu', '國立屏東大學', 'National Pingtung University', 'pingtung-county'],
  ['npust', '國立屏東科技大學', 'National Pingtung University of Science and Technology', 'pingtung-county'],
  ['nttu', '國立臺東大學', 'National Taitung University', 'taitung-county'],
  ['npu', '國立澎湖科技大學', 'National Penghu University of Science and Technology', 'penghu-county'],
  ['nqu', '國立金門大學', 'National Quemoy University', 'kinmen-county'],
]

/** Slugs of the demo schools, by region: the order in which cases draw on them. */
export const demoSchoolSlugs = schoolRows.map(([slug]) => slug)

/** Telephone area code and local number pattern (first digit, length) by county. */
const telephone: Record<County, { areaCode: string; first: string; digits: number }> = {
  'keelung-city': { areaCode: '02', first: '24', digits: 8 },
  'new-taipei-city': { areaCode: '02', first: '29', digits: 8 },
  'taipei-city': { areaCode: '02', first: '2', digits: 8 },
  'taoyuan-city': { areaCode: '03', first: '4', digits: 7 },
  'hsinchu-city': { areaCode: '03', first: '5', digits: 7 },
  'hsinchu-county': { areaCode: '03', first: '55', digits: 7 },
  'yilan-county': { areaCode: '03', first: '9', digits: 7 },
  'hualien-county': { areaCode: '03', first: '8', digits: 7 },
  'lienchiang-county': { areaCode: '0836', first: '2', digits: 5 },
  'miaoli-county': { areaCode: '037', first: '3', digits: 6 },
  'taichung-city': { areaCode: '04', first: '2', digits: 8 },
  'nantou-county': { areaCode: '049', first: '2', digits: 7 },
  'changhua-county': { areaCode: '04', first: '7', digits: 7 },
  'yunlin-county': { areaCode: '05', first: '5', digits: 7 },
  'chiayi-county': { areaCode: '05', first: '2', digits: 7 },
  'chiayi-city': { areaCode: '05', first: '2', digits: 7 },
  'tainan-city': { areaCode: '06', first: '2', digits: 7 },
  'kaohsiung-city': { areaCode: '07', first: '3', digits: 7 },
  'pingtung-county': { areaCode: '08', first: '7', digits: 7 },
  'taitung-county': { areaCode: '089', first: '3', digits: 6 },
  'penghu-county': { areaCode: '06', first: '92', digits: 7 },
  'kinmen-county': { areaCode: '082', first: '3', digits: 6 },
}

const units = [
  { zh: '學生職涯發展中心', en: 'Student Career Development Center' },
  { zh: '職涯發展中心', en: 'Career Development Center' },
  { zh: '學生事務處職涯發展組', en: 'Career Development Section, Office of Student Affairs' },
  { zh: '生涯發展中心', en: 'Center for Career Development' },
  { zh: '校友及職涯發展中心', en: 'Alumni and Career Development Center' },
  { zh: '學生事務處生涯輔導組', en: 'Career Guidance Section, Office of Student Affairs' },
] as const

const roads = [
  { zh: '大學路', en: 'Daxue Rd.' },
  { zh: '學府路', en: 'Xuefu Rd.' },
  { zh: '中山路', en: 'Zhongshan Rd.' },
  { zh: '中正路', en: 'Zhongzheng Rd.' },
  { zh: '民生路', en: 'Minsheng Rd.' },
  { zh: '文化路', en: 'Wenhua Rd.' },
  { zh: '建國路', en: 'Jianguo Rd.' },
  { zh: '光明路', en: 'Guangming Rd.' },
] as const

const sectionNumerals = ['一', '二', '三'] as const

type SchoolRow = (typeof schoolRows)[number]

/** Invented contact details in the county's formats, the same for a school on every run. */
function schoolData([slug, name, englishName, county]: SchoolRow) {
  const random = seededRandom(`school:${slug}`)
  const { areaCode, first, digits } = telephone[county]
  const local = first + Array.from({ length: digits - first.length }, () => random.int(0, 9)).join('')
  // 02-2345-6789, 03-422-7151; shorter local numbers are written unbroken (037-381234).
  const grouped = digits >= 7 ? `${local.slice(0, digits - 4)}-${local.slice(digits - 4)}` : local
  const phone = `${areaCode}-${grouped} #${random.int(2, 8)}${random.int(100, 999)}`
  const unit = random.pick(units)
  const road = random.pick(roads)
  const section = random.int(0, 3)
  const number = random.int(1, 400)
  const countyLabel = counties.find((option) => option.value === county)!.label
  return {
    data: {
      name,
      county,
      unitName: unit.zh,
      phone,
      email: `career@${slug}.example.edu.tw`,
      address: `${countyLabel['zh-TW']}${road.zh}${section ? `${sectionNumerals[section - 1]}段` : ''}${number}號`,
    },
    english: {
      name: englishName,
      unitName: unit.en,
      address: `No. ${number}, ${section ? `Sec. ${section}, ` : ''}${road.en}, ${countyLabel.en}`,
    },
  }
}

export const schoolsStep: SeedStep = {
  name: '學校通訊錄（示範）',
  async run(context) {
    context.progress.step(schoolsStep.name, schoolRows.length)
    for (const row of schoolRows) {
      const { data, english } = schoolData(row)
      await ensureBySlug(context, 'schools', row[0], async () => data, english)
    }
    context.progress.done()
  },
}

/** Ids of the demo schools in the order of `demoSchoolSlugs` (by region), skipping any missing. */
export async function demoSchoolIds(payload: Payload): Promise<string[]> {
  const { docs } = await payload.find({
    collection: 'schools',
    where: { slug: { in: demoSchoolSlugs } },
    limit: demoSchoolSlugs.length,
    pagination: false,
    depth: 0,
  })
  const idBySlug = new Map(docs.map((school) => [school.slug, school.id]))
  return demoSchoolSlugs.flatMap((slug) => idBySlug.get(slug) ?? [])
}

/** Invented convener schools (召集學校) for each region and year. */
const convenerSlugs: Record<Region, Record<number, string>> = {
  north: { 2025: 'ntnu', 2026: 'fju' },
  central: { 2025: 'nchu', 2026: 'fcu' },
  south: { 2025: 'ncku', 2026: 'nkust' },
}

async function setConveners({ payload }: SeedContext, region: Region): Promise<boolean> {
  const { docs } = await payload.find({ collection: 'regions', where: { region: { equals: region } }, limit: 1, depth: 0 })
  const regionDocument = docs[0]
  if (!regionDocument) {
    payload.logger.warn(`Region ${region} not found: run the regions step before the conveners.`)
    return false
  }
  // Never overwrite conveners an editor has set.
  if ((regionDocument.conveners?.length ?? 0) > 0) return false
  const schools = await payload.find({ collection: 'schools', where: { slug: { in: Object.values(convenerSlugs[region]) } }, depth: 0, pagination: false })
  const conveners = Object.entries(convenerSlugs[region]).flatMap(([year, slug]) => {
    const school = schools.docs.find((candidate) => candidate.slug === slug)
    return school ? [{ year: Number(year), school: school.id }] : []
  })
  if (conveners.length === 0) return false
  await payload.update({ collection: 'regions', id: regionDocument.id, data: { conveners }, depth: 0, context: { seeding: true } })
  return true
}

export const conveners: SeedStep = {
  name: '區域召集學校（示範）',
  async run(context) {
    const regionCodes = Object.keys(convenerSlugs) as Region[]
    context.progress.step(conveners.name, regionCodes.length)
    for (const region of regionCodes) context.progress.tick(await setConveners(context, region))
    context.progress.done()
  },
}
