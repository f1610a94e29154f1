/**
 * Demo files made on this machine, without the network: photos and title cards (sharp, from SVG),
 * PDFs (pdf-lib), WebVTT captions and short videos (ffmpeg, when installed). The same seed always
 * gives the same picture, document and captions.
 */
import { execFile } from 'node:child_process'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { PDFDocument, type PDFFont, type PDFPage, rgb, StandardFonts } from 'pdf-lib'
import sharp from 'sharp'

import { type Random, seededRandom } from './random'

const run = promisify(execFile)

/** What Payload's Local API takes as the `file` of an upload. */
export type UploadFile = { data: Buffer; mimetype: string; name: string; size: number }

const uploadFile = (data: Buffer, mimetype: string, name: string): UploadFile => ({ data, mimetype, name, size: data.length })

/** Chinese and English text of one thing. */
export type Bilingual = { zh: string; en: string }

// ---------------------------------------------------------------------------------------------
// Fonts and SVG text

let cjkFont: Promise<boolean> | undefined

/**
 * Whether a Traditional Chinese font is installed for librsvg (through fontconfig) to draw with;
 * without one, Chinese text would come out as empty boxes, so pictures fall back to English.
 */
export function cjkFontAvailable(): Promise<boolean> {
  cjkFont ??= run('fc-list', [':lang=zh-tw', 'family'])
    .then(({ stdout }) => stdout.trim().length > 0)
    .catch(() => false)
  return cjkFont
}

const FONT_FAMILY = "'Noto Sans CJK TC', 'Noto Sans TC', 'PingFang TC', 'Microsoft JhengHei', sans-serif"

const escapeXML = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

// CJK ideographs and punctuation, and full-width forms: about 1 em wide, breakable anywhere.
const WIDE = '\\u2E80-\\u9FFF\\uF900-\\uFAFF\\uFF00-\\uFFEF'
const wideCharacter = new RegExp(`[${WIDE}]`)
const wrapTokens = new RegExp(`[${WIDE}]|[^\\s${WIDE}]+|\\s+`, 'g')

const emWidth = (text: string) => [...text].reduce((sum, character) => sum + (wideCharacter.test(character) ? 1 : 0.55), 0)

/**
 * Breaks text into lines of about `maxEms` em: after a full-width colon first, then between any two
 * Chinese characters, Latin text only at spaces. Widths are estimates (0.55 em for Latin).
 */
export function wrapText(text: string, maxEms: number): string[] {
  return text.split(/(?<=：)/).flatMap((part) => wrapPart(part, maxEms))
}

function wrapPart(text: string, maxEms: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const token of text.match(wrapTokens) ?? []) {
    if (/^\s+$/.test(token)) {
      // Spaces separate words within a line; a line never starts with one.
      if (line) line += token
      continue
    }
    if (line && emWidth(line + token) > maxEms) {
      // An opening bracket never ends a line: it moves down with what it opens.
      const opening = /[（「『《〈(]$/.exec(line)?.[0] ?? ''
      if (line.length > opening.length) {
        lines.push(line.slice(0, line.length - opening.length).trim())
        line = opening
      }
    }
    line += token
  }
  if (line.trim()) lines.push(line.trim())
  return lines
}

const svgText = (x: number, y: number, size: number, fill: string, text: string, extra = '') =>
  `<text x="${x}" y="${y}" font-family="${FONT_FAMILY}" font-size="${size}" fill="${fill}" ${extra}>${escapeXML(text)}</text>`

// ---------------------------------------------------------------------------------------------
// Photos

type Palette = { wall: [string, string]; floor: string; accent: string; banner: string }

