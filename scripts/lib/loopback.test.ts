import { describe, expect, it } from 'vitest'
import { isLoopbackUrl } from './loopback.ts'

describe('isLoopbackUrl', () => {
  it('accepts loopback hosts and local schemes', () => {
    for (const url of [
      'http://127.0.0.1:4173/x',
      'http://localhost/',
      'http://[::1]:8080/',
      'http://127.1.2.3/',
      'data:text/plain,hi',
      'blob:http://127.0.0.1/abc',
      'about:blank',
    ])
      expect(isLoopbackUrl(url), url).toBe(true)
  })

  it('rejects every other host', () => {
    for (const url of [
      'https://fonts.example.com/css',
      'https://cdn.example.net/x',
      'http://10.0.0.1/',
      'http://192.168.1.1/',
      'http://127.0.0.1.example.com/',
      'file:///etc/passwd',
      'not a url',
    ])
      expect(isLoopbackUrl(url), url).toBe(false)
  })
})
