/**
 * 60 invented exemplar cases (優良範例) that together use every value of every vocabulary of the
 * collection. `generateCase` builds one case from its index alone, without uploads or Payload,
 * so a benchmark can make 10,000 of them the same way.
 */
import type { RequiredDataFromCollectionSlug } from 'payload'

import { richText } from '../lexical'
import type { SeedStep } from '../context'
import { activityKinds, awardCategories, caseTopics, subsidyScopes } from '../../vocabularies'
import type { PhotoScene } from './files'
import { type Random, seededRandom } from './random'
import { demoSchoolIds } from './schools'
import { choosePhotos, demoAttachments, demoPhotoPool, ensureBySlug, pad, photoRows } from './shared'

export const DEMO_CASE_COUNT = 60

type CaseData = RequiredDataFromCollectionSlug<'cases'>
type ActivityKind = (typeof activityKinds)[number]['value']
type Topic = (typeof caseTopics)[number]['value']
type SubsidyScope = (typeof subsidyScopes)[number]['value']
type AwardCategory = (typeof awardCategories)[number]['value']

/** The programme's kinds of single events and of series (DOMAIN.md, 辦理形式). */
const singleEventKinds: ActivityKind[] = ['lecture', 'workshop', 'reading-group', 'observation', 'showcase', 'site-visit', 'assessment', 'career-cards', 'board-game', 'counselling']
const seriesKinds: ActivityKind[] = ['course', 'forum', 'practicum', 'competition', 'camp', 'mentor-training', 'ambassador-training']

/** Scope A (staff competence) and scope B (student career development) topics. */
const staffTopics: Topic[] = ['guidance-skills', 'industry-trends', 'resource-integration']
const studentTopics: Topic[] = ['self-exploration', 'workplace-competence', 'work-experience', 'job-seeking', 'career-courses']

type Phrase = { zh: string; en: string }

/** How each kind of activity reads in a title, what it looked like, and what its photos show. */
const kindText: Record<ActivityKind, { title: Phrase; method: string; scene: PhotoScene }> = {
  lecture: { title: { zh: '講座', en: 'talks' }, method: '邀請業界講師到校主講，分享產業現況與個人職涯歷程，並保留充分的提問時間', scene: 'lecture' },
  workshop: { title: { zh: '工作坊', en: 'workshop' }, method: '以小組形式進行半日工作坊，透過引導討論與練習，讓學員把概念轉化為具體行動', scene: 'workshop' },
  'reading-group': { title: { zh: '讀書會', en: 'reading group' }, method: '每月選讀一本職涯相關書籍，由輔導人員帶領導讀並分享閱讀心得', scene: 'workshop' },
  observation: { title: { zh: '觀摩交流', en: 'peer observation' }, method: '安排至夥伴學校觀摩職涯輔導實務，並於觀摩後召開交流座談', scene: 'group-photo' },
  showcase: { title: { zh: '成果發表會', en: 'showcase' }, method: '辦理成果發表會，由學生團隊展示學習歷程與作品，並邀請企業代表講評', scene: 'fair' },
  'site-visit': { title: { zh: '企業參訪', en: 'company visits' }, method: '帶領學生走訪在地企業，實地了解工作環境、職務內容與用人需求', scene: 'group-photo' },
  assessment: { title: { zh: '職涯測評', en: 'career assessment' }, method: '運用職涯興趣量表與職能診斷工具施測，並搭配個別解測說明', scene: 'workshop' },
  'career-cards': { title: { zh: '牌卡體驗', en: 'career-card sessions' }, method: '以職涯牌卡引導學生覺察價值觀與興趣，並在小組中分享彼此的選擇', scene: 'workshop' },
  'board-game': { title: { zh: '桌遊體驗', en: 'board-game sessions' }, method: '運用職涯桌遊模擬人生選擇與資源分配，讓學生在遊戲中思考職涯規劃', scene: 'workshop' },
  counselling: { title: { zh: '諮詢服務', en: 'counselling service' }, method: '提供一對一職涯諮詢與諮商，由專業輔導人員協助釐清方向並追蹤後續進展', scene: 'workshop' },
  course: { title: { zh: '課程', en: 'course' }, method: '開設一學期的職涯發展課程，結合課堂講授、分組專題與業師協同教學', scene: 'lecture' },
  forum: { title: { zh: '論壇', en: 'forum' }, method: '舉辦系列論壇，邀請產官學代表對談，探討產業變化對人才需求的影響', scene: 'lecture' },
  practicum: { title: { zh: '實作培訓', en: 'hands-on training' }, method: '安排多次實作培訓，讓學員在模擬情境中練習並獲得即時回饋', scene: 'workshop' },
  competition: { title: { zh: '競賽', en: 'competition' }, method: '辦理職涯規劃競賽，學生分組提出職涯行動方案，由評審委員評選並給予建議', scene: 'fair' },
  camp: { title: { zh: '營隊', en: 'camp' }, method: '舉辦兩天一夜營隊，透過團隊任務、職人對談與反思活動深化職涯探索', scene: 'group-photo' },
  'mentor-training': { title: { zh: '業師培訓', en: 'mentor training' }, method: '培訓校友與企業導師，建立導師配對制度並定期舉辦導生聚會', scene: 'lecture' },
  'ambassador-training': { title: { zh: '職涯大使培訓', en: 'career ambassador training' }, method: '招募並培訓學生職涯大使，由大使協助推廣職涯資源與同儕諮詢', scene: 'workshop' },
}

