import type { PayloadRequest } from 'payload'

import { type BilingualLabel, label } from './labels'

/** Error messages the platform itself raises, in both admin languages. */
export const messages = {
  slugFormat: label(
    '網址代稱只能使用小寫英文字母、數字與連字號（例如 career-fair-2024）。',
    'A URL slug may only contain lowercase letters, digits and hyphens (e.g. career-fair-2024).',
  ),
  altRequired: label('請為圖片填寫替代文字，供螢幕報讀軟體使用。', 'Please describe the image for screen-reader users.'),
  schoolRequired: label('請選擇學校。', 'Please choose a school.'),
  fileOrURLRequired: label('請上傳檔案或填寫網址。', 'Please upload a file or enter a URL.'),
  videoSourceRequired: label('請上傳影片檔或填寫外部影片網址。', 'Please upload a video file or enter an external video URL.'),
  invalidURL: label('請填寫以 http:// 或 https:// 開頭的網址。', 'Please enter a URL starting with http:// or https://.'),
  invalidEmail: label('電子郵件格式不正確。', 'This email address is not valid.'),
  invalidPhone: label('電話號碼只能包含數字、空格、括號、加號、連字號與分機 #。', 'A phone number may only contain digits, spaces, brackets, +, - and # for an extension.'),
  compareLabelRequired: label('資料列含比較數值時，請填寫比較數值名稱（例如：113年）。', 'Rows have comparison values: please name the comparison series (e.g. 2024).'),
  endBeforeStart: label('結束日期不可早於開始日期。', 'The end date cannot be before the start date.'),
  fileTypeNotAllowed: label(
    '檔案內容不是此處接受的格式（依檔案內容判斷，而非副檔名）。可上傳：{types}。',
    "The file's content is not an accepted type (judged by its content, not its name). Accepted: {types}.",
  ),
} satisfies Record<string, BilingualLabel>

/** The message in the requester's admin language (Chinese unless they chose English). */
export function localise(req: Pick<PayloadRequest, 'i18n'> | undefined, message: BilingualLabel): string {
  return req?.i18n?.language === 'en' ? message.en : message['zh-TW']
}