const palettes: Palette[] = [
  { wall: ['#1f3b73', '#6d8fc7'], floor: '#2b2521', accent: '#f2b134', banner: '#b83227' },
  { wall: ['#3c1e4f', '#b0578d'], floor: '#241b2a', accent: '#ffd166', banner: '#06796b' },
  { wall: ['#0f4c5c', '#5fa8a0'], floor: '#1e2b2f', accent: '#fb8b24', banner: '#9a031e' },
  { wall: ['#5a3921', '#d9a066'], floor: '#2e2219', accent: '#ffe8a3', banner: '#1d4e89' },
  { wall: ['#23395b', '#8ea8c3'], floor: '#161d26', accent: '#cbf7ed', banner: '#d1495b' },
  { wall: ['#2d6a4f', '#95d5b2'], floor: '#1b3a2b', accent: '#fefae0', banner: '#bc4749' },
  { wall: ['#6b2d5c', '#f0a6ca'], floor: '#2a1526', accent: '#fff3b0', banner: '#335c67' },
  { wall: ['#264653', '#e9c46a'], floor: '#1a2a30', accent: '#f4a261', banner: '#e76f51' },
]

const clothes = ['#2e4057', '#8c2f39', '#3f784c', '#d0a02b', '#5b4e77', '#e07a5f', '#3d5a80', '#81b29a', '#f2cc8f', '#1d3557', '#6d597a', '#b56576']
const skin = ['#8d5524', '#c68642', '#e0ac69', '#f1c27d', '#5c3a21', '#ad8a64']

/** Head and shoulders, seen from behind or the front: the audience of a talk. */
function bust(x: number, y: number, scale: number, random: Random): string {
  const width = 58 * scale
  const height = 60 * scale
  return (
    `<path d="M${x - width},${y + height} Q${x - width},${y} ${x},${y} Q${x + width},${y} ${x + width},${y + height} Z" fill="${random.pick(clothes)}"/>` +
    `<circle cx="${x}" cy="${y - 26 * scale}" r="${30 * scale}" fill="${random.pick(skin)}"/>` +
    `<path d="M${x - 30 * scale},${y - 30 * scale} A${30 * scale},${30 * scale} 0 0 1 ${x + 30 * scale},${y - 30 * scale} Z" fill="#1f1a17"/>`
  )
}

/** A standing figure whose feet are at `groundY`. */
function standing(x: number, groundY: number, height: number, random: Random): string {
  const head = height * 0.09
  const shoulders = groundY - height + head * 2.2
  const hips = groundY - height * 0.45
  const bodyWidth = height * 0.22
  const legs = random.pick(['#2b2d42', '#3a3a3a', '#4a4e69', '#22333b'])
  return (
    `<rect x="${x - bodyWidth * 0.42}" y="${hips - 4}" width="${bodyWidth * 0.36}" height="${groundY - hips + 4}" rx="${bodyWidth * 0.1}" fill="${legs}"/>` +
    `<rect x="${x + bodyWidth * 0.06}" y="${hips - 4}" width="${bodyWidth * 0.36}" height="${groundY - hips + 4}" rx="${bodyWidth * 0.1}" fill="${legs}"/>` +
    `<rect x="${x - bodyWidth / 2}" y="${shoulders}" width="${bodyWidth}" height="${hips - shoulders + 10}" rx="${bodyWidth * 0.3}" fill="${random.pick(clothes)}"/>` +
    `<circle cx="${x}" cy="${shoulders - head * 1.05}" r="${head}" fill="${random.pick(skin)}"/>` +
    `<path d="M${x - head},${shoulders - head * 1.1} A${head},${head} 0 0 1 ${x + head},${shoulders - head * 1.1} Z" fill="#1f1a17"/>`
  )
}

const banner = (x: number, y: number, width: number, height: number, fill: string, text: string) =>
  `<rect x="${x}" y="${y}" width="${width}" height="${height}" rx="6" fill="${fill}"/>` +
  svgText(x + width / 2, y + height * 0.68, height * 0.5, '#ffffff', text, 'text-anchor="middle" font-weight="bold"')

const WIDTH = 1600
const HEIGHT = 1067

type SceneText = { banner: string; sign: string }

