import type { CollectionConfig } from 'payload'

import { siteBuildAccess } from '../access/siteBuildAccess'
import { dayAndTimeWithSeconds } from '../fields/dateDisplay'
import { collectionLabels, label, options } from '../labels'
import { rebuildEndpoint } from '../publishing/rebuildEndpoint'
import { adminGroups } from './adminGroups'

export const SITE_BUILDS = 'site-builds'

export const siteBuildStatuses = options([
  ['queued', '等待建置', 'Waiting'],
  ['building', '建置中', 'Building'],
  ['live', '已上線', 'Live'],
  ['failed', '失敗', 'Failed'],
] as const)
export type SiteBuildStatus = (typeof siteBuildStatuses)[number]['value']

export const siteBuildActions = options([
  ['publish', '發布或更新', 'Published or updated'],
  ['unpublish', '取消發布', 'Unpublished'],
  ['delete', '刪除', 'Deleted'],
  ['settings', '網站設定變更', 'Site settings changed'],
  ['rebuild', '手動重建', 'Rebuild requested'],
] as const)
export type SiteBuildAction = (typeof siteBuildActions)[number]['value']

/** The changes a build lists: enough to say what it carries, without growing with a bulk import. */
export const listedChangesPerBuild = 20

/**
 * 網站建置: each build of the public portal, from the changes that asked for it to the release it
 * put live or the error that stopped it. Written only by the server (`publishing/`); every
 * signed-in account can see whether what they published is live yet.
 */
export const SiteBuilds: CollectionConfig = {
  slug: SITE_BUILDS,
  labels: collectionLabels('網站建置', 'Portal build', 'Portal builds'),
  access: siteBuildAccess,
  lockDocuments: false,
  graphQL: { singularName: 'SiteBuild', pluralName: 'SiteBuilds', disableMutations: true },
  defaultSort: '-requestedAt',
  endpoints: [rebuildEndpoint],
  admin: {
    group: adminGroups.directoryAndSettings,
    useAsTitle: 'summary',
    defaultColumns: ['summary', 'status', 'requestedAt', 'finishedAt', 'durationSeconds', 'pages'],
    description: label(
      '發布、取消發布或刪除公開內容後，系統會自動重建入口網站；新版本完整建置後才會取代線上版本，建置失敗時線上版本維持不變。',
      'Publishing, unpublishing or deleting public content rebuilds the portal by itself; a new version replaces the live one only once it is completely built, and a failed build leaves the live portal as it was.',
    ),
  },
  fields: [
    { name: 'summary', type: 'text', label: label('內容', 'Changes') },
    {
      name: 'status',
      type: 'select',
      required: true,
      index: true,
      defaultValue: 'queued',
      options: [...siteBuildStatuses],
      label: label('狀態', 'Status'),
    },
    {
      type: 'row',
      fields: [
        { name: 'requestedAt', type: 'date', index: true, label: label('最近一次要求', 'Last requested'), admin: dayAndTimeWithSeconds },
        { name: 'startedAt', type: 'date', label: label('開始建置', 'Started'), admin: dayAndTimeWithSeconds },
        { name: 'finishedAt', type: 'date', index: true, label: label('完成時間', 'Finished'), admin: dayAndTimeWithSeconds },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'durationSeconds', type: 'number', label: label('建置秒數', 'Build time (s)') },
        { name: 'pages', type: 'number', label: label('頁數', 'Pages') },
        { name: 'requests', type: 'number', defaultValue: 0, label: label('涵蓋的變更數', 'Changes covered') },
        { name: 'release', type: 'text', label: label('版本代號', 'Release') },
      ],
    },
    {
      name: 'changes',
      type: 'array',
      label: label('觸發的變更', 'Changes that asked for it'),
      labels: { singular: label('變更', 'Change'), plural: label('變更', 'Changes') },
      admin: { description: label(`最多列出前 ${listedChangesPerBuild} 項。`, `The first ${listedChangesPerBuild} are listed.`) },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'action', type: 'select', required: true, options: [...siteBuildActions], label: label('動作', 'Action') },
            { name: 'collection', type: 'text', label: label('類別', 'Collection') },
            { name: 'documentId', type: 'text', label: label('文件編號', 'Document ID') },
          ],
        },
        { name: 'title', type: 'text', label: label('標題', 'Title') },
        {
          type: 'row',
          fields: [
            { name: 'by', type: 'relationship', relationTo: 'users', label: label('帳號', 'Account') },
            { name: 'at', type: 'date', label: label('時間', 'When'), admin: dayAndTimeWithSeconds },
          ],
        },
      ],
    },
    { name: 'error', type: 'textarea', label: label('錯誤訊息', 'Error'), admin: { condition: (data) => Boolean(data?.error) } },
  ],
}
