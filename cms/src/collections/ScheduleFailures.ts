import type { CollectionConfig } from 'payload'

import { scheduleFailureAccess } from '../access/scheduleFailureAccess'
import { dayAndTime } from '../fields/dateDisplay'
import { collectionLabels, label, options } from '../labels'
import { dismissScheduleFailure } from '../scheduling/dismissScheduleFailure'
import { adminGroups } from './adminGroups'

export const SCHEDULE_FAILURES = 'schedule-failures'

export const scheduleFailureReasons = options([
  ['account-inactive', '帳號已停用', 'Account deactivated'],
  ['not-allowed', '無發布權限', 'Not allowed to publish'],
  ['invalid', '欄位不符規定', 'Invalid fields'],
  ['document-gone', '文件已刪除', 'Document deleted'],
  ['error', '其他錯誤', 'Other error'],
] as const)
export type ScheduleFailureReason = (typeof scheduleFailureReasons)[number]['value']

/**
 * 排程失敗: a scheduled publish or unpublish that did not happen when it ran, and why. The runner
 * writes one per failure and emails it (`scheduling/scheduleFailures.ts`); its notice shows until
 * the document is saved again or whoever it concerns dismisses it.
 */
export const ScheduleFailures: CollectionConfig = {
  slug: SCHEDULE_FAILURES,
  labels: collectionLabels('排程失敗', 'Failed schedule', 'Failed schedules'),
  access: scheduleFailureAccess,
  lockDocuments: false,
  graphQL: { singularName: 'ScheduleFailure', pluralName: 'ScheduleFailures', disableMutations: true },
  defaultSort: '-failedAt',
  endpoints: [dismissScheduleFailure],
  admin: {
    group: adminGroups.content,
    useAsTitle: 'documentTitle',
    defaultColumns: ['documentTitle', 'type', 'plannedAt', 'reason', 'scheduledBy', 'dismissedAt'],
    description: label(
      '排定的發布或取消發布未能完成的紀錄。儀表板與編輯畫面會顯示通知，直到該文件再次儲存或按「知道了」關閉。',
      'Scheduled publishes and unpublishes that did not happen. The dashboard and the edit view show each until the document is saved again or the notice is dismissed.',
    ),
  },
  fields: [
    { name: 'documentTitle', type: 'text', label: label('文件', 'Document') },
    {
      type: 'row',
      fields: [
        { name: 'collectionSlug', type: 'text', required: true, index: true, label: label('類別', 'Collection') },
        { name: 'documentId', type: 'text', required: true, index: true, label: label('文件編號', 'Document ID') },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'type', type: 'select', required: true, options: options([['publish', '發布', 'Publish'], ['unpublish', '取消發布', 'Unpublish']]), label: label('排程', 'Schedule') },
        { name: 'plannedAt', type: 'date', label: label('排定時間', 'Planned for'), admin: dayAndTime },
        { name: 'failedAt', type: 'date', required: true, label: label('失敗時間', 'Failed at'), admin: dayAndTime },
      ],
    },
    { name: 'scheduledBy', type: 'relationship', relationTo: 'users', index: true, label: label('排程帳號', 'Scheduled by') },
    { name: 'reason', type: 'select', required: true, options: [...scheduleFailureReasons], label: label('原因', 'Reason') },
    {
      name: 'explanation',
      type: 'group',
      label: label('說明', 'Explanation'),
      fields: [
        { name: 'zhTW', type: 'textarea', label: label('中文', 'Chinese') },
        { name: 'en', type: 'textarea', label: label('英文', 'English') },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'job', type: 'text', label: label('排程工作編號', 'Job ID') },
        { name: 'dismissedAt', type: 'date', label: label('通知關閉於', 'Notice dismissed'), admin: dayAndTime },
      ],
    },
  ],
}
