/**
 * The open datasets of one language, made from the snapshot: what the dataset endpoints write
 * and the open-data statement lists.
 */
import { htmlLang, type Locale } from '../i18n/locales'
import { openData } from '../i18n/openData'
import { exportedAt, getCollection, getGlobal } from './index'
import {
  caseRecord,
  type DatasetHeader,
  type DatasetName,
  datasetFields,
  type FieldDefinition,
  latestUpdate,
  libraryRecord,
  newsRecord,
  type RecordContext,
  type RecordValue,
  schoolRecord,
} from './openData'

export type Dataset = {
  header: DatasetHeader
  fields: ReadonlyArray<FieldDefinition>
  records: ReadonlyArray<Record<string, RecordValue>>
}

function documentsAndRecords(name: DatasetName, context: RecordContext) {
  const map = <Document, Row>(documents: Document[], toRecord: (document: Document, context: RecordContext) => Row) => ({
    documents,
    records: documents.map((document) => toRecord(document, context)),
  })
  switch (name) {
    case 'cases':
      return map(getCollection('cases', context.locale), caseRecord)
    case 'news':
      return map(getCollection('news', context.locale), newsRecord)
    case 'directory':
      return map(getCollection('schools', context.locale), schoolRecord)
    case 'library':
      return map(getCollection('library', context.locale), libraryRecord)
  }
}

export function loadDataset(name: DatasetName, locale: Locale, site: URL): Dataset {
  const t = openData(locale)
  const { documents, records } = documentsAndRecords(name, { locale, site })
  return {
    header: {
      dataset: name,
      title: t[`${name}Title`],
      description: t[`${name}Description`],
      language: htmlLang[locale],
      publisher: getGlobal('site-settings', locale).agencyName,
      generatedAt: exportedAt(),
      updatedAt: latestUpdate(documents),
    },
    fields: datasetFields[name],
    records,
  }
}
