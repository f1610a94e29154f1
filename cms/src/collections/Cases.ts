import type { CollectionConfig } from 'payload'
import { relationship } from 'payload/shared'

import { caseAccess } from '../access/collectionAccess'
import { reviewTeamOnly, signedInOnly } from '../access/fieldAccess'
import { hasRole } from '../access/roles'
import { attachmentsField } from '../fields/attachments'
import { dayAndTime } from '../fields/dateDisplay'
import { draftVersions } from '../fields/draftVersions'
import { createdByField } from '../fields/createdBy'
import { demoField } from '../fields/demo'
import { photosField } from '../fields/photos'
import { derivedRegionField } from '../fields/region'
import { slugField } from '../fields/slug'
import { applyCaseWorkflow } from '../hooks/applyCaseWorkflow'
import { regionFromSchool } from '../hooks/deriveRegion'
import { keepCaseWithinReach } from '../hooks/keepInOwnRegion'
import { notifyCaseWorkflow } from '../hooks/notifyCaseWorkflow'
import { refuseReservedFields } from '../hooks/refuseReservedFields'
import { collectionLabels, label } from '../labels'
import { activityFormats, activityKinds, awardCategories, caseTopics, planTypes, subsidyScopes } from '../vocabularies'
import { caseStatuses } from '../workflow/caseWorkflow'
import { adminGroups } from './adminGroups'
import { draftPreview } from './draftPreview'

/** 職涯輔導優良範例: a school's exemplary career-guidance practice. */
export const Cases: CollectionConfig = {
  slug: 'cases',
  labels: collectionLabels('優良範例', 'Exemplar case', 'Exemplar cases'),
  access: caseAccess,
  trash: true,
  versions: draftVersions,
  hooks: {
    beforeChange: [
      keepCaseWithinReach,
      refuseReservedFields(
        {
          featured: label('首頁精選', 'Featured on the home page'),
          award: label('獲獎紀錄', 'Award'),
          region: label('區域', 'Region'),
          subsidised: label('獲本署補助', 'Subsidised by the agency'),
          reviewers: label('評審委員', 'Reviewers'),
        },
        (account) => hasRole(account, 'admin', 'contractor', 'convener'),
      ),
      applyCaseWorkflow,
    ],
    afterChange: [notifyCaseWorkflow],
  },
  defaultSort: '-academicYear',
  admin: {
    preview: draftPreview('cases'),
    group: adminGroups.content,
    useAsTitle: 'title',
    defaultColumns: ['title', 'school', 'region', 'academicYear', 'workflowStatus', '_status', 'updatedAt'],
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
    {
      name: 'reviewers',
      type: 'relationship',
      relationTo: 'users',
      hasMany: true,
      filterOptions: { role: { equals: 'reviewer' } },
      // Checks that the accounts are reviewers whatever the editor may read of accounts: conveners
      // and school staff cannot list reviewers' accounts, yet save cases that have reviewers.
      validate: (value, options) => relationship(value, { ...options, overrideAccess: true }),
      access: { read: reviewTeamOnly },
      label: label('評審委員', 'Reviewers'),
      admin: { position: 'sidebar', description: label('可閱讀本案並填寫評審意見的委員。', 'Reviewers who may read this case and write a review of it.') },
    },
    {
      name: 'workflowStatus',
      type: 'select',
      // Always set by applyCaseWorkflow; not required in the types, since the public never reads it.
      defaultValue: 'draft',
      options: [...caseStatuses],
      index: true,
      access: { read: signedInOnly },
      label: label('審核狀態', 'Review status'),
      admin: {
        position: 'sidebar',
        description: label(
          '學校送審，召集學校核定或退回，核定後發布。伺服器只接受您可以執行的步驟。',
          'Schools submit; the convener approves or returns; approved cases are published. The server accepts only the steps you may take.',
        ),
      },
    },
    {
      name: 'workflowComment',
      type: 'textarea',
      virtual: true,
      label: label('狀態變更說明', 'Comment on the status change'),
      admin: { position: 'sidebar', description: label('退回時必填，會寄給學校。', 'Required when returning a case; sent to the school.') },
    },
    {
      name: 'workflowHistory',
      type: 'array',
      label: label('審核紀錄', 'Review history'),
      access: { read: signedInOnly },
      labels: { singular: label('紀錄', 'Entry'), plural: label('紀錄', 'Entries') },
      admin: { readOnly: true, initCollapsed: false },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'from', type: 'select', options: [...caseStatuses], label: label('原狀態', 'From') },
            { name: 'to', type: 'select', options: [...caseStatuses], label: label('新狀態', 'To') },
            { name: 'by', type: 'relationship', relationTo: 'users', label: label('執行者', 'By') },
            { name: 'at', type: 'date', label: label('時間', 'When'), admin: dayAndTime },
          ],
        },
        { name: 'comment', type: 'textarea', label: label('說明', 'Comment') },
      ],
    },
    createdByField,
    demoField,
  ],
}
