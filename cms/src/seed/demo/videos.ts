/**
 * 6 invented videos (影音專區): a 10-second MP4 made with ffmpeg from the poster (or, without
 * ffmpeg, a link to the agency's site), WebVTT captions in Chinese and English, a transcript.
 */
import type { Payload } from 'payload'

import { richText } from '../lexical'
import type { SeedStep } from '../context'
import { type Bilingual, demoVideo, evenCues, ffmpegAvailable, renderTitleCard, type TitleCard, webVTT } from './files'
import { daysBefore, ensureBySlug, ensureTitleCard, ensureUpload } from './shared'

const VIDEO_SECONDS = 10

/** Where a video points when ffmpeg is missing: the agency's own site, which hosts its videos. */
const FALLBACK_URL = 'https://www.yda.gov.tw/'

type Video = {
  slug: string
  title: Bilingual
  summary: Bilingual
  daysAgo: number
  toneHz: number
  /** What is said, line by line: the captions and the transcript. */
  lines: Bilingual[]
}

const videos: Video[] = [
  {
    slug: 'demo-video-directors-meeting-opening',
    title: { zh: '職涯輔導主管會議開幕致詞精華', en: "Directors' meeting: opening remarks" },
    summary: { zh: '主管會議開幕致詞，說明本年度職涯輔導政策重點。', en: "The year's policy priorities, from the meeting's opening." },
    daysAgo: 55,
    toneHz: 392,
    lines: [
      { zh: '各位職涯輔導單位的主管，大家好。', en: 'Good morning, directors of career guidance units.' },
      { zh: '今年我們持續推動跨校與跨單位的合作。', en: 'This year we continue to support cross-school and cross-unit work.' },
      { zh: '也感謝各校在現況調查中的協助。', en: 'Thank you for your help with the status survey.' },
      { zh: '期待這兩天有豐富的交流。', en: 'We look forward to two days of good exchange.' },
    ],
  },
  {
    slug: 'demo-video-career-cards',
    title: { zh: '種子教師培訓：職涯牌卡運用示範', en: 'Seed teacher training: using career cards' },
    summary: { zh: '示範如何以職涯牌卡引導學生覺察興趣與價值觀。', en: 'How career cards help students notice their interests and values.' },
    daysAgo: 177,
    toneHz: 440,
    lines: [
      { zh: '請每位同學先抽出五張最有感覺的卡片。', en: 'Each student first picks the five cards that speak to them most.' },
      { zh: '接著把卡片依重要程度排序。', en: 'Then they put the cards in order of importance.' },
      { zh: '小組分享時，請說明排序的理由。', en: 'In groups, they explain why they chose that order.' },
      { zh: '最後寫下一個可以馬上開始的行動。', en: 'Finally, each writes down one step they can take now.' },
    ],
  },
  {
    slug: 'demo-video-cross-school-camp',
    title: { zh: '優良範例分享：跨校職涯探索營', en: 'Exemplar case: a cross-school career camp' },
    summary: { zh: '三校合辦職涯探索營的規劃歷程與學生回饋。', en: 'How three schools planned a career camp, and what students said.' },
    daysAgo: 120,
    toneHz: 494,
    lines: [
      { zh: '這個營隊由三所學校共同規劃。', en: 'Three schools planned this camp together.' },
      { zh: '我們把職人對談安排在第一天晚上。', en: 'Talks with professionals took place on the first evening.' },
      { zh: '學生回饋最多的是團隊任務。', en: 'Students mentioned the team tasks most often.' },
      { zh: '明年預計再增加一所夥伴學校。', en: 'Next year we plan to add one more partner school.' },
    ],
  },
  {
    slug: 'demo-video-counselling-practice',
    title: { zh: '職涯諮詢實務：個別諮詢流程', en: 'Career counselling in practice: a one-to-one session' },
    summary: { zh: '以模擬情境說明個別職涯諮詢的晤談架構。', en: 'The structure of a one-to-one career counselling session, role-played.' },
    daysAgo: 240,
    toneHz: 330,
    lines: [
      { zh: '晤談一開始，先確認同學想談的主題。', en: 'At the start, confirm what the student wants to talk about.' },
      { zh: '接著了解他目前的準備與困難。', en: 'Then learn what they have done so far and what is hard.' },
      { zh: '一起整理可能的選項與資源。', en: 'Together, list the options and resources.' },
      { zh: '結束前約定下一次的追蹤時間。', en: 'Before closing, agree on a follow-up.' },
    ],
  },
  {
    slug: 'demo-video-awards-ceremony',
    title: { zh: '成果評選頒獎典禮花絮', en: 'Outcome awards ceremony highlights' },
    summary: { zh: '學校類、傑出人員類與資深職涯輔導人員類得獎者受獎實況。', en: 'Winners of all three categories receive their awards.' },
    daysAgo: 54,
    toneHz: 523,
    lines: [
      { zh: '首先頒發學校類獎項。', en: 'First, the awards for schools.' },
      { zh: '接著是傑出人員類。', en: 'Next, outstanding staff.' },
      { zh: '資深人員類表揚服務滿十五年的同仁。', en: 'The senior staff award honours fifteen years of service.' },
      { zh: '恭喜所有得獎者。', en: 'Congratulations to all the winners.' },
    ],
  },
  {
    slug: 'demo-video-industry-trends-talk',
    title: { zh: '產業趨勢講座：青年就業新趨勢', en: 'Industry trends talk: new patterns in youth employment' },
    summary: { zh: '業界講師分析青年就業市場的變化與新興職務。', en: 'A speaker from industry on the changing job market and new roles.' },
    daysAgo: 300,
    toneHz: 349,
    lines: [
      { zh: '近年來，企業更重視跨領域能力。', en: 'Employers now value skills that cross disciplines.' },
      { zh: '許多新職務在十年前還不存在。', en: 'Many of today\'s roles did not exist ten years ago.' },
      { zh: '實習經驗是求職時的重要優勢。', en: 'Internship experience is a real advantage when applying.' },
      { zh: '持續學習是面對變化最好的準備。', en: 'Continuous learning is the best preparation for change.' },
    ],
  },
]

