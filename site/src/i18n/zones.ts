import { rocYear } from 'cms/vocabularies'

import type { EntryStatus } from '../content/zones'
import type { Locale } from './locales'
import { defineStrings, fillIn } from './strings'

/** Interface text of the project zones (專案專區). */
export const zoneStrings = defineStrings({
  'zh-TW': {
    zones: '專案專區',
    intro: '本署推動的四項大專校院職涯輔導專案：計畫說明、年度時程、相關消息與文件。',
    nextStep: '近期時程',
    yearFinished: '{year}時程皆已結束。',
    about: '計畫說明',
    timetable: '年度時程',
    calendar: '{year}時程',
    calendarStatusNote: '各項時程的狀態以 {date} 為準。',
    noCalendar: '本年度時程尚未公布。',
    past: '已結束',
    ongoing: '進行中',
    upcoming: '即將辦理',
    relatedNews: '相關消息',
    moreNews: '{zone}的所有消息',
    noNews: '這一年度尚無相關消息。',
    documents: '相關文件',
    galleries: '活動花絮',
    archive: '歷年專區',
    archiveOf: '{year}專區',
    archiveTitle: '{zone}：{year}專區',
    archiveNotice: '您正在瀏覽{year}的歷史資料。',
    currentYear: '前往本年度專區',
    to: '至',
  },
  en: {
    zones: 'Project zones',
    intro: "The agency's four career guidance projects for universities and colleges: what each is, this year's timetable, related news and documents.",
    nextStep: 'Next on the timetable',
    yearFinished: 'Everything on the {year} timetable has taken place.',
    about: 'About the project',
    timetable: 'Timetable',
    calendar: '{year} timetable',
    calendarStatusNote: 'Status as of {date}.',
    noCalendar: "This year's timetable has not been published yet.",
    past: 'Finished',
    ongoing: 'Under way',
    upcoming: 'Coming up',
    relatedNews: 'Related news',
    moreNews: 'All news of the {zone}',
    noNews: 'No related news for this year yet.',
    documents: 'Documents',
    galleries: 'Photo galleries',
    archive: 'Past years',
    archiveOf: '{year} archive',
    archiveTitle: '{zone}: {year} archive',
    archiveNotice: 'You are looking at the archive of {year}.',
    currentYear: "Go to this year's zone",
    to: 'to',
  },
})

/** A programme year as readers know it: `115 年度（2026）` or `2026`. */
export const programmeYearLabel = (year: number, locale: Locale) => (locale === 'zh-TW' ? `${rocYear(year)} 年度（${year}）` : String(year))

export const entryStatusLabel = (status: EntryStatus, locale: Locale) => zoneStrings(locale)[status]

export const calendarHeading = (year: number, locale: Locale) => fillIn(zoneStrings(locale).calendar, { year: programmeYearLabel(year, locale) })
