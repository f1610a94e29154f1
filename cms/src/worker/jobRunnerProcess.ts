/**
 * Payload starts its job runner in every process that loads the config with `cron`, and Next's
 * server does so too. Only the background worker runs jobs, so that encoding images or PDF covers
 * never takes CPU from the process answering editors.
 */
const runsJobsKey = Symbol.for('career-portal.runs-jobs')
type WithFlag = typeof globalThis & { [runsJobsKey]?: true }

export const runJobsInThisProcess = () => {
  ;(globalThis as WithFlag)[runsJobsKey] = true
}

export const runsJobsInThisProcess = () => (globalThis as WithFlag)[runsJobsKey] === true
