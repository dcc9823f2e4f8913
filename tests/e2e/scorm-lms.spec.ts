/**
 * The SCORM packages in an LMS: tests/lms/player.html hosts scorm-again's Scorm12API / Scorm2004API
 * in the parent window and launches each zip's index.html in a frame from /lms/content/42/.
 * A learner goes through the whole course with the keyboard and passes the post-test; the LMS must
 * see the session, the status, the score and the learner's answers, and a new launch with what the
 * LMS kept must bring the learner back to where they were, answers included.
 */
import type { FrameLocator, Page } from '@playwright/test'
import type { ExerciseKind } from '../../exercises/contract.ts'
import { expect, test } from '@playwright/test'
import { progressKey } from '../../composables/progressPersistence.ts'
import { EXERCISE_TYPES } from '../../exercises/registry.ts'
import { deckExerciseIds } from '../../record/moduleScores.ts'
import { decodeSuspendData } from '../../scorm/suspendData.ts'
import { readDeck } from '../../scripts/lib/deck-info.ts'
import { SCORM_VERSIONS } from '../../scripts/lib/scorm-package.ts'
import { clientCurricula } from '../lib/curriculum.ts'
import { allExercises, answerQuiz, chooseWithKeyboard, deck, exerciseData, exerciseSlideNo, tabTo } from '../lib/exercise-page.ts'
import { guardPage } from '../lib/guard.ts'
import { closeCourse, CONTENT_PATH, launchCourse, lmsCalls, lmsCmi, readPackage, serveLms, visibleSlide } from '../lib/lms.ts'

// This spec is about service workers: let the site register them (playwright.config.ts blocks them).
test.use({ serviceWorkers: 'allow' })

/** A single-choice exercise that the learner answers on the way (scored besides the post-test). */
const SINGLE = 'why-check-1'

/** Data model element names that differ between the versions. */
const CMI = {
  1.2: {
    initialize: 'LMSInitialize',
    terminate: 'LMSFinish',
    commit: 'LMSCommit',
    set: 'LMSSetValue',
    exit: 'cmi.core.exit',
    sessionTime: 'cmi.core.session_time',
  },
  2004: {
    initialize: 'Initialize',
    terminate: 'Terminate',
    commit: 'Commit',
    set: 'SetValue',
    exit: 'cmi.exit',
    sessionTime: 'cmi.session_time',
  },
} as const

/** The course frame's current slide number, from its URL. */
function slideNoOf(page: Page): number {
  const frame = page.frames().find(f => new URL(f.url()).pathname === `${CONTENT_PATH}index.html`)
  const match = /#\/(\d+)/.exec(frame?.url() ?? '')
  return match
    ? Number(match[1])
    : 0
}

/** Waits until the course frame is on slide `no` (polled briskly: the course walks ~100 slides). */
async function expectSlide(page: Page, no: number): Promise<void> {
  await expect.poll(() => slideNoOf(page), {
    intervals: [20, 50, 100],
  }).toBe(no)
}

/** Points of the workshop: every scored exercise placed in it (the pre-test excepted), the post-test's, the single choice's. */
async function expectedScores(): Promise<{ max: number, post: number, single: number }> {
  const workshop = (await clientCurricula()).find(d => d.name === deck.name)!
  const ids = new Set(deckExerciseIds(workshop))
  const data = (await allExercises()).filter(e => ids.has(e.id) && !(e.type === 'quiz' && e.phase === 'pre'))
  const maxOf = (e: (typeof data)[number]) => (EXERCISE_TYPES[e.type].kind as ExerciseKind<typeof e, unknown>).maxScore(e)
  return {
    max: data.reduce((sum, e) => sum + maxOf(e), 0),
    post: maxOf(data.find(e => e.id === 'posttest')!),
    single: maxOf(data.find(e => e.id === SINGLE)!),
  }
}

/** Back to the slide, as a learner clicking beside the exercise: the arrows navigate again. */
async function leaveExercise(course: FrameLocator): Promise<void> {
  await course.locator('body').evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
}

/** The single-choice exercise on its slide, answered right with the keyboard and checked. */
async function answerSingleChoice(page: Page, course: FrameLocator, no: number): Promise<void> {
  const data = await exerciseData(SINGLE, 'single-choice')
  const root = course.locator(`[data-slidev-no="${no}"] [data-exercise-id="${SINGLE}"]`)
  const radios = root.locator('input[type="radio"]')
  await tabTo(page, radios)
  await chooseWithKeyboard(page, radios, data.options.findIndex(o => o.correct))
  await tabTo(page, root.getByRole('button', { name: '检查答案' }))
  await page.keyboard.press('Enter')
  await expect(root).toHaveAttribute('data-state', 'correct')
  await leaveExercise(course)
}

