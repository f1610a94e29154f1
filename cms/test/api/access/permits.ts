/** What an outcome of the matrix means for one actor and one document. */
import { type ActorInfo, actorInfo, type Traits } from './fixtures'
import type { Actor, Outcome } from './matrix'

const isPublished = (target: Traits) => target.status === undefined || target.status === 'published'
const ownRegion = (actor: ActorInfo, target: Traits) => Boolean(actor.region) && target.region === actor.region
const ownSchool = (actor: ActorInfo, target: Traits) => Boolean(actor.school) && target.school === actor.school
const assigned = (actor: Actor, target: Traits) => Boolean(target.reviewers?.includes(actor))

export function permits(outcome: Outcome, actor: Actor, target: Traits): boolean {
  const info = actorInfo[actor]
  switch (outcome) {
    case 'allow':
      return true
    case 'deny':
      return false
    case 'published':
      return isPublished(target)
    case 'published+own-region':
      return isPublished(target) || ownRegion(info, target)
    case 'published+own-school':
      return isPublished(target) || ownSchool(info, target)
    case 'published+assigned':
      return isPublished(target) || assigned(actor, target)
    case 'own-region':
      return ownRegion(info, target)
    case 'own-school':
      return ownSchool(info, target)
    case 'own-school-editable':
      return ownSchool(info, target) && (target.workflowStatus === 'draft' || target.workflowStatus === 'returned')
    case 'own-school-draft':
      return ownSchool(info, target) && target.workflowStatus === 'draft'
    case 'assigned':
      return assigned(actor, target)
    case 'own':
      return target.createdBy === actor
    case 'self':
      return target.account === actor
    case 'self+school-staff-of-own-region':
      return target.account === actor || (target.role === 'school' && ownRegion(info, target))
    case 'all-but-admins':
      return target.account === actor || target.role !== 'admin'
  }
}
