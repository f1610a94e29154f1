import { type Block, richText } from '../lexical'
import { ensureDocument } from '../upsert'
import { type BilingualLabel, label, type Option } from '../../labels'
import { type ProjectZone, projectZones } from '../../vocabularies'
import { documentsStep } from './documentsStep'
import { outline } from './outline'
import { rowId } from '../rowId'
import { excerpt, programmeFile, promoteHeadings, readSeedDocument } from './seedDocuments'

type Language = keyof BilingualLabel
/** A day of the programme year; `'end'` is the month's last day. */
type MonthDay = readonly [month: number, day: number | 'end']

/** An entry of the programme calendar (DOMAIN.md, and 捌、工作期程 of the programme text), repeated every year. */
type CalendarEntry = { key: string; title: BilingualLabel; description: BilingualLabel; start: MonthDay; end?: MonthDay }

type ZoneContent = {
  order: number
  summary: BilingualLabel
  /** The zone's part of the programme text: from the block opening with `from` to the one opening with `to`. */
  programmeSection: { from: string; to: string }
  /** A short English account of the section (the Chinese description quotes the programme text itself). */
  englishDescription: string
  calendar: CalendarEntry[]
}

/** Both training rounds work the same way. */
const trainingRound = label(
  '各區召集學校辦理培訓課程（各1日），開放跨區報名；學員當日填寫滿意度調查，1至2個月內填寫成效調查。',
  'One-day courses run by the convener schools, open to all regions; a satisfaction survey on the day and an outcome survey one to two months later.',
)

const wholeMonth = (month: number): Pick<CalendarEntry, 'start' | 'end'> => ({ start: [month, 1], end: [month, 'end'] })

