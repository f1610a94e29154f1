import type { CollectionConfig } from 'payload'

import { accountAccess } from '../access/accountAccess'
import { administratorsOnly } from '../access/fieldAccess'
import { roles } from '../access/roles'
import { secureCookies } from '../environment'
import { checkAccountChanges } from '../hooks/checkAccountChanges'
import { enforcePasswordPolicy } from '../hooks/enforcePasswordPolicy'
import { keepLockedAccountsLocked } from '../hooks/keepLockedAccountsLocked'
import { refuseDeactivatedSignIn } from '../hooks/refuseDeactivatedSignIn'
import { collectionLabels, label } from '../labels'
import { regions } from '../vocabularies'
import { adminGroups } from './adminGroups'

/**
 * Work and participant accounts. Each has a role; conveners are bound to a region and school
 * staff to a school (and so to its region). Accounts are deactivated rather than deleted, so the
 * history they wrote keeps its author.
 */
export const Users: CollectionConfig = {
  slug: 'users',
  labels: collectionLabels('帳號', 'Account', 'Accounts'),
  auth: {
    maxLoginAttempts: 5,
    // Payload lifts a lock once lockTime has passed; a century keeps it until an administrator unlocks it.
    lockTime: 100 * 365 * 24 * 60 * 60 * 1000,
    tokenExpiration: 8 * 60 * 60,
    cookies: { secure: secureCookies, sameSite: 'Lax' },
    // Keys are shown once when generated, stored encrypted and never read back (no `reveal`);
    // administrators issue them (see the `apiKey` field), to automation accounts only (checkAccountChanges).
    useAPIKey: true,
  },
  access: accountAccess,
  hooks: {
    beforeOperation: [enforcePasswordPolicy, keepLockedAccountsLocked],
    beforeChange: [checkAccountChanges],
    beforeLogin: [refuseDeactivatedSignIn],
  },
  admin: {
    group: adminGroups.directoryAndSettings,
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'role', 'region', 'school', 'active'],
  },
  fields: [
    { name: 'name', type: 'text', required: true, label: label('姓名', 'Name') },
    {
      type: 'row',
      fields: [
        {
          name: 'role',
          type: 'select',
          required: true,
          defaultValue: 'admin',
          options: [...roles],
          index: true,
          label: label('角色', 'Role'),
          saveToJWT: true,
        },
        {
          name: 'active',
          type: 'checkbox',
          defaultValue: true,
          index: true,
          label: label('帳號啟用', 'Active'),
          saveToJWT: true,
          admin: { description: label('停用後無法登入，但保留其紀錄。', 'A deactivated account cannot sign in; what it did stays on record.') },
        },
        {
          name: 'automation',
          type: 'checkbox',
          defaultValue: false,
          label: label('自動化帳號', 'Automation account'),
          admin: {
            description: label(
              '供程式以 API 金鑰存取。只有自動化帳號能產生金鑰，金鑰只在產生時顯示一次。僅管理者可設定。',
              'For programs calling the API with an API key. Only automation accounts may have a key, shown once when generated. Set by administrators.',
            ),
          },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'region',
          type: 'select',
          options: regions,
          index: true,
          label: label('區域', 'Region'),
          saveToJWT: true,
          admin: {
            condition: (data) => data?.role === 'convener' || data?.role === 'school',
            description: label('召集學校人員必填；學校人員依學校自動帶入。', "Required for conveners; school staff take their school's."),
          },
        },
        {
          name: 'school',
          type: 'relationship',
          relationTo: 'schools',
          index: true,
          label: label('學校', 'School'),
          saveToJWT: true,
          admin: { condition: (data) => data?.role === 'school' || data?.role === 'convener' },
        },
      ],
    },
    // Payload's API-key fields: who may set a key, and the key block (in the account's
    // authentication section) shows only to administrators. Hidden as fields, because the
    // first-account form lists every field, these too, `hasAPIKey` as a checkbox without a label.
    {
      name: 'apiKey',
      type: 'text',
      label: label('API 金鑰', 'API key'),
      access: { create: administratorsOnly, update: administratorsOnly },
      admin: { hidden: true },
    },
    { name: 'hasAPIKey', type: 'checkbox', virtual: true, admin: { hidden: true } },
  ],
}
