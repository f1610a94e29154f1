/**
 * 40 invented news items that follow the programme's yearly calendar (DOMAIN.md) over the 18 months
 * before DEMO_TODAY: calls, results, training sessions, the directors' meeting, regional events.
 * Two items of the coming weeks are drafts, as an editor would prepare them.
 */
import type { RequiredDataFromCollectionSlug } from 'payload'

import { richText } from '../lexical'
import type { SeedStep } from '../context'
import { type ProjectZone, type Region, regions, rocYear } from '../../vocabularies'
import type { Bilingual, PhotoScene } from './files'
import { seededRandom } from './random'
import { type AttachmentKind, choosePhotos, DEMO_TODAY, daysBefore, demoAttachments, demoPhotoPool, ensureBySlug, pad } from './shared'

type NewsData = RequiredDataFromCollectionSlug<'news'>
type Category = NewsData['category']

type When = { year: number; roc: number; region?: Bilingual }
type NewsText = { title: Bilingual; summary: Bilingual; body: string[] }

type CalendarItem = {
  key: string
  month: number
  day: number
  category: Category
  projectZone?: ProjectZone
  /** One item for each region (an event of every convener school). */
  perRegion?: boolean
  attachments?: AttachmentKind[]
  /** The kind of photo to use as its cover image, if any. */
  cover?: PhotoScene
  text: (when: When) => NewsText
}

