import { en } from '@payloadcms/translations/languages/en'
import { zhTw } from '@payloadcms/translations/languages/zhTw'
import { APIError, type CollectionAfterChangeHook, type Payload, type Plugin, type SanitizedCollectionConfig, type SanitizedConfig, type UIField, ValidationError } from 'payload'
import { hasScheduledPublishEnabled } from 'payload/shared'

import { SCHEDULE_FAILURES, type ScheduleFailureReason } from '../collections/ScheduleFailures'
import { type BilingualLabel, label } from '../labels'
import { messages } from '../messages'
import type { ScheduleTarget, ScheduleType } from './scheduleRights'

/** What Payload's `schedulePublish` task is given (`payload/dist/versions/schedule/job.js`). */
type ScheduleInput = { type?: ScheduleType; doc?: ScheduleTarget; user?: { relationTo: string; value: string | number } | string | number }

type Account = { id: string | number; email?: string; name?: string; active?: boolean | null }

/** Messages an error of the publish may carry, to give the reason in both languages whichever it came in. */
const knownMessages: BilingualLabel[] = [
  ...Object.values(messages),
  label(zhTw.translations.error.notAllowedToPerformAction, en.translations.error.notAllowedToPerformAction),
]
const bothLanguages = (message: string): BilingualLabel =>
  knownMessages.find((known) => known['zh-TW'] === message || known.en === message) ?? label(message, message)

const fill = (message: BilingualLabel, name: string, value: BilingualLabel): BilingualLabel =>
  label(message['zh-TW'].replace(`{${name}}`, value['zh-TW']), message.en.replace(`{${name}}`, value.en))

/** A field of the collection by the labels editors see (`photos.0.caption`: the photos field's, with the rest of the path). */
function fieldLabel(collection: SanitizedCollectionConfig | undefined, path: string): BilingualLabel {
  const [name = path, ...rest] = path.split('.')
  const field = collection?.flattenedFields.find((candidate) => candidate.name === name)
  const named = field && 'label' in field && field.label && typeof field.label === 'object' && 'en' in field.label ? (field.label as BilingualLabel) : label(name, name)
  return rest.length === 0 ? named : label(`${named['zh-TW']}（${rest.join('.')}）`, `${named.en} (${rest.join('.')})`)
}

/** The fields a validation error names, by their labels in each language. */
function invalidFields(error: ValidationError, collection: SanitizedCollectionConfig | undefined): BilingualLabel {
  const names = error.data.errors.map(({ path }) => fieldLabel(collection, path))
  return label(names.map((name) => name['zh-TW']).join('、'), names.map((name) => name.en).join(', '))
}

const statusOf = (error: unknown) => (error instanceof APIError ? error.status : undefined)

/** Why the publish failed, in plain words: the account, the rights, the document's fields, or the document itself. */
function explain(error: unknown, account: Account | null, documentExists: boolean, collection: SanitizedCollectionConfig | undefined): { reason: ScheduleFailureReason; explanation: BilingualLabel } {
  if (!account || account.active === false) return { reason: 'account-inactive', explanation: messages.scheduleFailedAccountInactive }
  if (!documentExists) return { reason: 'document-gone', explanation: messages.scheduleFailedDocumentGone }
  if (error instanceof ValidationError) return { reason: 'invalid', explanation: fill(messages.scheduleFailedInvalid, 'fields', invalidFields(error, collection)) }
  const detail = bothLanguages(error instanceof Error ? error.message : String(error))
  if (statusOf(error) === 403) return { reason: 'not-allowed', explanation: fill(messages.scheduleFailedNotAllowed, 'detail', detail) }
  return { reason: 'error', explanation: fill(messages.scheduleFailedError, 'detail', detail) }
}

/** When, in Taiwan's time, as editors set it. */
const taipeiTime = (iso: string, language: 'zh-TW' | 'en-GB') =>
  new Date(iso).toLocaleString(language, { timeZone: 'Asia/Taipei', dateStyle: 'medium', timeStyle: 'short' })

/** The scheduler, when still active, and the agency's active administrators. */
async function recipients(payload: Payload, account: Account | null): Promise<string[]> {
  const admins = await payload.find({
    collection: 'users',
    where: { and: [{ role: { equals: 'admin' } }, { active: { not_equals: false } }] },
    depth: 0,
    limit: 100,
    pagination: false,
    overrideAccess: true,
  })
  const scheduler = account && account.active !== false && account.email ? [account.email] : []
  return [...new Set([...scheduler, ...admins.docs.map((user) => user.email).filter(Boolean)])]
}

/**
 * Records a scheduled publish or unpublish that failed when it ran, and emails the account that
 * scheduled it and the administrators: the document, the planned time and the reason, in
 * Chinese with English below (the job has no reader's language).
 */
