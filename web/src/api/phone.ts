/**
 * The login account's phone number, read as the server reads it (server/src/domain/phone.rs,
 * `PhoneNumber::parse`): spaces and dashes are ignored, full-width digits, dashes and plus
 * signs (typed with a Chinese input method) count as their ASCII twins, and a leading +86 is
 * dropped; what is left must be 11 digits, 1[3-9]xxxxxxxxx. The pages check it before asking
 * and send the normalised number; the server stays the judge.
 */

/** What a refused number is told: the same rule the server states. */
export const PHONE_RULE = '请输入 11 位手机号，以 13 至 19 开头'

/** The number as typed, normalised the server's way (not yet checked). */
export function normalisePhone(raw: string): string {
  const ascii = raw
    .replace(/[\s\-－]/g, '')
    .replace(/[０-９＋]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
  return ascii.startsWith('+86') ? ascii.slice(3) : ascii
}

/** The normalised number, or null when it is not a mainland mobile number. */
export function parsePhone(raw: string): string | null {
  const phone = normalisePhone(raw)
  return /^1[3-9]\d{9}$/.test(phone) ? phone : null
}

/** The longest a typed number needs: `+86 139 0000 0001` with room for dashes. */
export const PHONE_INPUT_MAXLENGTH = 20
