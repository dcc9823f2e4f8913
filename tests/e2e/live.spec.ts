/**
 * A live workshop in the browser: the real `npm run live` server (child process, own database) serving
 * the built deck; one presenter window (and the projector window beside it) and three phones
 * (390 × 844, touch). Phones join by the QR code's link and by typing the room code, answer, and the
 * projector counts them live; the presenter closes, reveals (phones show the answer and their own
 * score), hides a text before it reaches the projector, and exports the CSV.
 */
import type { Browser, BrowserContext, Page } from '@playwright/test'
import type { ExerciseData } from '../../exercises/schema.ts'
import type { LiveProcess } from '../../live/scripts/liveProcess.ts'
import { readFileSync } from 'node:fs'
import { expect as baseExpect, test } from '@playwright/test'
import { renderSVG } from 'uqr'
import { startLive, tempLiveDir } from '../../live/scripts/liveProcess.ts'
import { allExercises, exerciseSlideNo } from '../lib/exercise-page.ts'
import { changeHash } from '../lib/site.ts'

/** Slidev pages take a while to start on a busy machine. */
const expect = baseExpect.configure({ timeout: 20_000 })

test.describe.configure({ mode: 'serial', timeout: 180_000 })

let live: LiveProcess
const contexts: BrowserContext[] = []
/** Shared by both tests: the second one checks that phones follow to the next open exercise. */
let windows: { presenter: Page, projector: Page }
let phones: Page[]

const dirs = tempLiveDir()

test.beforeAll(async () => {
  live = await startLive({ db: dirs.db, dist: 'dist' })
})

test.afterAll(async () => {
  await Promise.all(contexts.map(context => context.close()))
  await live?.stop()
})

/** The first exercise of `type` that has a slide in the workshop, with its slide number. */
async function exerciseOnSlide<T extends ExerciseData['type']>(type: T): Promise<{ data: Extract<ExerciseData, { type: T }>, no: number }> {
  for (const data of await allExercises()) {
    if (data.type !== type)
      continue
    try {
      return { data: data as Extract<ExerciseData, { type: T }>, no: await exerciseSlideNo(data.id) }
    }
    catch {}
  }
  throw new Error(`no ${type} exercise on a slide`)
}

async function phone(browser: Browser): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    hasTouch: true,
    isMobile: true,
    deviceScaleFactor: 2,
  })
  contexts.push(context)
  return context.newPage()
}

const controls = (page: Page) => page.getByRole('navigation', { name: '现场互动' })

async function presenterWindows(browser: Browser, no: number): Promise<{ presenter: Page, projector: Page }> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 720 },
    acceptDownloads: true,
  })
  contexts.push(context)
  const presenter = await context.newPage()
  await presenter.goto(`${live.url}/?live=${live.token}#/presenter/${no}`)
  await expect(controls(presenter)).toBeVisible({ timeout: 60_000 })
  // The projector window of the same browser: it has the token from localStorage.
  const projector = await context.newPage()
  await projector.goto(`${live.url}/#/${no}`)
  await expect(projector.locator('.live-layer')).toBeAttached({ timeout: 60_000 })
  return { presenter, projector }
}

/** The same windows move on to slide `no` (no reload). */
async function goToSlide(windows: { presenter: Page, projector: Page }, no: number): Promise<void> {
  await changeHash(windows.presenter, `#/presenter/${no}`)
  await changeHash(windows.projector, `#/${no}`)
}