/** A talk: a speaker at a lectern under a spotlight, a slide, rows of listeners. */
function lectureScene(palette: Palette, random: Random, text: SceneText): string {
  const speakerX = random.pick([260, 1240, 1300])
  const slideX = speakerX < 800 ? 620 : 240
  const slide =
    `<rect x="${slideX}" y="170" width="720" height="400" fill="#f7f7f2" stroke="${palette.accent}" stroke-width="8"/>` +
    `<rect x="${slideX + 50}" y="220" width="${random.int(300, 560)}" height="34" fill="${palette.banner}"/>` +
    Array.from({ length: 5 }, (_, line) => `<rect x="${slideX + 50}" y="${290 + line * 50}" width="${random.int(260, 620)}" height="18" fill="#9aa0a6"/>`).join('')
  const audience = [
    { y: 830, scale: 0.9, count: 12 },
    { y: 920, scale: 1.1, count: 10 },
    { y: 1020, scale: 1.35, count: 8 },
  ]
    .map(({ y, scale, count }) =>
      Array.from({ length: count }, (_, seat) => bust(((seat + 0.5) * WIDTH) / count + random.int(-25, 25), y + random.int(-8, 8), scale, random)).join(''),
    )
    .join('')
  return (
    banner(200, 50, 1200, 84, palette.banner, text.banner) +
    slide +
    `<rect x="0" y="640" width="${WIDTH}" height="110" fill="${palette.floor}"/>` +
    `<ellipse cx="${speakerX}" cy="600" rx="210" ry="330" fill="url(#spot)"/>` +
    standing(speakerX, 660, 330, random) +
    `<rect x="${speakerX + 50}" y="520" width="120" height="140" fill="#4a3728"/>` +
    audience
  )
}

/** A workshop: small groups around tables, a whiteboard behind them. */
function workshopScene(palette: Palette, random: Random, text: SceneText): string {
  const board =
    `<rect x="520" y="120" width="560" height="300" fill="#fbfbf8" stroke="#8d99ae" stroke-width="10"/>` +
    Array.from({ length: 4 }, (_, note) => `<rect x="${560 + note * 125}" y="170" width="95" height="95" fill="${random.pick(['#ffd166', '#90e0ef', '#f4978e', '#caffbf'])}"/>`).join('') +
    svgText(800, 380, 42, palette.banner, text.banner, 'text-anchor="middle" font-weight="bold"')
  const tables = [
    { x: 330, y: 760 },
    { x: 800, y: 720 },
    { x: 1270, y: 780 },
  ]
    .map(({ x, y }) => {
      const count = random.int(4, 5)
      const seated = Array.from({ length: count }, (_, seat) => {
        const angle = Math.PI * (1.15 + (0.7 * seat) / (count - 1))
        return bust(x + Math.cos(angle) * 190, y + Math.sin(angle) * 70 - 10, 0.95, random)
      }).join('')
      const front = [-120, 120].map((offset) => bust(x + offset, y + 150, 1.2, random)).join('')
      return (
        seated +
        `<ellipse cx="${x}" cy="${y + 60}" rx="220" ry="70" fill="#8b5e3c"/>` +
        `<rect x="${x - 60}" y="${y + 30}" width="90" height="50" fill="#ffffff" transform="rotate(${random.int(-12, 12)} ${x} ${y + 55})"/>` +
        front
      )
    })
    .join('')
  return board + `<rect x="0" y="600" width="${WIDTH}" height="${HEIGHT - 600}" fill="${palette.floor}" opacity="0.6"/>` + tables
}

