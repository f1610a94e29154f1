import { richText } from '../lexical'
import { ensureDocument } from '../upsert'
import { type BilingualLabel, label } from '../../labels'
import { documentsStep } from './documentsStep'
import { outline } from './outline'

type StandingPage = {
  slug: 'about' | 'privacy-security' | 'accessibility' | 'open-data'
  title: BilingualLabel
  summary: BilingualLabel
  /** The body as an outline (see `outline`): `## ` headings, one paragraph per line. */
  body: BilingualLabel
}

/** 關於平臺: what the platform is for, after 伍、四、(二) of the programme text. */
const about: StandingPage = {
  slug: 'about',
  title: label('關於平臺', 'About the platform'),
  summary: label(
    '大專校院職涯輔導資訊平臺由教育部青年發展署建置，彙集各項職涯輔導專案資訊及各校優良範例，是職涯輔導人員、教師與學生交流分享的平臺。',
    'The University Career Guidance Information Platform, set up by the Youth Development Administration of the Ministry of Education, brings together the career guidance projects and the best practice of universities and colleges for guidance staff, teachers and students.',
  ),
  body: label(
    `
    ## 平臺緣起
    大專校院職涯輔導資訊平臺由教育部青年發展署（以下簡稱本署）建置，是「大專校院職涯輔導推動計畫」平臺擴散策略的一環。本署自106年起分北、中、南三區設置召集學校，透過策略聯盟、補助激勵、專業養成及平臺擴散等策略，建立大專校院職涯輔導工作的支持網絡；本平臺則以資訊網站提供各校交流分享職涯輔導推動經驗的管道，擴散職涯輔導效益。
    ## 平臺提供的服務
    本平臺彙集本署各項職涯輔導專案資訊，以及各校執行良好的職涯輔導範例，提供職涯輔導相關訊息及做法：
    專案專區：大專校院推動職涯輔導補助計畫、大專校院職涯輔導成果評選、大專校院職涯輔導種子教師培訓及大專校院職涯輔導主管會議，提供計畫說明、年度期程、活動報名及相關消息。
    內容區塊：最新消息、調查分析、職涯輔導優良範例、活動花絮、教材手冊及職輔圖書館，提供多元內容及參考資料。
    影音專區：「學生職涯發展教材」及「職涯輔導工作參考手冊」電子書，以及各專案的影音成果。
    大專校院職涯輔導單位通訊錄與統計資料，便於各校聯繫及參考。
    相關連結：職涯輔導及就業相關的政府與民間網站。
    ## 線上作業
    平臺以流程線上化、使用者便利化、訊息自動化為方向，提供補助計畫的送件、審查與結案，成果評選的送件、審查與通知，活動報名與課後調查，以及問卷填報與初步分析等線上功能。
    學校及職涯輔導人員使用參與帳號；本署、承辦學校、召集學校及評審委員使用工作帳號，各依權限作業，並由系統依資料提供通知及提醒。
    ## 服務對象
    全國公私立大專校院（不含軍警校院及空中大學）的職涯輔導單位、職涯輔導人員與教師，以及關心職涯發展的學生與社會大眾。
    `,
    `
    ## Why the platform exists
    The University Career Guidance Information Platform is run by the Youth Development Administration of the Ministry of Education (the agency). It is part of the University Career Guidance Programme, which has organised universities and colleges into North, Central and South regions, each with a convener school, since 2017. The programme builds a support network for career guidance through regional alliances, subsidies and awards, professional development and this platform, where schools share what works in career guidance.
    ## What you will find here
    The platform brings together the agency's career guidance projects and schools' best practice:
    Project zones for the Career Guidance Subsidy Programme, the Career Guidance Outcome Awards, Seed Teacher Training and the Career Guidance Directors' Meeting, each with its description, yearly calendar, event registration and news.
    News, survey analysis, exemplar cases, photo galleries, teaching materials and handbooks, and the career guidance library.
    A media zone with the student career-development materials and the career guidance reference handbook as e-books, and videos from the projects.
    A directory of every school's career guidance unit, and statistics.
    Links to government and private career and employment sites.
    ## Working online
    Schools submit subsidy applications and award nominations, register for events and answer surveys online; reviews, notifications and first analyses happen on the platform too.
    Schools and career guidance staff use participant accounts; the agency, the contractor school, the convener schools and reviewers use work accounts, each with the rights their role needs.
    ## Who it is for
    Career guidance units, staff and teachers of all public and private universities and colleges in Taiwan (except military and police academies and the open university), and students and anyone interested in career development.
    `,
  ),
}

