/**
 * The presenter notes of a slide, turned into the 讲解 panel of the reading view for a learner on their
 * own. The notes are the facilitator's script (pages/*.md): a 【…，约 N 分钟】 timing line, 讲解要点,
 * a question for the room (提问全场) and a transition (过渡). A learner reads the points and the
 * question (as 想一想); the timing and the transition only make sense in a room, so they are left out.
 */

export interface NoteParagraph {
  /** The paragraph's lead-in (e.g. 要点, 想一想), or '' when it has none. */
  label: string
  text: string
}

/** Lead-ins of the script, mapped to what a learner sees; null leaves the paragraph out. */
const LEAD_INS: Record<string, string | null> = {
  讲解要点: '要点',
  提问全场: '想一想',
  过渡: null,
}

/** Self-study paragraphs from the text of each paragraph of the notes, in order. */
export function selfStudyNotes(paragraphs: readonly string[]): NoteParagraph[] {
  const result: NoteParagraph[] = []
  for (const raw of paragraphs) {
    const text = raw.trim().replace(/\s+/g, ' ')
    if (!text || /^【[^】]*】$/.test(text))
      continue
    const lead = /^([^：]{1,6})：(.*)$/.exec(text)
    const mapped = lead ? LEAD_INS[lead[1]!] : undefined
    if (lead && mapped === null)
      continue
    if (lead && typeof mapped === 'string') {
      result.push({
        label: mapped,
        text: lead[2]!.trim(),
      })
    }
    else {
      result.push({ label: '', text })
    }
  }
  return result
}

/** The text of each block (paragraph or list item) of the notes' HTML, as Slidev renders it (`noteHTML`). */
export function noteParagraphs(html: string): string[] {
  if (!html.trim())
    return []
  const doc = new DOMParser().parseFromString(html, 'text/html')
  return [
    ...doc.body.querySelectorAll('p, li'),
  ]
    .filter(block => !block.querySelector('p, li'))
    .map(block => block.textContent ?? '')
}