/** The programme's year as news: January kick-off to December closing. */
const calendar: CalendarItem[] = [
  {
    key: 'convener-kickoff',
    month: 1,
    day: 12,
    category: 'announcement',
    perRegion: true,
    text: ({ roc, year, region }) => ({
      title: { zh: `${roc} 年度${region!.zh}召集學校工作啟動會議紀要`, en: `${year} ${region!.en} region: convener schools' kick-off meeting` },
      summary: { zh: `${region!.zh}召集學校召開年度啟動會議，說明本年度區域交流活動、工作坊與成果分享的規劃。`, en: `The convener school of the ${region!.en} region presented this year's regional plan.` },
      body: [
        `${region!.zh}召集學校於 1 月召開 ${roc} 年度工作啟動會議，區域內各校職涯輔導單位代表出席，共同檢視去年度執行成果。`,
        '會中說明本年度預定辦理的交流座談、實務工作坊與成果分享活動，並請各校推派聯絡窗口。',
      ],
    }),
  },
  {
    key: 'regional-exchange',
    month: 2,
    day: 24,
    category: 'event',
    perRegion: true,
    cover: 'lecture',
    attachments: ['brochure', 'registration-form'],
    text: ({ roc, year, region }) => ({
      title: { zh: `${roc} 年度${region!.zh}職涯輔導人員交流座談會開放報名`, en: `${year} ${region!.en} region: exchange meeting for career guidance staff` },
      summary: { zh: `${region!.zh}各校職涯輔導人員交流座談會開放報名，歡迎分享實務經驗。`, en: `Registration is open for the ${region!.en} region's exchange meeting.` },
      body: ['本座談會以「學生職涯輔導的跨單位合作」為主題，邀請區域內學校分享實務做法。', '請於活動前一週完成線上報名，名額有限，額滿為止。'],
    }),
  },
  {
    key: 'subsidy-call',
    month: 3,
    day: 6,
    category: 'call',
    projectZone: 'subsidy',
    attachments: ['guidelines', 'registration-form'],
    text: ({ roc, year }) => ({
      title: { zh: `${roc} 年度大專校院推動職涯輔導補助計畫開始徵件`, en: `${year} Career Guidance Subsidy Programme: call for proposals` },
      summary: { zh: '受理跨校合作類與校內跨單位合作類計畫申請，請於期限內完成線上送件。', en: 'Proposals for cross-school and cross-unit plans are now accepted online.' },
      body: [
        `${roc} 年度補助計畫分為跨校合作類（2 校以上）與校內跨單位合作類（3 個以上單位，至少 1 個為學術單位）。`,
        '補助範圍包括 A. 提升職涯輔導人員專業知能，與 B. 促進學生職涯發展兩大面向。',
        '申請須知、計畫書格式與經費編列原則請見附件。',
      ],
    }),
  },
  {
    key: 'awards-call',
    month: 4,
    day: 9,
    category: 'call',
    projectZone: 'awards',
    attachments: ['guidelines'],
    text: ({ roc, year }) => ({
      title: { zh: `${roc} 年度大專校院職涯輔導成果評選受理推薦`, en: `${year} Career Guidance Outcome Awards: nominations open` },
      summary: { zh: '評選類別包括學校類、傑出人員類及資深職涯輔導人員類，歡迎各校踴躍推薦。', en: 'Nominations are open for the school, outstanding staff and senior staff categories.' },
      body: [
        '資深職涯輔導人員類依服務年資分為滿 3 年、6 年、9 年及 15 年。',
        '學校類與傑出人員類獲獎者，3 年內不得再以同一類別參加評選。',
      ],
    }),
  },
  {
    key: 'subsidy-approved',
    month: 5,
    day: 14,
    category: 'result',
    projectZone: 'subsidy',
    text: ({ roc, year }) => ({
      title: { zh: `${roc} 年度職涯輔導補助計畫核定名單公布`, en: `${year} subsidy programme: approved plans` },
      summary: { zh: '本年度補助計畫審查結果業已核定，請獲補助學校依核定內容辦理。', en: 'The review is complete and the approved plans are announced.' },
      body: ['本年度共受理多件申請，經書面審查與委員會議審定後核定補助名單。', '獲補助學校請於期限內依審查意見修正計畫書並函報。'],
    }),
  },
  {
    key: 'training-round-1',
    month: 5,
    day: 21,
    category: 'event',
    projectZone: 'seed-teacher-training',
    cover: 'workshop',
    attachments: ['brochure', 'registration-form'],
    text: ({ roc, year }) => ({
      title: { zh: `${roc} 年度職涯輔導種子教師培訓第一梯次開放報名`, en: `${year} seed teacher training, round 1: registration open` },
      summary: { zh: '培訓模組包括學生職涯探索與認知、學校資源整合連結、產業趨勢與就業環境。', en: 'Modules: student career exploration, integrating school resources, industry trends.' },
      body: ['本梯次培訓為期兩天，採講授、演練與分組討論並行。', '結訓當日請填寫滿意度問卷，一至二個月後將另寄成效問卷。'],
    }),
  },
  {
    key: 'career-fair',
    month: 6,
    day: 3,
    category: 'press-release',
    perRegion: true,
    cover: 'fair',
    text: ({ roc, year, region }) => ({
      title: { zh: `${region!.zh}大專校院聯合徵才博覽會 逾百家企業參與`, en: `${region!.en} region: joint careers fair draws over a hundred employers (${year})` },
      summary: { zh: `${roc} 年度${region!.zh}聯合徵才博覽會於校園舉行，提供應屆畢業生多元就業機會。`, en: 'Graduating students met employers from many industries.' },
      body: ['博覽會現場設有履歷健診與模擬面試攤位，由各校職涯輔導人員提供諮詢。', '參與學生表示，活動有助於了解產業現況與職缺條件。'],
    }),
  },
  {
    key: 'results-fair',
    month: 6,
    day: 20,
    category: 'event',
    projectZone: 'subsidy',
    cover: 'fair',
    attachments: ['brochure'],
    text: ({ roc, year }) => ({
      title: { zh: `${roc} 年度補助計畫成果展暨交流會`, en: `${year} subsidy programme results fair` },
      summary: { zh: '獲補助學校展示計畫成果，並交流執行經驗。', en: 'Subsidised schools show their results and share what they learned.' },
      body: ['成果展以海報與攤位形式呈現，並安排優良計畫口頭分享。'],
    }),
  },
  {
    key: 'training-survey',
    month: 7,
    day: 8,
    category: 'announcement',
    projectZone: 'seed-teacher-training',
    text: ({ roc, year }) => ({
      title: { zh: `${roc} 年度種子教師培訓第一梯次成效問卷填答提醒`, en: `${year} seed teacher training, round 1: outcome survey reminder` },
      summary: { zh: '請參與第一梯次培訓的教師於月底前完成線上成效問卷。', en: 'Participants of round 1 are asked to complete the outcome survey.' },
      body: ['成效問卷用於了解培訓內容在校內的應用情形，作為下一梯次課程規劃的參考。'],
    }),
  },
  {
    key: 'directors-meeting-registration',
    month: 8,
    day: 11,
    category: 'event',
    projectZone: 'directors-meeting',
    attachments: ['meeting-handbook'],
    text: ({ roc, year }) => ({
      title: { zh: `${roc} 年度大專校院職涯輔導主管會議報名開始`, en: `${year} directors' meeting: registration open` },
      summary: { zh: '會議為期兩天，議程包括專題演講、政策說明與成果評選頒獎典禮。', en: 'Two days of talks, policy updates and the awards ceremony.' },
      body: ['請各校職涯輔導單位主管於期限內完成報名。', '會議手冊與交通資訊請見附件。'],
    }),
  },
  {
    key: 'awards-review',
    month: 8,
    day: 26,
    category: 'announcement',
    projectZone: 'awards',
    text: ({ roc, year }) => ({
      title: { zh: `${roc} 年度職涯輔導成果評選進入複審階段`, en: `${year} outcome awards: final review under way` },
      summary: { zh: '初審結果已通知各校，入圍者請準備複審簡報。', en: 'Shortlisted nominees have been notified and prepare their presentations.' },
      body: ['複審採簡報與詢答方式進行，評審委員將依評選指標評分。'],
    }),
  },
  {
    key: 'awards-results',
    month: 9,
    day: 19,
    category: 'result',
    projectZone: 'awards',
    attachments: ['outcome-report'],
    text: ({ roc, year }) => ({
      title: { zh: `${roc} 年度大專校院職涯輔導成果評選得獎名單公布`, en: `${year} outcome awards: winners announced` },
      summary: { zh: '學校類、傑出人員類及資深職涯輔導人員類得獎名單公布，將於主管會議頒獎。', en: 'Winners in all three categories will receive their awards at the directors\' meeting.' },
      body: ['恭喜所有得獎學校與人員，得獎案例將陸續刊登於優良範例專區。'],
    }),
  },
  {
    key: 'directors-meeting-press',
    month: 9,
    day: 26,
    category: 'press-release',
    projectZone: 'directors-meeting',
    cover: 'lecture',
    text: ({ roc, year }) => ({
      title: { zh: `${roc} 年度主管會議暨頒獎典禮圓滿落幕`, en: `${year} directors' meeting and awards ceremony held` },
      summary: { zh: '表揚職涯輔導績優學校與人員，並交流各校推動經驗。', en: 'Outstanding schools and staff were honoured and experience was shared.' },
      body: ['會議邀請產業代表專題演講，分析青年就業趨勢。', '頒獎典禮表揚學校類、傑出人員類與資深職涯輔導人員類得獎者。'],
    }),
  },
  {
    key: 'status-survey',
    month: 9,
    day: 30,
    category: 'announcement',
    text: ({ roc, year }) => ({
      title: { zh: `${roc} 學年度大專校院職涯輔導現況調查開始填報`, en: `${year} survey of career guidance in universities: now open` },
      summary: { zh: '請各校於 10 月底前完成線上填報，調查結果將於 11 月公布分析報告。', en: 'Schools are asked to answer by the end of October; the analysis follows in November.' },
      body: ['調查內容包括職涯輔導單位人力、經費、辦理活動與學生參與情形。'],
    }),
  },
  {
    key: 'training-round-2',
    month: 10,
    day: 14,
    category: 'event',
    projectZone: 'seed-teacher-training',
    cover: 'workshop',
    attachments: ['brochure', 'registration-form'],
    text: ({ roc, year }) => ({
      title: { zh: `${roc} 年度職涯輔導種子教師培訓第二梯次開放報名`, en: `${year} seed teacher training, round 2: registration open` },
      summary: { zh: '第二梯次著重產業趨勢與就業環境模組，歡迎未參加第一梯次的教師報名。', en: 'Round 2 focuses on industry trends and the job market.' },
      body: ['本梯次安排企業參訪與實作演練，請學員攜帶筆記型電腦。'],
    }),
  },
  {
    key: 'regional-workshop',
    month: 10,
    day: 28,
    category: 'event',
    perRegion: true,
    cover: 'workshop',
    text: ({ roc, year, region }) => ({
      title: { zh: `${roc} 年度${region!.zh}職涯輔導實務工作坊`, en: `${year} ${region!.en} region: career guidance practice workshop` },
      summary: { zh: `${region!.zh}召集學校辦理實務工作坊，主題為職涯牌卡與個別諮詢技巧。`, en: 'A hands-on workshop on career cards and one-to-one counselling.' },
      body: ['工作坊採小組演練方式，每組由具諮商背景的講師帶領。'],
    }),
  },
  {
    key: 'survey-analysis',
    month: 11,
    day: 18,
    category: 'press-release',
    text: ({ roc, year }) => ({
      title: { zh: `${roc} 學年度大專校院職涯輔導現況調查分析出爐`, en: `${year} survey of career guidance in universities: analysis published` },
      summary: { zh: '調查顯示各校職涯輔導活動多元化，跨單位合作逐年增加。', en: 'Activities are more varied and cross-unit work keeps growing.' },
      body: ['分析報告已上傳至調查分析專區，歡迎各校下載參考。', '報告內容包括人力配置、經費來源、活動類型與學生參與等面向的統計。'],
    }),
  },
  {
    key: 'closing-reminder',
    month: 12,
    day: 4,
    category: 'announcement',
    projectZone: 'subsidy',
    attachments: ['outcome-report'],
    text: ({ roc, year }) => ({
      title: { zh: `${roc} 年度補助計畫結案報告繳交提醒`, en: `${year} subsidy programme: closing reports due` },
      summary: { zh: '請獲補助學校於期限內上傳成果報告與經費結報資料。', en: 'Subsidised schools are reminded to submit their closing reports.' },
      body: ['成果報告格式請參考附件範本，經費結報請依補助要點辦理。'],
    }),
  },
]

