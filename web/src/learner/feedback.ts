// Vant's toasts and dialogs with names a screen reader can use. A toast is a status message
// (Vant makes it an unnamed dialog); a dialog is named by its title (Vant points
// aria-labelledby at the title's text instead of an element, which names nothing).
import { showConfirmDialog, showDialog, showToast, type DialogOptions } from 'vant'

/** Attributes passed through Vant's options to the rendered element (not in its types). */
type Attributes = Record<string, string | undefined>

/** A short message that goes away by itself, read out politely. */
export function toast(message: string): void {
  const attributes: Attributes = { role: 'status', 'aria-live': 'polite', 'aria-modal': undefined }
  showToast({ message, ...attributes })
}

function named(options: DialogOptions): DialogOptions {
  const attributes: Attributes = { 'aria-labelledby': undefined, 'aria-label': options.title ?? (typeof options.message === 'string' ? options.message : undefined) }
  return { ...options, ...attributes }
}

/** A message with one button ("确认" unless told). */
export function alertDialog(options: DialogOptions): Promise<unknown> {
  return showDialog(named(options))
}

/** A question with two buttons; rejects when the learner cancels. */
export function confirmDialog(options: DialogOptions): Promise<unknown> {
  return showConfirmDialog(named(options))
}
