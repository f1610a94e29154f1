import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { s3Storage } from '@payloadcms/storage-s3'
import { en } from '@payloadcms/translations/languages/en'
import { zhTw } from '@payloadcms/translations/languages/zhTw'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildConfig, type Config } from 'payload'
import sharp from 'sharp'

import { sizeLimits } from 'media'

import { recordAuditTrail } from './audit/recordAuditTrail'
import { AuditLog } from './collections/AuditLog'
import { CaseReviews } from './collections/CaseReviews'
import { Cases } from './collections/Cases'
import { Documents } from './collections/Documents'
import { EBooks } from './collections/EBooks'
import { Galleries } from './collections/Galleries'
import { Library } from './collections/Library'
import { Links } from './collections/Links'
import { Materials } from './collections/Materials'
import { Media } from './collections/Media'
import { News } from './collections/News'
import { Pages } from './collections/Pages'
import { ProjectZones } from './collections/ProjectZones'
import { Regions } from './collections/Regions'
import { ScheduleFailures } from './collections/ScheduleFailures'
import { Schools } from './collections/Schools'
import { SiteBuilds } from './collections/SiteBuilds'
import { SurveyReports } from './collections/SurveyReports'
import { Users } from './collections/Users'
import { VideoFiles } from './collections/VideoFiles'
import { Videos } from './collections/Videos'
import { databaseAdapter, prepareSQLiteConnections } from './database'
import { localiseTooLarge } from './hooks/localiseTooLarge'
import { outboxAdapter } from './email/outboxAdapter'
import { allowedOrigins, emailFrom, incomingUploadsDirectory, outboxDirectory, payloadSecret, s3, serverURL, smtp } from './environment'
import { defaultLocale, locales } from './locales'
import { messages } from './messages'
import { jobs } from './scheduling/jobs'
import { failedScheduleNotices, reportingScheduleFailures } from './scheduling/scheduleFailures'
import { Footer } from './globals/Footer'
import { HeaderNavigation } from './globals/HeaderNavigation'
import { SiteSettings } from './globals/SiteSettings'
import { requestSiteBuilds } from './publishing/requestSiteBuilds'

const sourceDirectory = path.dirname(fileURLToPath(import.meta.url))

export default reportingScheduleFailures(buildConfig({
  serverURL,
  secret: payloadSecret(),
  // A session cookie counts only on requests from these origins, and only they read answers cross-origin.
  csrf: [...allowedOrigins],
  cors: [...allowedOrigins],
  db: databaseAdapter(),
  onInit: async (payload) => {
    await prepareSQLiteConnections(payload)
  },
  editor: lexicalEditor(),
  sharp,
  admin: {
    user: Users.slug,
    // Gravatar would send editors' email hashes to a third party.
    avatar: 'default',
    dateFormat: 'yyyy-MM-dd HH:mm',
    // Times editors pick (a scheduled publish) are Taiwan's.
    timezones: { supportedTimezones: [{ label: '臺北 Taipei (UTC+08:00)', value: 'Asia/Taipei' }], defaultTimezone: 'Asia/Taipei' },
    meta: { titleSuffix: '－大專校院職涯輔導資訊平臺' },
    importMap: { baseDir: sourceDirectory },
    components: {
      beforeDashboard: ['/components/FailedSchedules#FailedSchedules', '/components/PortalBuildStatus#PortalBuildStatus', '/components/PendingWork#PendingWork'],
      providers: ['/components/ScheduleRefusals#ScheduleRefusals'],
    },
  },
  // Collections in admin-navigation order within each group.
  collections: [
    News,
    Cases,
    CaseReviews,
    Galleries,
    Materials,
    Library,
    SurveyReports,
    Pages,
    Links,
    ScheduleFailures,
    ProjectZones,
    Media,
    Documents,
    EBooks,
    Videos,
    VideoFiles,
    Schools,
    Regions,
    Users,
    SiteBuilds,
    AuditLog,
  ],
  globals: [SiteSettings, HeaderNavigation, Footer],
  jobs,
  hooks: { afterError: [localiseTooLarge] },
  i18n: {
    supportedLanguages: { 'zh-TW': zhTw, en },
    fallbackLanguage: 'zh-TW',
    // Sign-in refused for a locked account: say who unlocks it.
    translations: {
      'zh-TW': { error: { userLocked: messages.accountLocked['zh-TW'] } },
      en: { error: { userLocked: messages.accountLocked.en } },
    },
  },
  localization: { locales: [...locales], defaultLocale, fallback: true },
  // Multipart parsing, for every upload collection at once: the largest collection limit (videos);
  // each collection's own limit is a 413 from checkUploadContent before anything is stored. The
  // parser's own 413s are told in the requester's language with the collection's limit
  // (localiseTooLarge). The admin receives this block too, so it holds no functions.
  upload: {
    limits: { fileSize: sizeLimits.video },
    // Room beside the file for the form's other fields (`_payload`) and the part headers.
    requestSizeLimit: sizeLimits.video + 2 * 1024 * 1024,
    abortOnLimit: true,
    // Each file streams to disk as it arrives instead of being held in memory (a video may be 1 GB).
    useTempFiles: true,
    tempFileDir: incomingUploadsDirectory,
    // Keep the client's file name as sent, so that a name with path parts is refused, not trimmed.
    preservePath: true,
  } as Config['upload'] & { preservePath: boolean },
  email: smtp
    ? nodemailerAdapter({
        defaultFromAddress: emailFrom.address,
        defaultFromName: emailFrom.name,
        transportOptions: smtp,
      })
    : outboxAdapter({ directory: outboxDirectory, defaultFromAddress: emailFrom.address, defaultFromName: emailFrom.name }),
  plugins: [
    s3Storage({
      enabled: Boolean(s3),
      collections: { media: true, documents: true, 'video-files': true },
      bucket: s3?.bucket ?? '',
      config: {
        region: s3?.region,
        endpoint: s3?.endpoint,
        forcePathStyle: Boolean(s3?.endpoint),
        credentials: { accessKeyId: s3?.accessKeyId ?? '', secretAccessKey: s3?.secretAccessKey ?? '' },
      },
    }),
    requestSiteBuilds,
    failedScheduleNotices,
    // Last, so that it also covers what the other plugins add.
    recordAuditTrail,
  ],
  typescript: { outputFile: path.join(sourceDirectory, 'payload-types.ts') },
  graphQL: { schemaOutputFile: path.join(sourceDirectory, 'generated-schema.graphql') },
}))