/** The poster, the video made from it (if ffmpeg is there) and the two caption tracks. */
async function ensureVideoFiles(payload: Payload, video: Video) {
  const card: TitleCard = { title: video.title, subtitle: { zh: '示範影片', en: 'Demo video' }, seed: video.slug, shape: 'poster' }
  const poster = await ensureTitleCard(payload, `${video.slug}-poster.jpg`, card)
  const name = `${video.slug}.mp4`
  const videoFile = (await ffmpegAvailable())
    ? await ensureUpload(payload, 'video-files', {
        name,
        generate: async () => demoVideo({ name, still: await renderTitleCard(card), seconds: VIDEO_SECONDS, toneHz: video.toneHz }),
        data: { description: `${video.title.zh}（示範影片）` },
        english: { description: `${video.title.en} (demo video)` },
      })
    : undefined
  const captions = []
  for (const language of ['zh-TW', 'en'] as const) {
    const captionName = `${video.slug}.${language}.vtt`
    const lines = video.lines.map((line) => (language === 'en' ? line.en : line.zh))
    const id = await ensureUpload(payload, 'video-files', {
      name: captionName,
      generate: async () => webVTT(captionName, evenCues(lines, VIDEO_SECONDS)),
      data: { description: `${video.title.zh}：${language === 'en' ? '英文' : '中文'}字幕（示範）` },
      english: { description: `${video.title.en}: ${language === 'en' ? 'English' : 'Chinese'} captions (demo)` },
    })
    captions.push({ language, file: id })
  }
  return { poster, videoFile, captions }
}

const transcript = (lines: string[], notice: string) => richText([...lines, notice])

export const videosStep: SeedStep = {
  name: '影片（示範）',
  async run(context) {
    context.progress.step(videosStep.name, videos.length)
    for (const video of videos) {
      await ensureBySlug(
        context,
        'videos',
        video.slug,
        async () => {
          const { poster, videoFile, captions } = await ensureVideoFiles(context.payload, video)
          return {
            title: video.title.zh,
            summary: `${video.summary.zh}（示範資料，內容虛構。）`,
            ...(videoFile ? { videoFile, durationSeconds: VIDEO_SECONDS } : { externalURL: FALLBACK_URL }),
            captions,
            transcript: transcript(
              video.lines.map((line) => line.zh),
              '（示範逐字稿，內容虛構。）',
            ),
            poster,
            recordedOn: daysBefore(video.daysAgo).toISOString(),
            _status: 'published',
          }
        },
        {
          title: video.title.en,
          summary: `${video.summary.en} (Demo content: invented.)`,
          transcript: transcript(
            video.lines.map((line) => line.en),
            '(Demo transcript: invented.)',
          ),
        },
      )
    }
    context.progress.done()
  },
}