/** The post-test on its slide, answered right with the keyboard and checked. */
async function passPostTest(page: Page, course: FrameLocator, no: number): Promise<void> {
  const data = await exerciseData('posttest', 'quiz')
  const root = course.locator(`[data-slidev-no="${no}"] [data-exercise-id="posttest"]`)
  await answerQuiz(page, root, data.items.length, i => data.items[i]!.options.findIndex(o => o.correct))
  await root.getByRole('button', { name: '检查答案' }).focus()
  await page.keyboard.press('Enter')
  await expect(root).toHaveAttribute('data-state', 'correct')
  await leaveExercise(course)
}

for (const version of SCORM_VERSIONS) {
  test(`SCORM ${version}: the LMS gets session, completion, score and answers; a new launch resumes`, async ({ page }) => {
    test.setTimeout(180_000)
    const names = CMI[version]
    const guard = await guardPage(page)
    const warnings: string[] = []
    page.on('console', message => message.type() === 'warning' && warnings.push(message.text()))
    const { slides } = await readDeck(deck.entry)
    const total = slides.length
    const postNo = await exerciseSlideNo('posttest', '<Quiz id="posttest"')
    const singleNo = await exerciseSlideNo(SINGLE)
    const scores = await expectedScores()
    const earned = scores.post + scores.single

    await serveLms(page, readPackage(deck, version))
    const course = await launchCourse(page, version)
    await expect.poll(async () => (await lmsCalls(page)).filter(c => c.name === names.initialize)).toEqual([
      {
        name: names.initialize,
        args: [''],
        result: 'true',
      },
    ])
    // Started: the LMS no longer sees "not attempted".
    await expect.poll(async () => {
      const cmi = await lmsCmi(page)
      return version === '1.2'
        ? cmi.core.lesson_status
        : cmi.completion_status
    }).toBe('incomplete')

    // Through every slide with the keyboard (↓ = next slide), passing the post-test on the way.
    await visibleSlide(course).click({
      position: { x: 5, y: 5 },
    })
    for (let no = 1; no < total; no++) {
      expect(slideNoOf(page)).toBe(no)
      if (no === singleNo)
        await answerSingleChoice(page, course, no)
      if (no === postNo)
        await passPostTest(page, course, no)
      await page.keyboard.press('ArrowDown')
      await expectSlide(page, no + 1)
    }

    // The LMS's record: completed and passed, the score, and suspend_data within the version's limit.
    await expect.poll(async () => {
      const cmi = await lmsCmi(page)
      return version === '1.2'
        ? cmi.core.lesson_status
        : `${cmi.completion_status}/${cmi.success_status}`
    }).toBe(version === '1.2'
      ? 'passed'
      : 'completed/passed')
    // The last slide reaches the LMS within the flush delay (writes are batched, not sent per key press).
    await expect.poll(async () => {
      const cmi = await lmsCmi(page)
      return version === '1.2'
        ? cmi.core.lesson_location
        : cmi.location
    }).toBe(String(total))
    const cmi = await lmsCmi(page)
    if (version === '1.2') {
      expect(cmi.core.score).toMatchObject({ min: '0', max: '100' })
      expect(Number(cmi.core.score.raw)).toBeCloseTo((100 * earned) / scores.max, 2)
      expect(cmi.core.lesson_location).toBe(String(total))
      expect(cmi.suspend_data.length).toBeLessThanOrEqual(4096)
    }
    else {
      expect(cmi.score).toMatchObject({
        min: '0',
        max: String(scores.max),
        raw: String(earned),
      })
      expect(Number(cmi.score.scaled)).toBeCloseTo(earned / scores.max, 6)
      expect(cmi.location).toBe(String(total))
    }
    const record = decodeSuspendData(cmi.suspend_data)
    expect(record).toMatchObject({ slide: total, completed: true })
    expect(record!.seen).toEqual(Array.from({ length: total }, (_, i) => i + 1))
    expect(record!.exercises.posttest).toMatchObject({ checked: true, type: 'quiz' })
    expect(record!.exercises[SINGLE]).toMatchObject({ checked: true, type: 'single-choice' })
    const calls = await lmsCalls(page)
    const lastStatus = calls.findLastIndex(c => c.name === names.set && /status/.test(c.args[0]!))
    expect(calls.slice(lastStatus).some(c => c.name === names.commit && c.result === 'true'), 'committed after the last status').toBe(true)

    // The learner leaves: the session ends, suspended for the next launch, and nothing follows it.
    await closeCourse(page)
    await expect.poll(async () => (await lmsCalls(page)).filter(c => c.name === names.terminate)).toEqual([
      {
        name: names.terminate,
        args: [''],
        result: 'true',
      },
    ])
    const ended = await lmsCalls(page)
    expect(ended.at(-1)!.name).toBe(names.terminate)
    expect(ended).toContainEqual({
      name: names.set,
      args: [names.exit, 'suspend'],
      result: 'true',
    })
    expect(ended.find(c => c.name === names.set && c.args[0] === names.sessionTime)?.result).toBe('true')
    const kept = await lmsCmi(page)

    // A new launch with what the LMS kept: back on the last slide, with the answers.
    const saved = version === '1.2'
      ? {
          suspend_data: kept.suspend_data,
          core: { lesson_location: kept.core.lesson_location, lesson_status: kept.core.lesson_status },
        }
      : { suspend_data: kept.suspend_data, location: kept.location }
    const again = await launchCourse(page, version, saved)
    await expectSlide(page, total)
    // Both answers are back: the badge counts them as done.
    await expect(again.locator('[data-kit-progress-text]')).toContainText(new RegExp(`已学 ${total} / ${total} 页 · 练习 2 / \\d+`))
    await visibleSlide(again).click({
      position: { x: 5, y: 5 },
    })
    for (let no = total; no > postNo; no--) {
      await page.keyboard.press('ArrowUp')
      await expectSlide(page, no - 1)
    }
    const post = again.locator(`[data-slidev-no="${postNo}"] [data-exercise-id="posttest"]`)
    await expect(post).toHaveAttribute('data-state', 'correct')
    await expect(post).toHaveAttribute('data-score', String(scores.post))

    expect(warnings.filter(w => w.includes('[scorm'))).toEqual([])
    expect(guard.problems).toEqual([])
  })
}