/** How each topic reads in a title and why a school would take it on. */
const topicText: Record<Topic, { title: Phrase; reason: string }> = {
  'guidance-skills': { title: { zh: '輔導知能', en: 'guidance skills' }, reason: '校內導師與輔導人員反映，面對學生多元的職涯困惑時，需要更系統的諮詢技巧與工具' },
  'industry-trends': { title: { zh: '產業趨勢', en: 'industry trends' }, reason: '產業結構快速變化，師生對新興職務與在地就業環境的了解仍有落差' },
  'resource-integration': { title: { zh: '資源整合', en: 'resource integration' }, reason: '校內外職涯資源分散在不同單位，學生不易找到也不常使用' },
  'self-exploration': { title: { zh: '自我探索', en: 'self-exploration' }, reason: '新生對自身興趣與能力認識不足，選課與未來方向常感到迷惘' },
  'workplace-competence': { title: { zh: '職場力', en: 'workplace skills' }, reason: '企業回饋新進人員在溝通、團隊合作與工作態度上仍需加強' },
  'work-experience': { title: { zh: '職場體驗', en: 'work experience' }, reason: '多數學生缺乏實際職場經驗，難以將課堂所學與工作內容連結' },
  'job-seeking': { title: { zh: '求職準備', en: 'job-seeking' }, reason: '應屆畢業生對履歷撰寫、面試應對與求職管道的掌握不足' },
  'career-courses': { title: { zh: '職涯課程', en: 'career courses' }, reason: '系所希望將職涯輔導融入正式課程，讓更多學生在修課中接觸職涯規劃' },
}

const titleHooks: Phrase[] = [
  { zh: '職涯導航', en: 'Career Navigator' },
  { zh: '探索未來式', en: 'Exploring What Comes Next' },
  { zh: '啟航計畫', en: 'Setting Sail' },
  { zh: '築夢踏實', en: 'Building Dreams Step by Step' },
  { zh: '職人來了', en: 'Meet the Professionals' },
  { zh: '從校園到職場', en: 'From Campus to Workplace' },
  { zh: '跨域共學', en: 'Learning Across Boundaries' },
  { zh: '職涯百寶箱', en: 'The Career Toolbox' },
  { zh: '找到自己的路', en: 'Finding Your Own Path' },
  { zh: '青春職涯學院', en: 'Youth Career Academy' },
  { zh: '產學攜手', en: 'Campus and Industry Hand in Hand' },
  { zh: '在地就業新視野', en: 'New Views on Local Jobs' },
  { zh: '職能加值', en: 'Adding Value to Skills' },
  { zh: '夢想實驗室', en: 'Dream Lab' },
]

const departments = ['企業管理學系', '資訊工程學系', '外國語文學系', '社會工作學系', '機械工程學系', '觀光餐旅學系', '護理學系', '設計學系', '應用心理學系', '財務金融學系', '農藝學系', '化學工程學系']
const supportUnits = ['學生事務處', '教務處', '研究發展處產學合作組', '校友服務中心', '通識教育中心', '學生諮商中心', '實習就業組']

