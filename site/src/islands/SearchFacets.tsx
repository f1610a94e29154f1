import type { SearchStrings } from '../i18n/search'
import type { FacetOption } from '../search/facets'
import { FACETS, type Facet } from '../search/query'

type Props = {
  options: Record<Facet, FacetOption[]>
  strings: SearchStrings
  onToggle: (facet: Facet, value: string, ticked: boolean) => void
}

const fill = (text: string, count: number) => text.replace('{count}', String(count))

/** The filters: one group of checkboxes per facet, each value with the number of results it gives. */
export default function SearchFacets({ options, strings, onToggle }: Props) {
  return (
    <>
      {FACETS.filter((facet) => options[facet].length > 0).map((facet) => (
        <fieldset key={facet} className="search-facet">
          <legend>{strings[facet]}</legend>
          <ul className="search-facet__options">
            {options[facet].map((option) => {
              const id = `search-${facet}-${option.value}`.replace(/\s+/g, '-')
              return (
                <li key={option.value}>
                  <input type="checkbox" id={id} checked={option.selected} onChange={(event) => onToggle(facet, option.value, event.currentTarget.checked)} />
                  <label htmlFor={id} className={option.count === 0 && !option.selected ? 'search-facet__empty' : undefined}>
                    {option.value}
                    <span className="search-facet__count" aria-hidden="true">
                      {option.count}
                    </span>
                    <span className="visually-hidden">{fill(strings.valueCount, option.count)}</span>
                  </label>
                </li>
              )
            })}
          </ul>
        </fieldset>
      ))}
    </>
  )
}
