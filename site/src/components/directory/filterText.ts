/**
 * The form in which the directory's quick filter compares text, shared by the page (which writes
 * each entry's text) and its script (which reads the query): 台 and 臺, full and half width, and
 * letter case do not matter.
 */
export const filterText = (text: string) => text.normalize('NFKC').toLowerCase().replaceAll('台', '臺')
