import { ref, shallowRef } from 'vue'
import { messageOf } from '@/api'

/**
 * What one query answered, held for a page: `data` (replaced whole, not made deeply
 * reactive), the error message and whether it is on its way. `fetch` answers null when there is
 * nothing to ask yet (no campaign, no node); an answer that comes after a newer question was
 * asked is dropped, so a quick drill-down never shows the previous node's rows.
 */
export function useLoad<T>(fetch: () => Promise<T> | null, initial: T) {
  const data = shallowRef<T>(initial)
  const error = ref('')
  const loading = ref(false)
  let asked = 0

  async function load(): Promise<void> {
    const pending = fetch()
    if (!pending) return
    const mine = ++asked
    loading.value = true
    try {
      const answer = await pending
      if (mine !== asked) return
      data.value = answer
      error.value = ''
    } catch (err) {
      if (mine === asked) error.value = messageOf(err)
    } finally {
      if (mine === asked) loading.value = false
    }
  }

  return { data, error, loading, load }
}
