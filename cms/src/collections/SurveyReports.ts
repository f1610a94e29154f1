import type { CollectionConfig, TextFieldSingleValidation } from 'payload'

import { nationalContentAccess } from '../access/collectionAccess'
import { createdByField } from '../fields/createdBy'
import { draftVersions } from '../fields/draftVersions'
import { attachmentsField } from '../fields/attachments'
import { demoField } from '../fields/demo'
import { publishedAtField } from '../fields/publishedAt'
import { slugField } from '../fields/slug'
import { collectionLabels, label, options } from '../labels'
import { localise, messages } from '../messages'
import { adminGroups } from './adminGroups'
import { draftPreview } from './draftPreview'

/** A chart compares two series only when some row has a comparison value; then it needs its name. */
const compareLabelWhenCompared: TextFieldSingleValidation = (value, { req, siblingData }) => {
  const rows = (siblingData as { rows?: Array<{ compareValue?: number | null }> }).rows ?? []
  const compared = rows.some((row) => typeof row.compareValue === 'number')
  return !compared || Boolean(value) || localise(req, messages.compareLabelRequired)
}

/** 調查分析: the annual status survey's analysis, with its figures as chart data the portal draws. */
export const SurveyReports: CollectionConfig = {
  slug: 'survey-reports',
  labels: collectionLabels('調查分析', 'Survey analysis', 'Survey analyses'),
  access: nationalContentAccess,
  trash: true,
  versions: draftVersions,
  defaultSort: '-publishedAt',
  admin: {
    preview: draftPreview('survey-reports'),
    group: adminGroups.content,
    useAsTitle: 'title',
    defaultColumns: ['title', 'year', 'publishedAt', '_status', 'updatedAt'],
    listSearchableFields: ['title', 'slug'],
  },
  fields: [
    { name: 'title', type: 'text', required: true, localized: true, label: label('標題', 'Title') },
    {
      name: 'year',
      type: 'number',
      required: true,
      index: true,
      min: 2000,
      max: 2100,
      label: label('調查年度（西元）', 'Survey year'),
    },
    { name: 'summary', type: 'textarea', required: true, localized: true, label: label('摘要', 'Summary') },
    { name: 'body', type: 'richText', localized: true, label: label('分析內容', 'Analysis') },
    {
      name: 'charts',
      type: 'array',
      label: label('統計圖表', 'Charts'),
      labels: { singular: label('圖表', 'Chart'), plural: label('圖表', 'Charts') },
      admin: {
        description: label(
          '網站依資料繪製圖表並附上資料表。',
          'The portal draws each chart from its data and shows the data as a table beside it.',
        ),
      },
      fields: [
        { name: 'title', type: 'text', required: true, localized: true, label: label('圖表標題', 'Chart title') },
        {
          type: 'row',
          fields: [
            {
              name: 'kind',
              type: 'select',
              required: true,
              defaultValue: 'bar',
              options: options([
                ['bar', '長條圖', 'Bar chart'],
                ['line', '折線圖', 'Line chart'],
              ] as const),
              label: label('圖表類型', 'Kind of chart'),
            },
            {
              name: 'unit',
              type: 'text',
              localized: true,
              label: label('單位', 'Unit'),
              admin: { description: label('例如：校、%、人次', 'e.g. schools, %, participants') },
            },
          ],
        },
        {
          name: 'description',
          type: 'textarea',
          localized: true,
          label: label('圖表說明', 'Description'),
          admin: { description: label('一兩句說明圖表重點，顯示於圖表旁，也由螢幕報讀軟體朗讀。', 'One or two sentences on what the chart shows; shown beside it and read out by screen readers.') },
        },
        {
          type: 'row',
          fields: [
            {
              name: 'valueLabel',
              type: 'text',
              required: true,
              localized: true,
              label: label('數值名稱', 'Series name'),
              admin: { description: label('例如：114年', 'e.g. 2025') },
            },
            {
              name: 'compareLabel',
              type: 'text',
              localized: true,
              label: label('比較數值名稱', 'Comparison series name'),
              admin: { description: label('例如：113年；有比較數值時必填。', 'e.g. 2024; required when rows have comparison values.') },
              validate: compareLabelWhenCompared,
            },
          ],
        },
        {
          name: 'rows',
          type: 'array',
          required: true,
          minRows: 1,
          label: label('資料', 'Data'),
          labels: { singular: label('資料列', 'Row'), plural: label('資料列', 'Rows') },
          fields: [
            {
              type: 'row',
              fields: [
                { name: 'label', type: 'text', required: true, localized: true, label: label('項目', 'Label') },
                { name: 'value', type: 'number', required: true, label: label('數值', 'Value') },
                { name: 'compareValue', type: 'number', label: label('比較數值', 'Comparison value') },
              ],
            },
          ],
        },
      ],
    },
    attachmentsField,
    slugField(),
    publishedAtField,
    demoField,
    createdByField,
  ],
}