/** 隱私權及資訊安全政策, as Taiwanese government sites publish it under the Personal Data Protection Act. */
const privacySecurity: StandingPage = {
  slug: 'privacy-security',
  title: label('隱私權及資訊安全政策', 'Privacy and Security Policy'),
  summary: label(
    '說明本平臺依個人資料保護法及資通安全管理法，如何蒐集、處理、利用及保護您的個人資料，以及本平臺的資訊安全措施。',
    'How the platform collects, processes, uses and protects your personal data under the Personal Data Protection Act and the Cyber Security Management Act, and how it keeps its systems secure.',
  ),
  body: label(
    `
    歡迎您使用「大專校院職涯輔導資訊平臺」（以下簡稱本平臺）。為保障您的隱私權並維護資訊安全，本平臺依據個人資料保護法、資通安全管理法及相關法規訂定本政策，說明本平臺如何蒐集、處理、利用及保護您的個人資料，請您詳閱。
    ## 一、適用範圍
    本政策適用於您瀏覽本平臺及使用各項服務（包括帳號申請、補助計畫及成果評選送件、活動報名、問卷填答及意見反映）時，所涉及之個人資料蒐集、處理及利用。本平臺連結之其他網站各有其隱私權政策，不適用本政策。
    ## 二、個人資料之蒐集、處理及利用
    1. 本平臺僅於執行職涯輔導相關業務之特定目的範圍內蒐集個人資料，例如姓名、服務學校與單位、職稱、電子郵件、聯絡電話，以及活動報名與問卷所需之資料；蒐集時將告知蒐集目的、資料類別及利用之期間、地區、對象與方式。
    2. 您提供的個人資料，僅用於帳號管理、案件審查與通知、活動辦理與聯繫、問卷統計分析及相關業務聯繫，不作其他用途。
    3. 問卷及調查結果以統計方式呈現，公開之資料不會揭露可識別特定個人之內容。
    4. 個人資料於特定目的存續期間內保存；特定目的消失或期限屆滿時，依規定刪除或停止處理及利用，但因執行職務或業務所必須，或經您書面同意者，不在此限。
    5. 為維護系統安全，本平臺伺服器會記錄連線位址、存取時間及瀏覽器類型等連線紀錄，僅供系統管理及安全分析之用，不對外公開。
    ## 三、與第三人共用個人資料之政策
    本平臺不會將您的個人資料提供、交換、出租或出售予任何第三人，但有下列情形之一者除外：
    1. 法律明文規定，或司法、檢調機關依法定程序要求。
    2. 經您書面同意。
    3. 為免除您生命、身體、自由或財產上之危險。
    4. 與公務機關或學術研究機構合作，基於公共利益為統計或學術研究而有必要，且資料經提供者處理後或經蒐集者依其揭露方式無從識別特定之當事人。
    5. 本署委託之承辦學校或廠商為執行本平臺營運維護所必要者；本署將要求其遵守個人資料保護法令並負保密義務。
    ## 四、Cookie 之使用
    本平臺管理後台使用必要的工作階段 Cookie 維持登入狀態；公開網站不使用廣告或跨站追蹤 Cookie。如進行網站流量統計，僅蒐集不具個人識別性之總體資料。您可以在瀏覽器中設定拒絕 Cookie，但可能因此無法登入或使用部分功能。
    ## 五、當事人權利
    依個人資料保護法第3條規定，您可以就本平臺保有之個人資料行使下列權利：查詢或請求閱覽、請求製給複製本、請求補充或更正、請求停止蒐集、處理或利用，以及請求刪除。請透過頁尾所列之聯絡方式提出申請，本平臺確認您的身分後將依法辦理。
    ## 六、資訊安全政策
    1. 本平臺主機設有防火牆、入侵偵測、防毒及存取控制等資訊安全設備與措施，網站全程以 HTTPS 加密傳輸。
    2. 系統定期更新修補程式、進行弱點掃描及資料備份，並保存及監控系統日誌，防止資料遭竊取、竄改、毀損或滅失。
    3. 管理帳號依業務需要給予最小權限，工作人員僅能存取執行職務所需之資料。
    4. 發生資通安全事件時，本平臺依資通安全管理法及相關規定通報與應變，必要時通知受影響之當事人。
    5. 請您妥善保管帳號及密碼，勿與他人共用；使用公用電腦時，請於使用完畢後登出並關閉瀏覽器。如發現帳號遭不當使用，請立即通知本平臺。
    ## 七、政策之修訂
    本政策將因應法令修正及業務需要適時修訂，修訂後之內容將公布於本頁面。
    `,
    `
    Welcome to the University Career Guidance Information Platform (the platform). To protect your privacy and keep information secure, the platform follows the Personal Data Protection Act, the Cyber Security Management Act and related regulations. This policy explains how the platform collects, processes, uses and protects your personal data.
    ## 1. Scope
    This policy covers the personal data involved when you browse the platform or use its services: creating an account, submitting subsidy applications and award nominations, registering for events, answering surveys and sending feedback. Sites linked from the platform have their own privacy policies, which this policy does not cover.
    ## 2. Collecting, processing and using personal data
    1. The platform collects personal data only for the specific purposes of its career guidance work, for example your name, school and unit, job title, email address and phone number, and what event registrations and surveys need. When it collects data it tells you the purpose, the kinds of data, and how long, where, by whom and how they will be used.
    2. The data you provide are used only to manage accounts, review submissions and notify you, organise events and keep in touch, analyse surveys and contact you about related work.
    3. Survey results are published only as statistics that identify no one.
    4. Personal data are kept while their purpose lasts. When the purpose ends or the retention period expires, they are deleted or no longer processed, unless the agency's duties require them or you agree in writing.
    5. To keep the system secure, the servers log connection addresses, access times and browser types. These logs serve only system administration and security analysis and are never published.
    ## 3. Sharing personal data with third parties
    The platform does not give, exchange, rent or sell your personal data to anyone, except:
    1. where the law requires it, or a court or prosecutor demands it through due process;
    2. with your written consent;
    3. to protect your life, body, freedom or property from danger;
    4. for statistics or academic research in the public interest with a public agency or research institution, once the data can no longer identify anyone;
    5. where the contractor school or company that runs the platform for the agency needs them; the agency binds it to the data protection laws and to confidentiality.
    ## 4. Cookies
    The administration area uses a necessary session cookie to keep you signed in. The public site uses no advertising or cross-site tracking cookies; any traffic statistics are aggregate and identify no one. You can refuse cookies in your browser, but you may then be unable to sign in or to use some functions.
    ## 5. Your rights
    Under Article 3 of the Personal Data Protection Act you may ask to see your personal data held by the platform, to receive a copy, to have it completed or corrected, to have its collection, processing or use stopped, and to have it deleted. Please use the contact details in the footer; the platform acts on your request once it has confirmed who you are.
    ## 6. Information security
    1. The platform's servers are protected by firewalls, intrusion detection, malware protection and access control, and every connection is encrypted with HTTPS.
    2. Security updates are applied regularly, the system is scanned for vulnerabilities, data are backed up, and system logs are kept and monitored, to protect data against theft, tampering, damage and loss.
    3. Work accounts have only the rights their duties require, and staff can reach only the data their work needs.
    4. Security incidents are reported and handled under the Cyber Security Management Act and related rules; people affected are told where necessary.
    5. Keep your account and password to yourself. On a shared computer, sign out and close the browser when you finish. If you suspect someone has used your account, tell the platform at once.
    ## 7. Changes to this policy
    This policy is revised when laws or the platform's work change; the current version is always the one on this page.
    `,
  ),
}