test('SCORM 1.2: an LMS that throws or refuses commits — the course keeps working, warns once each, and retries', async ({ page }) => {
  const guard = await guardPage(page)
  const warnings: string[] = []
  page.on('console', message => message.type() === 'warning' && warnings.push(message.text()))
  await serveLms(page, readPackage(deck, '1.2'))
  const course = await launchCourse(page, '1.2', undefined, { throwCommits: 1, failCommits: 1 })
  await visibleSlide(course).click({
    position: { x: 5, y: 5 },
  })

  // The first commits throw, then fail; the learner keeps moving, and a later commit gets through.
  for (let i = 0; i < 3; i++) {
    await page.keyboard.press('ArrowDown')
    await expectSlide(page, i + 2)
    await page.waitForTimeout(400)
  }
  await expect.poll(async () => (await lmsCalls(page)).filter(c => c.name === 'LMSCommit').map(c => c.result)).toEqual(expect.arrayContaining(['threw', 'false', 'true']))
  const record = decodeSuspendData((await lmsCmi(page)).suspend_data)
  expect(record?.slide).toBe(4)
  expect(warnings.filter(w => w.includes('[scorm 1.2] LMSCommit'))).toHaveLength(2)
  expect(guard.problems).toEqual([])
})

test('SCORM 2004: damaged suspend_data is ignored with one warning; the learner starts fresh', async ({ page }) => {
  const guard = await guardPage(page)
  const warnings: string[] = []
  page.on('console', message => message.type() === 'warning' && warnings.push(message.text()))
  await serveLms(page, readPackage(deck, '2004'))
  const course = await launchCourse(page, '2004', { suspend_data: '{"v":99,"s":40}', location: '40' })
  await expectSlide(page, 1)
  await expect(course.locator('[data-kit-progress-text]')).toContainText('已学 1 /')
  expect(warnings.filter(w => w.includes('ignored cmi.suspend_data'))).toHaveLength(1)
  // What the course writes back is its own, valid record.
  await expect.poll(async () => decodeSuspendData((await lmsCmi(page)).suspend_data)?.slide).toBe(1)
  expect(guard.problems).toEqual([])
})

test('without an LMS the package runs on its own and keeps progress in localStorage, silently', async ({ page }) => {
  const guard = await guardPage(page)
  const warnings: string[] = []
  page.on('console', message => message.type() === 'warning' && warnings.push(message.text()))
  await serveLms(page, readPackage(deck, '1.2'))
  await page.goto(`${CONTENT_PATH}index.html`)
  await expect(page.locator('.slidev-page').first()).toBeVisible()
  await page.keyboard.press('ArrowDown')
  await expect(page).toHaveURL(/#\/2/)
  // Progress is kept under the deck's own key (the decks share an origin).
  const key = progressKey((await readDeck(deck.entry)).title)
  await expect.poll(() => page.evaluate(key => JSON.parse(localStorage.getItem(key) ?? 'null')?.slide, key)).toBe(2)
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0)
  expect(warnings).toEqual([])
  expect(guard.problems).toEqual([])
})
