import type { ServerProps } from 'payload'
import { formatAdminURL } from 'payload/shared'
import React from 'react'

import { type BilingualLabel, label } from '../labels'
import { localise, localiseWith } from '../messages'
import { regions } from '../vocabularies'
import { caseStatuses } from '../workflow/caseWorkflow'
import { type PendingCase, pendingWork } from '../workflow/pendingWork'

const text = {
  heading: label('待辦事項', 'Your pending work'),
  toDecide: label('待核定：本區已送審的優良範例', 'To decide: submitted exemplar cases of your region'),
  toPublish: label('待發布：已核定、尚未發布', 'To publish: approved, not yet published'),
  ownCases: label('本校尚未發布的優良範例', "Your school's exemplar cases not yet published"),
  toReview: label('待評審：指派給您、尚未填寫評審意見', 'To review: assigned to you, without your review yet'),
  submittedByRegion: label('各區已送審、待核定的優良範例', 'Submitted exemplar cases waiting for a decision, by region'),
  school: label('（{school}）', ' ({school})'),
  status: label('，狀態：{status}', ', status: {status}'),
  returnComment: label('退回說明：{comment}', 'Why it was returned: {comment}'),
  nothing: label('目前沒有。', 'Nothing waiting.'),
  regionCount: label('{region}：{count} 件', '{region}: {count}'),
} satisfies Record<string, BilingualLabel>

/**
 * The signed-in account's pending work, above the dashboard's collection list: what a convener
 * has to decide or publish, where a school's cases stand, what a reviewer has to review, and for
 * the agency and the contractor how many cases wait in each region.
 */
export async function PendingWork({ payload, user, i18n, locale }: ServerProps) {
  const work = await pendingWork(payload, user, locale?.code)
  if (work.role === null) return null
  const say = (message: BilingualLabel) => localise({ i18n }, message)
  const sayWith = (message: BilingualLabel, values: Record<string, string>) => localiseWith({ i18n }, message, values)
  const adminURL = (path: `/${string}`) => formatAdminURL({ adminRoute: payload.config.routes.admin, path, relative: true })
  const statusName = (status: PendingCase['status']) => say(caseStatuses.find((option) => option.value === status)!.label)

  const caseList = (heading: BilingualLabel, items: PendingCase[], withStatus = false) => (
    <>
      <h3>{say(heading)}</h3>
      {items.length === 0 ? (
        <p>{say(text.nothing)}</p>
      ) : (
        <ul>
          {items.map((item) => (
            <li key={item.id}>
              <a href={adminURL(`/collections/cases/${item.id}`)}>{item.title}</a>
              {item.school && sayWith(text.school, { school: item.school })}
              {withStatus && sayWith(text.status, { status: statusName(item.status) })}
              {item.returnComment && <p>{sayWith(text.returnComment, { comment: item.returnComment })}</p>}
            </li>
          ))}
        </ul>
      )}
    </>
  )

  return (
    <section aria-labelledby="pending-work-heading" style={{ marginBottom: 'var(--base)' }}>
      <h2 id="pending-work-heading">{say(text.heading)}</h2>
      {work.role === 'convener' && (
        <>
          {caseList(text.toDecide, work.toDecide)}
          {caseList(text.toPublish, work.toPublish)}
        </>
      )}
      {work.role === 'school' && caseList(text.ownCases, work.cases, true)}
      {work.role === 'reviewer' && caseList(text.toReview, work.toReview)}
      {(work.role === 'admin' || work.role === 'contractor') && (
        <>
          <h3>{say(text.submittedByRegion)}</h3>
          <ul>
            {work.submittedByRegion.map(({ region, count }) => (
              <li key={region}>
                <a href={adminURL(`/collections/cases?where[region][equals]=${region}&where[workflowStatus][equals]=submitted`)}>
                  {sayWith(text.regionCount, { region: say(regions.find((option) => option.value === region)!.label), count: String(count) })}
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  )
}
