/** A rate as a percentage with two decimals: 0.9955 -> 99.55%. */
/** A rate as a percentage; no rate (nobody due) as the reason the server gives, never 100 %. */
export function percent(rate: number | null | undefined, none = '—'): string {
  return rate == null ? none : `${(rate * 100).toFixed(2)}%`
}

export const statusText: Record<string, string> = {
  IN_SERVICE: '在职',
  RETIRED: '退休',
  TRANSFERRING: '调出',
  LEFT: '离职',
}

export const listText: Record<string, string> = {
  NOT_STUDIED: '未完成学习',
  NOT_TAKEN: '未参考',
  FAILED: '未通过',
  GRADE_DEFERRED: '暂缓确定考核等次',
  NOT_EXCELLENT: '不得确定为优秀',
}

/** `2026-09-25T09:00:00+08:00` -> `2026-09-25 09:00`. */
export function dateTime(value: string): string {
  return value.replace('T', ' ').slice(0, 16)
}