/** A group photo outdoors: two rows of people holding a banner in front of a building. */
function groupPhotoScene(palette: Palette, random: Random, text: SceneText): string {
  const building =
    `<rect x="180" y="230" width="1240" height="470" fill="#d8d2c4"/>` +
    `<polygon points="140,240 800,90 1460,240" fill="#a44a3f"/>` +
    Array.from({ length: 8 }, (_, column) => `<rect x="${240 + column * 150}" y="320" width="80" height="140" fill="#5c6b73"/>`).join('')
  const row = (groundY: number, count: number, height: number) =>
    Array.from({ length: count }, (_, place) => standing(260 + ((place + 0.5) * 1080) / count + random.int(-12, 12), groundY, height + random.int(-20, 20), random)).join('')
  return (
    building +
    `<rect x="0" y="700" width="${WIDTH}" height="${HEIGHT - 700}" fill="#7a8450"/>` +
    row(860, 9, 380) +
    row(990, 8, 420) +
    banner(380, 820, 840, 110, palette.banner, text.banner)
  )
}

/** A careers fair: a row of booths with signs, visitors in front. */
function fairScene(palette: Palette, random: Random, text: SceneText): string {
  const booths = Array.from({ length: 4 }, (_, booth) => {
    const x = 40 + booth * 390
    // Dark sign colours only: the sign's text is white.
    const colour = random.pick([palette.banner, '#3d5a80', '#2a9d8f', '#6d597a'])
    return (
      `<rect x="${x}" y="330" width="350" height="360" fill="#f1f1ee"/>` +
      `<polygon points="${x - 15},340 ${x + 175},200 ${x + 365},340" fill="${random.pick([colour, palette.accent])}"/>` +
      `<rect x="${x + 30}" y="370" width="290" height="70" fill="${colour}"/>` +
      svgText(x + 175, 418, 36, '#ffffff', `${text.sign} ${booth + 1}`, 'text-anchor="middle" font-weight="bold"') +
      `<rect x="${x + 20}" y="560" width="310" height="130" fill="#8b5e3c"/>`
    )
  }).join('')
  // Farther visitors first and smaller, so nearer ones overlap them.
  const visitors = Array.from({ length: 11 }, () => ({ x: random.int(60, 1540), groundY: random.int(800, 1050) }))
    .sort((a, b) => a.groundY - b.groundY)
    .map(({ x, groundY }) => standing(x, groundY, groundY * 0.38 + random.int(-20, 20), random))
  return booths + `<rect x="0" y="690" width="${WIDTH}" height="${HEIGHT - 690}" fill="#b7b7a4"/>` + visitors.join('')
}

/** The kinds of demo photo, with alt text describing what each shows. */
export const photoScenes = {
  lecture: {
    draw: lectureScene,
    alt: {
      zh: '示範照片：講者在講臺上分享，臺下學員聆聽，後方為投影畫面與活動布條（程式繪製的示意圖）',
      en: 'Demo photo: a speaker on stage addresses the audience, with a slide and an event banner behind (generated illustration)',
    },
  },
  workshop: {
    draw: workshopScene,
    alt: {
      zh: '示範照片：學員分組圍坐桌邊討論，後方白板貼有便利貼（程式繪製的示意圖）',
      en: 'Demo photo: participants in small groups around tables, a whiteboard with sticky notes behind (generated illustration)',
    },
  },
  'group-photo': {
    draw: groupPhotoScene,
    alt: {
      zh: '示範照片：參與者在校舍前排成兩排合影，手持活動布條（程式繪製的示意圖）',
      en: 'Demo photo: participants pose in two rows in front of a school building, holding an event banner (generated illustration)',
    },
  },
  fair: {
    draw: fairScene,
    alt: {
      zh: '示範照片：職涯博覽會的攤位與來訪學生（程式繪製的示意圖）',
      en: 'Demo photo: booths at a careers fair with visiting students (generated illustration)',
    },
  },
} as const satisfies Record<string, { draw: (palette: Palette, random: Random, text: SceneText) => string; alt: Bilingual }>

export type PhotoScene = keyof typeof photoScenes

let grainTile: Promise<Buffer> | undefined

