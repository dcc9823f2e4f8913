// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import RadarChart from './RadarChart.vue'

const LABELS = [
  '沟通',
  '理解',
  '共情',
  '协调',
  '服务',
  '应变',
  '政策把握',
  '矛盾化解',
]

describe('<RadarChart>', () => {
  it('draws an octagon grid with one ring per level and one spoke per axis', () => {
    const svg = mount(RadarChart, {
      props: {
        axes: LABELS.map(label => ({ label })),
      },
    })
    const rings = svg.findAll('.radar-chart__grid polygon')
    expect(rings).toHaveLength(5)
    for (const ring of rings)
      expect(ring.attributes('points')!.split(' ')).toHaveLength(8)
    expect(svg.findAll('.radar-chart__grid line')).toHaveLength(8)
    expect(svg.findAll('.radar-chart__label').map(t => t.text())).toEqual(LABELS)
  })

  it('an empty grid has no value polygon and says so in its accessible name', () => {
    const svg = mount(RadarChart, {
      props: {
        axes: LABELS.map(label => ({ label })),
        title: '能力自评雷达图',
      },
    })
    expect(svg.find('.radar-chart__values').exists()).toBe(false)
    expect(svg.attributes('role')).toBe('img')
    expect(svg.attributes('aria-label')).toBe(`能力自评雷达图（空白，满分 5 分）：${LABELS.join('、')}`)
  })

  it('plots the values: full marks on the outer ring, unrated at the centre, values in labels and the accessible name', () => {
    const svg = mount(RadarChart, {
      props: {
        axes: LABELS.map((label, i) => ({
          label,
          value: i === 1
            ? null
            : i === 0
              ? 5
              : 3,
        })),
      },
    })
    const points = svg.get('.radar-chart__values polygon').attributes('points')!.split(' ')
    expect(points).toHaveLength(8)
    expect(points[0]).toBe('0,-86')
    expect(points[1]).toBe('0,0')
    expect(points[2]).toBe('51.6,0')
    expect(svg.findAll('.radar-chart__values circle')).toHaveLength(7)
    expect(svg.findAll('.radar-chart__label')[0]!.text()).toBe('沟通 5')
    expect(svg.attributes('aria-label')).toContain('沟通 5 分，理解 未评，共情 3 分')
  })
})
