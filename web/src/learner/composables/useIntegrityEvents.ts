// Reports, apart from saving answers, when the exam page is left (hidden, lost focus) and comes
// back. Events wait in localStorage and go in batches, fire-and-forget with growing pauses
// between retries, so a slow network never holds up a save; the page stops after the server's
// limit per attempt. The events are for review by a person: nothing is failed because of them.
import { onBeforeUnmount, onMounted } from 'vue'
import { request } from '@/api'
import { ReportAttemptEventsDocument } from '../integrity-documents'

type Kind = 'LEAVE' | 'RETURN'
interface Pending {
  kind: Kind
  at: string
}

const BATCH = 50
/** The server keeps at most this many per attempt; the page keeps no more either. */
const LIMIT = 200

interface Kept {
  pending: Pending[]
  sent: number
  /** The last event recorded was a departure (the page may have been closed since). */
  away?: boolean
}

export function useIntegrityEvents(attemptId: string) {
  const key = `xuefa.integrity.${attemptId}`
  const read = (): Kept => {
    try {
      return JSON.parse(localStorage.getItem(key) ?? '') as Kept
    } catch {
      return { pending: [], sent: 0 }
    }
  }
  const state = read()
  let away = document.visibilityState === 'hidden'
  let timer: ReturnType<typeof setTimeout> | null = null
  let failures = 0
  let sending = false

  const persist = () => localStorage.setItem(key, JSON.stringify(state))

  function record(kind: Kind) {
    // Blur and hidden come together: one departure, one return.
    if ((kind === 'LEAVE') === away) return
    away = kind === 'LEAVE'
    state.away = away
    if (state.sent + state.pending.length >= LIMIT) return
    state.pending.push({ kind, at: new Date().toISOString() })
    persist()
    // Coming back is the moment the network is most likely there.
    schedule(kind === 'RETURN' ? 0 : 2000)
  }

  function schedule(ms: number) {
    if (timer) clearTimeout(timer)
    timer = setTimeout(() => void flush(), ms)
  }

  async function flush() {
    timer = null
    if (sending || !state.pending.length) return
    sending = true
    const batch = state.pending.slice(0, BATCH)
    try {
      await request(ReportAttemptEventsDocument, { attemptId, events: batch }, { busyRetries: 0 })
      state.pending.splice(0, batch.length)
      state.sent += batch.length
      failures = 0
      persist()
      if (state.pending.length) schedule(0)
    } catch {
      // Never in the learner's way: try again later, less often each time.
      failures += 1
      if (failures < 8) schedule(Math.min(60_000, 2000 * 2 ** failures))
    } finally {
      sending = false
    }
  }

  const onVisibility = () => record(document.visibilityState === 'hidden' ? 'LEAVE' : 'RETURN')
  const onBlur = () => record('LEAVE')
  const onFocus = () => record('RETURN')

  onMounted(() => {
    document.addEventListener('visibilitychange', onVisibility)
    window.addEventListener('blur', onBlur)
    window.addEventListener('focus', onFocus)
    // The paper opened again after the page was closed (or reloaded) while away: that is the
    // return. The server records it when the paper is opened if the departure reached it; a
    // departure still waiting here gets its return from here.
    if (state.away && !away) {
      state.away = false
      if (state.pending[state.pending.length - 1]?.kind === 'LEAVE' && state.sent + state.pending.length < LIMIT) {
        state.pending.push({ kind: 'RETURN', at: new Date().toISOString() })
      }
      persist()
    }
    if (state.pending.length) schedule(1000)
  })
  onBeforeUnmount(() => {
    document.removeEventListener('visibilitychange', onVisibility)
    window.removeEventListener('blur', onBlur)
    window.removeEventListener('focus', onFocus)
    if (timer) clearTimeout(timer)
    void flush()
  })

  return { flush }
}
