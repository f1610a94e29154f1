/**
 * axe-core in the page under test, limited to WCAG 2.1 A and AA, with its findings as text a
 * person can act on.
 */
import axe, { type AxeResults, type Result } from 'axe-core'
import type { Page } from 'playwright-core'

export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']

/** Runs axe on the whole page and resolves with its violations. */
export async function axeViolations(page: Page): Promise<Result[]> {
  await page.addScriptTag({ content: axe.source })
  const results = await page.evaluate(
    (tags) => (window as unknown as { axe: typeof axe }).axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }),
    wcagTags,
  )
  return (results as AxeResults).violations
}

/** One block per rule: what is wrong, how bad, where (up to five elements) and why. */
export function describeViolations(violations: Result[]): string {
  return violations
    .map((violation) => {
      const nodes = violation.nodes.slice(0, 5).map((node) => {
        const summary = (node.failureSummary ?? '').replace(/\s+/g, ' ').trim()
        return `    at ${node.target.join(' ')}\n      ${node.html.slice(0, 200)}\n      ${summary}`
      })
      const more = violation.nodes.length > 5 ? `\n    … and ${violation.nodes.length - 5} more elements` : ''
      return `  [${violation.impact}] ${violation.id}: ${violation.help} (${violation.helpUrl})\n${nodes.join('\n')}${more}`
    })
    .join('\n')
}
