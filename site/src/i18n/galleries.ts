import { defineStrings, fillIn } from './strings'
import type { Locale } from './locales'

/** Interface text of the photo galleries: album list, album page and the lightbox. */
export const galleryStrings = defineStrings({
  'zh-TW': {
    galleries: '活動花絮',
    intro: '職涯輔導推動計畫各項活動的照片紀錄。',
    albumCount: '共 {count} 本相簿',
    albumCountOne: '共 {count} 本相簿',
    albumCountPaged: '共 {count} 本相簿，第 {page} 頁，共 {pages} 頁',
    separator: '，',
    photoCount: '{count} 張相片',
    photoCountOne: '{count} 張相片',
    event: '活動名稱',
    eventDate: '活動日期',
    region: '區域',
    projectZone: '專案專區',
    photos: '相片',
    photosCount: '（{count}）',
    photosHint: '選取相片可檢視大圖。',
    keysHint: '左右方向鍵可切換相片，Esc 鍵關閉。',
    viewLarger: '（檢視大圖）',
    viewer: '相片檢視',
    close: '關閉',
    previous: '上一張',
    next: '下一張',
    position: '第 {index} 張，共 {total} 張',
    backToList: '回到活動花絮列表',
  },
  en: {
    galleries: 'Photo galleries',
    intro: "Photos from the career guidance programme's events.",
    albumCount: '{count} albums',
    albumCountOne: '{count} album',
    albumCountPaged: '{count} albums, page {page} of {pages}',
    separator: ', ',
    photoCount: '{count} photos',
    photoCountOne: '{count} photo',
    event: 'Event',
    eventDate: 'Date',
    region: 'Region',
    projectZone: 'Project zone',
    photos: 'Photos',
    photosCount: ' ({count})',
    photosHint: 'Select a photo to see it larger.',
    keysHint: 'The left and right arrow keys move between photos; Esc closes.',
    viewLarger: '(view larger)',
    viewer: 'Photo viewer',
    close: 'Close',
    previous: 'Previous',
    next: 'Next',
    position: 'Photo {index} of {total}',
    backToList: 'Back to all photo galleries',
  },
})

/** `8 張相片` / `8 photos`, in English's singular for one. */
export function photoCount(count: number, locale: Locale): string {
  const t = galleryStrings(locale)
  return fillIn(count === 1 ? t.photoCountOne : t.photoCount, { count })
}

/** `共 10 本相簿` / `10 albums`. */
export function albumCount(count: number, locale: Locale): string {
  const t = galleryStrings(locale)
  return fillIn(count === 1 ? t.albumCountOne : t.albumCount, { count })
}
