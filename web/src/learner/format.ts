// Dates as the programme states them: China Standard Time, whatever the device's zone, with the
// year when it is not this year's (a make-up in January read in December).
import { serverNow } from '@/api'

const CST_OFFSET_MS = 8 * 3600 * 1000

/** This year in China, by the server's clock as last seen. */
function thisYear(): number {
  return new Date(serverNow() + CST_OFFSET_MS).getUTCFullYear()
}

function yearPrefix(year: number): string {
  return year === thisYear() ? '' : `${year}年`
}

function cstParts(iso: string) {
  const d = new Date(new Date(iso).getTime() + CST_OFFSET_MS)
  return {
    y: d.getUTCFullYear(),
    m: d.getUTCMonth() + 1,
    d: d.getUTCDate(),
    hh: String(d.getUTCHours()).padStart(2, '0'),
    mm: String(d.getUTCMinutes()).padStart(2, '0'),
  }
}

/** 9月28日 08:00 (2027年1月6日 09:00 in another year) */
export function dateTime(iso: string): string {
  const p = cstParts(iso)
  return `${yearPrefix(p.y)}${p.m}月${p.d}日 ${p.hh}:${p.mm}`
}

/** 2026-09-28 (a Date scalar) as 9月28日 (2027年1月6日 in another year) */
export function day(date: string): string {
  const [y, m, d] = date.split('-').map(Number)
  return `${yearPrefix(y)}${m}月${d}日`
}

/** 01:05:09 or 05:09 */
export function clock(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds))
  const h = Math.floor(s / 3600)
  const m = Math.floor((s % 3600) / 60)
  const rest = String(s % 60).padStart(2, '0')
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${rest}` : `${String(m).padStart(2, '0')}:${rest}`
}

export const CATEGORY_NAMES: Record<string, string> = {
  PROFILE: '个人资料',
  READER: '指定读本',
  HOT_EVENT: '热点事件',
  OTHER_LAW: '其他法律法规',
}

export const QUESTION_TYPE_NAMES: Record<string, string> = {
  SINGLE: '单选题',
  MULTIPLE: '多选题',
  TRUE_FALSE: '判断题',
}

export const KIND_NAMES: Record<string, string> = {
  MAIN: '统一考试',
  MAKEUP: '补考',
}
