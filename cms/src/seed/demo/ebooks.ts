/** 6 invented e-books (影音專區): a multi-page PDF each, its cover, and chapters with their pages. */
import type { SeedStep } from '../context'
import { rowId } from '../rowId'
import { type Bilingual, sectionStartPages } from './files'
import { ensureBySlug, ensurePublication } from './shared'

type EBook = {
  slug: string
  title: Bilingual
  authors: Bilingual
  summary: Bilingual
  year: number
  /** Chinese and English chapter titles; the English one heads the chapter in the PDF. */
  chapters: Array<Bilingual & { pages: number }>
}

const ebooks: EBook[] = [
  {
    slug: 'demo-ebook-reference-handbook',
    title: { zh: '職涯輔導工作參考手冊（電子書版）', en: 'Career guidance reference handbook (e-book)' },
    authors: { zh: '大專校院職涯輔導推動計畫辦公室（示範）', en: 'Programme office (demo)' },
    summary: { zh: '彙整職涯輔導單位的工作流程、輔導技巧與常用表單。', en: 'Workflows, guidance skills and common forms in one book.' },
    year: 2025,
    chapters: [
      { zh: '職涯輔導的角色與任務', en: 'The role of career guidance', pages: 3 },
      { zh: '個別諮詢與團體輔導', en: 'Individual and group guidance', pages: 4 },
      { zh: '校內跨單位合作', en: 'Working across units', pages: 3 },
      { zh: '成效評估與資料運用', en: 'Evaluating outcomes', pages: 2 },
    ],
  },
  {
    slug: 'demo-ebook-student-materials',
    title: { zh: '學生職涯發展教材（電子書版）', en: 'Student career development materials (e-book)' },
    authors: { zh: '職涯教材編輯小組（示範）', en: 'Materials editorial team (demo)' },
    summary: { zh: '從自我探索、職場體驗到求職準備的完整學習歷程。', en: 'From self-exploration to work experience and job-seeking.' },
    year: 2024,
    chapters: [
      { zh: '認識自己', en: 'Knowing yourself', pages: 3 },
      { zh: '探索職業世界', en: 'Exploring the world of work', pages: 3 },
      { zh: '職場體驗與反思', en: 'Work experience and reflection', pages: 3 },
      { zh: '求職準備', en: 'Getting ready to apply', pages: 3 },
      { zh: '學習單', en: 'Worksheets', pages: 2 },
    ],
  },
  {
    slug: 'demo-ebook-exemplar-cases',
    title: { zh: '大專校院職涯輔導優良範例彙編', en: 'Exemplar cases in university career guidance' },
    authors: { zh: '優良範例編輯小組（示範）', en: 'Exemplar cases editorial team (demo)' },
    summary: { zh: '收錄跨校合作類與校內跨單位合作類的優良範例。', en: 'Cross-school and cross-unit exemplar cases.' },
    year: 2025,
    chapters: [
      { zh: '編輯說明', en: 'About this collection', pages: 1 },
      { zh: '跨校合作類範例', en: 'Cross-school cases', pages: 4 },
      { zh: '校內跨單位合作類範例', en: 'Cross-unit cases', pages: 4 },
      { zh: '範例的共同特色', en: 'What the cases share', pages: 2 },
    ],
  },
  {
    slug: 'demo-ebook-seed-teacher-training',
    title: { zh: '職涯輔導種子教師培訓講義', en: 'Seed teacher training course notes' },
    authors: { zh: '種子教師培訓講師群（示範）', en: 'Training faculty (demo)' },
    summary: { zh: '培訓三大模組的講義與演練材料。', en: 'Notes and exercises for the three training modules.' },
    year: 2026,
    chapters: [
      { zh: '模組一：學生職涯探索與認知', en: 'Module 1: Student career exploration', pages: 4 },
      { zh: '模組二：學校資源整合連結', en: 'Module 2: Integrating school resources', pages: 3 },
      { zh: '模組三：產業趨勢與就業環境', en: 'Module 3: Industry trends and employment', pages: 3 },
    ],
  },
  {
    slug: 'demo-ebook-survey-report',
    title: { zh: '大專校院職涯輔導現況調查分析報告', en: 'Survey of career guidance in universities: analysis' },
    authors: { zh: '調查分析小組（示範）', en: 'Survey team (demo)' },
    summary: { zh: '各校職涯輔導人力、經費、活動與學生參與情形的統計分析。', en: 'Staffing, budgets, activities and student participation in figures.' },
    year: 2025,
    chapters: [
      { zh: '調查設計', en: 'Survey design', pages: 2 },
      { zh: '人力與經費', en: 'Staffing and budgets', pages: 3 },
      { zh: '活動類型與參與', en: 'Activities and participation', pages: 3 },
      { zh: '結論與建議', en: 'Conclusions and recommendations', pages: 2 },
    ],
  },
  {
    slug: 'demo-ebook-award-winners',
    title: { zh: '職涯輔導成果評選得獎專輯', en: 'Outcome awards: the winners' },
    authors: { zh: '成果評選工作小組（示範）', en: 'Awards team (demo)' },
    summary: { zh: '介紹學校類、傑出人員類與資深職涯輔導人員類得獎者的工作成果。', en: 'The work of winners in all three award categories.' },
    year: 2024,
    chapters: [
      { zh: '學校類', en: 'Schools', pages: 4 },
      { zh: '傑出人員類', en: 'Outstanding staff', pages: 3 },
      { zh: '資深職涯輔導人員類', en: 'Senior career guidance staff', pages: 3 },
    ],
  },
]

export const ebooksStep: SeedStep = {
  name: '電子書（示範）',
  async run(context) {
    context.progress.step(ebooksStep.name, ebooks.length)
    for (const ebook of ebooks) {
      const sections = ebook.chapters.map(({ en, pages }) => ({ heading: en, pages }))
      const startPages = sectionStartPages(sections)
      // Fixed row ids: the English update names the rows the Chinese create made.
      const chapters = (language: keyof Bilingual) =>
        ebook.chapters.map((chapter, index) => ({ id: rowId(ebook.slug, 'chapter', index), title: chapter[language], page: startPages[index]! }))
      await ensureBySlug(
        context,
        'ebooks',
        ebook.slug,
        async () => {
          const { file, cover } = await ensurePublication(context.payload, {
            slug: ebook.slug,
            title: ebook.title,
            subtitle: { zh: `${ebook.year} 年`, en: String(ebook.year) },
            sections,
            year: ebook.year,
            description: ebook.summary,
          })
          return {
            title: ebook.title.zh,
            authors: ebook.authors.zh,
            year: ebook.year,
            summary: `${ebook.summary.zh}（示範資料，內容虛構。）`,
            file,
            cover,
            chapters: chapters('zh'),
            _status: 'published',
          }
        },
        // All in English: an English version without its chapter titles would not validate (they are required).
        { title: ebook.title.en, authors: ebook.authors.en, summary: `${ebook.summary.en} (Demo content: invented.)`, chapters: chapters('en') },
      )
    }
    context.progress.done()
  },
}
