import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * Every setting comes from environment variables; each has a safe local default so that a fresh
 * clone runs with none set. See `.env.example` at the repository root.
 */
const repositoryRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

// A .env file at the repository root; variables already set in the environment win.
const environmentFile = path.join(repositoryRoot, '.env')
if (fs.existsSync(environmentFile)) process.loadEnvFile(environmentFile)

/** Ignored folder for the embedded database, uploads and the generated secret. */
export const dataDirectory = path.resolve(process.env.DATA_DIR || path.join(repositoryRoot, 'data'))

/** The published content exported for the site build (`pnpm --filter cms snapshot`). */
export const snapshotDirectory = path.resolve(process.env.SNAPSHOT_DIR || path.join(dataDirectory, 'snapshot'))

export const port = Number(process.env.PORT || 3000)

/** Public address of the CMS, used in links it generates (emails, admin, previews). */
export const serverURL = (process.env.PUBLIC_URL || `http://localhost:${port}`).replace(/\/$/, '')

/** Public address of the portal (the site's SITE_URL). */
export const siteURL = (process.env.SITE_URL || 'http://localhost:4321').replace(/\/$/, '')

/** Port of the draft preview server (`site/dist-preview`), which answers under `/preview/`. */
export const previewPort = Number(process.env.PREVIEW_PORT || 4322)

const isLoopback = (url: string) => ['localhost', '127.0.0.1', '[::1]'].includes(new URL(url).hostname)

/**
 * Where editors open draft previews: PREVIEW_URL; else the portal's address, beside which the
 * production proxy serves `/preview/`; on a local machine, the preview server's own port.
 */
export const previewURL = (process.env.PREVIEW_URL || (isLoopback(siteURL) ? `http://localhost:${previewPort}` : siteURL)).replace(/\/$/, '')

/**
 * The origins whose browser requests may carry a CMS session cookie (CSRF) and read the API's
 * answers (CORS): ALLOWED_ORIGINS, comma-separated, or else the CMS's own address and the portal's.
 */
export const allowedOrigins = (process.env.ALLOWED_ORIGINS || `${serverURL},${siteURL}`)
  .split(',')
  .map((origin) => origin.trim().replace(/\/$/, ''))
  .filter(Boolean)

/** Session cookies only travel over HTTPS in production and wherever the CMS is served over HTTPS. */
export const secureCookies = process.env.NODE_ENV === 'production' || serverURL.startsWith('https://')

export const databaseURI = process.env.DATABASE_URI || `file:${path.join(dataDirectory, 'platform.db')}`

export const isMongoDB = /^mongodb(\+srv)?:\/\//.test(databaseURI)

/** Where uploads are kept when no S3-compatible storage is configured. */
export const uploadDirectory = (collection: string) =>
  path.join(process.env.MEDIA_DIR || path.join(dataDirectory, 'uploads'), collection)

/**
 * Where a file being uploaded is written as it arrives, on the data disk (the system's /tmp may be
 * memory); Payload removes it when the request ends.
 */
export const incomingUploadsDirectory = path.join(dataDirectory, 'tmp', 'incoming-uploads')

/**
 * PAYLOAD_SECRET when set; otherwise a random secret generated on first run and kept in the data
 * folder, so sessions survive restarts and no secret is ever written into the code.
 */
export function payloadSecret(): string {
  if (process.env.PAYLOAD_SECRET) return process.env.PAYLOAD_SECRET
  const secretFile = path.join(dataDirectory, '.payload-secret')
  try {
    return fs.readFileSync(secretFile, 'utf8').trim()
  } catch {
    fs.mkdirSync(dataDirectory, { recursive: true })
    const secret = randomBytes(32).toString('hex')
    // 'wx' fails if another process created the file first; then read theirs.
    try {
      fs.writeFileSync(secretFile, secret, { flag: 'wx', mode: 0o600 })
      return secret
    } catch {
      return fs.readFileSync(secretFile, 'utf8').trim()
    }
  }
}

export const smtp = process.env.SMTP_HOST
  ? {
      host: process.env.SMTP_HOST,
      port: Number(process.env.SMTP_PORT || 587),
      secure: process.env.SMTP_SECURE === 'true',
      auth: process.env.SMTP_USER
        ? { user: process.env.SMTP_USER, pass: process.env.SMTP_PASSWORD || '' }
        : undefined,
    }
  : undefined

