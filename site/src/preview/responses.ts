/**
 * What the preview server adds to the portal's pages, and its answers when it shows no draft.
 * Every answer is for one visitor only and never indexed.
 */
export const previewHeaders = { 'Cache-Control': 'private, no-store', 'X-Robots-Tag': 'noindex' } as const

/** Shown at the top of every preview, in both languages, so nobody takes it for the live page. */
export const bannerHTML =
  '<aside class="draft-preview-banner" aria-label="草稿預覽 Draft preview">' +
  '<strong><span lang="zh-Hant-TW">草稿預覽</span> · <span lang="en">Draft preview</span></strong> ' +
  '<span lang="zh-Hant-TW">此頁尚未發布，只有可閱讀這份草稿的登入帳號看得到。</span> ' +
  '<span lang="en">Not published: only signed-in accounts that may read this draft see it.</span>' +
  '</aside>'

/** The page with the banner first in its body. */
export const withBanner = (html: string) => html.replace(/<body([^>]*)>/, (body) => `${body}${bannerHTML}`)

type Text = { 'zh-TW': string; en: string }

const refusals: Record<400 | 403 | 404 | 502, { title: Text; explanation: Text }> = {
  400: {
    title: { 'zh-TW': '不支援的語言', en: 'Unsupported language' },
    explanation: { 'zh-TW': '預覽的語言須為 zh-TW 或 en。', en: 'The preview language must be zh-TW or en.' },
  },
  403: {
    title: { 'zh-TW': '無法預覽這份草稿', en: 'This draft cannot be previewed' },
    explanation: {
      'zh-TW': '請先以可閱讀這份草稿的帳號登入後台，再從編輯畫面開啟預覽。',
      en: 'Sign in to the CMS with an account that may read this draft, then open the preview from its edit view.',
    },
  },
  404: {
    title: { 'zh-TW': '找不到這份文件', en: 'Document not found' },
    explanation: { 'zh-TW': '這份文件不存在，或您的帳號無法閱讀。', en: 'The document does not exist, or your account may not read it.' },
  },
  502: {
    title: { 'zh-TW': '暫時無法取得草稿', en: 'The draft could not be fetched' },
    explanation: { 'zh-TW': '內容管理系統沒有回應，請稍後再試。', en: 'The CMS did not answer; please try again later.' },
  },
}

/** A plain bilingual page saying why no draft is shown; it never contains any of the document. */
export function refusalResponse(status: keyof typeof refusals): Response {
  const { title, explanation } = refusals[status]
  const html = `<!doctype html>
<html lang="zh-Hant-TW">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${title['zh-TW']} · ${title.en}</title></head>
<body>
<main>
<h1>${title['zh-TW']} <span lang="en">· ${title.en}</span></h1>
<p>${explanation['zh-TW']}</p>
<p lang="en">${explanation.en}</p>
</main>
</body>
</html>
`
  return new Response(html, { status, headers: { 'Content-Type': 'text/html; charset=utf-8', ...previewHeaders } })
}
