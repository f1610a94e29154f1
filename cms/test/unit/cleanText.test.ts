import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

import type { Block } from '../../src/seed/lexical'
import { cleanExtractedText, normaliseCharacters, normaliseSpacing } from '../../src/seed/real/cleanText'

const seedsDirectory = path.resolve(process.env.SEEDS_DIR || path.join(path.dirname(fileURLToPath(import.meta.url)), '../../../../shared/seeds'))
const seedFiles = {
  programme: '000_2dfda6a7d72b967e.txt',
  vocationalHighSchools: '001_0569c09d55c98547.txt',
  competencyUnit: '002_1f54b41cf6dc5018.txt',
  tvetGuidelines: '003_b8e02ef14007a3f6.txt',
  taipeiGuidelines: '004_12a9bb55eb6d1be0.txt',
}
const cleanSeed = (file: string) => cleanExtractedText(fs.readFileSync(path.join(seedsDirectory, file), 'utf8'))

const texts = (blocks: Block[]) => blocks.map(({ text }) => text)
const headings = (blocks: Block[]) => blocks.flatMap((block) => ('heading' in block ? [[block.heading, block.text] as const] : []))
/** A space between two Chinese characters or marks: what PDF extraction leaves and cleaning removes. */
const spaceInsideChinese = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef] +[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/

describe('normaliseSpacing', () => {
  it('removes spaces between Chinese characters and around numbers inside Chinese text', () => {
    expect(normaliseSpacing('民國 107 年 1月 1日起至 107 年 12 月 31 日止。')).toBe('民國107年1月1日起至107年12月31日止。')
    expect(normaliseSpacing('壹、 前言')).toBe('壹、前言')
    expect(normaliseSpacing('服務滿 3、6、9、15 年等人員')).toBe('服務滿3、6、9、15年等人員')
  })

  it('keeps spaces between Latin words and drops them inside full-width brackets', () => {
    expect(normaliseSpacing('融入 Design School & Design Thinking 模式')).toBe('融入 Design School & Design Thinking 模式')
    expect(normaliseSpacing('推展 STEAM（ Science, Technology）課程')).toBe('推展 STEAM（Science, Technology）課程')
  })
})

describe('normaliseCharacters', () => {
  it('maps CJK compatibility ideographs and Kangxi radicals to the ordinary characters', () => {
    expect(normaliseCharacters('\uF96B、辦理對象')).toBe('參、辦理對象')
    expect(normaliseCharacters('\u2F47')).toBe('日')
    expect(normaliseCharacters('（一）：')).toBe('（一）：')
  })
})

describe('cleanExtractedText on PDF text', () => {
  it('joins a sentence broken over printed lines and blank lines', () => {
    const raw = '本計畫透過策略聯盟、補助激勵、平臺擴散、專業養成等策 \n\n略，建立大專校院職涯輔導工作整合運作的支持網絡。 \n'
    expect(texts(cleanExtractedText(raw))).toEqual(['本計畫透過策略聯盟、補助激勵、平臺擴散、專業養成等策略，建立大專校院職涯輔導工作整合運作的支持網絡。'])
  })

  it('joins Latin words split over lines with a space and Chinese without one', () => {
    const raw = [
      '製造業部分人力缺工現象，日益嚴重；此外，產業 AI（Artificial ',
      'Intelligence）化之落實，在在需要政府、學校、訓練機構、產業及非營利',
      '/非政府組織攜手呼應外部數位與新興科技發展趨勢。',
    ].join('\n\n')
    expect(texts(cleanExtractedText(raw))).toEqual([
      '製造業部分人力缺工現象，日益嚴重；此外，產業 AI（Artificial Intelligence）化之落實，在在需要政府、學校、訓練機構、產業及非營利/非政府組織攜手呼應外部數位與新興科技發展趨勢。',
    ])
  })

  it('starts a block at every section marker and makes section titles headings', () => {
    const raw = [
      '壹、前言 ',
      '    為強化大專校院職涯輔導機制，充實學校服務能量，協助大專校院學生職涯發展。 ',
      '伍、策略及辦理方式   ',
      '  一、策略聯盟 ',
      '(一) 設置召集學校： ',
      '1、依學校所在地分為北、中、南三區，每區委由一校擔任召集學校，會同區域內學 ',
      '校共同推動職涯輔導工作。 ',
      '(1)成立區域職涯輔導推動委員會：每 4個月召開一次。 ',
      'A.點狀活動：一次性或小規模的活動。',
    ].join('\n\n')
    expect(cleanExtractedText(raw)).toEqual([
      { heading: 2, text: '壹、前言' },
      { text: '為強化大專校院職涯輔導機制，充實學校服務能量，協助大專校院學生職涯發展。' },
      { heading: 2, text: '伍、策略及辦理方式' },
      { heading: 3, text: '一、策略聯盟' },
      { heading: 4, text: '(一)設置召集學校' },
      { text: '1、依學校所在地分為北、中、南三區，每區委由一校擔任召集學校，會同區域內學校共同推動職涯輔導工作。' },
      { text: '(1)成立區域職涯輔導推動委員會：每4個月召開一次。' },
      { text: 'A.點狀活動：一次性或小規模的活動。' },
    ])
  })

  it('keeps a list item that is a sentence as a paragraph, not a heading', () => {
    expect(cleanExtractedText('一、整合區域職涯輔導資源，強化聯繫溝通網絡。')).toEqual([{ text: '一、整合區域職涯輔導資源，強化聯繫溝通網絡。' }])
  })

  it('drops page numbers, date stamps and table headers repeated on a new page', () => {
    const raw = [
      '發展重點 相關部會 協力事項',
      '勞動部 協助產業發展人才需求資訊及創新宣導事宜。',
      '  2024.05.05 ',
      '2 ',
      '發展重點 相關部會 協力事項',
      '經濟部 協助加強主管產業與技職校院合作。',
    ].join('\n\n')
    expect(texts(cleanExtractedText(raw))).toEqual(['發展重點相關部會協力事項', '勞動部協助產業發展人才需求資訊及創新宣導事宜。', '經濟部協助加強主管產業與技職校院合作。'])
  })
})

describe('cleanExtractedText on a table with HTML fragments', () => {
  const raw = [
    '職能單元名稱\t協調職涯發展',
    '工作任務與行為指標\t<p>一、分析職涯發展需求</p> <ol style="list-style-type: none"> <li>藉由<u>諮詢</u>確認優先順序&amp;需求。</li> <li>進行任務分析。</li> </ol>',
    '\t<ol style="list-style-type: none"> <li>3. 按照法律、政策和程序，宣傳學習協助方案。</li> </ol>',
    '更新紀錄',
    '2022 年修訂職能內容。',
  ].join('\n')

  it('turns rows into headings and paragraphs and list items into numbered paragraphs', () => {
    expect(cleanExtractedText(raw)).toEqual([
      { text: '職能單元名稱：協調職涯發展' },
      { heading: 2, text: '工作任務與行為指標' },
      { heading: 3, text: '一、分析職涯發展需求' },
      { text: '1. 藉由諮詢確認優先順序&需求。' },
      { text: '2. 進行任務分析。' },
      { text: '3. 按照法律、政策和程序，宣傳學習協助方案。' },
      { heading: 2, text: '更新紀錄' },
      { text: '2022年修訂職能內容。' },
    ])
  })

  it('leaves no HTML tags or entities in the text', () => {
    for (const text of texts(cleanExtractedText(raw))) expect(text).not.toMatch(/<[^>]*>|&[a-z]+;/i)
  })
})

describe('the real seed documents', () => {
  const cleaned = Object.fromEntries(Object.entries(seedFiles).map(([name, file]) => [name, cleanSeed(file)])) as Record<keyof typeof seedFiles, Block[]>

  it.each(Object.keys(seedFiles))('%s: no block has a space inside Chinese text, a page number or no text', (name) => {
    for (const text of texts(cleaned[name as keyof typeof seedFiles])) {
      expect(text).not.toMatch(spaceInsideChinese)
      expect(text).not.toMatch(/^\d{1,3}$/)
      expect(text.trim()).not.toBe('')
    }
  })

  it('000 (the programme): phrases broken over lines come out whole, sections become headings', () => {
    const text = texts(cleaned.programme).join('\n')
    expect(text).toContain('大專校院職涯輔導推動計畫')
    expect(text).toContain('大專校院職涯輔導種子教師培訓')
    expect(text).toContain('種子教師')
    expect(text).toContain('強化「大專校院職涯輔導資訊平臺」')
    expect(text).toContain('以補助與激勵方式，促進各校重視職涯輔導，推動多樣化職涯輔導工作；並透過評選表揚及跨校觀摩，擴散標竿學習效果。')
    expect(headings(cleaned.programme)).toEqual(
      expect.arrayContaining([
        [2, '壹、前言'],
        [2, '伍、策略及辦理方式'],
        [3, '四、平臺擴散'],
        [4, '(二)強化「大專校院職涯輔導資訊平臺」'],
      ]),
    )
    // The work schedule keeps one row per month; its header, repeated on the next page, appears once.
    expect(texts(cleaned.programme)).toContain('3月完成107年補助計畫公告徵件')
    expect(texts(cleaned.programme).filter((block) => block === '月份事項')).toHaveLength(1)
  })

  it('001 (vocational high schools): 高職優質化 whole, compatibility ideographs normalised', () => {
    const text = texts(cleaned.vocationalHighSchools).join('\n')
    expect(text).toContain('高職優質化')
    expect(text).toContain('「高職優質化輔助方案」（以下簡稱本方案）')
    expect(text).not.toMatch(/[\uf900-\ufaff]/)
    expect(headings(cleaned.vocationalHighSchools)).toEqual(expect.arrayContaining([[2, '參、辦理對象'], [2, '拾、預期效益']]))
  })

  it('002 (competency unit): readable text without HTML', () => {
    const blocks = texts(cleaned.competencyUnit)
    expect(blocks).toContain('職能單元名稱：協調職涯發展')
    expect(blocks).toContain('1. 藉由與關鍵利益關係人的諮詢，確認組織內個人和團體職涯發展的優先順序。')
    expect(blocks.join('\n')).toContain('協調職涯發展')
    for (const text of blocks) expect(text).not.toMatch(/<[^>]*>/)
  })

  it('003 (TVET guidelines): footers dropped, Latin phrases and bracketed notes kept whole', () => {
    const blocks = texts(cleaned.tvetGuidelines)
    const text = blocks.join('\n')
    expect(text).not.toContain('2024.05.05')
    expect(text).toContain('AI（Artificial Intelligence）')
    expect(text).toContain('非營利/非政府組織')
    expect(blocks).toContain('（行政院106年3月2日院臺教字第1060165689號函訂定）')
    expect(text).toContain('本綱領核心概念如圖1所示。')
  })

  it('004 (Taipei guidelines): bullets recovered, numbered items split from their text', () => {
    const blocks = texts(cleaned.taipeiGuidelines)
    expect(blocks).toContain('• 實施興趣測驗量表。')
    expect(blocks).toContain('2、推動國小技職教育職涯認知及國中職業試探輔導研習活動')
    expect(blocks).not.toContain('13')
  })
})
