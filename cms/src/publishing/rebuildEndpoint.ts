import type { Endpoint } from 'payload'

import { accountOf, managesAllContent } from '../access/roles'
import { localise, messages, refusal } from '../messages'
import { requestSiteBuild } from './siteBuildQueue'

/**
 * `POST /api/site-builds/rebuild`: the agency or the contractor asks for a build without changing
 * content (after a failed build was fixed, or a change to the portal's code).
 */
export const rebuildEndpoint: Endpoint = {
  path: '/rebuild',
  method: 'post',
  handler: async (req) => {
    if (!managesAllContent(accountOf(req))) throw refusal(req, messages.rebuildNotAllowed)
    await requestSiteBuild(req, { action: 'rebuild' })
    return Response.json({ message: localise(req, messages.rebuildRequested) }, { status: 202 })
  },
}
