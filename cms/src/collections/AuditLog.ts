import type { CollectionConfig } from 'payload'

import { auditLogAccess } from '../access/auditLogAccess'
import { dayAndTimeWithSeconds } from '../fields/dateDisplay'
import { collectionLabels, label, options } from '../labels'
import { adminGroups } from './adminGroups'

export const auditActions = options([
  ['create', '新增', 'Create'],
  ['update', '修改', 'Update'],
  ['delete', '永久刪除', 'Delete'],
  ['trash', '移至垃圾桶', 'Move to trash'],
  ['restore', '從垃圾桶還原', 'Restore'],
  ['status', '狀態變更', 'Status change'],
  ['login', '登入', 'Sign-in'],
  ['login-failed', '登入失敗', 'Failed sign-in'],
  ['forbidden', '拒絕存取', 'Refused'],
] as const)
export type AuditAction = (typeof auditActions)[number]['value']

export const AUDIT_LOG = 'audit-log'

/**
 * 稽核紀錄: who did what to which document, when, and which fields changed; sign-ins, failed
 * sign-ins and refused requests. Entries are written by the server (`audit/`), read by the agency's
 * administrators, and changed or removed by nobody.
 */
export const AuditLog: CollectionConfig = {
  slug: AUDIT_LOG,
  labels: collectionLabels('稽核紀錄', 'Audit log entry', 'Audit log'),
  access: auditLogAccess,
  // An entry is a fact at a moment: it has no later versions and no edits to lock against.
  timestamps: false,
  lockDocuments: false,
  graphQL: { singularName: 'AuditLogEntry', pluralName: 'AuditLog', disableMutations: true },
  defaultSort: '-at',
  admin: {
    group: adminGroups.directoryAndSettings,
    useAsTitle: 'summary',
    defaultColumns: ['at', 'actorEmail', 'action', 'collection', 'documentId', 'summary'],
    listSearchableFields: ['summary', 'actorEmail', 'documentId'],
  },
  fields: [
    {
      name: 'at',
      type: 'date',
      required: true,
      index: true,
      label: label('時間', 'When'),
      admin: dayAndTimeWithSeconds,
    },
    { name: 'action', type: 'select', required: true, index: true, options: [...auditActions], label: label('動作', 'Action') },
    {
      type: 'row',
      fields: [
        { name: 'actor', type: 'relationship', relationTo: 'users', index: true, label: label('帳號', 'Account') },
        // Snapshots: the entry keeps saying who it was when the account later changes or is deleted.
        { name: 'actorEmail', type: 'text', label: label('帳號電子郵件', 'Account email') },
        { name: 'actorRole', type: 'text', label: label('當時角色', 'Role at the time') },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'collection', type: 'text', index: true, label: label('資料集', 'Collection') },
        { name: 'documentId', type: 'text', label: label('文件編號', 'Document ID') },
      ],
    },
    {
      name: 'changedFields',
      type: 'json',
      label: label('變更的欄位', 'Changed fields'),
      admin: { description: label('只記錄欄位名稱，不記錄內容。', 'Only the names of the fields are kept, never their values.') },
    },
    { name: 'summary', type: 'text', label: label('摘要', 'Summary') },
    { name: 'ip', type: 'text', label: label('IP 位址', 'IP address') },
  ],
}
