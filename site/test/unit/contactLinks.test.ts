import { describe, expect, it } from 'vitest'

import { siteHost, telHref } from '../../src/content/contactLinks'

describe('telHref', () => {
  it('dials Taiwanese numbers with the country code and extensions after a pause', () => {
    expect(telHref('02-2183-6641 #2611')).toBe('tel:+886221836641,2611')
    expect(telHref('(06) 275-7575 轉 50000')).toBe('tel:+88662757575,50000')
    expect(telHref('07-312-1101 ext. 2')).toBe('tel:+88673121101,2')
    expect(telHref('0912-345-678')).toBe('tel:+886912345678')
    expect(telHref('+886 2 2345 6789')).toBe('tel:+886223456789')
  })
})

describe('siteHost', () => {
  it('names a website by its host', () => {
    expect(siteHost('https://www.ncku.edu.tw/career/')).toBe('ncku.edu.tw')
    expect(siteHost('not a url')).toBe('not a url')
  })
})
