import type { APIRoute } from 'astro'

import { changedPaths } from '../../../build/routeReuse'
import { datasetNames, type DatasetName, toCSV } from '../../../content/openData'
import { loadDataset } from '../../../content/openDataSets'
import { forEachLocale, type Locale } from '../../../i18n/locales'

export const getStaticPaths = changedPaths(() => forEachLocale(() => datasetNames.map((dataset) => ({ params: { dataset }, props: { dataset } }))))

/** `/open-data/cases.csv`: a dataset as a spreadsheet opens it, field names in the first row. */
export const GET: APIRoute<{ dataset: DatasetName; locale: Locale }> = ({ props, site }) => {
  const { fields, records } = loadDataset(props.dataset, props.locale, site!)
  return new Response(toCSV(fields, records), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } })
}