const zoneContent: Record<ProjectZone, ZoneContent> = {
  subsidy: {
    order: 1,
    summary: label(
      '補助各校依其特色與學生需求，結合校內外資源，規劃跨校合作或校內跨單位合作之職涯輔導計畫，提升職涯輔導人員知能並協助學生多元職涯發展。本專區提供徵件須知、審查與核定名單、成果發表會及結案相關資訊。',
      "Funding for schools' career guidance projects, planned around each school's strengths and its students' needs and run across schools or across units of one school. This zone gives the call for proposals, the review and the approved list, the results fair and what funded schools need for closing.",
    ),
    programmeSection: { from: '(一)辦理「大專校院推動職涯輔導補助計畫」', to: '(三)辦理「大專校院職涯輔導成果評選」' },
    englishDescription: `
      ## About the programme
      The subsidy programme funds career guidance projects that schools design around their own strengths and their students' needs, drawing on resources inside and outside the school. A project either raises the competence of career guidance staff (guidance skills, industry trends and the job market, using resources together) or supports students' career development (self-exploration, workplace skills and attitudes, work experience, job-seeking skills, career courses).
      Two plan types are accepted: cross-school projects run by at least two schools, and cross-unit projects run by at least three units of one school, at least one of them an academic department. Activities may be single events (lectures, workshops, reading groups, visits, tests, career cards, board games, career counselling) or series (courses, forums, hands-on practice, competitions, camps, mentor or ambassador training).
      ## How it works
      Schools are notified in January and the call for proposals runs from March to April. Each region's convener school receives its schools' applications, advises them and makes the first review; the agency holds the review meeting and publishes the approved list. Funded schools carry out their projects from July to mid-November and complete their closing reports and claims within a month of finishing, by 30 November at the latest. A results fair each June shows the best projects of the previous academic year.
    `,
    calendar: [
      {
        key: 'kick-off',
        ...wholeMonth(1),
        title: label('年度計畫啟動及召集學校聯繫會報', "Programme year opens: convener schools' kick-off meeting"),
        description: label('本署召開召集學校第一次聯繫會報，並函知各校當年度補助計畫期程。', "The agency meets the convener schools and tells all schools the year's subsidy timetable."),
      },
      {
        key: 'call',
        start: [3, 1],
        end: [4, 'end'],
        title: label('補助計畫公告徵件', 'Call for proposals published'),
        description: label('學校依徵件須知至平臺送件，由各區召集學校受理區域內申請案件之初審及諮詢。', "Schools submit proposals on the platform under the call's rules; each region's convener school advises and makes the first review."),
      },
      {
        key: 'approval',
        ...wholeMonth(5),
        title: label('補助計畫審查並公告補助名單', 'Proposals reviewed and approved list published'),
        description: label('本署召開審查會議，核給全額或部分經費並公告補助名單。', 'The agency holds the review meeting, grants full or partial funding and publishes the approved list.'),
      },
      {
        key: 'results-fair',
        ...wholeMonth(6),
        title: label('補助計畫成果發表會', 'Results fair'),
        description: label('展示前一學年度補助計畫之優良案件，分組交流分享。', "The previous academic year's best funded projects are shown and discussed in groups."),
      },
      {
        key: 'execution',
        start: [7, 1],
        end: [11, 15],
        title: label('受補助學校執行計畫', 'Funded schools carry out their projects'),
        description: label('補助計畫應於辦理完畢後1個月內完成結案請款。', 'Closing reports and claims are due within a month of finishing.'),
      },
      {
        key: 'closing',
        start: [11, 30],
        title: label('結案請款截止', 'Deadline for closing reports and claims'),
        description: label('補助計畫最晚應於本日前完成結案請款。', 'The last day for closing reports and claims.'),
      },
      {
        key: 'final-payment',
        ...wholeMonth(12),
        title: label('撥付補助款', 'Final payments'),
        description: label('本署完成當年度補助案經費撥付。', "The agency completes the year's subsidy payments."),
      },
    ],
  },
  awards: {
    order: 2,
    summary: label(
      '透過全國職涯輔導成果評選，公開表揚推動職涯輔導績優之學校、傑出人員及資深職涯輔導人員，並於職涯輔導主管會議表揚、分享經驗。本專區提供徵件、評選結果及得獎經驗分享。',
      'The national career guidance awards honour schools, outstanding staff and long-serving career guidance staff, who are recognised and share their experience at the directors\' meeting. This zone gives the call for nominations, the results and the winners\' stories.',
    ),
    programmeSection: { from: '(三)辦理「大專校院職涯輔導成果評選」', to: '三、專業養成' },
    englishDescription: `
      ## About the awards
      The outcome awards recognise excellent career guidance in universities and colleges, so that schools give students' career development due weight and learn from each other. There are three categories: schools; outstanding staff and teachers (including departmental career mentors), nominated by their school; and senior career guidance staff with 3, 6, 9 or 15 years of service. Winners in the school and outstanding-staff categories may not win again within three years.
      ## How it works
      Schools submit nominations on the platform from April to July. Each region's convener school checks its region's nominations; the agency's panel reviews them on paper in August and publishes the winners. Awards are presented at the directors' meeting in September, and winners share their work at regional meetings and in posts on this platform.
    `,
    calendar: [
      {
        key: 'call',
        start: [4, 1],
        end: [7, 'end'],
        title: label('成果評選公告徵件', 'Call for award nominations'),
        description: label('學校統一至平臺送件；各區召集學校受理區域內案件並進行形式初審。', "Schools submit nominations on the platform; each region's convener school checks them first."),
      },
      {
        key: 'review',
        ...wholeMonth(8),
        title: label('書面評選並公告獲獎名單', 'Review and announcement of winners'),
        description: label('本署召開評選會議，以書面評選為原則，並公告獲獎名單。', "The agency's panel reviews the nominations on paper and announces the winners."),
      },
      {
        key: 'ceremony',
        ...wholeMonth(9),
        title: label('頒獎表揚（併同職涯輔導主管會議）', "Award ceremony at the directors' meeting"),
        description: label('獲獎學校及人員於全國職涯輔導主管會議接受表揚並分享經驗。', "Winners receive their awards and share their experience at the national directors' meeting."),
      },
    ],
  },
  'seed-teacher-training': {
    order: 3,
    summary: label(
      '培訓大專校院職涯輔導人員及系所教師具備職涯輔導知能，依「學生職涯探索與認知」、「學校資源整合連結」、「產業趨勢與就業環境」三大模組開設課程。本專區提供培訓場次、報名及課後滿意度與成效調查。',
      'Training for career guidance staff and academic teachers in three modules: student career exploration and awareness, integrating school resources, and industry trends and employment. This zone gives the sessions, registration and the follow-up surveys.',
    ),
    programmeSection: { from: '(一)辦理「大專校院職涯輔導種子教師培訓」', to: '(二)推廣運用' },
    englishDescription: `
      ## About the training
      Seed-teacher training equips career guidance staff and academic teachers to support students' career development: career exploration, industry trends, career information and job-seeking preparation. Places go first to staff of career guidance units, then to teachers (including departmental career mentors), then to other staff.
      ## How it works
      Each region's convener school plans at least three one-day courses in the modules "student career exploration and awareness", "integrating and linking school resources" and "industry trends and employment", open to participants from every region. Courses use the agency's student career-development materials and its reference handbook. Training runs in two rounds, April to May and July to October. Participants answer a satisfaction survey on the day and an outcome survey one to two months later, both on this platform.
    `,
    calendar: [
      {
        key: 'round-1',
        start: [4, 1],
        end: [5, 'end'],
        title: label('種子教師培訓第一梯次', 'Seed-teacher training, round 1'),
        description: trainingRound,
      },
      {
        key: 'round-2',
        start: [7, 1],
        end: [10, 'end'],
        title: label('種子教師培訓第二梯次', 'Seed-teacher training, round 2'),
        description: trainingRound,
      },
    ],
  },
  'directors-meeting': {
    order: 4,
    summary: label(
      '每年9月舉辦2日1夜的全國大專校院職涯輔導主管會議，邀集各校職涯輔導主管參與，提供校際交流、議題研商、資源分享及成果評選頒獎表揚之場域。本專區提供會議資訊與報名。',
      "A two-day national meeting each September for the heads of schools' career guidance units: exchange between schools, discussion of current issues, shared resources and the award ceremony. This zone gives the meeting details and registration.",
    ),
    programmeSection: { from: '(一)召開「大專校院職涯輔導主管會議」', to: '(二)強化「大專校院職涯輔導資訊平臺」' },
    englishDescription: `
      ## About the meeting
      The directors' meeting brings together the heads of career guidance units from universities and colleges across Taiwan for two days in September. It is a place for exchange between schools, for discussing career guidance issues and sharing resources, and for the public recognition of the year's award winners.
      ## Who may register
      Heads of career guidance units have priority, then their staff; remaining places are opened to academic teachers, including departmental career mentors. The meeting is organised by the Central region's convener school.
    `,
    calendar: [
      {
        key: 'meeting',
        ...wholeMonth(9),
        title: label('大專校院職涯輔導主管會議（2日1夜）', "Career Guidance Directors' Meeting (two days)"),
        description: label('併同成果評選頒獎表揚辦理；確切日期、地點及報名方式另行公告。', 'Held together with the award ceremony; the exact dates, venue and registration are announced beforehand.'),
      },
    ],
  },
}

