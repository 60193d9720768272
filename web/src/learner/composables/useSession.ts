// Who is logged in: the token (in localStorage, through the api client), whether the
// initial or temporary password must still be changed, and the account once loaded.
import { reactive, readonly } from 'vue'
import { getToken, request, setToken } from '@/api'
import { LogoutDocument, MeDocument } from '../documents'
import type { MeQuery } from '@/gql/graphql'
import { resetCampaign } from './useCampaign'

const MUST_CHANGE_KEY = 'xuefa.mustChangePassword'

type Account = MeQuery['me']

// The initial or temporary password just typed at the login, kept in memory only (never
// stored) until it is changed, so the forced change need not ask for it again.
let loginPassword: string | null = null

const state = reactive({
  account: null as Account | null,
  mustChangePassword: readFlag(),
})

function readFlag(): boolean {
  try {
    return localStorage.getItem(MUST_CHANGE_KEY) === '1'
  } catch {
    return false
  }
}

function writeFlag(value: boolean): void {
  state.mustChangePassword = value
  try {
    if (value) localStorage.setItem(MUST_CHANGE_KEY, '1')
    else localStorage.removeItem(MUST_CHANGE_KEY)
  } catch {
    // Storage unavailable: the flag lives in memory only.
  }
}

export function useSession() {
  return {
    state: readonly(state),
    isLoggedIn: () => getToken() !== null,
    loggedIn(token: string, mustChangePassword: boolean, password: string) {
      resetCampaign()
      setToken(token)
      state.account = null
      loginPassword = mustChangePassword ? password : null
      writeFlag(mustChangePassword)
    },
    /** The password that must be changed, if it was typed since this page loaded. */
    passwordToChange(): string | null {
      return state.mustChangePassword ? loginPassword : null
    },
    passwordChanged() {
      loginPassword = null
      writeFlag(false)
    },
    /** The server refused a request until the initial password is changed. */
    passwordChangeRequired() {
      writeFlag(true)
    },
    /** The account, loaded once per page load. */
    async account(): Promise<Account> {
      if (state.account) return state.account
      const data = await request(MeDocument)
      state.account = data.me
      return data.me
    },
    /** Reads the account again on next use (after it changed). */
    forgetAccount() {
      state.account = null
    },
    async logout() {
      try {
        if (getToken()) await request(LogoutDocument, {}, { busyRetries: 1 })
      } catch {
        // The token is forgotten here whether or not the server heard.
      }
      this.forget()
    },
    forget() {
      resetCampaign()
      setToken(null)
      // The exam paper the service worker keeps for a reload offline is this learner's.
      if ('caches' in window) void caches.delete('xuefa-paper').catch(() => undefined)
      loginPassword = null
      state.account = null
      writeFlag(false)
    },
  }
}
