import { ensureDocument } from '../upsert'
import { type BilingualLabel, label } from '../../labels'
import { linkGroups } from '../../vocabularies'
import { documentsStep } from './documentsStep'

type LinkGroup = (typeof linkGroups)[number]['value']

type RelatedLink = { slug: string; title: BilingualLabel; url: string; description: BilingualLabel }

/** 相關連結 by group, in display order: government agencies, public employment resources, private job sites. */
const relatedLinks: Record<LinkGroup, RelatedLink[]> = {
  government: [
    {
      slug: 'moe',
      title: label('教育部', 'Ministry of Education'),
      url: 'https://www.edu.tw',
      description: label('全國教育事務主管機關。', 'The national authority for education.'),
    },
    {
      slug: 'yda',
      title: label('教育部青年發展署', 'Youth Development Administration, Ministry of Education'),
      url: 'https://www.yda.gov.tw',
      description: label('推動青年生涯輔導、公共參與及國際參與，為本平臺主管機關。', "Supports young people's career development, public participation and international engagement; the agency that runs this platform."),
    },
    {
      slug: 'wda',
      title: label('勞動部勞動力發展署', 'Workforce Development Agency, Ministry of Labor'),
      url: 'https://www.wda.gov.tw',
      description: label('辦理就業服務、職業訓練及技能檢定。', 'Public employment services, vocational training and skills certification.'),
    },
  ],
  employment: [
    {
      slug: 'taiwanjobs',
      title: label('台灣就業通', 'Taiwan Jobs'),
      url: 'https://www.taiwanjobs.gov.tw',
      description: label('勞動部的求職求才、職業訓練及就業資訊入口網。', "The Ministry of Labor's portal for jobs, training and employment information."),
    },
    {
      slug: 'ucan',
      title: label('大專校院就業職能平台（UCAN）', 'UCAN: Career and Competency Platform for Universities'),
      url: 'https://ucan.moe.edu.tw',
      description: label('教育部建置的職業興趣探索與職場共通職能診斷平台，學生可透過學校帳號使用。', "The Ministry of Education's platform for exploring career interests and assessing core workplace competencies; students sign in through their school."),
    },
    {
      slug: 'icap',
      title: label('職能發展應用平台（iCAP）', 'iCAP Competency Development Platform'),
      url: 'https://icap.wda.gov.tw',
      description: label('勞動部勞動力發展署公告之各職業職能基準與職能單元。', "The Workforce Development Agency's occupational competency standards and competency units."),
    },
    {
      slug: 'rich',
      title: label('RICH職場體驗網', 'RICH Workplace Experience Network'),
      url: 'https://rich.yda.gov.tw',
      description: label('教育部青年發展署提供大專青年職場體驗及見習機會的平臺。', "The Youth Development Administration's platform for work experience and internships for students."),
    },
  ],
  private: [
    {
      slug: '104',
      title: label('104人力銀行', '104 Job Bank'),
      url: 'https://www.104.com.tw',
      description: label('民間求職求才網站，並提供職涯測評與職場資訊。', 'A private job site with career assessments and workplace information.'),
    },
    {
      slug: '1111',
      title: label('1111人力銀行', '1111 Job Bank'),
      url: 'https://www.1111.com.tw',
      description: label('民間求職求才網站，設有大專生實習與校園徵才專區。', 'A private job site with sections for student internships and campus recruiting.'),
    },
    {
      slug: 'cake',
      title: label('Cake', 'Cake'),
      url: 'https://www.cake.me',
      description: label('結合線上履歷與職缺媒合的求職平台。', 'A job platform that combines online résumés with job matching.'),
    },
    {
      slug: 'yes123',
      title: label('yes123求職網', 'yes123 Job Site'),
      url: 'https://www.yes123.com.tw',
      description: label('民間求職求才網站，提供全職、兼職及工讀職缺。', 'A private job site with full-time, part-time and student jobs.'),
    },
    {
      slug: 'yourator',
      title: label('Yourator', 'Yourator'),
      url: 'https://www.yourator.co',
      description: label('以新創及科技產業職缺為主的求職平台。', 'A job platform focused on start-ups and technology companies.'),
    },
  ],
}

type OrderedLink = RelatedLink & { group: LinkGroup; order: number }

/** The links flattened in group order, each with its position within the group. */
const orderedLinks: OrderedLink[] = linkGroups.flatMap(({ value: group }) =>
  relatedLinks[group].map((link, index) => ({ ...link, group, order: index + 1 })),
)

/** 相關連結: government and private career and employment sites. */
export const linksStep = documentsStep('相關連結', () => orderedLinks, ({ payload }, link: OrderedLink) =>
  ensureDocument(
    payload,
    'links',
    { slug: { equals: link.slug } },
    () => ({
      title: link.title['zh-TW'],
      url: link.url,
      group: link.group,
      order: link.order,
      description: link.description['zh-TW'],
      slug: link.slug,
    }),
    { english: { title: link.title.en, description: link.description.en } },
  ),
)