/** A small tile of seeded noise laid over every photo: it reads as film grain and gives the JPEG realistic weight. */
function grain(): Promise<Buffer> {
  grainTile ??= (() => {
    const size = 256
    const random = seededRandom('grain')
    const pixels = Buffer.alloc(size * size * 4)
    for (let pixel = 0; pixel < size * size; pixel++) {
      const value = random.int(0, 255)
      pixels.fill(value, pixel * 4, pixel * 4 + 3)
      pixels[pixel * 4 + 3] = 26
    }
    return sharp(pixels, { raw: { width: size, height: size, channels: 4 } }).png().toBuffer()
  })()
  return grainTile
}

/** A corner label so that nobody takes a generated picture for a real photograph. */
const demoLabel = (height: number, text: string) =>
  `<rect x="24" y="${height - 84}" width="${emWidth(text) * 30 + 48}" height="56" rx="8" fill="#000000" opacity="0.45"/>` +
  svgText(48, height - 45, 30, '#ffffff', text)

/** A 1600×1067 JPEG photo-like illustration of an event (about 150–250 KB). */
export async function demoPhoto({ name, seed, scene }: { name: string; seed: string; scene: PhotoScene }): Promise<UploadFile> {
  const random = seededRandom(seed)
  const chinese = await cjkFontAvailable()
  const palette = random.pick(palettes)
  const text: SceneText = chinese ? { banner: '大專校院職涯輔導活動（示範）', sign: '企業攤位' } : { banner: 'CAREER GUIDANCE EVENT (DEMO)', sign: 'BOOTH' }
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}">` +
    `<defs><linearGradient id="wall" x1="0" y1="0" x2="0.3" y2="1"><stop offset="0" stop-color="${palette.wall[0]}"/><stop offset="1" stop-color="${palette.wall[1]}"/></linearGradient>` +
    `<radialGradient id="spot"><stop offset="0" stop-color="#fff8dc" stop-opacity="0.55"/><stop offset="1" stop-color="#fff8dc" stop-opacity="0"/></radialGradient>` +
    `<radialGradient id="vignette" r="0.75"><stop offset="0.6" stop-color="#000" stop-opacity="0"/><stop offset="1" stop-color="#000" stop-opacity="0.45"/></radialGradient></defs>` +
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="url(#wall)"/>` +
    photoScenes[scene].draw(palette, random, text) +
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="url(#vignette)"/>` +
    demoLabel(HEIGHT, chinese ? '示範照片 Demo' : 'Demo photo') +
    `</svg>`
  const data = await sharp(Buffer.from(svg))
    .composite([{ input: await grain(), tile: true }])
    .jpeg({ quality: 82, mozjpeg: true })
    .toBuffer()
  return uploadFile(data, 'image/jpeg', name)
}

// ---------------------------------------------------------------------------------------------
// Title cards: covers of materials and e-books, video posters

export type TitleCard = {
  title: Bilingual
  subtitle?: Bilingual
  seed: string
  /** Portrait A4 proportions for a book cover, 16:9 for a video poster. */
  shape: 'cover' | 'poster'
}

const cardSizes = { cover: { width: 1131, height: 1600 }, poster: { width: 1280, height: 720 } } as const

