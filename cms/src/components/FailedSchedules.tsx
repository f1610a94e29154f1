import type { I18nClient } from '@payloadcms/translations'
import type { Payload, ServerProps, UIFieldServerProps, Where } from 'payload'
import { formatAdminURL } from 'payload/shared'
import React from 'react'

import { accountOf } from '../access/roles'
import { SCHEDULE_FAILURES } from '../collections/ScheduleFailures'
import { type BilingualLabel, label } from '../labels'
import { localise, localiseWith } from '../messages'
import { ActionButton } from './ActionButton'

const text = {
  heading: label('排程未能完成', 'Scheduled changes that did not happen'),
  failure: label('排定於 {time} 的{action}未能完成。', 'The {action} scheduled for {time} did not happen.'),
  publish: label('發布', 'publish'),
  unpublish: label('取消發布', 'unpublish'),
  reason: label('原因：{reason}', 'Reason: {reason}'),
  more: label('還有 {count} 筆，請見排程失敗清單', '{count} more: see the list of failed schedules'),
} satisfies Record<string, BilingualLabel>

/** Notices shown at most; the rest are one link away. */
const SHOWN = 10

type Viewer = { payload: Payload; user: ServerProps['user']; i18n: I18nClient }

/**
 * The failed schedules the viewer may see (an editor their own, the agency and the contractor
 * all: the collection's read access decides) and has not dismissed, each with its reason and a
 * button to dismiss it.
 * `where` narrows them (to one document); `withDocument` names the document of each.
 */
async function FailureNotices({ payload, user, i18n, where, withDocument }: Viewer & { where?: Where; withDocument: boolean }) {
  if (!accountOf({ user: user ?? null })) return null
  const notDismissed: Where = { dismissedAt: { exists: false } }
  const failures = await payload.find({
    collection: SCHEDULE_FAILURES,
    where: where ? { and: [where, notDismissed] } : notDismissed,
    user,
    overrideAccess: false,
    depth: 0,
    limit: SHOWN,
    sort: '-failedAt',
  })
  if (failures.totalDocs === 0) return null
  const say = (message: BilingualLabel) => localise({ i18n }, message)
  const sayWith = (message: BilingualLabel, values: Record<string, string>) => localiseWith({ i18n }, message, values)
  const adminURL = (path: `/${string}`) => formatAdminURL({ adminRoute: payload.config.routes.admin, path, relative: true })
  const when = (iso?: string | null) => (iso ? new Date(iso).toLocaleString(i18n.language === 'en' ? 'en-GB' : 'zh-TW', { timeZone: 'Asia/Taipei' }) : '')

  return (
    <section
      aria-labelledby="failed-schedules-heading"
      style={{ marginBottom: 'var(--base)', padding: '0 var(--base)', border: '1px solid var(--theme-error-500)', borderRadius: 'var(--style-radius-s)' }}
    >
      <h3 id="failed-schedules-heading">{say(text.heading)}</h3>
      <ul>
        {failures.docs.map((failure) => (
          <li key={failure.id}>
            {withDocument && (
              <>
                <a href={adminURL(`/collections/${failure.collectionSlug}/${failure.documentId}`)}>{failure.documentTitle}</a>{' '}
              </>
            )}
            {sayWith(text.failure, { time: when(failure.plannedAt), action: say(failure.type === 'unpublish' ? text.unpublish : text.publish) })}{' '}
            {sayWith(text.reason, { reason: (i18n.language === 'en' ? failure.explanation?.en : failure.explanation?.zhTW) ?? '' })}{' '}
            <ActionButton
              path={`/schedule-failures/${encodeURIComponent(String(failure.id))}/dismiss`}
              label={label('知道了，移除通知', 'Dismiss')}
              failed={label('無法移除：', 'Could not dismiss: ')}
            />
          </li>
        ))}
      </ul>
      {failures.totalDocs > SHOWN && (
        <p>
          <a href={adminURL(`/collections/${SCHEDULE_FAILURES}`)}>{sayWith(text.more, { count: String(failures.totalDocs - SHOWN) })}</a>
        </p>
      )}
    </section>
  )
}

/** Above the dashboard: every failed schedule the viewer may see. */
export function FailedSchedules({ payload, user, i18n }: ServerProps) {
  return <FailureNotices payload={payload} user={user} i18n={i18n} withDocument />
}

/** At the top of a document's edit view: the failed schedules of this document (`scheduling/scheduleFailures.ts` adds it). */
export function DocumentFailedSchedules({ payload, req, i18n, collectionSlug, id }: UIFieldServerProps) {
  if (id === undefined) return null
  const where: Where = { and: [{ collectionSlug: { equals: collectionSlug } }, { documentId: { equals: String(id) } }] }
  return <FailureNotices payload={payload} user={req.user ?? undefined} i18n={i18n} where={where} withDocument={false} />
}
