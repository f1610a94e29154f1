import type { Ref } from 'react'

import type { SearchStrings } from '../i18n/search'
import type { ResultView } from '../search/run'

type Props = { result: ResultView; strings: SearchStrings; linkRef?: Ref<HTMLAnchorElement> }

/** One search result: the page's title as a link, what it is, and where the words matched. */
export default function SearchResult({ result, strings, linkRef }: Props) {
  const facts = [result.region, result.year].filter(Boolean)
  return (
    <li className="search-result">
      <h3 className="search-result__title">
        <a href={result.url} lang={result.titleLang} ref={linkRef}>
          {result.title}
        </a>
      </h3>
      {(result.type || facts.length > 0 || result.date) && (
        <p className="search-result__meta meta">
          {result.type && (
            <span className="tag">
              <span className="visually-hidden">{strings.resultType}：</span>
              {result.type}
            </span>
          )}
          {facts.map((fact) => (
            <span key={fact}>{fact}</span>
          ))}
          {result.date && (
            <span>
              <span className="visually-hidden">{strings.date}：</span>
              <time dateTime={result.date.iso}>{result.date.label}</time>
            </span>
          )}
        </p>
      )}
      {result.excerpt.length > 0 && (
        <p className="search-result__excerpt" lang={result.excerptLang}>
          {result.excerpt.map((part, index) => (part.highlighted ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>))}
        </p>
      )}
    </li>
  )
}
