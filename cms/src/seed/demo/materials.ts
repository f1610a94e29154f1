/**
 * 8 invented teaching materials and handbooks (教材手冊), covering both kinds, the three training
 * modules and every audience; each has a generated PDF and cover.
 */
import type { RequiredDataFromCollectionSlug } from 'payload'

import type { SeedStep } from '../context'
import type { Bilingual, PdfSection } from './files'
import { ensureBySlug, ensurePublication } from './shared'

type MaterialData = RequiredDataFromCollectionSlug<'materials'>

type Material = Pick<MaterialData, 'kind' | 'trainingModule' | 'audiences' | 'editionYear'> & {
  slug: string
  title: Bilingual
  summary: Bilingual
  sections: PdfSection[]
}

const studentSections: PdfSection[] = [
  { heading: 'How to use this material', pages: 1 },
  { heading: 'Knowing yourself', pages: 2 },
  { heading: 'Exploring the world of work', pages: 2 },
  { heading: 'Planning your next step', pages: 1 },
  { heading: 'Worksheets', pages: 1 },
]

const handbookSections: PdfSection[] = [
  { heading: 'Purpose and scope', pages: 1 },
  { heading: 'Working with students', pages: 2 },
  { heading: 'Working with departments and employers', pages: 2 },
  { heading: 'Records, surveys and evaluation', pages: 1 },
  { heading: 'Forms and checklists', pages: 1 },
]

const materials: Material[] = [
  {
    slug: 'demo-material-self-exploration',
    title: { zh: '學生職涯發展教材：自我探索篇', en: 'Student career development: knowing yourself' },
    summary: { zh: '以興趣、能力與價值觀三個面向，引導學生認識自己的課堂教材與學習單。', en: 'Classroom material and worksheets on interests, abilities and values.' },
    kind: 'student-materials',
    trainingModule: 'student-exploration',
    audiences: ['students', 'teachers'],
    editionYear: 2024,
    sections: studentSections,
  },
  {
    slug: 'demo-material-work-experience',
    title: { zh: '學生職涯發展教材：職場體驗篇', en: 'Student career development: work experience' },
    summary: { zh: '協助學生做好實習與見習前的準備，並在體驗後進行反思。', en: 'Preparing for internships and reflecting on them afterwards.' },
    kind: 'student-materials',
    trainingModule: 'industry-trends',
    audiences: ['students'],
    editionYear: 2025,
    sections: studentSections,
  },
  {
    slug: 'demo-material-job-seeking',
    title: { zh: '學生職涯發展教材：求職準備篇', en: 'Student career development: preparing to job-hunt' },
    summary: { zh: '履歷自傳、面試應對與求職管道的實作練習。', en: 'Hands-on practice for CVs, interviews and job-search channels.' },
    kind: 'student-materials',
    trainingModule: 'student-exploration',
    audiences: ['students', 'guidance-staff'],
    editionYear: 2023,
    sections: studentSections,
  },
  {
    slug: 'demo-material-teacher-guide',
    title: { zh: '學生職涯發展教材：教師指引', en: "Student career development: teacher's guide" },
    summary: { zh: '說明如何在系所課程中融入職涯教材，並連結校內資源。', en: 'How to bring the materials into departmental courses and link school resources.' },
    kind: 'student-materials',
    trainingModule: 'resource-integration',
    audiences: ['teachers', 'managers'],
    editionYear: 2025,
    sections: studentSections,
  },
  {
    slug: 'demo-handbook-reference',
    title: { zh: '職涯輔導工作參考手冊（第三版）', en: 'Career guidance reference handbook (3rd edition)' },
    summary: { zh: '職涯輔導單位的工作流程、常用表單與跨單位合作做法。', en: 'Workflows, common forms and cross-unit practice for career guidance units.' },
    kind: 'reference-handbook',
    trainingModule: 'resource-integration',
    audiences: ['guidance-staff', 'managers'],
    editionYear: 2025,
    sections: handbookSections,
  },
  {
    slug: 'demo-handbook-counselling',
    title: { zh: '職涯輔導工作參考手冊：個別諮詢實務', en: 'Reference handbook: one-to-one career counselling' },
    summary: { zh: '個別職涯諮詢的晤談架構、常見議題與轉介原則。', en: 'Interview structure, common issues and referral in one-to-one counselling.' },
    kind: 'reference-handbook',
    trainingModule: 'student-exploration',
    audiences: ['guidance-staff'],
    editionYear: 2024,
    sections: handbookSections,
  },
  {
    slug: 'demo-handbook-industry-trends',
    title: { zh: '職涯輔導工作參考手冊：產業趨勢與就業環境', en: 'Reference handbook: industry trends and the job market' },
    summary: { zh: '整理產業趨勢資料來源與解讀方式，協助輔導人員掌握就業環境。', en: 'Sources on industry trends and how to read them.' },
    kind: 'reference-handbook',
    trainingModule: 'industry-trends',
    audiences: ['guidance-staff', 'teachers'],
    editionYear: 2026,
    sections: handbookSections,
  },
  {
    slug: 'demo-handbook-resources',
    title: { zh: '職涯輔導工作參考手冊：校內外資源整合', en: 'Reference handbook: bringing resources together' },
    summary: { zh: '盤點校內外職涯資源，建立合作窗口與轉介流程。', en: 'Mapping resources inside and outside the school and setting up referrals.' },
    kind: 'reference-handbook',
    trainingModule: 'resource-integration',
    audiences: ['managers', 'guidance-staff'],
    editionYear: 2022,
    sections: handbookSections,
  },
]

export const materialsStep: SeedStep = {
  name: '教材手冊（示範）',
  async run(context) {
    context.progress.step(materialsStep.name, materials.length)
    for (const [index, material] of materials.entries()) {
      const { slug, title, summary, sections, ...fields } = material
      await ensureBySlug(
        context,
        'materials',
        slug,
        async (): Promise<Omit<MaterialData, 'demo' | 'slug'>> => {
          const { file, cover } = await ensurePublication(context.payload, { slug, title, subtitle: { zh: `${fields.editionYear} 年版`, en: `${fields.editionYear} edition` }, sections, year: fields.editionYear, description: summary })
          return { ...fields, title: title.zh, summary: `${summary.zh}（示範資料，內容虛構。）`, file, cover, _status: 'published' }
        },
        index % 3 === 0 ? { title: title.en, summary: `${summary.en} (Demo content: invented.)` } : undefined,
      )
    }
    context.progress.done()
  },
}
