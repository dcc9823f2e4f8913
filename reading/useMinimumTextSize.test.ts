// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { raiseSmallText } from './useMinimumTextSize.ts'

describe('raiseSmallText', () => {
  it('raises elements whose own text is smaller than the minimum, and only those', () => {
    const root = document.createElement('div')
    root.innerHTML = `
      <p style="font-size: 12px">小字<span style="font-size: 20px">大字</span></p>
      <div style="font-size: 10px"><b style="font-size: 18px">粗体</b></div>
      <span style="font-size: 16px">刚好</span>`
    document.body.append(root)
    expect(raiseSmallText(root, 16)).toBe(1)
    const [p, div, span] = [
      root.querySelector('p')!,
      root.querySelector('div')!,
      root.querySelector<HTMLElement>(':scope > span')!,
    ]
    expect(p.style.fontSize).toBe('16px')
    expect(root.querySelector<HTMLElement>('p > span')!.style.fontSize).toBe('20px')
    // No text of its own: the container keeps its size; its text is large enough.
    expect(div.style.fontSize).toBe('10px')
    expect(span.style.fontSize).toBe('16px')
    expect(raiseSmallText(root, 16)).toBe(0)
    root.remove()
  })
})
