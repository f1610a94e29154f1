/** 10 invented photo albums (活動花絮) of regional and national events, 4–8 captioned photos each. */
import type { SeedStep } from '../context'
import type { ProjectZone, Region } from '../../vocabularies'
import type { Bilingual, PhotoScene } from './files'
import { seededRandom } from './random'
import { choosePhotos, daysBefore, demoPhotoPool, ensureBySlug, photoRows } from './shared'

type Album = {
  slug: string
  title: Bilingual
  event: Bilingual
  description: string
  daysAgo: number
  region?: Region
  projectZone?: ProjectZone
  scenes: PhotoScene[]
}

const albums: Album[] = [
  {
    slug: 'demo-gallery-north-exchange',
    title: { zh: '北區職涯輔導人員交流座談花絮', en: 'North region staff exchange meeting' },
    event: { zh: '北區職涯輔導人員交流座談會', en: 'North region exchange meeting for career guidance staff' },
    description: '北區各校職涯輔導人員齊聚交流跨單位合作經驗。',
    daysAgo: 269,
    region: 'north',
    scenes: ['lecture', 'group-photo'],
  },
  {
    slug: 'demo-gallery-central-exchange',
    title: { zh: '中區職涯輔導人員交流座談花絮', en: 'Central region staff exchange meeting' },
    event: { zh: '中區職涯輔導人員交流座談會', en: 'Central region exchange meeting for career guidance staff' },
    description: '中區召集學校邀請夥伴學校分享職涯輔導實務。',
    daysAgo: 268,
    region: 'central',
    scenes: ['lecture', 'workshop'],
  },
  {
    slug: 'demo-gallery-south-exchange',
    title: { zh: '南區職涯輔導人員交流座談花絮', en: 'South region staff exchange meeting' },
    event: { zh: '南區職涯輔導人員交流座談會', en: 'South region exchange meeting for career guidance staff' },
    description: '南區各校就學生職涯探索活動的設計交換意見。',
    daysAgo: 267,
    region: 'south',
    scenes: ['workshop', 'group-photo'],
  },
  {
    slug: 'demo-gallery-training-round-1',
    title: { zh: '種子教師培訓第一梯次活動花絮', en: 'Seed teacher training, round 1' },
    event: { zh: '職涯輔導種子教師培訓第一梯次', en: 'Seed teacher training, round 1' },
    description: '兩天的培訓涵蓋學生職涯探索、資源整合與產業趨勢三大模組。',
    daysAgo: 177,
    projectZone: 'seed-teacher-training',
    scenes: ['workshop', 'lecture'],
  },
  {
    slug: 'demo-gallery-training-round-2',
    title: { zh: '種子教師培訓第二梯次活動花絮', en: 'Seed teacher training, round 2' },
    event: { zh: '職涯輔導種子教師培訓第二梯次', en: 'Seed teacher training, round 2' },
    description: '第二梯次安排企業參訪與實作演練。',
    daysAgo: 30,
    projectZone: 'seed-teacher-training',
    scenes: ['workshop', 'group-photo'],
  },
  {
    slug: 'demo-gallery-directors-meeting',
    title: { zh: '職涯輔導主管會議暨頒獎典禮', en: "Directors' meeting and awards ceremony" },
    event: { zh: '大專校院職涯輔導主管會議', en: "Career guidance directors' meeting" },
    description: '主管會議專題演講與成果評選頒獎典禮實況。',
    daysAgo: 55,
    projectZone: 'directors-meeting',
    scenes: ['lecture', 'group-photo'],
  },
  {
    slug: 'demo-gallery-results-fair',
    title: { zh: '補助計畫成果展暨交流會', en: 'Subsidy programme results fair' },
    event: { zh: '補助計畫成果展暨交流會', en: 'Subsidy programme results fair' },
    description: '獲補助學校以海報與攤位展示計畫成果。',
    daysAgo: 153,
    projectZone: 'subsidy',
    scenes: ['fair', 'lecture'],
  },
  {
    slug: 'demo-gallery-north-career-fair',
    title: { zh: '北區聯合徵才博覽會', en: 'North region joint careers fair' },
    event: { zh: '北區大專校院聯合徵才博覽會', en: 'North region joint careers fair' },
    description: '百餘家企業設攤，現場提供履歷健診與模擬面試。',
    daysAgo: 170,
    region: 'north',
    scenes: ['fair'],
  },
  {
    slug: 'demo-gallery-central-camp',
    title: { zh: '中區職涯探索營', en: 'Central region career exploration camp' },
    event: { zh: '中區跨校職涯探索營', en: 'Central region cross-school career exploration camp' },
    description: '兩天一夜營隊，透過團隊任務與職人對談探索職涯方向。',
    daysAgo: 120,
    region: 'central',
    scenes: ['group-photo', 'workshop'],
  },
  {
    slug: 'demo-gallery-south-site-visit',
    title: { zh: '南區企業參訪活動', en: 'South region company visits' },
    event: { zh: '南區學生企業參訪', en: 'South region student company visits' },
    description: '帶領學生走訪在地企業，了解工作環境與用人需求。',
    daysAgo: 90,
    region: 'south',
    scenes: ['group-photo', 'lecture'],
  },
]

export const galleriesStep: SeedStep = {
  name: '活動花絮（示範）',
  async run(context) {
    const photos = await demoPhotoPool(context)
    context.progress.step(galleriesStep.name, albums.length)
    for (const [index, album] of albums.entries()) {
      const random = seededRandom(album.slug)
      const chosenPhotos = choosePhotos(photos, random, random.int(4, 8), album.slug, album.scenes)
      await ensureBySlug(
        context,
        'galleries',
        album.slug,
        async () => ({
          title: album.title.zh,
          event: album.event.zh,
          eventDate: daysBefore(album.daysAgo).toISOString(),
          description: `${album.description}（示範資料，照片為程式繪製的示意圖。）`,
          photos: photoRows(chosenPhotos, 'zh'),
          region: album.region,
          projectZone: album.projectZone,
          _status: 'published',
        }),
        index % 2 === 0
          ? {
              title: album.title.en,
              event: album.event.en,
              description: 'Demo content: invented; the photos are generated illustrations.',
              photos: photoRows(chosenPhotos, 'en'),
            }
          : undefined,
      )
    }
    context.progress.done()
  },
}
