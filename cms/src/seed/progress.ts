/** One line per seeding step, redrawn in place on a terminal and appended in logs. */
export type Progress = {
  step: (name: string, total: number) => void
  tick: (created: boolean) => void
  done: () => void
}

export function progressReporter(write: (line: string) => void = (line) => process.stdout.write(line)): Progress {
  const interactive = Boolean(process.stdout.isTTY)
  let name = ''
  let total = 0
  let processed = 0
  let created = 0
  const line = () => `  ${name} ${processed}/${total}（新增 ${created}）`
  return {
    step(stepName, stepTotal) {
      name = stepName
      total = stepTotal
      processed = 0
      created = 0
    },
    tick(wasCreated) {
      processed++
      if (wasCreated) created++
      if (interactive) write(`\r${line()}`)
    },
    done() {
      write(`${interactive ? '\r' : ''}${line()}\n`)
    },
  }
}
