import { richText } from '../lexical'
import { ensureDocument } from '../upsert'
import { type BilingualLabel, label } from '../../labels'
import { documentsStep } from './documentsStep'
import { programmeFile, readSeedDocument } from './seedDocuments'

/** What the library records about a seed document; its full text comes from the file itself. */
type LibraryDocument = {
  sourceFile: string
  slug: string
  title: BilingualLabel
  itemType: 'policy' | 'competency-standard'
  authors: BilingualLabel
  /** The year in the document's own dates, in AD. */
  year: number
  tags: string[]
  summary: BilingualLabel
}

/** The five real documents of `shared/seeds/` (DOMAIN.md, 「Seed documents」). */
const libraryDocuments: LibraryDocument[] = [
  {
    sourceFile: programmeFile,
    slug: 'career-guidance-programme-2018',
    title: label('107年大專校院職涯輔導推動計畫', 'University Career Guidance Programme 2018'),
    itemType: 'policy',
    authors: label('教育部青年發展署', 'Youth Development Administration, Ministry of Education'),
    // The plan's own year (民國107年); it was approved on 7 November 2017.
    year: 2018,
    tags: ['職涯輔導', '召集學校', '補助計畫', '成果評選', '種子教師', '主管會議'],
    summary: label(
      '教育部青年發展署推動大專校院職涯輔導的107年度計畫（106年11月7日核定）。計畫以策略聯盟、補助激勵、專業養成及平臺擴散四項策略，分北、中、南三區設置召集學校，辦理補助計畫、成果評選、種子教師培訓及職涯輔導主管會議。計畫並規劃強化大專校院職涯輔導資訊平臺，將補助、評選、活動及問卷等流程線上化。',
      "The Youth Development Administration's plan for career guidance in universities and colleges for 2018, approved on 7 November 2017. It works through four strategies (regional alliances, subsidies and awards, professional development and an information platform), with a convener school in each of the North, Central and South regions running the subsidy programme, the outcome awards, seed-teacher training and the directors' meeting. It also sets out how this platform should move submissions, reviews, events and surveys online.",
    ),
  },
  {
    sourceFile: '001_0569c09d55c98547.txt',
    slug: 'vocational-high-school-quality-programme',
    title: label('高職優質化輔助方案', 'Vocational High School Quality Improvement Programme'),
    itemType: 'policy',
    authors: label('教育部', 'Ministry of Education'),
    // Its current phases start in academic year 103 (2014–15).
    year: 2014,
    tags: ['高職優質化', '技職教育', '十二年國民基本教育', '學校評鑑', '產學鏈結'],
    summary: label(
      '教育部為奠定十二年國民基本教育基礎、提升高職辦學品質而訂定的輔助方案，自103學年度起分三期程辦理，每期程以三學年為原則。方案輔助學校評鑑達優質認證基準的高職，就全面品質提升、特色發展、教師專業、學生多元發展及技職產學鏈結等九個項目提出計畫。執行上結合學校自主管理、區域輔導諮詢、專業諮詢及校際經驗交流，並以部定及校訂指標進行績效考核。',
      "The Ministry of Education's programme for raising the quality of vocational high schools as a foundation for twelve-year basic education, run from academic year 2014 in phases of three school years. Schools that meet the quality standard of school evaluation propose plans under nine headings, from overall quality and distinctive programmes to teacher development, student development and links with industry. Schools manage their plans themselves with regional and expert advice and exchanges between schools, and are reviewed against national and school-set indicators.",
    ),
  },
  {
    sourceFile: '002_1f54b41cf6dc5018.txt',
    slug: 'competency-unit-bhr5r0061v2',
    title: label('職能單元：協調職涯發展（BHR5R0061v2）', 'Competency unit: Coordinating career development (BHR5R0061v2)'),
    itemType: 'competency-standard',
    authors: label('勞動部勞動力發展署', 'Workforce Development Agency, Ministry of Labor'),
    // 更新紀錄: revised in 2022.
    year: 2022,
    tags: ['職能基準', '職涯發展', '人力資源管理', '職涯諮詢'],
    summary: label(
      '勞動部勞動力發展署職能發展應用平台（iCAP）之職能單元，屬企業經營管理／人力資源管理領域，級別5。內容說明分析職涯發展需求、設計職涯發展策略、執行及管理職涯發展方案三項工作任務與行為指標，並列出所需知識、技能及評量設計參考。可作為職涯輔導人員專業知能的對照，2022年修訂。',
      "A competency unit from the Workforce Development Agency's iCAP competency platform, in business management and human resources, level 5. It describes three work tasks (analysing career development needs, designing career development strategies, and running and managing career development programmes) with their performance indicators, the knowledge and skills they need and guidance on assessment. A reference for the competences of career guidance staff; revised in 2022.",
    ),
  },
  {
    sourceFile: '003_b8e02ef14007a3f6.txt',
    slug: 'tvet-policy-guidelines-draft',
    title: label('技術及職業教育政策綱領（草案）', 'Technical and Vocational Education Policy Guidelines (draft)'),
    itemType: 'policy',
    authors: label('行政院', 'Executive Yuan'),
    // The draft's pages are dated 2024-05-05 (the fifth edition, for 民國114年).
    year: 2024,
    tags: ['技職教育', '政策綱領', '職業試探', '產學合作', '永續發展'],
    summary: label(
      '行政院依技術及職業教育法訂定之技職教育政策綱領，本件為114年第5版之研修草案。綱領以「建構務實、創新、智慧及永續之技職教育」為願景，提出技職教育人才培育與社會經濟發展同步等三大目標。並列出創新入學及學習模式、產官學共同培育人才、智慧化學習環境、跨域整合學習網絡等六項發展重點及各部會協力事項。',
      "The Executive Yuan's policy guidelines for technical and vocational education under the Technical and Vocational Education Act; this is the draft of the fifth edition, for 2025. Under the vision of practical, innovative, smart and sustainable vocational education it sets three goals, starting with training talent in step with social and economic development. It lists six priorities, among them new admission and learning models, training talent jointly with industry and government, smart learning environments and cross-disciplinary learning networks, and what each ministry contributes.",
    ),
  },
  {
    sourceFile: '004_12a9bb55eb6d1be0.txt',
    slug: 'taipei-tvet-policy-guidelines',
    title: label('臺北市技職教育政策綱領', 'Taipei City Technical and Vocational Education Policy Guidelines'),
    itemType: 'policy',
    authors: label('臺北市政府', 'Taipei City Government'),
    // Issued on 18 July 2018 (民國107年), for 2018–2024.
    year: 2018,
    tags: ['技職教育', '臺北市', '技術型高中', '職業試探', '產學合作', '國際移動力'],
    summary: label(
      '臺北市政府於107年7月18日訂定之技職教育政策綱領（107至113年）。綱領分析技職教育不受重視、普通化、少子女化衝擊及畢業生職涯選擇等問題，提出扎根育苗與推動適性發展、發展創新課程與教學、務實導向與策略聯盟、優化教學環境與設施、提升國際移動力五項推動政策。各項政策均列有執行方案，例如設置職業試探與體驗示範中心、推動產學合作及業師協同教學。',
      "Taipei City Government's policy guidelines for technical and vocational education for 2018 to 2024, issued on 18 July 2018. They analyse the problems the city's vocational education faces (low esteem, academic drift, falling enrolments and graduates' career choices) and set five policies: early career exploration and guidance, innovative curricula and teaching, practice-oriented alliances, better workshops and facilities, and international mobility. Each policy has its action plans, such as career exploration and experience centres, industry-school cooperation and teaching with industry experts.",
    ),
  },
]

/**
 * The documents exist in Chinese only. The English version says so instead of repeating the
 * Chinese text; the library also requires a full text (or a file or URL) in every language.
 */
const chineseOnlyNote = richText([
  'The full text of this document is published in Chinese only. Switch the language to 中文 to read it.',
])

/** 職輔圖書館（真實文件）: the seed documents with their cleaned full text, published. */
export const libraryStep = documentsStep('職輔圖書館（真實文件）', () => libraryDocuments, ({ payload, seedsDirectory }, document: LibraryDocument) =>
  ensureDocument(
    payload,
    'library',
    { sourceFile: { equals: document.sourceFile } },
    async () => ({
      title: document.title['zh-TW'],
      slug: document.slug,
      itemType: document.itemType,
      authors: document.authors['zh-TW'],
      year: document.year,
      tags: document.tags,
      summary: document.summary['zh-TW'],
      fullText: richText(await readSeedDocument(seedsDirectory, document.sourceFile)),
      sourceFile: document.sourceFile,
      demo: false,
      _status: 'published',
    }),
    { english: { title: document.title.en, authors: document.authors.en, summary: document.summary.en, fullText: chineseOnlyNote } },
  ),
)
