import { defineRoutesSetup } from '@slidev/types'

/**
 * Draws the play view through reading/PlayPage.vue (canvas or reading view); adds the A4 handouts (participant workbook, facilitator guide; see handouts/) and the learner's record
 * (`/summary`, 我的学习记录; see summary/), and keeps Slidev's own print view (`?print=true#/print`,
 * all slides stacked, one per page) in the built site. Slidev only ships it with `download: true`, which would also export a PDF during
 * every build; the kit's exporter (scripts/export.ts) renders this route instead.
 */
export default defineRoutesSetup((routes) => {
  // The play view (`/:no`) draws the reading view instead of the canvas on narrow screens (reading/).
  const play = routes.find(route => route.name === 'play')
  if (play && 'component' in play)
    play.component = () => import('../reading/PlayPage.vue')
  if (!routes.some(route => route.path === '/print')) {
    routes.push({
      name: 'print',
      path: '/print',
      component: () => import('@slidev/client/pages/print.vue'),
    })
  }
  routes.push(
    {
      name: 'handout-workbook',
      path: '/handout/workbook',
      component: () => import('../handouts/WorkbookPage.vue'),
    },
    {
      name: 'handout-guide',
      path: '/handout/guide',
      component: () => import('../handouts/GuidePage.vue'),
    },
    {
      name: 'summary',
      path: '/summary',
      component: () => import('../summary/SummaryPage.vue'),
    },
    // Participants' phones in a live workshop (`npm run live`, live/).
    {
      name: 'live',
      path: '/live',
      component: () => import('../live/client/LiveJoinPage.vue'),
    },
  )
  return routes
})
