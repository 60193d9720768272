import { computed, ref, watch } from 'vue'
import { useRoute, useRouter, type LocationQuery } from 'vue-router'
import { messageOf, request } from '@/api'
import type { BreadcrumbQuery } from '@/gql/graphql'
import { BreadcrumbDocument } from '../documents'
import { useConsole } from './useConsole'

export type Crumb = BreadcrumbQuery['breadcrumb'][number]

/**
 * The parts of the address every section shares: the drill-down node (`?node=`) and the year
 * (`?year=`, once pages choose one). The side menu, the section guard and every link from one
 * page to another carry them, so switching sections, a reload and the back button all stay
 * on the node (and year) the administrator chose.
 */
export const CONTEXT_KEYS = ['node', 'year'] as const

/** The shared context of an address's query, to carry over to another section. */
export function contextQuery(query: LocationQuery): LocationQuery {
  const kept: LocationQuery = {}
  for (const key of CONTEXT_KEYS) {
    const value = query[key]
    if (typeof value === 'string' && value) kept[key] = value
  }
  return kept
}

/**
 * The node a page looks at: `?node=` in the address (so a drill-down survives a reload and
 * the browser's back button goes back up), the caller's home node otherwise; and its
 * breadcrumb from the province down.
 */
export function useNode() {
  const route = useRoute()
  const router = useRouter()
  const session = useConsole()
  const crumbs = ref<Crumb[]>([])
  const error = ref('')

  const nodeId = computed(() => {
    const q = route.query.node
    return typeof q === 'string' && q ? q : (session.state.context?.home.id ?? '')
  })
  const node = computed(() => crumbs.value[crumbs.value.length - 1] ?? null)

  async function loadCrumbs(): Promise<void> {
    if (!nodeId.value) return
    try {
      const data = await request(BreadcrumbDocument, { nodeId: nodeId.value })
      crumbs.value = data.breadcrumb
      error.value = ''
    } catch (err) {
      error.value = messageOf(err)
    }
  }

  function open(id: string): void {
    const home = session.state.context?.home.id
    void router.push({ query: { ...route.query, node: id === home ? undefined : id } })
  }

  watch(nodeId, loadCrumbs, { immediate: true })
  return { nodeId, node, crumbs, error, open }
}