/** The picture of a title card as a JPEG buffer (also placed as the first page of a demo PDF). */
export async function renderTitleCard({ title, subtitle, seed, shape }: TitleCard): Promise<Buffer> {
  const random = seededRandom(seed)
  const chinese = await cjkFontAvailable()
  const { width, height } = cardSizes[shape]
  const palette = random.pick(palettes)
  const unit = width / 20
  const titleSize = shape === 'cover' ? unit * 1.55 : unit * 1.05
  const titleLines = wrapText(chinese ? title.zh : title.en, (width * 0.8) / titleSize)
  const subtitleText = subtitle && (chinese ? subtitle.zh : subtitle.en)
  const top = shape === 'cover' ? height * 0.38 : height * 0.36
  const circles = Array.from({ length: 5 }, () =>
    `<circle cx="${random.int(0, width)}" cy="${random.int(0, height)}" r="${random.int(width / 10, width / 2.5)}" fill="${random.pick([palette.accent, palette.banner, '#ffffff'])}" opacity="${(random.int(8, 22) / 100).toFixed(2)}"/>`,
  ).join('')
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">` +
    `<defs><linearGradient id="bg" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${palette.wall[0]}"/><stop offset="1" stop-color="${palette.wall[1]}"/></linearGradient></defs>` +
    `<rect width="${width}" height="${height}" fill="url(#bg)"/>` +
    circles +
    `<rect x="0" y="0" width="${width}" height="${unit * 1.8}" fill="#000000" opacity="0.25"/>` +
    svgText(unit, unit * 1.2, unit * 0.6, '#ffffff', chinese ? '大專校院職涯輔導資訊平臺' : 'University Career Guidance Platform') +
    `<rect x="${unit}" y="${top - titleSize * 1.4}" width="${unit * 3}" height="${unit * 0.25}" fill="${palette.accent}"/>` +
    titleLines.map((line, index) => svgText(unit, top + index * titleSize * 1.3, titleSize, '#ffffff', line, 'font-weight="bold"')).join('') +
    (subtitleText ? svgText(unit, top + titleLines.length * titleSize * 1.3 + unit * 0.6, unit * 0.75, '#f5f5f5', subtitleText) : '') +
    `<rect x="${unit}" y="${height - unit * 2.6}" width="${unit * 5.2}" height="${unit * 1.1}" rx="${unit * 0.2}" fill="${palette.banner}"/>` +
    svgText(unit * 1.35, height - unit * 1.78, unit * 0.6, '#ffffff', chinese ? '示範資料 DEMO' : 'DEMO', 'font-weight="bold"') +
    svgText(unit * 6.8, height - unit * 1.78, unit * 0.42, '#ffffff', chinese ? '虛構內容，非正式出版品' : 'Invented content, not an official publication') +
    `</svg>`
  return sharp(Buffer.from(svg)).jpeg({ quality: 85, mozjpeg: true }).toBuffer()
}

export async function demoTitleCard(name: string, card: TitleCard): Promise<UploadFile> {
  return uploadFile(await renderTitleCard(card), 'image/jpeg', name)
}

// ---------------------------------------------------------------------------------------------
// PDFs

/** A section of a demo PDF: an English heading on a new page, then `pages` pages of body text. */
export type PdfSection = { heading: string; pages: number }

export type DemoPdf = {
  name: string
  /** The document's metadata title (any language) and its English title, drawn on its pages. */
  title: Bilingual
  sections: ReadonlyArray<PdfSection>
  /** The first page: a title card (Chinese text as a picture, since the standard fonts are Latin only). */
  cover: TitleCard
  year: number
}

// Plain English about career guidance: the standard PDF fonts cannot draw Chinese.
const sentences = [
  'The career centre worked with academic departments to plan activities that fit the rhythm of the school year.',
  'Students first explored their interests and values, then tested them against what employers in the region expect.',
  'Each session closed with a short reflection so that participants could note one concrete next step.',
  'Career guidance staff met monthly to compare notes on counselling cases and refine their methods.',
  'Alumni working in local industries joined as mentors and described how their first jobs really began.',
  'A satisfaction survey was collected on the day and an outcome survey followed one to two months later.',
  'Partner companies offered short work-experience placements, and students presented what they had learned.',
  'The programme combined lectures, workshops and individual consultations rather than relying on one format.',
  'Teachers from several departments received training so that career topics could enter ordinary courses.',
  'Results were shared at the regional meeting, where other schools adapted the materials for their own students.',
  'Attendance records and survey answers were analysed to decide which activities to continue the next year.',
  'The unit kept a resource list of government employment services and private career websites for students.',
  'Career cards and board games helped first-year students talk about strengths they had not named before.',
  'A series of CV and interview clinics prepared final-year students for the recruitment season.',
  'Staff competence grew through case discussions, industry visits and reading groups on career theory.',
  'The budget covered speaker fees, materials and transport for site visits, following the subsidy guidelines.',
]

