/**
 * The cases list's combined filter: turns the filter links into a form of one select per facet,
 * filters the case index in the browser, redraws the cards, announces how many match, and keeps
 * the address (`/cases/?region=north&year=113`) so a filtered view can be shared. Without
 * JavaScript, or if the index cannot load, the page stays as built: filter links and pages.
 */
import {
  CASE_CARD_SIZES,
  CASES_PER_PAGE,
  type CaseFacet,
  type CaseIndex,
  type CaseIndexEntry,
  type CaseSelection,
  caseFacets,
  countByValue,
  matchesSelection,
  selectionFromQuery,
  selectionToQuery,
} from '../components/cases/caseIndex'

/** Interface text the page hands over, with `{count}`, `{label}` and `{title}` placeholders. */
export type CaseFilterMessages = {
  matchCount: string
  matchCountOne: string
  showMore: string
  noMatches: string
  awardBadge: string
  valueCount: string
  cases: string
  /** The crumb of a filter page once every filter is cleared. */
  all: string
  listTitle: string
  labelSeparator: string
  /** What follows the heading in the document title: `｜site name` (` | site name` in English). */
  titleSuffix: string
}

const fill = (text: string, values: Record<string, string | number>) => text.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ''))

/** Makes a crumb the end of the trail: its text without the link, marked as the current page (as `Breadcrumbs.astro` draws it). */
function markCurrentCrumb(crumb: HTMLElement) {
  const link = crumb.querySelector('a')
  if (link) {
    if (link.lang) crumb.lang = link.lang
    link.replaceWith(...link.childNodes)
  }
  crumb.setAttribute('aria-current', 'page')
}

function element<Tag extends keyof HTMLElementTagNameMap>(tag: Tag, attributes: Record<string, string | undefined> = {}, ...children: Array<Node | string>) {
  const node = document.createElement(tag)
  for (const [name, value] of Object.entries(attributes)) if (value !== undefined) node.setAttribute(name, value)
  node.append(...children)
  return node
}

/** The same card as `components/cases/CaseCard.astro` draws. */
function caseCard(entry: CaseIndexEntry, index: CaseIndex, messages: CaseFilterMessages): HTMLLIElement {
  const { labels } = index
  const image = entry.image
  const photo = image
    ? element(
        'picture',
        {},
        element('source', { type: 'image/avif', srcset: image.avif, sizes: CASE_CARD_SIZES }),
        element('source', { type: 'image/webp', srcset: image.webp, sizes: CASE_CARD_SIZES }),
        element('img', { src: image.src, alt: image.alt, width: String(image.width), height: String(image.height), loading: 'lazy', decoding: 'async' }),
      )
    : element('div', { class: 'case-card__no-photo' })
  const facts = [entry.region && labels.region[entry.region], labels.year[entry.year]].filter((fact): fact is string => Boolean(fact))
  const body = element(
    'div',
    { class: 'card__body' },
    element('h3', { class: 'card__title' }, element('a', { href: entry.url, lang: entry.titleLang }, entry.title)),
  )
  if (entry.school) body.append(element('p', { class: 'case-card__school', lang: entry.schoolLang }, entry.school))
  body.append(
    element('p', { class: 'case-card__facts' }, facts.join(messages.labelSeparator)),
    element('p', { class: 'case-card__plan' }, labels.plan[entry.plan] ?? entry.plan),
  )
  if (entry.award) {
    body.append(element('p', { class: 'case-card__award' }, element('span', { class: 'tag' }, `${messages.awardBadge}：${labels.award[entry.award] ?? entry.award}`)))
  }
  return element('li', {}, element('article', { class: 'card case-card' }, photo, body))
}

