import type { ArrayFieldValidation, CollectionConfig, TextFieldSingleValidation } from 'payload'

import { nationalContentAccess } from '../access/collectionAccess'
import { createdByField } from '../fields/createdBy'
import { dayOnly } from '../fields/dateDisplay'
import { draftVersions } from '../fields/draftVersions'
import { demoField } from '../fields/demo'
import { durationFromVideoFile } from '../hooks/recordVideoFacts'
import { slugField } from '../fields/slug'
import { isHttpURL, urlField } from '../fields/url'
import { collectionLabels, label } from '../labels'
import { localise, messages } from '../messages'
import { adminGroups } from './adminGroups'
import { draftPreview } from './draftPreview'

/** A video is either an uploaded file or an outside address. */
const fileOrExternalURL: TextFieldSingleValidation = (value, { req, siblingData }) => {
  if (value) return isHttpURL(value) || localise(req, messages.invalidURL)
  return Boolean((siblingData as { videoFile?: unknown }).videoFile) || localise(req, messages.videoSourceRequired)
}

/**
 * A video that plays an uploaded file is published only with a caption track; drafts may lack one.
 * A video at an outside address (YouTube and the like) is captioned where it is hosted.
 */
const captionedWhenPublished: ArrayFieldValidation = (value, { data, req }) => {
  const { _status, videoFile } = data as { _status?: string; videoFile?: unknown }
  if (_status !== 'published' || !videoFile || (value?.length ?? 0) > 0) return true
  return localise(req, messages.captionsRequired)
}

/** 影音專區 videos: an uploaded file or an external address, with captions and a transcript. */
export const Videos: CollectionConfig = {
  slug: 'videos',
  labels: collectionLabels('影片', 'Video', 'Videos'),
  access: nationalContentAccess,
  trash: true,
  versions: draftVersions,
  defaultSort: '-recordedOn',
  admin: {
    preview: draftPreview('videos'),
    group: adminGroups.mediaAndEBooks,
    useAsTitle: 'title',
    defaultColumns: ['title', 'recordedOn', 'durationSeconds', '_status', 'updatedAt'],
    listSearchableFields: ['title', 'slug'],
  },
  fields: [
    { name: 'title', type: 'text', required: true, localized: true, label: label('影片名稱', 'Title') },
    { name: 'summary', type: 'textarea', required: true, localized: true, label: label('簡介', 'Summary') },
    {
      type: 'row',
      fields: [
        {
          name: 'videoFile',
          type: 'upload',
          relationTo: 'video-files',
          label: label('影片檔', 'Video file'),
          filterOptions: { mimeType: { like: 'video/' } },
        },
        urlField({
          name: 'externalURL',
          label: label('外部影片網址', 'External video URL'),
          validate: fileOrExternalURL,
        }),
      ],
    },
    {
      name: 'captions',
      type: 'array',
      validate: captionedWhenPublished,
      label: label('字幕（WebVTT）', 'Captions (WebVTT)'),
      labels: { singular: label('字幕', 'Caption track'), plural: label('字幕', 'Caption tracks') },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'language',
              type: 'select',
              required: true,
              defaultValue: 'zh-TW',
              options: [
                { value: 'zh-TW', label: label('中文', 'Chinese') },
                { value: 'en', label: label('英文', 'English') },
              ],
              label: label('語言', 'Language'),
            },
            {
              name: 'file',
              type: 'upload',
              relationTo: 'video-files',
              required: true,
              label: label('字幕檔', 'Caption file'),
              filterOptions: { mimeType: { equals: 'text/vtt' } },
            },
          ],
        },
      ],
    },
    { name: 'transcript', type: 'richText', localized: true, label: label('逐字稿', 'Transcript') },
    { name: 'poster', type: 'upload', relationTo: 'media', label: label('預覽圖', 'Poster image') },
    {
      name: 'durationSeconds',
      type: 'number',
      min: 0,
      label: label('片長（秒）', 'Duration (seconds)'),
      hooks: { beforeChange: [durationFromVideoFile] },
      admin: {
        position: 'sidebar',
        description: label('使用上傳影片檔時由檔案自動讀取；外部影片請自行填寫。', 'Read from the uploaded video file; enter it for an external video.'),
      },
    },
    {
      name: 'recordedOn',
      type: 'date',
      index: true,
      label: label('錄製日期', 'Recorded on'),
      admin: { position: 'sidebar', ...dayOnly },
    },
    slugField(),
    demoField,
    createdByField,
  ],
}
