import { computed, ref } from 'vue'
import { useLoad } from './useLoad'

/** One page of a connection as the API answers it (`first`/`after`). */
export interface CursorPage<Row> {
  totalCount: number
  pageInfo: { hasNextPage: boolean; endCursor?: string | null }
  nodes: Row[]
}

/**
 * A table paged by the server's cursors, forward and back: the cursors of the pages seen are
 * kept, so 上一页 asks for the page before again. `fetchPage` asks for the page after a cursor
 * (null: the first), answers null when there is nothing to ask yet, and may answer no page at
 * all (a unit that is not there): the table is then empty.
 */
export function useCursorPage<Row>(fetchPage: (after: string | null) => Promise<CursorPage<Row> | null | undefined> | null) {
  const cursors = ref<(string | null)[]>([null])
  const { data, error, loading, load } = useLoad<CursorPage<Row> | null | undefined>(
    () => fetchPage(cursors.value[cursors.value.length - 1]),
    null,
  )
  const rows = computed<Row[]>(() => data.value?.nodes ?? [])
  const total = computed(() => data.value?.totalCount ?? 0)
  const hasNext = computed(() => data.value?.pageInfo.hasNextPage ?? false)
  /** Which page is shown, from 1. */
  const number = computed(() => cursors.value.length)

  /** Back to the first page (new filters, another node), and asks for it. */
  function restart(): void {
    cursors.value = [null]
    void load()
  }
  function next(): void {
    cursors.value.push(data.value?.pageInfo.endCursor ?? null)
    void load()
  }
  function previous(): void {
    cursors.value.pop()
    void load()
  }

  return { rows, total, hasNext, number, loading, error, load, restart, next, previous }
}