const DEMO_NOTICE = 'DEMO DOCUMENT - invented content for demonstration only; not an official publication.'

/** Only characters the standard (WinAnsi) fonts can draw. */
const latinOnly = (text: string) => text.replace(/[^\x20-\x7E]/g, '?')

function wrapToWidth(text: string, font: PDFFont, size: number, maxWidth: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(/\s+/)) {
    const candidate = line ? `${line} ${word}` : word
    if (line && font.widthOfTextAtSize(candidate, size) > maxWidth) {
      lines.push(line)
      line = word
    } else {
      line = candidate
    }
  }
  if (line) lines.push(line)
  return lines
}

const PAGE = { width: 595.28, height: 841.89, margin: 64 } as const

type Fonts = { regular: PDFFont; bold: PDFFont }

/** A body page: the demo notice, an optional heading, paragraphs until the page is full, a page number. */
function drawBodyPage(page: PDFPage, fonts: Fonts, random: Random, pageNumber: number, heading?: string) {
  const textWidth = PAGE.width - PAGE.margin * 2
  page.drawText(DEMO_NOTICE, { x: PAGE.margin, y: PAGE.height - 36, size: 8, font: fonts.regular, color: rgb(0.7, 0.1, 0.1) })
  page.drawText(String(pageNumber), { x: PAGE.width / 2 - 4, y: 32, size: 9, font: fonts.regular, color: rgb(0.4, 0.4, 0.4) })
  let y = PAGE.height - PAGE.margin - 10
  if (heading) {
    for (const line of wrapToWidth(latinOnly(heading), fonts.bold, 20, textWidth)) {
      page.drawText(line, { x: PAGE.margin, y, size: 20, font: fonts.bold, color: rgb(0.1, 0.2, 0.4) })
      y -= 28
    }
    y -= 12
  }
  const lineHeight = 16
  while (true) {
    const paragraph = wrapToWidth(random.pickSome(sentences, random.int(3, 5)).join(' '), fonts.regular, 11, textWidth)
    if (y - paragraph.length * lineHeight < PAGE.margin) break
    for (const line of paragraph) {
      page.drawText(line, { x: PAGE.margin, y, size: 11, font: fonts.regular, color: rgb(0.12, 0.12, 0.12) })
      y -= lineHeight
    }
    y -= lineHeight * 0.7
  }
}

/** Page numbers (1-based, the cover being page 1) on which each section starts. */
export const sectionStartPages = (sections: ReadonlyArray<PdfSection>): number[] =>
  sections.reduce<number[]>((starts, _, index) => [...starts, index === 0 ? 2 : starts[index - 1]! + sections[index - 1]!.pages], [])

export const pdfPageCount = (sections: ReadonlyArray<PdfSection>) => 1 + sections.reduce((sum, section) => sum + section.pages, 0)

/** A PDF whose first page is a title card and whose sections each start on a new page. */
export async function demoPdf({ name, title, sections, cover, year }: DemoPdf): Promise<UploadFile> {
  const random = seededRandom(`pdf:${name}`)
  const document = await PDFDocument.create()
  // Fixed metadata so the same seed gives the same file on every run.
  const date = new Date(Date.UTC(year, 0, 1))
  document.setTitle(`${title.zh} (${title.en})`)
  document.setSubject(DEMO_NOTICE)
  document.setAuthor('大專校院職涯輔導資訊平臺（示範資料）')
  document.setProducer('career-platform demo seed')
  document.setCreator('pdf-lib')
  document.setCreationDate(date)
  document.setModificationDate(date)
  const fonts: Fonts = { regular: await document.embedFont(StandardFonts.Helvetica), bold: await document.embedFont(StandardFonts.HelveticaBold) }

  const coverImage = await document.embedJpg(await renderTitleCard(cover))
  document.addPage([PAGE.width, PAGE.height]).drawImage(coverImage, { x: 0, y: 0, width: PAGE.width, height: PAGE.height })

  let pageNumber = 1
  for (const section of sections) {
    for (let sectionPage = 0; sectionPage < section.pages; sectionPage++) {
      pageNumber++
      drawBodyPage(document.addPage([PAGE.width, PAGE.height]), fonts, random, pageNumber, sectionPage === 0 ? section.heading : undefined)
    }
  }
  return uploadFile(Buffer.from(await document.save()), 'application/pdf', name)
}