type NewsItem = { item: CalendarItem; date: Date; region?: Region }

const WINDOW_DAYS = 548
const PUBLISHED_COUNT = 38
const DRAFT_COUNT = 2

/** The calendar laid over the years around DEMO_TODAY, oldest first. */
function occurrences(): NewsItem[] {
  const thisYear = DEMO_TODAY.getUTCFullYear()
  const years = [thisYear - 2, thisYear - 1, thisYear, thisYear + 1]
  return years
    .flatMap((year) =>
      calendar.flatMap((item) => {
        // 10:00 in Taiwan.
        const date = new Date(Date.UTC(year, item.month - 1, item.day, 2))
        return item.perRegion ? regions.map((region) => ({ item, date, region: region.value })) : [{ item, date }]
      }),
    )
    .sort((a, b) => a.date.getTime() - b.date.getTime())
}

/** The newest published items of the last 18 months, then the next few as drafts. */
export function demoNewsItems(): Array<NewsItem & { draft: boolean }> {
  const all = occurrences()
  const start = daysBefore(WINDOW_DAYS)
  const published = all.filter(({ date }) => date > start && date <= DEMO_TODAY).slice(-PUBLISHED_COUNT)
  const upcoming = all.filter(({ date }) => date > DEMO_TODAY).slice(0, DRAFT_COUNT)
  return [...published.map((news) => ({ ...news, draft: false })), ...upcoming.map((news) => ({ ...news, draft: true }))]
}

