import { reactive } from 'vue'
import type { LocationQuery } from 'vue-router'
import { request, setToken } from '@/api'
import type { ConsoleCampaignFragment, ConsoleContextQuery } from '@/gql/graphql'
import { AdminLogoutDocument, ConsoleContextDocument } from '../documents'

type Context = ConsoleContextQuery['consoleContext']
type Campaign = ConsoleCampaignFragment
export type Section = Context['sections'][number]

interface ConsoleState {
  loaded: boolean
  name: string
  context: Context | null
  /** The year the pages look at: `?year=` in the address, the current campaign otherwise. */
  campaign: Campaign | null
  /** The campaign the server calls current today (by period), what the console opens on. */
  current: Campaign | null
  /** Every year of the province, the latest first: the year selector's choices. */
  campaigns: Campaign[]
  /** A `?year=` the province has no campaign for (the current one is shown instead). */
  unknownYear: string
}

const state = reactive<ConsoleState>({
  loaded: false,
  name: '',
  context: null,
  campaign: null,
  current: null,
  campaigns: [],
  unknownYear: '',
})

/** The address's query the year was last chosen from, to choose again after a reload of the list. */
let lastQuery: LocationQuery = {}

/** Who is signed in to the console, what it may do, and the year's campaign. */
export function useConsole() {
  async function load(force = false): Promise<void> {
    if (state.loaded && !force) return
    const data = await request(ConsoleContextDocument)
    state.name = data.me.name
    state.context = data.consoleContext
    state.current = data.currentCampaign ?? null
    state.campaigns = data.campaigns
    state.loaded = true
    chooseYear(lastQuery)
  }

  /**
   * Looks at the year an address names (`?year=2026`), or the current campaign without one:
   * every page reads `state.campaign`, so the year follows the address through the menu, a
   * reload and the back button.
   */
  function chooseYear(query: LocationQuery): void {
    lastQuery = query
    const asked = typeof query.year === 'string' ? query.year : ''
    const found = asked ? state.campaigns.find((c) => String(c.year) === asked) : undefined
    state.unknownYear = asked && !found ? asked : ''
    state.campaign = found ?? state.current
  }

  function may(section: Section): boolean {
    return state.context?.sections.includes(section) ?? false
  }

  async function logout(): Promise<void> {
    try {
      await request(AdminLogoutDocument)
    } catch {
      // The token is dropped on this device whatever the server says.
    }
    forget()
  }

  function forget(): void {
    setToken(null)
    state.loaded = false
    state.context = null
    state.campaign = null
    state.current = null
    state.campaigns = []
  }

  return { state, load, chooseYear, may, logout, forget }
}
