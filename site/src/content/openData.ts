/**
 * The portal's open data: exemplar cases, news, the directory and the library as plain records
 * (ASCII field names, codes beside their labels, ISO dates, absolute URLs), and those records as
 * JSON and as CSV. Pure: pages and endpoints pass in the documents and the site's address.
 */
import type { Case, Library, News, School } from 'cms/payload-types'
import { label, type BilingualLabel, type Option } from 'cms/labels'
import {
  activityFormats,
  activityKinds,
  awardCategories,
  caseTopics,
  counties,
  libraryItemTypes,
  newsCategories,
  planTypes,
  projectZones,
  regions,
  subsidyScopes,
} from 'cms/vocabularies'

import { academicYearLabel, isoDate, labelOf } from '../i18n/format'
import { localePath, type Locale } from '../i18n/locales'
import { common } from '../i18n/strings'
import { fileURL } from '../media/files'

export const datasetNames = ['cases', 'news', 'directory', 'library'] as const
export type DatasetName = (typeof datasetNames)[number]

/** The CMS collection each dataset is made from. */
export const datasetCollections = { cases: 'cases', news: 'news', directory: 'schools', library: 'library' } as const

export const licence = {
  name: label('政府資料開放授權條款第1版', 'Open Government Data License, version 1.0'),
  url: 'https://data.gov.tw/license',
} as const

/** Lists are one value in JSON and joined with this in a CSV cell. */
export const listSeparator = '; '

export type RecordValue = string | number | boolean | null | readonly string[]

/** A field of a dataset: its name (a column in CSV, a key in JSON) and what it holds, in both languages. */
export type FieldDefinition<Name extends string = string> = { name: Name; description: BilingualLabel }

const fields = <const Name extends string>(rows: ReadonlyArray<readonly [Name, string, string]>): FieldDefinition<Name>[] =>
  rows.map(([name, zhTW, en]) => ({ name, description: label(zhTW, en) }))

const updatedAtField = ['updatedAt', '最後更新時間（ISO 8601，UTC）', 'When the record last changed (ISO 8601, UTC)'] as const
const demoField = ['demo', '是否為示範資料（true 表示虛構，非真實紀錄）', 'Whether the record is invented for demonstration (true) rather than real'] as const
const regionFields = [
  ['region', '區域代碼（north、central、south；空白表示全國）', 'Region code (north, central, south; empty for national)'],
  ['regionLabel', '區域名稱', 'Region name'],
] as const
const countyFields = [
  ['county', '縣市代碼', 'County or city code'],
  ['countyLabel', '縣市名稱', 'County or city name'],
] as const

export const datasetFields = {
  cases: fields([
    ['id', '識別碼', 'Identifier'],
    ['title', '標題', 'Title'],
    ['url', '本平臺網頁網址', 'Address of the page on this platform'],
    ['school', '學校', 'School'],
    ...countyFields,
    ...regionFields,
    ['academicYear', '學年度（民國年，例如 113）', 'Academic year in Minguo years (113 is 2024–25)'],
    ['academicYearLabel', '學年度名稱', 'Academic year as written'],
    ['planType', '計畫類型代碼', 'Plan type code'],
    ['planTypeLabel', '計畫類型', 'Plan type'],
    ['activityFormat', '辦理形式代碼', 'Activity format code'],
    ['activityFormatLabel', '辦理形式', 'Activity format'],
    ['activityKinds', '活動方式代碼（多值）', 'Activity kind codes (several)'],
    ['activityKindLabels', '活動方式（多值）', 'Activity kinds (several)'],
    ['subsidyScopes', '補助範圍代碼（多值）', 'Subsidy scope codes (several)'],
    ['subsidyScopeLabels', '補助範圍（多值）', 'Subsidy scopes (several)'],
    ['topics', '主題代碼（多值）', 'Topic codes (several)'],
    ['topicLabels', '主題（多值）', 'Topics (several)'],
    ['subsidised', '是否獲本署補助', 'Whether the agency subsidised it'],
    ['awardCategory', '獲獎類別代碼（空白表示未獲獎）', 'Award category code (empty when not awarded)'],
    ['awardCategoryLabel', '獲獎類別', 'Award category'],
    ['awardYear', '獲獎年度（西元）', 'Year of the award'],
    ['awardTitle', '獎項名稱', 'Name of the award'],
    ['summary', '摘要', 'Summary'],
    ['attachmentUrls', '附件網址（多值）', 'Addresses of attached files (several)'],
    demoField,
    updatedAtField,
  ]),
  news: fields([
    ['id', '識別碼', 'Identifier'],
    ['title', '標題', 'Title'],
    ['url', '本平臺網頁網址', 'Address of the page on this platform'],
    ['category', '類別代碼', 'Category code'],
    ['categoryLabel', '類別', 'Category'],
    ['projectZone', '專案專區代碼（空白表示不屬任何專區）', 'Project zone code (empty when none)'],
    ['projectZoneLabel', '專案專區', 'Project zone'],
    ...regionFields,
    ['summary', '摘要', 'Summary'],
    ['publishedAt', '發布日期（YYYY-MM-DD，臺灣時間）', 'Publication date (YYYY-MM-DD, Taiwan time)'],
    ['pinned', '是否置頂', 'Whether it is pinned to the top'],
    ['attachmentUrls', '附件網址（多值）', 'Addresses of attached files (several)'],
    demoField,
    updatedAtField,
  ]),
  directory: fields([
    ['id', '識別碼', 'Identifier'],
    ['school', '學校', 'School'],
    ['unit', '職涯輔導單位', 'Career guidance unit'],
    ...countyFields,
    ...regionFields,
    ['phone', '電話', 'Phone'],
    ['email', '電子郵件', 'Email'],
    ['address', '地址', 'Address'],
    ['website', '網站', 'Website'],
    ['url', '本平臺通訊錄中的位置', 'Address of the entry in the directory on this platform'],
    demoField,
    updatedAtField,
  ]),
  library: fields([
    ['id', '識別碼', 'Identifier'],
    ['title', '標題', 'Title'],
    ['url', '本平臺網頁網址', 'Address of the page on this platform'],
    ['itemType', '類型代碼', 'Item type code'],
    ['itemTypeLabel', '類型', 'Item type'],
    ['year', '年度（西元）', 'Year'],
    ['authors', '作者或發布機關', 'Authors or issuing body'],
    ['tags', '標籤（多值）', 'Tags (several)'],
    ['summary', '摘要', 'Summary'],
    ['fileUrl', '檔案網址', 'Address of the file'],
    ['externalUrl', '外部網址', 'Address of the item elsewhere'],
    demoField,
    updatedAtField,
  ]),
} as const