/** Wires one cases list (`[data-case-browser]`): its links, hidden form, results and pagination. */
export async function enhanceCaseFilter(root: HTMLElement): Promise<void> {
  const form = root.querySelector<HTMLFormElement>('[data-case-filter-form]')
  const links = root.querySelector<HTMLElement>('[data-case-filter-links]')
  const list = root.querySelector<HTMLUListElement>('[data-case-results]')
  const status = root.querySelector<HTMLElement>('[data-case-count]')
  const empty = root.querySelector<HTMLElement>('[data-case-empty]')
  const more = root.querySelector<HTMLButtonElement>('[data-case-more]')
  const heading = document.querySelector<HTMLElement>('h1')
  const { indexUrl, listUrl, messages: messagesJSON, selection: selectionJSON, page } = root.dataset
  if (!form || !links || !list || !status || !empty || !more || !indexUrl || !listUrl || !messagesJSON) return
  const messages = JSON.parse(messagesJSON) as CaseFilterMessages

  let index: CaseIndex
  try {
    const response = await fetch(indexUrl)
    if (!response.ok) return
    index = (await response.json()) as CaseIndex
  } catch {
    // Offline or blocked: the filter links keep working.
    return
  }

  const selects = new Map(caseFacets.map((facet) => [facet, form.elements.namedItem(facet) as HTMLSelectElement | null]))
  const fromAddress = selectionFromQuery(new URLSearchParams(location.search))
  const fromPage = JSON.parse(selectionJSON ?? '{}') as CaseSelection
  // The trail ends with the section, then a filter page's value, then from page 2 on the page's number.
  const crumbs = [...document.querySelectorAll<HTMLElement>('.breadcrumbs li')]
  const pageCrumb = Number(page) > 1 ? crumbs.pop() : undefined
  const filterCrumb = Object.keys(fromPage).length ? crumbs.at(-1) : undefined
  let matches: CaseIndexEntry[] = []
  let shown = 0

  const readForm = (): CaseSelection => Object.fromEntries(caseFacets.map((facet) => [facet, selects.get(facet)?.value || undefined]))

  function writeForm(selection: CaseSelection) {
    for (const [facet, select] of selects) if (select) select.value = selection[facet] ?? ''
  }

  /** Each option says how many cases choosing it would show, given the other choices. */
  function updateOptionCounts(selection: CaseSelection) {
    for (const [facet, select] of selects) {
      if (!select) continue
      const counts = countByValue(index.cases, facet as CaseFacet, selection)
      for (const option of select.options) {
        if (option.value) option.textContent = fill(messages.valueCount, { label: option.dataset.label ?? option.value, count: counts.get(option.value) ?? 0 })
      }
    }
  }

  /** The heading, crumb and document title name the chosen values, as a filter page's would. */
  function retitle(selection: CaseSelection) {
    const chosen = caseFacets.flatMap((facet) => {
      const option = selects.get(facet)?.selectedOptions[0]
      return selection[facet] && option?.value ? [option.dataset.label ?? option.value] : []
    })
    const title = chosen.length ? fill(messages.listTitle, { label: chosen.join(messages.labelSeparator) }) : messages.cases
    if (heading) heading.textContent = title
    // The filtered list starts from its first match: the trail no longer ends with a page number.
    if (pageCrumb?.isConnected) {
      pageCrumb.remove()
      markCurrentCrumb(crumbs.at(-1)!)
    }
    if (filterCrumb) filterCrumb.textContent = chosen.length ? chosen.join(messages.labelSeparator) : messages.all
    document.title = title + messages.titleSuffix
  }

  function showNext(): HTMLElement | undefined {
    const next = matches.slice(shown, shown + CASES_PER_PAGE).map((entry) => caseCard(entry, index, messages))
    list!.append(...next)
    shown += next.length
    const rest = matches.length - shown
    more!.hidden = rest <= 0
    more!.textContent = fill(messages.showMore, { count: rest })
    return next[0]?.querySelector('a') ?? undefined
  }

  /** Redraws the list for a selection; the count is a polite live region, so it is announced. */
  function apply(selection: CaseSelection) {
    matches = index.cases.filter((entry) => matchesSelection(entry, selection))
    shown = 0
    list!.replaceChildren()
    showNext()
    list!.hidden = matches.length === 0
    empty!.hidden = matches.length > 0
    empty!.textContent = messages.noMatches
    status!.textContent = fill(matches.length === 1 ? messages.matchCountOne : messages.matchCount, { count: matches.length })
    for (const pagination of root.querySelectorAll<HTMLElement>('.pagination')) pagination.hidden = true
    updateOptionCounts(selection)
    retitle(selection)
    history.replaceState(history.state, '', listUrl + selectionToQuery(selection))
  }

  form.addEventListener('change', () => apply(readForm()))
  form.addEventListener('submit', (event) => {
    event.preventDefault()
    apply(readForm())
  })
  root.querySelector('[data-case-filter-clear]')?.addEventListener('click', () => {
    writeForm({})
    apply({})
  })
  more.addEventListener('click', () => showNext()?.focus())

  // A shared address wins over the filter page it was opened on; values the form lacks are dropped.
  const shared = Object.keys(fromAddress).length > 0
  writeForm(shared ? fromAddress : fromPage)
  links.hidden = true
  form.hidden = false
  if (shared) apply(readForm())
  else updateOptionCounts(readForm())
}
