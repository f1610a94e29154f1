import type { APIRoute } from 'astro'

import { changedPaths } from '../../../build/routeReuse'
import { datasetNames, type DatasetName, toJSON } from '../../../content/openData'
import { loadDataset } from '../../../content/openDataSets'
import { forEachLocale, type Locale } from '../../../i18n/locales'

export const getStaticPaths = changedPaths(() => forEachLocale(() => datasetNames.map((dataset) => ({ params: { dataset }, props: { dataset } }))))

/** `/open-data/cases.json`: a dataset with its header, licence and field descriptions. */
export const GET: APIRoute<{ dataset: DatasetName; locale: Locale }> = ({ props, site }) => {
  const { header, fields, records } = loadDataset(props.dataset, props.locale, site!)
  return new Response(toJSON(header, fields, records, props.locale), { headers: { 'Content-Type': 'application/json; charset=utf-8' } })
}