/**
 * 無障礙聲明: the WCAG 2.1 AA target, alternatives for images and media, and how to report problems.
 * The portal adds its keyboard guide (access keys :::U :::C :::Z :::S, skip link, text size) below.
 */
const accessibility: StandingPage = {
  slug: 'accessibility',
  title: label('無障礙聲明', 'Accessibility Statement'),
  summary: label(
    '本平臺以符合 WCAG 2.1 AA 等級為目標，提供快速鍵、鍵盤操作及字級設定，並歡迎您反映使用上的無障礙問題。',
    'The platform aims to meet WCAG 2.1 level AA. It offers access keys, full keyboard use and a text-size switch, and welcomes reports of accessibility problems.',
  ),
  body: label(
    `
    本平臺依據數位發展部「網站無障礙規範」設計及維護，以符合 WCAG 2.1 AA 等級為目標，讓所有使用者，包括使用螢幕報讀軟體、鍵盤或畫面放大工具的使用者，都能順利取得資訊及使用服務。
    ## 圖片、影音與文件
    圖片均提供替代文字；影片提供字幕，並盡可能提供逐字稿；可下載的文件盡量同時提供網頁版內容，例如職輔圖書館各文件的全文。
    ## 問題反映
    如果您在使用本平臺時遇到無障礙問題，歡迎透過頁尾所列之聯絡方式與我們聯繫，並請告訴我們發生問題的網頁網址、問題說明，以及您使用的瀏覽器與輔助科技，我們將儘速處理並回覆您。
    `,
    `
    The platform is designed and maintained under the Web Accessibility Guidelines of the Ministry of Digital Affairs and aims to meet WCAG 2.1 level AA, so that everyone, including people who use screen readers, the keyboard or screen magnifiers, can find information and use its services.
    ## Images, media and documents
    Every image has a text alternative; videos have captions and, where possible, transcripts; downloadable documents are also offered as web pages where possible, such as the full texts in the career guidance library.
    ## Reporting a problem
    If something on the platform is hard to use, please contact us through the details in the footer. Tell us the address of the page, what went wrong, and the browser and assistive technology you use; we will fix it as soon as we can and let you know.
    `,
  ),
}

