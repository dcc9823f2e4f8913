import { onMounted, onUnmounted } from 'vue'

/**
 * The A4 page box of the handouts, with the page number in the bottom margin. It lives in a `<style>` element
 * that exists only while a handout page is shown: a stylesheet imported by the page would stay in the document
 * after the learner leaves it and change how the slides print.
 */
export const HANDOUT_PAGE_RULE = `@page {
  size: A4;
  margin: 15mm 14mm 18mm;
  @bottom-center {
    content: '第 ' counter(page) ' 页';
    font-family: 'Noto Sans SC', sans-serif;
    font-size: 9pt;
    color: #57534e;
  }
}`

/** Marks the `<style>` element that carries HANDOUT_PAGE_RULE (tests look for it). */
export const HANDOUT_STYLE_ATTRIBUTE = 'data-kit-handout-page'

/**
 * Usage: `useHandoutDocument()` in a handout page's setup.
 * While the page is mounted, `<html>` has the `handout` class (normal document flow, see handout.css) and the A4
 * page rule applies; both are removed when the page unmounts.
 */
export function useHandoutDocument(): void {
  let style: HTMLStyleElement | undefined
  onMounted(() => {
    document.documentElement.classList.add('handout')
    style = document.createElement('style')
    style.setAttribute(HANDOUT_STYLE_ATTRIBUTE, '')
    style.textContent = HANDOUT_PAGE_RULE
    document.head.append(style)
  })
  onUnmounted(() => {
    document.documentElement.classList.remove('handout')
    style?.remove()
    style = undefined
  })
}