const outlooks = [
  '未來將把本案發展的教材與流程整理成手冊，提供其他系所與夥伴學校參考運用。',
  '下一年度預計擴大辦理對象至低年級學生，並建立參與學生的長期追蹤機制。',
  '本案的合作模式已納入學校中長程校務發展計畫，將持續投入資源辦理。',
  '將持續與參與企業維持合作，逐步發展為固定的實習與見習管道。',
  '後續將結合校友資料庫，邀請更多校友回校擔任職涯導師。',
]

const awardTitles: Record<AwardCategory, (roc: number, index: number) => string> = {
  school: (roc) => `${roc} 年度大專校院職涯輔導成果評選 學校類 績優學校`,
  'outstanding-staff': (roc) => `${roc} 年度大專校院職涯輔導成果評選 傑出人員類（本案承辦人）`,
  'senior-staff': (roc, index) => `${roc} 年度大專校院職涯輔導成果評選 資深職涯輔導人員類（服務滿 ${[3, 6, 9, 15][index % 4]} 年）`,
}

/** The n-th case of a kind of activity format gets the n-th kind, so 60 cases use every kind. */
function activityOf(index: number) {
  const format = Math.floor(index / 2) % 2 === 0 ? ('single-event' as const) : ('series' as const)
  const kinds = format === 'single-event' ? singleEventKinds : seriesKinds
  const nthOfFormat = Math.floor(index / 4) * 2 + (index % 2)
  return { format, kinds, primary: kinds[nthOfFormat % kinds.length]! }
}

/** Scope A, B or both in turn; the topics rotate within each scope so that every topic appears. */
function scopesOf(index: number) {
  const staff = index % 3 !== 1
  const students = index % 3 !== 0
  const turn = Math.floor(index / 3)
  const scopes: SubsidyScope[] = [...(staff ? ['staff-competence' as const] : []), ...(students ? ['student-development' as const] : [])]
  const topics: Topic[] = [...(staff ? [staffTopics[turn % staffTopics.length]!] : []), ...(students ? [studentTopics[turn % studentTopics.length]!] : [])]
  const allowedTopics = [...(staff ? staffTopics : []), ...(students ? studentTopics : [])]
  return { scopes, topics, allowedTopics }
}

type ComposedCase = { data: CaseData; english?: { title: string; summary: string } }

