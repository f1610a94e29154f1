'use client'
import { ServerFunctionsContext, useServerFunctions } from '@payloadcms/ui'
import React, { useMemo } from 'react'

/**
 * Payload's schedule-publish drawer announces success whatever the server answers: a schedule the
 * server refused (`scheduling/schedulePublishServerFunction.ts`) would read "Scheduled
 * successfully" with nothing queued. Around the admin, a refusal is raised instead, so the drawer
 * shows the server's reason, in the editor's language, as an error.
 */
export function ScheduleRefusals({ children }: { children?: React.ReactNode }) {
  const serverFunctions = useServerFunctions()
  const withRefusals = useMemo(
    () => ({
      ...serverFunctions,
      schedulePublish: async (args: Parameters<typeof serverFunctions.schedulePublish>[0]) => {
        const result = await serverFunctions.schedulePublish(args)
        const refusal = (result as { error?: unknown } | undefined)?.error
        if (typeof refusal === 'string' && refusal) throw new Error(refusal)
        return result
      },
    }),
    [serverFunctions],
  )
  return <ServerFunctionsContext value={withRefusals}>{children}</ServerFunctionsContext>
}
