import type { GlobalConfig } from 'payload'

import { adminGroups } from '../collections/adminGroups'
import { urlField } from '../fields/url'
import { label } from '../labels'
import { globalAccess } from '../access/globalAccess'

export const SiteSettings: GlobalConfig = {
  slug: 'site-settings',
  label: label('網站設定', 'Site settings'),
  access: globalAccess,
  versions: { max: 20 },
  admin: { group: adminGroups.directoryAndSettings },
  fields: [
    { name: 'siteName', type: 'text', required: true, localized: true, label: label('網站名稱', 'Site name') },
    { name: 'agencyName', type: 'text', required: true, localized: true, label: label('主管機關', 'Agency') },
    urlField({ name: 'agencyURL', label: label('主管機關網址', 'Agency website') }),
    { name: 'description', type: 'textarea', required: true, localized: true, label: label('網站簡介', 'Site description') },
    {
      name: 'contact',
      type: 'group',
      label: label('聯絡資訊', 'Contact'),
      fields: [
        { name: 'organisation', type: 'text', localized: true, label: label('服務單位', 'Organisation') },
        { name: 'address', type: 'text', localized: true, label: label('地址', 'Address') },
        { name: 'phone', type: 'text', label: label('電話', 'Phone') },
        { name: 'email', type: 'email', label: label('電子郵件', 'Email') },
        { name: 'serviceHours', type: 'text', localized: true, label: label('服務時間', 'Service hours') },
      ],
    },
    { name: 'ogImage', type: 'upload', relationTo: 'media', label: label('社群分享預設圖片', 'Default social sharing image') },
  ],
}
