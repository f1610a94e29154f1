import type { CollectionConfig } from 'payload'

import { editorialAccess } from '../access/collectionAccess'
import { attachmentsField } from '../fields/attachments'
import { demoField } from '../fields/demo'
import { photosField } from '../fields/photos'
import { derivedRegionField } from '../fields/region'
import { slugField } from '../fields/slug'
import { regionFromSchool } from '../hooks/deriveRegion'
import { collectionLabels, label } from '../labels'
import { activityFormats, activityKinds, awardCategories, caseTopics, planTypes, subsidyScopes } from '../vocabularies'
import { adminGroups } from './adminGroups'

/** 職涯輔導優良範例: a school's exemplary career-guidance practice. */
export const Cases: CollectionConfig = {
  slug: 'cases',
  labels: collectionLabels('優良範例', 'Exemplar case', 'Exemplar cases'),
  access: editorialAccess,
  versions: { drafts: true, maxPerDoc: 50 },
  defaultSort: '-academicYear',
  admin: {
    group: adminGroups.content,
    useAsTitle: 'title',
    defaultColumns: ['title', 'school', 'region', 'academicYear', 'planType', '_status', 'updatedAt'],
    listSearchableFields: ['title', 'slug'],
  },
  fields: [
    { name: 'title', type: 'text', required: true, localized: true, label: label('案例名稱', 'Title') },
    {
      type: 'row',
      fields: [
        { name: 'school', type: 'relationship', relationTo: 'schools', required: true, index: true, label: label('學校', 'School') },
        {
          name: 'academicYear',
          type: 'number',
          required: true,
          index: true,
          min: 90,
          max: 200,
          label: label('學年度', 'Academic year'),
          admin: { description: label('民國紀年，例如 113。', 'In Minguo years, e.g. 113 (2024–25).') },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'planType', type: 'select', required: true, options: planTypes, index: true, label: label('計畫類型', 'Plan type') },
        { name: 'activityFormat', type: 'select', required: true, options: activityFormats, index: true, label: label('辦理形式', 'Activity format') },
      ],
    },
    { name: 'activityKinds', type: 'select', hasMany: true, options: activityKinds, label: label('活動方式', 'Kinds of activity') },
    {
      type: 'row',
      fields: [
        { name: 'subsidyScopes', type: 'select', hasMany: true, options: subsidyScopes, label: label('補助範圍', 'Subsidy scope') },
        { name: 'topics', type: 'select', hasMany: true, options: caseTopics, label: label('主題', 'Topics') },
      ],
    },
    { name: 'summary', type: 'textarea', required: true, localized: true, label: label('摘要', 'Summary') },
    { name: 'body', type: 'richText', localized: true, label: label('內容', 'Body') },
    photosField(),
    attachmentsField,
    slugField(),
    derivedRegionField(label('依學校自動帶入。', 'Set from the school.'), regionFromSchool),
    {
      name: 'subsidised',
      type: 'checkbox',
      defaultValue: false,
      label: label('獲本署補助', 'Subsidised by the agency'),
      admin: { position: 'sidebar' },
    },
    {
      name: 'award',
      type: 'group',
      label: label('獲獎紀錄', 'Award'),
      admin: { position: 'sidebar' },
      fields: [
        { name: 'category', type: 'select', options: awardCategories, label: label('評選類別', 'Award category') },
        { name: 'year', type: 'number', min: 2000, max: 2100, label: label('獲獎年度（西元）', 'Year awarded') },
        { name: 'title', type: 'text', localized: true, label: label('獎項名稱', 'Award title') },
      ],
    },
    {
      name: 'featured',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      label: label('首頁精選', 'Featured on the home page'),
      admin: { position: 'sidebar' },
    },
    demoField,
  ],
}