/** The case's data in Chinese, and its English title and summary for every third case. */
export function composeCase(index: number, random: Random, schoolIds: ReadonlyArray<string>): ComposedCase {
  if (schoolIds.length === 0) throw new Error('generateCase needs at least one school id')
  const planType = index % 2 === 0 ? ('cross-school' as const) : ('cross-unit' as const)
  const { format, kinds, primary } = activityOf(index)
  const { scopes, topics: baseTopics, allowedTopics } = scopesOf(index)
  const extraKinds = random.pickSome(kinds.filter((kind) => kind !== primary), random.int(0, 2))
  const activity = [primary, ...extraKinds]
  const topics = [...new Set([...baseTopics, ...random.pickSome(allowedTopics, random.int(0, 1))])]
  const academicYear = 110 + (index % 5)
  const hook = titleHooks[(index * 5 + Math.floor(index / titleHooks.length)) % titleHooks.length]!
  const mainTopic = topicText[topics[0]!]
  const title = `${hook.zh}：${mainTopic.title.zh}${kindText[primary].title.zh}`

  const participants = random.int(4, 60) * 10
  const satisfaction = random.int(86, 98)
  const sessions = format === 'series' ? random.int(4, 12) : random.int(1, 3)
  const partners = random.int(2, 5)
  const [department, secondDepartment] = random.pickSome(departments, 2)
  const supportUnit = random.pick(supportUnits)
  const collaborators =
    planType === 'cross-school'
      ? `本校與 ${partners} 所夥伴學校`
      : `職涯發展中心、${department}、${secondDepartment}與${supportUnit}等 ${random.int(4, 6)} 個單位`
  const audience = scopes.length === 2 ? '師生' : scopes[0] === 'staff-competence' ? '導師與職涯輔導人員' : '學生'
  const activityNames = activity.map((kind) => activityKinds.find((option) => option.value === kind)!.label['zh-TW'])
  const topicNames = topics.map((topic) => caseTopics.find((option) => option.value === topic)!.label['zh-TW'])
  const topicList = topicNames.map((name) => `「${name}」`).join('、')
  const summary = `${collaborators}共同規劃，以${activityNames.join('、')}等方式辦理${topicList}主題活動，共 ${sessions} 場次、${participants} 人次${audience}參與，整體滿意度達 ${satisfaction}%。`

  const awarded = index % 5 === 2
  const category = awardCategories[Math.floor(index / 5) % awardCategories.length]!.value
  const draft = index % 20 === 19

  const data: CaseData = {
    title,
    school: schoolIds[(index * 7) % schoolIds.length]!,
    academicYear,
    planType,
    activityFormat: format,
    activityKinds: activity,
    subsidyScopes: scopes,
    topics,
    summary,
    body: richText([
      '【示範資料】本案例為平臺展示用的虛構內容，並非該校實際辦理之計畫。',
      { heading: 2, text: '計畫緣起' },
      `${mainTopic.reason}。因此${collaborators}於 ${academicYear} 學年度共同提出本計畫，期望${topicList}的目標能落實到${audience}的日常學習與工作中。`,
      { heading: 2, text: '執行方式' },
      ...activity.map((kind) => `${kindText[kind].method}。`),
      { heading: 2, text: '成果與效益' },
      `全案共辦理 ${sessions} 場次，累計 ${participants} 人次參與；課後滿意度調查平均達 ${satisfaction}%，${random.int(60, 90)}% 的參與者表示對未來方向更加清楚。`,
      `活動結束一至二個月後的成效問卷顯示，${random.int(55, 85)}% 的參與者已將所學運用於${audience === '學生' ? '學習與生涯規劃' : '教學與輔導工作'}。`,
      { heading: 2, text: '未來展望' },
      random.pick(outlooks),
    ]),
    slug: `demo-case-${pad(index + 1, 3)}`,
    subsidised: index % 4 !== 3,
    award: awarded ? { category, year: academicYear + 1912, title: awardTitles[category](academicYear + 1, index) } : undefined,
    featured: !draft && index % 10 === 3,
    demo: true,
    // Unpublished demo cases wait for their convener's review.
    workflowStatus: draft ? 'submitted' : 'published',
    _status: draft ? 'draft' : 'published',
  }
  const english =
    index % 3 === 0
      ? {
          title: `${hook.en}: ${kindText[primary].title.en} on ${mainTopic.title.en}`,
          summary: `${planType === 'cross-school' ? `The school and ${partners} partner schools` : 'Several units of the school'} ran ${sessions} ${format === 'series' ? 'sessions of a series' : 'events'} on ${topics
            .map((topic) => topicText[topic].title.en)
            .join(' and ')}, with ${participants} participants and ${satisfaction}% satisfaction. (Demo content: invented.)`,
        }
      : undefined
  return { data, english }
}

/** One case's data, from its index and a random source: no uploads, no database. */
export function generateCase(index: number, random: Random, schoolIds: ReadonlyArray<string>): CaseData {
  return composeCase(index, random, schoolIds).data
}

/** Each case has its own seed, so it comes out the same whichever other cases exist already. */
export const caseRandom = (index: number) => seededRandom(`case:${index}`)

export const casesStep: SeedStep = {
  name: '優良範例（示範）',
  async run(context) {
    const schoolIds = await demoSchoolIds(context.payload)
    const photos = await demoPhotoPool(context)
    const attachments = await demoAttachments(context)
    context.progress.step(casesStep.name, DEMO_CASE_COUNT)
    for (let index = 0; index < DEMO_CASE_COUNT; index++) {
      const random = caseRandom(index)
      const { data, english } = composeCase(index, random, schoolIds)
      const slug = data.slug!
      const scenes = (data.activityKinds ?? []).map((kind) => kindText[kind].scene)
      const chosenPhotos = choosePhotos(photos, random, random.int(1, 4), slug, scenes)
      await ensureBySlug(
        context,
        'cases',
        slug,
        async () => ({
          ...data,
          photos: photoRows(chosenPhotos, 'zh'),
          attachments: index % 4 === 0 ? [attachments['outcome-report'], ...(index % 8 === 0 ? [attachments.brochure] : [])] : [],
        }),
        english && { ...english, photos: photoRows(chosenPhotos, 'en') },
      )
    }
    context.progress.done()
  },
}
