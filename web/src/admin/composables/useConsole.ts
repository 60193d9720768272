import { reactive } from 'vue'
import { request, setToken } from '@/api'
import type { ConsoleContextQuery } from '@/gql/graphql'
import { AdminLogoutDocument, ConsoleContextDocument } from '../documents'

type Context = ConsoleContextQuery['consoleContext']
type Campaign = NonNullable<ConsoleContextQuery['currentCampaign']>
export type Section = Context['sections'][number]

interface ConsoleState {
  loaded: boolean
  name: string
  context: Context | null
  campaign: Campaign | null
}

const state = reactive<ConsoleState>({ loaded: false, name: '', context: null, campaign: null })

/** Who is signed in to the console, what it may do, and the year's campaign. */
export function useConsole() {
  async function load(force = false): Promise<void> {
    if (state.loaded && !force) return
    const data = await request(ConsoleContextDocument)
    state.name = data.me.name
    state.context = data.consoleContext
    state.campaign = data.currentCampaign ?? null
    state.loaded = true
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
  }

  return { state, load, may, logout, forget }
}