test('phones answer, the projector counts live, the presenter closes, reveals and exports', async ({ browser }) => {
  const { data, no } = await exerciseOnSlide('single-choice')
  const right = data.options.find(option => option.correct)!
  const wrong = data.options.find(option => !option.correct)!
  windows = await presenterWindows(browser, no)
  const { presenter, projector } = windows
  await controls(presenter).getByRole('button', { name: '向全场开放' }).click()

  // The projector shows how to join: the QR code encodes the join link, and the room code.
  const panel = projector.locator(`[data-live-exercise="${data.id}"]`)
  await expect(panel).toHaveAttribute('data-live-phase', 'open')
  await expect(panel.locator('[data-live-room]')).toHaveText(live.room)
  const joinUrl = /Join 学员加入:\s+(\S+)/.exec(live.output())![1]!
  expect(await (await fetch(`${live.url}/live/qr.svg`)).text()).toBe(renderSVG(joinUrl, { border: 2 }))

  phones = [await phone(browser), await phone(browser), await phone(browser)]
  await phones[0]!.goto(joinUrl)
  for (const p of phones.slice(1)) {
    await p.goto(`${live.url}/join`)
    await p.getByLabel('房间号').fill(live.room)
    await p.getByRole('button', { name: '加入' }).tap()
  }
  for (const [index, p] of phones.entries()) {
    const option = p.locator('.live-phone__exercise label', { hasText: (index === 0
      ? wrong
      : right).text })
    await expect(option).toBeVisible()
    // The presenter reveals for the room: no self-check or solution button on the phone.
    await expect(p.getByRole('button', { name: '查看答案' })).toBeHidden()
    const box = (await option.boundingBox())!
    expect(box.height).toBeGreaterThanOrEqual(44)
    expect(box.width).toBeGreaterThan(300)
    await option.tap()
    await expect(p.getByRole('status').filter({ hasText: '已提交' })).toBeVisible()
  }

  // Live counts on the projector and in the presenter view.
  await expect(panel.locator('[data-live-count]')).toHaveText('3')
  await expect(panel.locator('.live-bar', { hasText: right.text })).toHaveAttribute('data-count', '2')
  await expect(panel.locator('.live-bar', { hasText: wrong.text })).toHaveAttribute('data-count', '1')
  await expect(presenter.locator(`[data-live-exercise="${data.id}"] [data-live-count]`).first()).toHaveText('3')

  await controls(presenter).getByRole('button', { name: '结束作答' }).click()
  await expect(phones[1]!.getByText('作答已结束')).toBeVisible()
  await controls(presenter).getByRole('button', { name: '公布答案' }).click()
  await expect(phones[0]!.getByText('你的得分：0 / 1')).toBeVisible()
  await expect(phones[1]!.getByText('你的得分：1 / 1')).toBeVisible()
  await expect(panel.locator('.live-bar--correct')).toContainText(right.text)

  const [download] = await Promise.all([
    presenter.waitForEvent('download'),
    controls(presenter).getByRole('button', { name: '导出 CSV' }).click(),
  ])
  const bytes = readFileSync((await download.path())!)
  expect([
    ...bytes.subarray(0, 3),
  ]).toEqual([0xEF, 0xBB, 0xBF])
  const rows = bytes.subarray(3).toString('utf8').trim().split('\r\n')
  expect(rows[0]).toContain('"练习编号"')
  expect(rows.slice(1).filter(row => row.includes(`"${data.id}"`))).toHaveLength(3)
  expect(rows.slice(1).filter(row => row.includes(`"${right.text}"`))).toHaveLength(2)
  await expect(controls(presenter).getByRole('status')).toContainText('.csv')
})

test('phones follow to the next exercise; a hidden text never reaches the projector', async () => {
  const { data, no } = await exerciseOnSlide('rewrite')
  await goToSlide(windows, no)
  const { presenter, projector } = windows
  await controls(presenter).getByRole('button', { name: '向全场开放' }).click()
  const texts = ['您好，请带身份证和户口本来，我帮您填表。', '不当言论，请隐藏']
  for (const [index, text] of texts.entries()) {
    const p = phones[index + 1]!
    const exercise = p.locator('.live-phone__exercise')
    await exercise.locator('textarea').fill(text)
    // A rewrite is an answer once it is compared with the model answers and rated by the rubric.
    await exercise.getByRole('button', { name: '对照参考说法' }).click()
    for (const group of await exercise.getByRole('radiogroup').all())
      await group.getByRole('radio').first().check()
    await expect(p.getByRole('status').filter({ hasText: '已提交' })).toBeVisible()
  }
  const moderation = presenter.locator(`[data-live-exercise="${data.id}"]`).first()
  await expect(moderation.locator('.live-text')).toHaveCount(2)
  // While open, the projector shows only how many texts came in.
  await expect(projector.locator('.live-text')).toHaveCount(0)
  await moderation.locator('.live-text', { hasText: texts[1] }).getByRole('button', { name: '隐藏' }).click()
  await controls(presenter).getByRole('button', { name: '结束作答' }).click()
  await expect(projector.locator('.live-text')).toHaveCount(1)
  await expect(projector.locator('.live-text')).toHaveText(texts[0]!)
  await expect(moderation.locator('.live-text--hidden')).toContainText(texts[1]!)
})

test('an answer given while the server is down arrives after a kill -9 and restart', async () => {
  const { data, no } = await exerciseOnSlide('true-false')
  await goToSlide(windows, no)
  const { presenter } = windows
  await controls(presenter).getByRole('button', { name: '向全场开放' }).click()
  const p = phones[0]!
  await expect(p.locator('.live-phone__exercise').getByText(data.statement)).toBeVisible()

  const port = live.port
  await live.kill()
  await expect(p.getByText('正在连接')).toBeVisible()
  await p.locator('.live-phone__exercise label', {
    hasText: data.answer ? '正确' : '错误',
  }).first().tap()
  await expect(p.getByRole('status').filter({ hasText: '网络已断开' })).toBeVisible()

  live = await startLive({ db: dirs.db, dist: 'dist', port })
  // The phone reconnects by itself and resends; the presenter view is back on the same open exercise.
  await expect(p.getByRole('status').filter({ hasText: '已提交' })).toBeVisible({ timeout: 30_000 })
  const panel = presenter.locator(`[data-live-exercise="${data.id}"]`).first()
  await expect(panel).toHaveAttribute('data-live-phase', 'open', { timeout: 30_000 })
  await expect(panel.locator('[data-live-count]')).toHaveText('1')
  const csv = await (await fetch(`${live.url}/live/export.csv`, {
    headers: { authorization: `Bearer ${live.token}` },
  })).text()
  expect(csv.split('\r\n').filter(row => row.includes(`"${data.id}"`))).toHaveLength(1)
})