/** The current programme year and the one before it, so the portal has an archive from the start. */
function calendarYears(): number[] {
  const current = new Date().getFullYear()
  return [current - 1, current]
}

const isoDate = (year: number, [month, day]: MonthDay) =>
  new Date(day === 'end' ? Date.UTC(year, month, 0) : Date.UTC(year, month - 1, day)).toISOString()

/** The zone's calendar in one language; rows keep the same ids in both so Payload pairs the translations. */
function calendarRows(zone: ProjectZone, language: Language) {
  return calendarYears().flatMap((year) =>
    zoneContent[zone].calendar.map(({ key, title, description, start, end }) => ({
      id: rowId(zone, year, key),
      title: title[language],
      description: description[language],
      startDate: isoDate(year, start),
      endDate: end ? isoDate(year, end) : undefined,
    })),
  )
}

const sourceNote = label(
  '以下節錄自教育部青年發展署《107年大專校院職涯輔導推動計畫》（中華民國106年11月7日核定）。文中日期為該年度期程，各年度實際期程以本專區行事曆及當年度公告為準。',
  "The following is a summary of the Youth Development Administration's University Career Guidance Programme. Each year's actual dates are those of this zone's calendar and of that year's announcements.",
)

/** The zone's description: the programme text's own section in Chinese, a summary of it in English. */
function descriptions(zone: ProjectZone, programme: readonly Block[]) {
  const { from, to } = zoneContent[zone].programmeSection
  return {
    'zh-TW': richText([sourceNote['zh-TW'], ...promoteHeadings(excerpt(programme, from, to))]),
    en: richText([sourceNote.en, ...outline(zoneContent[zone].englishDescription)]),
  }
}

/** 專案專區: the four project zones, their description from the programme text and a two-year calendar. */
export const projectZonesStep = documentsStep(
  '專案專區',
  async ({ seedsDirectory }) => {
    const programme = await readSeedDocument(seedsDirectory, programmeFile)
    return projectZones.map((zone) => ({ zone, programme }))
  },
  ({ payload }, { zone: { value: zone, label: title }, programme }: { zone: Option<ProjectZone>; programme: Block[] }) => {
    const content = zoneContent[zone]
    const description = descriptions(zone, programme)
    return ensureDocument(
      payload,
      'project-zones',
      { zone: { equals: zone } },
      () => ({
        title: title['zh-TW'],
        zone,
        slug: zone,
        order: content.order,
        summary: content.summary['zh-TW'],
        description: description['zh-TW'],
        calendar: calendarRows(zone, 'zh-TW'),
        _status: 'published',
      }),
      { english: { title: title.en, summary: content.summary.en, description: description.en, calendar: calendarRows(zone, 'en') } },
    )
  },
)