type FieldName<Name extends DatasetName> = (typeof datasetFields)[Name][number]['name']
export type DatasetRecord<Name extends DatasetName> = Record<FieldName<Name>, RecordValue>

/** What records need from outside: the language they are in and the portal's public address. */
export type RecordContext = { locale: Locale; site: URL | string }

const pageURL = (context: RecordContext, path: string) => new URL(localePath(context.locale, path), context.site).href

const attachmentURLs = (context: RecordContext, attachments: ReadonlyArray<string | { filename?: string | null }> | null | undefined) =>
  (attachments ?? []).flatMap((file) => (typeof file === 'object' && file.filename ? [new URL(fileURL('documents', file.filename), context.site).href] : []))

const labels = (options: ReadonlyArray<Option>, values: readonly string[] | null | undefined, locale: Locale) =>
  (values ?? []).map((value) => labelOf(options, value, locale))

/** A region's code and name; no region means national. */
function regionPair(region: string | null | undefined, locale: Locale) {
  return { region: region ?? null, regionLabel: region ? labelOf(regions, region, locale) : common(locale).national }
}

export function caseRecord(document: Case, context: RecordContext): DatasetRecord<'cases'> {
  const { locale } = context
  const school = typeof document.school === 'object' ? document.school : undefined
  return {
    id: document.id,
    title: document.title,
    url: pageURL(context, `/cases/${document.slug ?? document.id}/`),
    school: school?.name ?? null,
    county: school?.county ?? null,
    countyLabel: school ? labelOf(counties, school.county, locale) : null,
    ...regionPair(document.region ?? school?.region, locale),
    academicYear: document.academicYear,
    academicYearLabel: academicYearLabel(document.academicYear, locale),
    planType: document.planType,
    planTypeLabel: labelOf(planTypes, document.planType, locale),
    activityFormat: document.activityFormat,
    activityFormatLabel: labelOf(activityFormats, document.activityFormat, locale),
    activityKinds: document.activityKinds ?? [],
    activityKindLabels: labels(activityKinds, document.activityKinds, locale),
    subsidyScopes: document.subsidyScopes ?? [],
    subsidyScopeLabels: labels(subsidyScopes, document.subsidyScopes, locale),
    topics: document.topics ?? [],
    topicLabels: labels(caseTopics, document.topics, locale),
    subsidised: Boolean(document.subsidised),
    awardCategory: document.award?.category ?? null,
    awardCategoryLabel: document.award?.category ? labelOf(awardCategories, document.award.category, locale) : null,
    awardYear: document.award?.year ?? null,
    awardTitle: document.award?.title ?? null,
    summary: document.summary,
    attachmentUrls: attachmentURLs(context, document.attachments),
    demo: Boolean(document.demo),
    updatedAt: document.updatedAt,
  }
}

