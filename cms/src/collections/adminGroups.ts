import { label } from '../labels'

/** Admin navigation groups, in the order editors think of their work. */
export const adminGroups = {
  content: label('內容', 'Content'),
  projectZones: label('專案專區', 'Project zones'),
  mediaAndEBooks: label('媒體與電子書', 'Media and e-books'),
  directoryAndSettings: label('通訊錄與設定', 'Directory and settings'),
}
