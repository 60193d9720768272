import { computed, shallowRef, watch, type Ref } from 'vue'
import { request } from '@/api'
import type { RegionUnitRostersQuery } from '@/gql/graphql'
import { RegionUnitRostersDocument } from '../documents'

/** A unit attached to a region, with how many learners its roster holds. */
export interface UnitRoster {
  id: string
  name: string
  rosterCount: number
}

/**
 * The units attached directly to a region (none for a unit: pass null), by name, with the
 * size of each roster; `empty` holds the ids of those whose roster holds nobody (未报名单).
 * A failure leaves the list empty: the pages only point the empty units out.
 */
export function useUnitRosters(regionId: Ref<string | null>) {
  const units = shallowRef<UnitRoster[]>([])
  const empty = computed(() => new Set(units.value.filter((u) => u.rosterCount === 0).map((u) => u.id)))
  let asked: string | null = null

  async function load(): Promise<void> {
    const id = regionId.value
    asked = id
    units.value = []
    if (!id) return
    const found: UnitRoster[] = []
    try {
      let after: string | null = null
      for (;;) {
        const data: RegionUnitRostersQuery = await request(RegionUnitRostersDocument, { regionId: id, after })
        const page = data.region?.units
        if (!page) break
        for (const u of page.nodes) found.push({ id: u.id, name: u.name, rosterCount: u.learners.totalCount })
        if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) break
        after = page.pageInfo.endCursor
      }
    } catch {
      return
    }
    if (asked !== id) return
    units.value = found.sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'))
  }

  watch(regionId, load, { immediate: true })
  return { units, empty, reload: load }
}