/** 政府網站資料開放宣告 under the Open Government Data License, version 1.0. */
const openData: StandingPage = {
  slug: 'open-data',
  title: label('政府網站資料開放宣告', 'Open Government Data Declaration'),
  summary: label(
    '本平臺刊載之資料依「政府資料開放授權條款－第1版」，以無償、非專屬、得再授權之方式提供公眾利用，使用時請註明出處。',
    'Material published on the platform is open to everyone free of charge under the Open Government Data License, version 1.0; please acknowledge the source when you use it.',
  ),
  body: label(
    `
    ## 資料開放宣告
    為利各界廣為利用政府資料，本平臺刊載之所有資料與素材，其得受著作權保護之範圍，以無償、非專屬、得再授權之方式提供公眾使用，使用者得不限時間及地域，重製、改作、編輯、公開傳輸或為其他方式之利用，開發各種產品或服務型態之衍生物。此一授權行為不會嗣後撤回，使用者亦無須取得本署之書面或其他方式授權；然使用時，應註明出處。
    前述授權依「政府資料開放授權條款－第1版」（Open Government Data License, version 1.0）辦理，條款全文請參閱 https://data.gov.tw/license 。
    ## 第三人之權利
    本平臺刊載之資料內容，如有利用第三人著作之情形（例如各校提供之優良範例、活動照片、影音及文件），將另外註明權利歸屬；使用者應注意是否符合合理使用，或另行取得該第三人之授權，始可利用。
    ## 出處標示
    使用本平臺資料時，請註明「資料來源：教育部青年發展署大專校院職涯輔導資訊平臺」，並盡可能附上資料所在網址。
    ## 示範資料
    平臺中標示為「示範資料」的內容係為展示功能而虛構，並非政府資料，不在本宣告開放之範圍。
    `,
    `
    ## Open data declaration
    To encourage the widest use of government data, all data and material published on this platform, to the extent that copyright protects them, are made available to the public free of charge, on a non-exclusive basis and with the right to sublicense. Users may, without limit of time or territory, reproduce, adapt, edit, publicly transmit or otherwise use them, and develop products or services derived from them. This licence will not be revoked, and users need no written or other permission from the agency; they must, however, acknowledge the source.
    These terms are those of the Open Government Data License, version 1.0 (政府資料開放授權條款－第1版); the full text is at https://data.gov.tw/license.
    ## Third-party rights
    Where material on the platform uses works of third parties, such as the exemplar cases, photos, videos and documents that schools provide, their rights holders are named with the material. Users must make sure their use is fair use or obtain the third party's permission.
    ## How to cite
    Please credit "Source: University Career Guidance Information Platform, Youth Development Administration, Ministry of Education", with the address of the page where possible.
    ## Demonstration content
    Content marked as demo content is invented to demonstrate the platform. It is not government data and this declaration does not cover it.
    `,
  ),
}

const standingPages: StandingPage[] = [about, privacySecurity, accessibility, openData]

/** 頁面: the platform's standing pages, published in both languages; a page's `kind` is its slug. */
export const pagesStep = documentsStep('頁面', () => standingPages, ({ payload }, page: StandingPage) =>
  ensureDocument(
    payload,
    'pages',
    { slug: { equals: page.slug } },
    () => ({
      title: page.title['zh-TW'],
      kind: page.slug,
      slug: page.slug,
      summary: page.summary['zh-TW'],
      body: richText(outline(page.body['zh-TW'])),
      _status: 'published',
    }),
    { english: { title: page.title.en, summary: page.summary.en, body: richText(outline(page.body.en)) } },
  ),
)
