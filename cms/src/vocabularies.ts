/**
 * The programme's controlled vocabularies, with zh-TW and English labels. The CMS uses them as
 * select options and the portal imports them for filters and display; values are stable ASCII codes.
 */
import { options } from './labels'

export const regions = options([
  ['north', '北區', 'North'],
  ['central', '中區', 'Central'],
  ['south', '南區', 'South'],
] as const)
export type Region = (typeof regions)[number]['value']

/** Counties and cities by region, in the order of DOMAIN.md; a school's region follows from its county. */
export const countiesByRegion = {
  north: [
    ['keelung-city', '基隆市', 'Keelung City'],
    ['new-taipei-city', '新北市', 'New Taipei City'],
    ['taipei-city', '臺北市', 'Taipei City'],
    ['taoyuan-city', '桃園市', 'Taoyuan City'],
    ['hsinchu-city', '新竹市', 'Hsinchu City'],
    ['hsinchu-county', '新竹縣', 'Hsinchu County'],
    ['yilan-county', '宜蘭縣', 'Yilan County'],
    ['hualien-county', '花蓮縣', 'Hualien County'],
    ['lienchiang-county', '連江縣', 'Lienchiang County'],
  ],
  central: [
    ['miaoli-county', '苗栗縣', 'Miaoli County'],
    ['taichung-city', '臺中市', 'Taichung City'],
    ['nantou-county', '南投縣', 'Nantou County'],
    ['changhua-county', '彰化縣', 'Changhua County'],
    ['yunlin-county', '雲林縣', 'Yunlin County'],
  ],
  south: [
    ['chiayi-county', '嘉義縣', 'Chiayi County'],
    ['chiayi-city', '嘉義市', 'Chiayi City'],
    ['tainan-city', '臺南市', 'Tainan City'],
    ['kaohsiung-city', '高雄市', 'Kaohsiung City'],
    ['pingtung-county', '屏東縣', 'Pingtung County'],
    ['taitung-county', '臺東縣', 'Taitung County'],
    ['penghu-county', '澎湖縣', 'Penghu County'],
    ['kinmen-county', '金門縣', 'Kinmen County'],
  ],
} as const satisfies Record<Region, ReadonlyArray<readonly [string, string, string]>>

export const counties = options(Object.values(countiesByRegion).flat())
export type County = (typeof countiesByRegion)[Region][number][0]

export function regionOfCounty(county: string): Region | undefined {
  for (const [region, rows] of Object.entries(countiesByRegion) as [Region, readonly (readonly string[])[]][]) {
    if (rows.some(([code]) => code === county)) return region
  }
  return undefined
}

/** The four project zones (專案專區). */
export const projectZones = options([
  ['subsidy', '大專校院推動職涯輔導補助計畫', 'Career Guidance Subsidy Programme'],
  ['awards', '大專校院職涯輔導成果評選', 'Career Guidance Outcome Awards'],
  ['seed-teacher-training', '大專校院職涯輔導種子教師培訓', 'Seed Teacher Training'],
  ['directors-meeting', '大專校院職涯輔導主管會議', "Career Guidance Directors' Meeting"],
] as const)
export type ProjectZone = (typeof projectZones)[number]['value']

export const newsCategories = options([
  ['announcement', '公告', 'Announcement'],
  ['event', '活動', 'Event'],
  ['press-release', '新聞稿', 'Press release'],
  ['call', '徵件', 'Call for submissions'],
  ['result', '結果公布', 'Results'],
] as const)

export const planTypes = options([
  ['cross-school', '跨校合作類', 'Cross-school collaboration'],
  ['cross-unit', '校內跨單位合作類', 'Cross-unit collaboration within a school'],
] as const)

export const activityFormats = options([
  ['single-event', '點狀活動', 'Single event'],
  ['series', '系列活動', 'Series'],
] as const)