export function newsRecord(document: News, context: RecordContext): DatasetRecord<'news'> {
  const { locale } = context
  return {
    id: document.id,
    title: document.title,
    url: pageURL(context, `/news/${document.slug ?? document.id}/`),
    category: document.category,
    categoryLabel: labelOf(newsCategories, document.category, locale),
    projectZone: document.projectZone ?? null,
    projectZoneLabel: document.projectZone ? labelOf(projectZones, document.projectZone, locale) : null,
    ...regionPair(document.region, locale),
    summary: document.summary ?? null,
    publishedAt: isoDate(document.publishedAt),
    pinned: Boolean(document.pinned),
    attachmentUrls: attachmentURLs(context, document.attachments),
    demo: Boolean(document.demo),
    updatedAt: document.updatedAt,
  }
}

/** The anchor of a school's entry on the directory page. */
export const schoolAnchor = (school: Pick<School, 'id' | 'slug'>) => `school-${school.slug ?? school.id}`

export function schoolRecord(document: School, context: RecordContext): DatasetRecord<'directory'> {
  const { locale } = context
  return {
    id: document.id,
    school: document.name,
    unit: document.unitName,
    county: document.county,
    countyLabel: labelOf(counties, document.county, locale),
    ...regionPair(document.region, locale),
    phone: document.phone ?? null,
    email: document.email ?? null,
    address: document.address ?? null,
    website: document.website ?? null,
    url: `${pageURL(context, '/directory/')}#${schoolAnchor(document)}`,
    demo: Boolean(document.demo),
    updatedAt: document.updatedAt,
  }
}

export function libraryRecord(document: Library, context: RecordContext): DatasetRecord<'library'> {
  const { locale } = context
  const file = typeof document.file === 'object' && document.file?.filename ? document.file.filename : undefined
  return {
    id: document.id,
    title: document.title,
    url: pageURL(context, `/library/${document.slug ?? document.id}/`),
    itemType: document.itemType,
    itemTypeLabel: labelOf(libraryItemTypes, document.itemType, locale),
    year: document.year ?? null,
    authors: document.authors ?? null,
    tags: document.tags ?? [],
    summary: document.summary,
    fileUrl: file ? new URL(fileURL('documents', file), context.site).href : null,
    externalUrl: document.url ?? null,
    demo: Boolean(document.demo),
    updatedAt: document.updatedAt,
  }
}

/** Cells a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, or a control character first). */
const formulaStart = /^[=+\-@\t\r]/

/**
 * One CSV cell (RFC 4180): quoted when it holds a comma, a quote or a line break, quotes doubled.
 * Lists are joined; a text that would start a spreadsheet formula gets a leading apostrophe so
 * that opening the file never runs it (the JSON keeps the original).
 */
export function csvCell(value: RecordValue): string {
  let text: string
  if (value === null) text = ''
  else if (Array.isArray(value)) text = value.join(listSeparator)
  else text = String(value)
  if (typeof value === 'string' && formulaStart.test(text)) text = `'${text}`
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}

/** Byte-order mark: without it Excel reads UTF-8 as the system code page and garbles Chinese. */
export const BOM = '\uFEFF'

/** A dataset as CSV: BOM, a header row of field names, CRLF line ends. */
export function toCSV<Name extends string>(fieldList: ReadonlyArray<FieldDefinition<Name>>, records: ReadonlyArray<Record<Name, RecordValue>>): string {
  const rows = [fieldList.map((field) => field.name), ...records.map((record) => fieldList.map((field) => csvCell(record[field.name])))]
  return BOM + rows.map((row) => row.join(',')).join('\r\n') + '\r\n'
}

/** What the JSON file says about itself before its records. */
export type DatasetHeader = {
  dataset: DatasetName
  title: string
  description: string
  language: string
  publisher: string
  /** When the content was exported from the CMS. */
  generatedAt: string
  /** The latest change among the records. */
  updatedAt: string | null
}

/** A dataset as a JSON document: header, licence, field descriptions, then records. */
export function toJSON<Name extends string>(
  header: DatasetHeader,
  fieldList: ReadonlyArray<FieldDefinition<Name>>,
  records: ReadonlyArray<Record<Name, RecordValue>>,
  locale: Locale,
): string {
  const document = {
    ...header,
    licence: { name: licence.name[locale], url: licence.url },
    recordCount: records.length,
    fields: fieldList.map((field) => ({ name: field.name, description: field.description[locale] })),
    records,
  }
  return JSON.stringify(document, null, 2) + '\n'
}

/** The latest `updatedAt` of some documents: the dataset's update date. */
export const latestUpdate = (documents: ReadonlyArray<{ updatedAt: string }>): string | null =>
  documents.reduce<string | null>((latest, { updatedAt }) => (latest === null || updatedAt > latest ? updatedAt : latest), null)
