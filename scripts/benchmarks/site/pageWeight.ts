/**
 * What each built page weighs: its HTML, and the JavaScript it makes the browser load at once
 * (`<script src>` files, islands' component and renderer modules, module preloads, everything
 * those import statically, and inline scripts). Modules a page only imports on demand, such as
 * Pagefind's on the search page, are not counted: they load when used.
 */
import fs from 'node:fs'
import path from 'node:path'

const attribute = (tag: string, name: string) => new RegExp(`\\s${name}=(?:"([^"]*)"|'([^']*)')`, 'i').exec(tag)?.slice(1).find((value) => value !== undefined)

const javaScriptTypes = new Set(['', 'module', 'text/javascript', 'application/javascript'])

export type PageScripts = {
  /** Script files the page asks for, as URL paths. */
  files: string[]
  /** The text of its inline scripts. */
  inline: string[]
}

/** The scripts an HTML page loads, with their URLs resolved against the page's URL path. */
export function scriptsOfPage(html: string, pagePath: string): PageScripts {
  const files: string[] = []
  const inline: string[] = []
  const resolve = (url: string) => new URL(url, `http://site${pagePath}`).pathname
  for (const [, tag, body] of html.matchAll(/(<script\b[^>]*>)([\s\S]*?)<\/script>/gi)) {
    if (!javaScriptTypes.has((attribute(tag!, 'type') ?? '').toLowerCase())) continue
    const src = attribute(tag!, 'src')
    if (src) files.push(resolve(src))
    else if (body!.trim()) inline.push(body!)
  }
  for (const [tag] of html.matchAll(/<astro-island\b[^>]*>/gi)) {
    for (const name of ['component-url', 'renderer-url', 'before-hydration-url']) {
      const url = attribute(tag, name)
      if (url) files.push(resolve(url))
    }
  }
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    const href = attribute(tag, 'href')
    if (href && attribute(tag, 'rel')?.toLowerCase() === 'modulepreload') files.push(resolve(href))
  }
  return { files: [...new Set(files)], inline }
}

/** Specifiers a module imports statically (`import … from`, `import "…"`, `export … from`). */
export function staticImports(source: string): string[] {
  const found = source.matchAll(/(?:^|[;\s})])(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+)["']/g)
  return [...found].map(([, specifier]) => specifier!)
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted.length ? sorted[Math.floor((sorted.length - 1) / 2)]! : 0
}

export type PageWeights = {
  pages: number
  medianHtmlBytes: number
  largestHtml: { path: string; bytes: number }
  medianJsBytes: number
  /** Script every page of the layout loads (the header's): its bytes. */
  sharedJsBytes: number
  /** Pages indexed for search (detail and content pages, marked `data-pagefind-body`). */
  contentPages: number
  /** Content pages that load JavaScript beyond the shared script. */
  contentPagesWithExtraJs: number
  /** The extra scripts of content pages, by how many pages load them. */
  extraScripts: Array<{ script: string; pages: number }>
}

function htmlFiles(folder: string): string[] {
  return fs
    .readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => path.join(folder, file))
}

/** Measures every HTML page of a built site. */
export function measurePages(dist: string): PageWeights {
  const moduleClosure = new Map<string, string[]>()
  /** The module and every module it imports statically, as URL paths. */
  const closure = (urlPath: string, seen = new Set<string>()): Set<string> => {
    if (seen.has(urlPath)) return seen
    seen.add(urlPath)
    if (!moduleClosure.has(urlPath)) {
      const file = path.join(dist, decodeURIComponent(urlPath))
      const source = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : ''
      moduleClosure.set(
        urlPath,
        staticImports(source).map((specifier) => new URL(specifier, `http://site${urlPath}`).pathname),
      )
    }
    for (const imported of moduleClosure.get(urlPath)!) closure(imported, seen)
    return seen
  }
  const sizeOf = (urlPath: string) => fs.statSync(path.join(dist, decodeURIComponent(urlPath)), { throwIfNoEntry: false })?.size ?? 0

  const pages = htmlFiles(dist).map((file) => {
    const html = fs.readFileSync(file, 'utf8')
    const urlPath = `/${path.relative(dist, file).split(path.sep).join('/')}`.replace(/index\.html$/, '')
    const { files, inline } = scriptsOfPage(html, urlPath)
    const loaded = new Set<string>()
    for (const script of files) closure(script).forEach((module) => loaded.add(module))
    // Inline scripts are told apart by their text; the same snippet on every page is shared.
    const scripts = [...loaded, ...inline.map((text) => `inline:${text}`)]
    return {
      path: urlPath,
      htmlBytes: Buffer.byteLength(html),
      scripts,
      jsBytes: [...loaded].reduce((sum, module) => sum + sizeOf(module), 0) + inline.reduce((sum, text) => sum + Buffer.byteLength(text), 0),
      isContent: /\sdata-pagefind-body\b/.test(html),
      // The header's search form (and its script) is on every page of the portal's layout.
      hasHeader: /\sdata-search-action=/.test(html),
    }
  })

  // What every page of the layout loads: the header's script. Redirect stubs have no layout.
  const shared = pages.filter((page) => page.hasHeader).reduce<Set<string> | undefined>(
    (common, page) => (common ? new Set(page.scripts.filter((script) => common.has(script))) : new Set(page.scripts)),
    undefined,
  ) ?? new Set<string>()
  const scriptBytes = (script: string) => (script.startsWith('inline:') ? Buffer.byteLength(script) - 'inline:'.length : sizeOf(script))
  const contentPages = pages.filter((page) => page.isContent)
  const extraCount = new Map<string, number>()
  let contentPagesWithExtraJs = 0
  for (const page of contentPages) {
    const extra = page.scripts.filter((script) => !shared.has(script))
    if (extra.length) contentPagesWithExtraJs++
    for (const script of extra) extraCount.set(script, (extraCount.get(script) ?? 0) + 1)
  }
  const largest = pages.reduce((top, page) => (page.htmlBytes > top.htmlBytes ? page : top), pages[0] ?? { path: '', htmlBytes: 0 })
  return {
    pages: pages.length,
    medianHtmlBytes: median(pages.map((page) => page.htmlBytes)),
    largestHtml: { path: largest.path, bytes: largest.htmlBytes },
    medianJsBytes: median(pages.map((page) => page.jsBytes)),
    sharedJsBytes: [...shared].reduce((sum, script) => sum + scriptBytes(script), 0),
    contentPages: contentPages.length,
    contentPagesWithExtraJs,
    extraScripts: [...extraCount]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 5)
      .map(([script, count]) => ({ script: script.startsWith('inline:') ? `inline script (${scriptBytes(script)} B)` : script, pages: count })),
  }
}
