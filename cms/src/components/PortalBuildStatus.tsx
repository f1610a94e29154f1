import type { ServerProps } from 'payload'
import { formatAdminURL } from 'payload/shared'
import React from 'react'

import { accountOf, managesAllContent } from '../access/roles'
import { SITE_BUILDS, siteBuildStatuses } from '../collections/SiteBuilds'
import { type BilingualLabel, label } from '../labels'
import { localise, localiseWith } from '../messages'
import type { SiteBuild } from '../payload-types'
import { ActionButton } from './ActionButton'

const text = {
  heading: label('入口網站', 'Public portal'),
  live: label('線上版本更新於 {time}，建置 {seconds} 秒，共 {pages} 頁。', 'Live version updated {time}; built in {seconds} s, {pages} pages.'),
  neverBuilt: label('入口網站尚未建置。', 'The portal has not been built yet.'),
  building: label('建置中（{time} 開始）：{summary}', 'Building (started {time}): {summary}'),
  waiting: label('等待建置：{count} 項變更，將於編輯停止後幾秒內開始。', 'Waiting to build: {count} changes; starts a few seconds after edits stop.'),
  failed: label('{time} 的建置失敗，線上版本維持不變：', 'The build of {time} failed; the live portal is unchanged:'),
  history: label('所有建置紀錄', 'All builds'),
} satisfies Record<string, BilingualLabel>

/**
 * Whether published changes are live yet: the live version, a build running or waiting, and the
 * last failure if it came after the last success. Administrators and the contractor can rebuild.
 */
export async function PortalBuildStatus({ payload, user, i18n }: ServerProps) {
  const account = accountOf({ user: user ?? null })
  if (!account) return null
  const say = (message: BilingualLabel) => localise({ i18n }, message)
  const sayWith = (message: BilingualLabel, values: Record<string, string>) => localiseWith({ i18n }, message, values)
  const when = (iso?: string | null) => (iso ? new Date(iso).toLocaleString(i18n.language === 'en' ? 'en-GB' : 'zh-TW', { timeZone: 'Asia/Taipei' }) : '')
  const latest = async (status: SiteBuild['status']) =>
    (
      await payload.find({
        collection: SITE_BUILDS,
        where: { status: { equals: status } },
        sort: status === 'queued' ? 'createdAt' : '-finishedAt',
        limit: 1,
        depth: 0,
        overrideAccess: true,
      })
    ).docs[0]
  const [live, building, waiting, failed] = await Promise.all([latest('live'), latest('building'), latest('queued'), latest('failed')])
  const failedSinceLive = failed && (!live || (failed.finishedAt ?? '') > (live.finishedAt ?? ''))
  const statusName = (status: SiteBuild['status']) => say(siteBuildStatuses.find((option) => option.value === status)!.label)
  const buildsURL = formatAdminURL({ adminRoute: payload.config.routes.admin, path: `/collections/${SITE_BUILDS}`, relative: true })

  return (
    <section aria-labelledby="portal-build-heading" className="portal-build-status">
      <h2 id="portal-build-heading">{say(text.heading)}</h2>
      <p>
        {live
          ? sayWith(text.live, { time: when(live.finishedAt), seconds: String(live.durationSeconds ?? ''), pages: String(live.pages ?? '') })
          : say(text.neverBuilt)}
      </p>
      {building && <p role="status">{sayWith(text.building, { time: when(building.startedAt), summary: building.summary ?? statusName('building') })}</p>}
      {waiting && <p role="status">{sayWith(text.waiting, { count: String(waiting.requests ?? 1) })}</p>}
      {failedSinceLive && (
        <div role="alert" className="portal-build-status__failure">
          <p>{sayWith(text.failed, { time: when(failed.finishedAt) })}</p>
          <pre>{(failed.error ?? '').split('\n')[0]}</pre>
        </div>
      )}
      <p>
        <a href={buildsURL}>{say(text.history)}</a>
      </p>
      {managesAllContent(account) && (
        <p>
          <ActionButton
            path="/site-builds/rebuild"
            label={label('立即重建入口網站', 'Rebuild the portal now')}
            failed={label('無法要求重建：', 'Could not ask for a rebuild: ')}
          />
        </p>
      )}
    </section>
  )
}