/** Where email goes when no SMTP server is configured: one `.eml` file per message. */
export const outboxDirectory = path.resolve(process.env.EMAIL_OUTBOX_DIR || path.join(dataDirectory, 'outbox'))

export const emailFrom = {
  address: process.env.EMAIL_FROM_ADDRESS || 'no-reply@career.localhost',
  name: process.env.EMAIL_FROM_NAME || '大專校院職涯輔導資訊平臺',
}

/** S3-compatible media storage (production scale-out); disk is used when unset. */
export const s3 = process.env.S3_BUCKET
  ? {
      bucket: process.env.S3_BUCKET,
      region: process.env.S3_REGION || 'auto',
      endpoint: process.env.S3_ENDPOINT,
      accessKeyId: process.env.S3_ACCESS_KEY_ID || '',
      secretAccessKey: process.env.S3_SECRET_ACCESS_KEY || '',
    }
  : undefined

/**
 * The portal's releases: each build in `releases/<id>/` (`site/` and the `snapshot/` it was built
 * from), and `live`, a link to the release being served. PORTAL_DIR, else `portal/` in DATA_DIR.
 */
export const portalDirectory = path.resolve(process.env.PORTAL_DIR || path.join(dataDirectory, 'portal'))

/** The portal's source (the workspace's `site` package), which the CMS builds releases from. */
export const siteDirectory = path.join(repositoryRoot, 'site')

/**
 * The portal's image variants (AVIF and WebP per preset), made by the CMS after an upload and read
 * by every site build: IMAGE_CACHE_DIR, else `image-cache/` in DATA_DIR.
 */
export const imageCacheDirectory = path.resolve(process.env.IMAGE_CACHE_DIR || path.join(dataDirectory, 'image-cache'))

/**
 * The environment of an `astro build` of the portal from `snapshot`, reading the CMS's image cache. Its JavaScript heap is held
 * to SITE_BUILD_HEAP_MB (default 1024): the build keeps about that much alive at 10,000
 * documents, and an uncapped heap grows far past it, beside Pagefind's own gigabytes.
 */
export const siteBuildEnvironment = (snapshot: string, base: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv => ({
  ...base,
  SNAPSHOT_DIR: snapshot,
  IMAGE_CACHE_DIR: imageCacheDirectory,
  ASTRO_TELEMETRY_DISABLED: '1',
  NODE_OPTIONS: `${base.NODE_OPTIONS ?? ''} --max-old-space-size=${Number(base.SITE_BUILD_HEAP_MB || 1024)}`.trim(),
})

/**
 * A build re-renders only the pages whose content or code changed since the live release and
 * links the others from it, or renders everything when the live release cannot be reused (none
 * yet, another version of the code). SITE_BUILD_INCREMENTAL=off renders every page every time.
 */
export const siteBuildIncremental = process.env.SITE_BUILD_INCREMENTAL !== 'off'

/** The CMS package, where its scripts run. */
export const cmsDirectory = path.join(repositoryRoot, 'cms')

/**
 * Whether this server builds the portal when content is published (SITE_BUILDER=off on all but
 * one of several CMS servers), and how long it waits for further edits before starting a build.
 */
export const siteBuilder = {
  enabled: process.env.SITE_BUILDER !== 'off',
  delayMs: Number(process.env.SITE_BUILD_DELAY_MS || 2000),
}

/**
 * The queue of jobs (scheduled publishing) runs in the CMS's background worker, checking for due jobs
 * every JOB_RUNNER_INTERVAL_SECONDS (1–59, default 15). With several CMS servers on one database,
 * set JOB_RUNNER=off on all but one of them.
 */
export const jobRunner = {
  enabled: process.env.JOB_RUNNER !== 'off',
  intervalSeconds: secondsBetween(1, 59, 'JOB_RUNNER_INTERVAL_SECONDS', process.env.JOB_RUNNER_INTERVAL_SECONDS || '15'),
}

function secondsBetween(least: number, most: number, name: string, value: string): number {
  const seconds = Number(value)
  if (!Number.isInteger(seconds) || seconds < least || seconds > most) {
    throw new Error(`${name} must be a whole number of seconds from ${least} to ${most}, not "${value}".`)
  }
  return seconds
}