// ---------------------------------------------------------------------------------------------
// Captions and video

export type Cue = { start: number; end: number; text: string }

const timestamp = (seconds: number) => {
  const milliseconds = Math.round(seconds * 1000)
  const pad = (value: number, length = 2) => String(value).padStart(length, '0')
  return `${pad(Math.floor(milliseconds / 3_600_000))}:${pad(Math.floor(milliseconds / 60_000) % 60)}:${pad(Math.floor(milliseconds / 1000) % 60)}.${pad(milliseconds % 1000, 3)}`
}

/** A WebVTT caption file. */
export function webVTT(name: string, cues: ReadonlyArray<Cue>): UploadFile {
  const body = cues.map((cue, index) => `${index + 1}\n${timestamp(cue.start)} --> ${timestamp(cue.end)}\n${cue.text}`).join('\n\n')
  return uploadFile(Buffer.from(`WEBVTT\n\n${body}\n`, 'utf8'), 'text/vtt', name)
}

/** Evenly timed cues, one per line of text, over `seconds`. */
export const evenCues = (lines: ReadonlyArray<string>, seconds: number): Cue[] =>
  lines.map((text, index) => ({ start: (index * seconds) / lines.length, end: ((index + 1) * seconds) / lines.length - 0.05, text }))

let ffmpeg: Promise<boolean> | undefined

/** Whether ffmpeg is on the PATH; without it, demo videos link to a page instead of a file. */
export function ffmpegAvailable(): Promise<boolean> {
  ffmpeg ??= run('ffmpeg', ['-hide_banner', '-version'])
    .then(() => true)
    .catch(() => false)
  return ffmpeg
}

/** A short H.264/AAC MP4 (640×360) made with ffmpeg: the still slowly zooming over a quiet sine tone, about 150–200 KB for 10 s. */
export async function demoVideo({ name, still, seconds, toneHz }: { name: string; still: Buffer; seconds: number; toneHz: number }): Promise<UploadFile> {
  const folder = await fs.mkdtemp(path.join(os.tmpdir(), 'demo-video-'))
  try {
    const input = path.join(folder, 'still.jpg')
    const output = path.join(folder, 'video.mp4')
    await fs.writeFile(input, still)
    // prettier-ignore
    await run('ffmpeg', [
      '-hide_banner', '-loglevel', 'error', '-y',
      '-loop', '1', '-framerate', '25', '-i', input,
      '-f', 'lavfi', '-i', `sine=frequency=${toneHz}:sample_rate=44100`,
      // Zoom towards the top left, where the title card's text is, so no text leaves the frame.
      '-vf', "scale=1280:720,zoompan=z='1+0.0004*in':d=1:s=640x360:fps=25:x=0:y=0,format=yuv420p",
      '-af', 'volume=0.08',
      '-t', String(seconds),
      '-c:v', 'libx264', '-preset', 'veryfast', '-crf', '28',
      '-c:a', 'aac', '-b:a', '48k',
      // No encoder version or date in the file, so it is the same on every run.
      '-map_metadata', '-1', '-fflags', '+bitexact',
      '-movflags', '+faststart',
      output,
    ])
    return uploadFile(await fs.readFile(output), 'video/mp4', name)
  } finally {
    await fs.rm(folder, { recursive: true, force: true })
  }
}