const regionLabel = (region: Region): Bilingual => {
  const { label } = regions.find((option) => option.value === region)!
  return { zh: label['zh-TW'], en: label.en }
}

export const newsStep: SeedStep = {
  name: '最新消息（示範）',
  async run(context) {
    const photos = await demoPhotoPool(context)
    const attachments = await demoAttachments(context)
    const items = demoNewsItems()
    context.progress.step(newsStep.name, items.length)
    for (const [index, { item, date, region, draft }] of items.entries()) {
      const year = date.getUTCFullYear()
      const text = item.text({ year, roc: rocYear(year), region: region && regionLabel(region) })
      const slug = `demo-news-${year}-${pad(item.month)}-${item.key}${region ? `-${region}` : ''}`
      // Recent calls and events stay on top of the list for a while.
      const pinned = !draft && (item.category === 'call' || item.category === 'event') && date >= daysBefore(45)
      const english = index % 3 === 0 ? { title: text.title.en, summary: text.summary.en } : undefined
      await ensureBySlug(
        context,
        'news',
        slug,
        async (): Promise<NewsData> => {
          const random = seededRandom(slug)
          return {
            title: text.title.zh,
            category: item.category,
            projectZone: item.projectZone,
            summary: text.summary.zh,
            body: richText([...text.body, '（本則為示範資料，內容虛構。）']),
            coverImage: item.cover ? choosePhotos(photos, random, 1, slug, [item.cover])[0]!.image : undefined,
            attachments: (item.attachments ?? []).map((kind) => attachments[kind]),
            publishedAt: date.toISOString(),
            region,
            pinned,
            _status: draft ? 'draft' : 'published',
          }
        },
        english,
      )
    }
    context.progress.done()
  },
}
