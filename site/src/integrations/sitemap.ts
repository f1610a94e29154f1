import fs from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { AstroIntegration } from 'astro'

import { incrementalBuild } from '../build/routeReuse'
import { htmlLang, splitLocale } from '../i18n/locales'

/** The sitemap protocol allows 50,000 URLs per file; beyond this many, `/sitemap.xml` becomes an index of parts. */
const URLS_PER_FILE = 45_000

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/**
 * `/sitemap.xml`, the address crawlers and the government website guidelines expect: every page
 * with its other-language version as an hreflang alternate. Pages are grouped by their path without
 * language prefix in one pass (`@astrojs/sitemap` compares every page with every other, which took
 * seconds on 27,000 pages).
 */
export function sitemap(): AstroIntegration {
  let site: URL | undefined
  return {
    name: 'portal:sitemap',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ? new URL(config.site) : undefined
      },
      'astro:build:done': async ({ dir, pages, logger }) => {
        if (!site) throw new Error('The sitemap needs the site address (SITE_URL)')
        const outDir = fileURLToPath(dir)
        // An incremental build's unchanged pages were linked, not rendered: Astro does not list them.
        const linked = incrementalBuild()?.linked.map(({ route }) => route) ?? []
        const paths = [...pages.map(({ pathname }) => `/${pathname}`), ...linked]
          .map((pathname) => pathname.replace(/\/+$/, '/'))
          // Pages only (their paths end with a slash), not feeds, data files or error pages.
          .filter((pathname) => pathname.endsWith('/') && !/(^|\/)404\/$/.test(pathname))
          .sort()
        const versions = new Map<string, Array<{ pathname: string; lang: string }>>()
        for (const pathname of paths) {
          const { locale, path: withoutLocale } = splitLocale(pathname)
          const group = versions.get(withoutLocale) ?? []
          group.push({ pathname, lang: htmlLang[locale] })
          versions.set(withoutLocale, group)
        }
        const absolute = (pathname: string) => escapeXml(new URL(pathname, site).href)
        const entries = paths.map((pathname) => {
          const group = versions.get(splitLocale(pathname).path)!
          const alternates = group.length > 1 ? group.map((version) => `<xhtml:link rel="alternate" hreflang="${version.lang}" href="${absolute(version.pathname)}"/>`).join('') : ''
          return `<url><loc>${absolute(pathname)}</loc>${alternates}</url>`
        })
        const urlset = (part: string[]) =>
          `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${part.join('\n')}\n</urlset>\n`
        if (entries.length <= URLS_PER_FILE) {
          await fs.writeFile(path.join(outDir, 'sitemap.xml'), urlset(entries))
        } else {
          const names: string[] = []
          for (let start = 0; start < entries.length; start += URLS_PER_FILE) {
            const name = `sitemap-${names.length}.xml`
            await fs.writeFile(path.join(outDir, name), urlset(entries.slice(start, start + URLS_PER_FILE)))
            names.push(name)
          }
          const list = names.map((name) => `<sitemap><loc>${absolute(`/${name}`)}</loc></sitemap>`).join('\n')
          await fs.writeFile(
            path.join(outDir, 'sitemap.xml'),
            `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${list}\n</sitemapindex>\n`,
          )
        }
        logger.info(`sitemap.xml lists ${entries.length} pages`)
      },
    },
  }
}
