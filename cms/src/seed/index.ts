import type { Payload } from 'payload'

import { defaultSeedsDirectory, type SeedStep } from './context'
import { casesStep } from './demo/cases'
import { ebooksStep } from './demo/ebooks'
import { galleriesStep } from './demo/galleries'
import { materialsStep } from './demo/materials'
import { newsStep } from './demo/news'
import { conveners, schoolsStep } from './demo/schools'
import { surveysStep } from './demo/surveys'
import { videosStep } from './demo/videos'
import { type Progress, progressReporter } from './progress'
import { globalsStep } from './real/globals'
import { libraryStep } from './real/library'
import { linksStep } from './real/links'
import { pagesStep } from './real/pages'
import { projectZonesStep } from './real/projectZones'
import { regionsStep } from './real/regions'

/** In dependency order: schools before the regions' conveners and the cases that name them. */
export const seedSteps: SeedStep[] = [
  regionsStep,
  schoolsStep,
  conveners,
  projectZonesStep,
  libraryStep,
  pagesStep,
  linksStep,
  globalsStep,
  newsStep,
  casesStep,
  galleriesStep,
  materialsStep,
  ebooksStep,
  videosStep,
  surveysStep,
]

/** Loads the real documents and the demo data set; running it again changes nothing. */
export async function seed(
  payload: Payload,
  { progress = progressReporter(), seedsDirectory = defaultSeedsDirectory() }: { progress?: Progress; seedsDirectory?: string } = {},
) {
  for (const step of seedSteps) {
    await step.run({ payload, progress, seedsDirectory })
  }
}