async function reportScheduleFailure(payload: Payload, job: { id: string | number; waitUntil?: string | null }, input: ScheduleInput, error: unknown) {
  const target = input.doc
  if (!target) return
  const userId = typeof input.user === 'object' ? input.user.value : input.user
  const account = userId ? ((await payload.findByID({ collection: 'users', id: userId, depth: 0, overrideAccess: true, disableErrors: true })) as Account | null) : null
  const collection = payload.collections[target.relationTo]
  const document = (await payload.findByID({
    collection: target.relationTo,
    id: target.value,
    draft: true,
    depth: 0,
    trash: true,
    overrideAccess: true,
    disableErrors: true,
  })) as (Record<string, unknown> & { deletedAt?: string | null }) | null
  const { reason, explanation } = explain(error, account, Boolean(document && !document.deletedAt), collection?.config)
  const titleField = collection?.config.admin.useAsTitle ?? 'id'
  const title = typeof document?.[titleField] === 'string' && document[titleField] ? (document[titleField] as string) : `${target.relationTo} ${target.value}`
  const type: ScheduleType = input.type === 'unpublish' ? 'unpublish' : 'publish'
  const plannedAt = job.waitUntil ?? new Date().toISOString()

  await payload.create({
    collection: SCHEDULE_FAILURES,
    data: {
      documentTitle: title,
      collectionSlug: target.relationTo,
      documentId: String(target.value),
      type,
      plannedAt,
      failedAt: new Date().toISOString(),
      scheduledBy: account ? String(account.id) : null,
      reason,
      explanation: { zhTW: explanation['zh-TW'], en: explanation.en },
      job: String(job.id),
    },
    overrideAccess: true,
  })

  const to = await recipients(payload, account)
  if (to.length === 0) return
  const kind = collection ? collection.config.labels.singular : label(target.relationTo, target.relationTo)
  const [kindZh, kindEn] = typeof kind === 'object' ? [(kind as BilingualLabel)['zh-TW'], (kind as BilingualLabel).en] : [String(kind), String(kind)]
  const [actionZh, actionEn] = type === 'publish' ? ['發布', 'publish'] : ['取消發布', 'unpublish']
  const link = `${payload.config.serverURL || ''}/admin/collections/${target.relationTo}/${target.value}`
  const subject = `【排程失敗】${title}：未能${actionZh}／Scheduled ${actionEn} failed`
  try {
    await payload.sendEmail({
      to,
      subject,
      text:
        `排定於 ${taipeiTime(plannedAt, 'zh-TW')}（臺北時間）${actionZh}的${kindZh}「${title}」沒有完成。\n` +
        `原因：${explanation['zh-TW']}\n\n` +
        `The ${actionEn} of the ${kindEn.toLowerCase()} “${title}” scheduled for ${taipeiTime(plannedAt, 'en-GB')} (Taipei time) did not happen.\n` +
        `Reason: ${explanation.en}\n\n` +
        `${link}\n`,
    })
  } catch (mailError) {
    // The failure is recorded and shown in the admin even when the mail server or the outbox fails.
    payload.logger.error({ err: mailError, msg: `Notice "${subject}" to ${to.join(', ')} could not be sent` })
  }
}

/**
 * Payload's scheduled-publish task (added by Payload when it builds the config) with failures
 * reported: the job still fails and keeps its error, and now the scheduler and the administrators
 * are told why. Applied to the built config, since the task does not exist before.
 */
export async function reportingScheduleFailures(config: Promise<SanitizedConfig>): Promise<SanitizedConfig> {
  const built = await config
  const task = built.jobs.tasks?.find((candidate) => candidate.slug === 'schedulePublish')
  const publish = task?.handler
  if (!task || typeof publish !== 'function') return built
  task.handler = (async (args) => {
    try {
      return await publish(args)
    } catch (error) {
      try {
        await reportScheduleFailure(args.req.payload, args.job, args.input as ScheduleInput, error)
      } catch (reportError) {
        args.req.payload.logger.error({ err: reportError, msg: `The failure of scheduled job ${args.job.id} could not be reported` })
      }
      throw error
    }
  }) as typeof publish
  return built
}

/** A save of the document answers its failed schedules: their notices are dismissed (the records stay for the agency). */
const dismissScheduleFailuresOnSave: CollectionAfterChangeHook = async ({ collection, doc, req }) => {
  await req.payload.update({
    collection: SCHEDULE_FAILURES,
    where: { and: [{ collectionSlug: { equals: collection.slug } }, { documentId: { equals: String(doc.id) } }, { dismissedAt: { exists: false } }] },
    data: { dismissedAt: new Date().toISOString() },
    depth: 0,
    overrideAccess: true,
    req,
  })
  return doc
}

/** At the top of the edit view: the document's failed schedules the viewer may see (`components/FailedSchedules.tsx`). */
const failedSchedulesNotice: UIField = {
  name: 'failedSchedules',
  type: 'ui',
  admin: { components: { Field: '/components/FailedSchedules#DocumentFailedSchedules' } },
}

/**
 * Every collection with scheduled publishing shows its documents' failed schedules in the edit
 * view, and a save of a document dismisses them.
 */
export const failedScheduleNotices: Plugin = (config) => ({
  ...config,
  collections: config.collections?.map((collection) =>
    hasScheduledPublishEnabled(collection)
      ? {
          ...collection,
          fields: [failedSchedulesNotice, ...collection.fields],
          hooks: { ...collection.hooks, afterChange: [...(collection.hooks?.afterChange ?? []), dismissScheduleFailuresOnSave] },
        }
      : collection,
  ),
})
