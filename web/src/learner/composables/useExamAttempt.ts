// One attempt being answered on this device: the paper, the choices, the saves queued while
// the network is away (kept in localStorage, so a reload loses none), and the countdown
// kept from the server's `remainingSeconds` and this device's monotonic timer (never its
// wall clock, which may be wrong).
import { computed, onBeforeUnmount, reactive, ref } from 'vue'
import { ApiError, request } from '@/api'
import type { ExamPaperQuery } from '@/gql/graphql'
import { ExamClockDocument, ExamPaperDocument, SaveAnswerDocument, SubmitExamDocument } from '../documents'

type Attempt = NonNullable<ExamPaperQuery['examAttempt']>
export type Question = Attempt['questions'][number]

export type Phase =
  | 'loading'
  | 'answering'
  | 'submitting'
  | 'timeUp'
  | 'takenOver'
  | 'submitted'
  | 'failed'

export type SaveState = 'saved' | 'pending' | 'saving'

interface PendingSave {
  choices: string[]
  seq: number
}

const RETRY_MS = 3000
const CLOCK_RESYNC_MS = 60_000

export function useExamAttempt(attemptId: string) {
  const storageKey = `xuefa.exam.${attemptId}`
  const phase = ref<Phase>('loading')
  const errorMessage = ref('')
  const attempt = ref<Attempt | null>(null)
  const choices = reactive<Record<string, string[]>>({})
  const saveState = reactive<Record<string, SaveState>>({})
  const pending = reactive<Record<string, PendingSave>>({})
  const offline = ref(false)
  const autoSubmitted = ref(false)

  // The countdown: the server's figure at a moment of this device's monotonic clock.
  const synced = { remaining: 0, at: 0 }
  const remaining = ref(0)
  let totalSeconds = 0
  let lastSeq = 0
  let flushing = false
  let retryTimer: number | undefined
  let tickTimer: number | undefined
  let resyncTimer: number | undefined

  function syncClock(serverRemaining: number) {
    synced.remaining = serverRemaining
    synced.at = performance.now()
    tick()
  }

  function tick() {
    const value = synced.remaining - (performance.now() - synced.at) / 1000
    remaining.value = Math.max(0, value)
    if (remaining.value <= 0 && phase.value === 'answering') void timeUp()
  }

  /**
   * A save's order: tenths of a second into the attempt by the synced countdown, so a
   * device that takes the attempt over continues above the saves of the one before, and
   * never below this device's own last save.
   */
  function nextSeq(): number {
    const elapsed = Math.floor((totalSeconds - remaining.value) * 10)
    lastSeq = Math.max(lastSeq + 1, elapsed)
    persist()
    return lastSeq
  }

  function persist() {
    try {
      localStorage.setItem(storageKey, JSON.stringify({ lastSeq, pending }))
    } catch {
      // Without storage the queue lives as long as the page.
    }
  }

  function restore(): { lastSeq: number; pending: Record<string, PendingSave> } {
    try {
      const raw = localStorage.getItem(storageKey)
      if (raw) return JSON.parse(raw)
    } catch {
      // Unreadable: start afresh.
    }
    return { lastSeq: 0, pending: {} }
  }

  function forget() {
    try {
      localStorage.removeItem(storageKey)
    } catch {
      // Nothing kept.
    }
  }

  async function load() {
    phase.value = 'loading'
    try {
      const data = await request(ExamPaperDocument, { id: attemptId })
      const a = data.examAttempt
      if (!a) {
        phase.value = 'failed'
        errorMessage.value = '未找到这份试卷'
        return
      }
      if (a.status !== 'LIVE') {
        forget()
        phase.value = 'submitted'
        return
      }
      attempt.value = a
      totalSeconds = (new Date(a.deadline).getTime() - new Date(a.startedAt).getTime()) / 1000
      for (const answer of a.answers) {
        choices[answer.questionId] = [...answer.choices]
        saveState[answer.questionId] = 'saved'
      }
      const kept = restore()
      lastSeq = kept.lastSeq
      for (const [questionId, save] of Object.entries(kept.pending)) {
        pending[questionId] = save
        choices[questionId] = [...save.choices]
        saveState[questionId] = 'pending'
      }
      syncClock(a.remainingSeconds)
      phase.value = 'answering'
      tickTimer = window.setInterval(tick, 250)
      resyncTimer = window.setInterval(() => void resync(), CLOCK_RESYNC_MS)
      void flush()
    } catch (err) {
      phase.value = 'failed'
      errorMessage.value = err instanceof ApiError ? err.message : '试卷加载失败，请刷新重试'
    }
  }

  async function resync() {
    try {
      const data = await request(ExamClockDocument, { id: attemptId })
      const a = data.examAttempt
      if (!a) return
      if (a.status !== 'LIVE') {
        autoSubmitted.value = a.autoSubmitted
        finish()
        return
      }
      syncClock(a.remainingSeconds)
    } catch {
      // The countdown carries on from the last figure.
    }
  }

  function answer(questionId: string, picked: string[]) {
    if (phase.value !== 'answering') return
    choices[questionId] = picked
    pending[questionId] = { choices: [...picked], seq: nextSeq() }
    saveState[questionId] = 'pending'
    persist()
    void flush()
  }

  function scheduleRetry() {
    window.clearTimeout(retryTimer)
    retryTimer = window.setTimeout(() => void flush(), RETRY_MS)
  }

  /** Sends queued saves one at a time, newest choice per question, until none is left. */
  async function flush(): Promise<void> {
    if (flushing) return
    flushing = true
    try {
      for (;;) {
        if (phase.value !== 'answering' && phase.value !== 'timeUp' && phase.value !== 'submitting') return
        const next = Object.entries(pending)[0]
        if (!next) {
          offline.value = false
          return
        }
        const [questionId, save] = next
        saveState[questionId] = 'saving'
        try {
          const data = await request(
            SaveAnswerDocument,
            { attemptId, questionId, choices: save.choices, clientSeq: save.seq },
            { busyRetries: 3 },
          )
          offline.value = false
          if (pending[questionId]?.seq === save.seq) {
            delete pending[questionId]
            saveState[questionId] = 'saved'
            persist()
          }
          if (phase.value === 'answering') syncClock(data.saveAnswer.remainingSeconds)
        } catch (err) {
          const code = err instanceof ApiError ? err.code : 'NETWORK'
          if (pending[questionId]) saveState[questionId] = 'pending'
          if (code === 'TAKEN_OVER') {
            takenOver(err)
            return
          }
          if (code === 'EXAM_CLOSED') {
            void timeUp()
            return
          }
          if (code === 'BAD_USER_INPUT' || code === 'NOT_FOUND') {
            // The server will never take this save: drop it and show the choice as not kept.
            delete pending[questionId]
            persist()
            errorMessage.value = err instanceof ApiError ? err.message : ''
            continue
          }
          offline.value = true
          scheduleRetry()
          return
        }
      }
    } finally {
      flushing = false
    }
  }

  function takenOver(err: unknown) {
    phase.value = 'takenOver'
    errorMessage.value =
      err instanceof ApiError ? err.message : '本场考试已在另一台设备上继续作答，此设备不能再保存或交卷'
    stopTimers()
  }

  async function timeUp() {
    if (phase.value === 'timeUp' || phase.value === 'submitted') return
    phase.value = 'timeUp'
    window.clearInterval(tickTimer)
    // Answers in flight still count within the server's grace; then wait for its submission.
    await flush()
    for (let i = 0; i < 60 && phase.value === 'timeUp'; i++) {
      await new Promise((resolve) => setTimeout(resolve, 2000))
      try {
        const data = await request(ExamClockDocument, { id: attemptId })
        if (data.examAttempt && data.examAttempt.status !== 'LIVE') {
          autoSubmitted.value = data.examAttempt.autoSubmitted
          finish()
          return
        }
      } catch {
        // Keep waiting: the server submits at the deadline whether or not we hear.
      }
    }
  }

  function finish() {
    stopTimers()
    forget()
    phase.value = 'submitted'
  }

  /** Submits; refuses while saves are still queued. */
  async function submit(): Promise<void> {
    await flush()
    if (Object.keys(pending).length > 0) {
      throw new ApiError('NETWORK', `还有 ${Object.keys(pending).length} 题的答案未保存到服务器，请检查网络后再交卷`)
    }
    phase.value = 'submitting'
    try {
      await request(SubmitExamDocument, { attemptId })
      finish()
    } catch (err) {
      if (err instanceof ApiError && err.code === 'TAKEN_OVER') {
        takenOver(err)
        return
      }
      phase.value = 'answering'
      throw err
    }
  }

  function stopTimers() {
    window.clearInterval(tickTimer)
    window.clearInterval(resyncTimer)
    window.clearTimeout(retryTimer)
  }

  const onOnline = () => void flush()
  window.addEventListener('online', onOnline)
  onBeforeUnmount(() => {
    stopTimers()
    window.removeEventListener('online', onOnline)
  })

  const questions = computed(() => attempt.value?.questions ?? [])
  const unanswered = computed(() =>
    questions.value.map((q, i) => ({ q, n: i + 1 })).filter(({ q }) => (choices[q.id]?.length ?? 0) === 0),
  )
  const pendingCount = computed(() => Object.keys(pending).length)

  return {
    phase,
    errorMessage,
    attempt,
    questions,
    choices,
    saveState,
    remaining,
    offline,
    autoSubmitted,
    unanswered,
    pendingCount,
    load,
    answer,
    submit,
    flush,
  }
}
