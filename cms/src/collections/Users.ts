import type { CollectionConfig } from 'payload'

import { adminOrSelf } from '../access/adminOrSelf'
import { isAdmin, isAdminField } from '../access/isAdmin'
import { collectionLabels, label } from '../labels'
import { adminGroups } from './adminGroups'

/** Work accounts. Roles beyond agency administrators are added with the review workflow. */
export const Users: CollectionConfig = {
  slug: 'users',
  labels: collectionLabels('帳號', 'Account', 'Accounts'),
  auth: {
    maxLoginAttempts: 5,
    lockTime: 15 * 60 * 1000,
    tokenExpiration: 8 * 60 * 60,
  },
  access: {
    admin: ({ req: { user } }) => Boolean(user),
    create: isAdmin,
    read: adminOrSelf,
    update: adminOrSelf,
    delete: isAdmin,
    unlock: isAdmin,
  },
  admin: {
    group: adminGroups.directoryAndSettings,
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'role', 'updatedAt'],
  },
  fields: [
    { name: 'name', type: 'text', required: true, label: label('姓名', 'Name') },
    {
      name: 'role',
      type: 'select',
      required: true,
      defaultValue: 'admin',
      options: [{ value: 'admin', label: label('本署管理者', 'Agency administrator') }],
      label: label('角色', 'Role'),
      saveToJWT: true,
      access: { update: isAdminField },
    },
  ],
}