/** Kinds of activity under each format, as the programme text lists them. */
export const activityKinds = options([
  ['lecture', '講座', 'Lecture'],
  ['workshop', '工作坊', 'Workshop'],
  ['reading-group', '讀書會', 'Reading group'],
  ['observation', '觀摩', 'Observation visit'],
  ['showcase', '成果發表', 'Results showcase'],
  ['site-visit', '參訪', 'Site visit'],
  ['assessment', '測驗評量', 'Testing and assessment'],
  ['career-cards', '職涯牌卡', 'Career cards'],
  ['board-game', '桌遊', 'Board game'],
  ['counselling', '職涯諮詢或諮商', 'Career consultation or counselling'],
  ['course', '課程', 'Course'],
  ['forum', '論壇', 'Forum'],
  ['practicum', '實作', 'Hands-on practice'],
  ['competition', '競賽', 'Competition'],
  ['camp', '營隊', 'Camp'],
  ['mentor-training', '職涯/企業導師培訓', 'Career or industry mentor training'],
  ['ambassador-training', '職涯大使/職涯志工培訓', 'Career ambassador or volunteer training'],
] as const)

export const subsidyScopes = options([
  ['staff-competence', 'A. 提升職涯輔導人員專業知能', 'A. Staff competence'],
  ['student-development', 'B. 促進學生職涯發展', 'B. Student career development'],
] as const)

/** Topics within the two subsidy scopes (A: staff, B: students). */
export const caseTopics = options([
  ['guidance-skills', '職涯輔導技巧', 'Career guidance skills'],
  ['industry-trends', '產業趨勢與就業環境', 'Industry trends and employment'],
  ['resource-integration', '資源結合運用', 'Integrating resources'],
  ['self-exploration', '自我探索', 'Self-exploration'],
  ['workplace-competence', '職場能力及態度', 'Workplace skills and attitudes'],
  ['work-experience', '職場體驗', 'Work experience'],
  ['job-seeking', '求職技巧', 'Job-seeking skills'],
  ['career-courses', '職涯輔導課程', 'Career guidance courses'],
] as const)

export const awardCategories = options([
  ['school', '學校類', 'School'],
  ['outstanding-staff', '傑出人員類', 'Outstanding staff'],
  ['senior-staff', '資深職涯輔導人員類', 'Senior career guidance staff'],
] as const)

export const trainingModules = options([
  ['student-exploration', '學生職涯探索與認知', 'Student career exploration and awareness'],
  ['resource-integration', '學校資源整合連結', 'Integrating and linking school resources'],
  ['industry-trends', '產業趨勢與就業環境', 'Industry trends and employment'],
] as const)

export const materialKinds = options([
  ['student-materials', '學生職涯發展教材', 'Student career-development materials'],
  ['reference-handbook', '職涯輔導工作參考手冊', 'Career guidance reference handbook'],
] as const)

export const audiences = options([
  ['students', '學生', 'Students'],
  ['guidance-staff', '職涯輔導人員', 'Career guidance staff'],
  ['teachers', '教師', 'Teachers'],
  ['managers', '單位主管', 'Unit directors'],
] as const)

export const libraryItemTypes = options([
  ['policy', '政策/計畫', 'Policy or plan'],
  ['competency-standard', '職能基準', 'Competency standard'],
  ['book', '書籍', 'Book'],
  ['article', '文章', 'Article'],
  ['report', '報告', 'Report'],
  ['link', '連結', 'Link'],
] as const)

export const linkGroups = options([
  ['government', '政府機關網站', 'Government sites'],
  ['employment', '就業與職涯資源', 'Employment and career resources'],
  ['private', '民間職涯網站', 'Private career sites'],
] as const)

export const pageKinds = options([
  ['about', '關於平臺', 'About'],
  ['privacy-security', '隱私權及資訊安全政策', 'Privacy and security policy'],
  ['accessibility', '無障礙聲明', 'Accessibility statement'],
  ['open-data', '政府網站資料開放宣告', 'Open-data statement'],
  ['other', '其他', 'Other'],
] as const)

/** 民國 year of an AD year. */
export const rocYear = (year: number) => year - 1911

/** 學年度 runs August to July and is counted in 民國 years. */
export function academicYearOf(date: Date): number {
  const year = rocYear(date.getFullYear())
  return date.getMonth() >= 7 ? year : year - 1
}
