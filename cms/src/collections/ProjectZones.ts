import type { CollectionConfig, DateFieldValidation } from 'payload'

import { nationalContentAccess } from '../access/collectionAccess'
import { createdByField } from '../fields/createdBy'
import { dayOnly } from '../fields/dateDisplay'
import { draftVersions } from '../fields/draftVersions'
import { attachmentsField } from '../fields/attachments'
import { slugField } from '../fields/slug'
import { collectionLabels, label } from '../labels'
import { localise, messages } from '../messages'
import { projectZones } from '../vocabularies'
import { adminGroups } from './adminGroups'
import { draftPreview } from './draftPreview'

const endNotBeforeStart: DateFieldValidation = (value, { req, siblingData }) => {
  const start = (siblingData as { startDate?: string }).startDate
  return !value || !start || new Date(value) >= new Date(start) || localise(req, messages.endBeforeStart)
}

/** 專案專區: one of the programme's four projects, its description and its yearly calendar. */
export const ProjectZones: CollectionConfig = {
  slug: 'project-zones',
  labels: collectionLabels('專案專區', 'Project zone', 'Project zones'),
  access: nationalContentAccess,
  trash: true,
  versions: draftVersions,
  defaultSort: 'order',
  admin: {
    group: adminGroups.projectZones,
    useAsTitle: 'title',
    preview: draftPreview('project-zones'),
    defaultColumns: ['title', 'zone', '_status', 'updatedAt'],
  },
  fields: [
    { name: 'title', type: 'text', required: true, localized: true, label: label('名稱', 'Title') },
    {
      type: 'row',
      fields: [
        { name: 'zone', type: 'select', required: true, unique: true, options: projectZones, label: label('專區', 'Zone') },
        { name: 'order', type: 'number', defaultValue: 0, label: label('排序', 'Order') },
      ],
    },
    { name: 'summary', type: 'textarea', required: true, localized: true, label: label('摘要', 'Summary') },
    { name: 'description', type: 'richText', localized: true, label: label('計畫說明', 'Description') },
    {
      name: 'calendar',
      type: 'array',
      label: label('年度行事曆', 'Yearly calendar'),
      labels: { singular: label('行事曆項目', 'Calendar entry'), plural: label('行事曆項目', 'Calendar entries') },
      admin: { initCollapsed: true },
      fields: [
        { name: 'title', type: 'text', required: true, localized: true, label: label('項目', 'Entry') },
        {
          type: 'row',
          fields: [
            {
              name: 'startDate',
              type: 'date',
              required: true,
              label: label('開始日期', 'Start date'),
              admin: dayOnly,
            },
            {
              name: 'endDate',
              type: 'date',
              label: label('結束日期', 'End date'),
              admin: dayOnly,
              validate: endNotBeforeStart,
            },
          ],
        },
        { name: 'description', type: 'textarea', localized: true, label: label('說明', 'Description') },
      ],
    },
    { ...attachmentsField, label: label('相關文件', 'Documents') },
    slugField(),
    createdByField,
  ],
}
