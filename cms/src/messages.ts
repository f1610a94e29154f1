import { APIError } from 'payload'

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
  // Accounts and what each role may change.
  roleNotAllowed: label('您無權建立或指派此角色的帳號。', 'You may not create accounts with this role or give an account this role.'),
  accountFieldsAdminOnly: label('帳號的角色、區域、學校與啟用狀態只能由管理者變更。', "Only administrators change an account's role, region, school or status."),
  regionRequired: label('區域召集學校人員須指定區域。', 'A regional convener account needs a region.'),
  schoolRequiredForStaff: label('學校職涯輔導人員須指定學校。', 'A school staff account needs a school.'),
  schoolOutsideRegion: label('只能為本區的學校建立及管理帳號與內容。', 'You may only manage accounts and content of schools in your own region.'),
  automationAdminOnly: label('自動化帳號與 API 金鑰只能由本署管理者設定。', 'Only agency administrators set up automation accounts and their API keys.'),
  apiKeyNeedsAutomation: label('只有標示為自動化帳號者可以使用 API 金鑰。', 'Only accounts marked as automation accounts may have an API key.'),
  // Signing in and passwords.
  passwordTooShort: label('密碼至少需要 {length} 個字元。', 'A password needs at least {length} characters.'),
  passwordTooCommon: label('這是常見密碼，很容易被猜中，請改用其他密碼。', 'This is a common password and easily guessed; please choose another.'),
  accountLocked: label(
    '此帳號因多次登入失敗已鎖定，請聯絡本署管理者解除鎖定。',
    'This account is locked after repeated failed sign-ins. Please ask an administrator to unlock it.',
  ),
  accountDeactivated: label('此帳號已停用，請聯絡本署管理者。', 'This account has been deactivated. Please contact an administrator.'),
  // Content and regions.
  outsideOwnRegion: label('只能管理本區（{region}）的內容，不能移到其他區域。', 'You may only manage content of your own region ({region}) and cannot move it to another region.'),
  otherSchool: label('只能為本校建立及編輯優良範例。', "You may only create and edit your own school's exemplar cases."),
  reservedFields: label('「{fields}」只能由召集學校或本署設定。', '{fields}: only conveners and the agency set these.'),
  // The exemplar-case workflow.
  transitionNotAllowed: label('無法將狀態由「{from}」改為「{to}」。', 'A case cannot go from “{from}” to “{to}”.'),
  transitionNotYours: label('您無權將狀態由「{from}」改為「{to}」。', 'You may not move a case from “{from}” to “{to}”.'),
  returnNeedsComment: label('退回時請填寫說明，讓學校知道要修改什麼。', 'Please say why the case is returned, so the school knows what to change.'),
  reviewNotAssigned: label('只能評審指派給您的優良範例。', 'You may only review exemplar cases assigned to you.'),
  publishNeedsApproval: label('優良範例須經召集學校核定後才能發布。', 'An exemplar case is published only after its convener has approved it.'),
  // Portal builds.
  rebuildNotAllowed: label('只有本署管理者與承辦團隊可以要求重建入口網站。', 'Only the agency and the contractor may ask for the portal to be rebuilt.'),
  rebuildRequested: label('已排入建置，完成後自動上線。', 'A build is queued; the portal updates by itself when it is done.'),
  // Scheduled publishing.
  scheduleNotAllowed: label('您無權發布或取消發布此文件，因此也不能為它排定時間。', 'You may not publish or unpublish this document, so you cannot schedule it either.'),
  scheduleInvalid: label(
    '請指定排程類型（publish 發布或 unpublish 取消發布）、文件（doc：relationTo 與 value）與未來的時間（waitUntil）。',
    'Please give the kind of schedule (publish or unpublish), the document (doc: relationTo and value) and a time in the future (waitUntil).',
  ),
  scheduleNotPending: label('此排程已執行或不存在。', 'This schedule has already run or does not exist.'),
  // Uploads refused by their content, name or size (media/src/validation names the same kinds).
  fileNameNotAllowed: label(
    '檔名不可包含斜線、反斜線、「..」、控制字元或改變文字方向的字元，請改名後再上傳。',
    'A file name may not contain slashes, backslashes, “..”, control characters or text-direction characters. Please rename the file and upload it again.',
  ),
  fileTooLarge: label('檔案超過此處的大小上限 {megabytes} MB。', 'The file is larger than the {megabytes} MB allowed here.'),
  fileExtensionMismatch: label(
    '檔案內容是 {type}，但副檔名不符；{type} 檔案的副檔名應為 {extensions}。',
    'The file is a {type} file but its name does not say so: a {type} file is named {extensions}.',
  ),
  filePolyglot: label(
    '檔案除了圖片或 PDF 之外還夾帶網頁、指令碼或壓縮檔內容，無法接受。',
    'The file carries web page, script or archive content besides the image or PDF, and cannot be accepted.',
  ),
  officeMacros: label('文件含有巨集，請另存為不含巨集的格式（例如 .docx）後再上傳。', 'The document contains macros. Please save it without macros (e.g. as .docx) and upload it again.'),
  officeMalformed: label(
    '這不是完整的 Office 或 OpenDocument 文件（缺少格式清單），請以文書軟體重新存檔後再上傳。',
    'This is not a complete Office or OpenDocument file (its manifest is missing). Please save it again from your office suite.',
  ),
  captionMarkup: label(
    '字幕檔只能使用 WebVTT 的字幕標籤（<b> <i> <u> <c> <v> <lang> <ruby> <rt> 與時間標記），不可包含 {tag}。',
    'A caption file may only use WebVTT cue tags (<b> <i> <u> <c> <v> <lang> <ruby> <rt> and timestamps), not {tag}.',
  ),
  imageTooManyPixels: label('圖片像素超過上限（{megapixels} 百萬像素），請縮小後再上傳。', 'The image has more than {megapixels} megapixels. Please make it smaller and upload it again.'),
  imageCorrupt: label('圖片檔案不完整或已損毀，無法讀取。', 'The image file is incomplete or damaged and cannot be read.'),
  pdfCorrupt: label('PDF 檔案不完整或已損毀，無法讀取。', 'The PDF file is incomplete or damaged and cannot be read.'),
  pdfEncrypted: label('PDF 已加密或設有密碼，請移除保護後再上傳。', 'The PDF is encrypted or password-protected. Please remove the protection and upload it again.'),
  pdfActiveContent: label(
    'PDF 含有 JavaScript、啟動程式的動作或內嵌檔案，公開提供前請移除。',
    'The PDF contains JavaScript, an action that launches a program, or embedded files. Please remove them before it is published.',
  ),
  uploadByURL: label('不接受以網址上傳，請下載檔案後直接上傳。', 'Uploading from a web address is not accepted. Please download the file and upload it directly.'),
  // Media derivatives and the facts read from uploaded files.
  captionsRequired: label(
    '使用上傳影片檔的影片須至少有一個字幕檔（WebVTT）才能發布；草稿可先不附。',
    'A video that uses an uploaded file needs at least one caption track (WebVTT) before it is published; a draft may lack one.',
  ),
  // Why a scheduled publish or unpublish did not happen when it ran.
  scheduleFailedAccountInactive: label('排定此排程的帳號已停用或已不存在。', 'The account that scheduled it has been deactivated or no longer exists.'),
  scheduleFailedNotAllowed: label(
    '排定此排程的帳號目前無權發布或取消發布此文件：{detail}',
    'The account that scheduled it may not publish or unpublish this document now: {detail}',
  ),
  scheduleFailedInvalid: label('文件有欄位未填或不符規定，請修正後再發布：{fields}', 'Some fields of the document are empty or invalid; correct them and publish again: {fields}'),
  scheduleFailedDocumentGone: label('文件已刪除或移至垃圾桶。', 'The document has been deleted or moved to the trash.'),
  scheduleFailedError: label('執行時發生錯誤：{detail}', 'An error stopped it: {detail}'),
  scheduleFailureNotFound: label('找不到這則排程失敗通知，或您無權查看。', 'This failed-schedule notice does not exist, or you may not see it.'),
} satisfies Record<string, BilingualLabel>

/** A request, or the admin's server props: whatever carries the admin language. */
type WithLanguage = { i18n?: { language: string } }

/** The message in the requester's admin language (Chinese unless they chose English). */
export function localise(req: WithLanguage | undefined, message: BilingualLabel): string {
  return req?.i18n?.language === 'en' ? message.en : message['zh-TW']
}

/** The message in the requester's language with `{name}` placeholders filled in. */
export function localiseWith(req: WithLanguage | undefined, message: BilingualLabel, values: Record<string, string>): string {
  return localise(req, message).replace(/\{(\w+)\}/g, (placeholder, name: string) => values[name] ?? placeholder)
}

/** A refused request (403) whose reason the requester reads in their language. */
export function refusal(req: WithLanguage | undefined, message: BilingualLabel, values: Record<string, string> = {}): APIError {
  return new APIError(localiseWith(req, message, values), 403, null, true)
}
