import { ElMessage, ElMessageBox } from 'element-plus'
import 'element-plus/es/components/message/style/css'
import 'element-plus/es/components/message-box/style/css'
import { messageOf } from '@/api'

/** What the administrator is asked before an action, and what is said once it is done. */
export interface ConfirmedAction<T> {
  title: string
  message: string
  /** The buttons: 确定 and 取消 unless said otherwise. */
  confirm?: string
  cancel?: string
  /** A warning's icon (the default); false for a plain question (an offer). */
  warning?: boolean
  /** Asks for an optional comment too, with this placeholder; the action receives it ('' when none). */
  comment?: string
  action: (comment: string) => Promise<T>
  /** The success message, from what the action answered. */
  done?: string | ((result: T) => string)
  /** Runs after the success message: a reload, a dialog with what was issued. */
  after?: (result: T) => void | Promise<void>
  /** Where a refusal is told: a message by default (a form shows it beside its fields). */
  failed?: (message: string) => void
}

/**
 * Asks first, then acts: a cancelled question does nothing; a refused action tells the
 * server's reason. Answers what the action answered, or undefined when cancelled or refused.
 */
async function confirmThen<T>(ask: ConfirmedAction<T>): Promise<T | undefined> {
  let comment = ''
  const buttons = { confirmButtonText: ask.confirm ?? '确定', cancelButtonText: ask.cancel ?? '取消' }
  try {
    if (ask.comment !== undefined) {
      const answer = await ElMessageBox.prompt(ask.message, ask.title, { ...buttons, inputPlaceholder: ask.comment })
      comment = (answer as { value?: string }).value ?? ''
    } else {
      await ElMessageBox.confirm(ask.message, ask.title, ask.warning === false ? buttons : { ...buttons, type: 'warning' })
    }
  } catch {
    return undefined
  }
  let result: T
  try {
    result = await ask.action(comment)
  } catch (err) {
    const message = messageOf(err)
    if (ask.failed) ask.failed(message)
    else ElMessage.error(message)
    return undefined
  }
  const done = typeof ask.done === 'function' ? ask.done(result) : ask.done
  if (done) ElMessage.success(done)
  await ask.after?.(result)
  return result
}

/** The console's confirmations: every action that changes what someone else sees, asked first. */
export function useConfirmedAction() {
  return { confirmThen }
}
