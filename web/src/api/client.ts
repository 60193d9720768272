/**
 * The one way the pages talk to the server: POST /graphql with the bearer token. GraphQL
 * errors become an `ApiError` with the server's `extensions.code` and its Chinese message;
 * a server shedding load (`BUSY`, HTTP 503) is asked again after a growing pause.
 */

/** A document typed by GraphQL Code Generator (`documentMode: 'string'`). */
export interface TypedDocument<TResult, TVariables> {
  toString(): string
  /** Phantom fields carrying the types; never read. */
  __apiType?: (variables: TVariables) => TResult
}

/** Codes the server sends, plus NETWORK when no answer came back at all. */
export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'PASSWORD_CHANGE_REQUIRED'
  | 'ACCOUNT_LOCKED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'CONFLICT'
  | 'NOT_ELIGIBLE'
  | 'EXAM_CLOSED'
  | 'TAKEN_OVER'
  | 'RATE_LIMITED'
  | 'BUSY'
  | 'INTERNAL'
  | 'NETWORK'

export class ApiError extends Error {
  readonly code: ErrorCode | string
  constructor(code: ErrorCode | string, message: string) {
    super(message)
    this.name = 'ApiError'
    this.code = code
  }
}

const TOKEN_KEY = 'xuefa.token'

export function getToken(): string | null {
  try {
    return localStorage.getItem(TOKEN_KEY)
  } catch {
    return null
  }
}

export function setToken(token: string | null): void {
  try {
    if (token) localStorage.setItem(TOKEN_KEY, token)
    else localStorage.removeItem(TOKEN_KEY)
  } catch {
    // Private modes without storage: the session lasts as long as the page.
  }
}

/** Called when the server no longer knows the token or demands a new password. */
type AuthListener = (code: 'UNAUTHENTICATED' | 'PASSWORD_CHANGE_REQUIRED') => void
let authListener: AuthListener | null = null
export function onAuthProblem(listener: AuthListener): void {
  authListener = listener
}

export interface RequestOptions {
  /** How many times a BUSY answer is retried (default 5). */
  busyRetries?: number
  signal?: AbortSignal
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

/** Pause before the n-th retry (0-based): 0.5 s, 1 s, 2 s, 4 s, 8 s, with jitter; or Retry-After. */
export function backoffMs(attempt: number, retryAfter: string | null): number {
  const seconds = retryAfter ? Number(retryAfter) : NaN
  if (Number.isFinite(seconds) && seconds > 0) return Math.min(seconds, 30) * 1000
  const base = 500 * 2 ** attempt
  return Math.min(base, 8000) * (0.75 + Math.random() * 0.5)
}

interface GraphQLResponse<T> {
  data?: T | null
  errors?: { message: string; extensions?: { code?: string } }[]
}

async function send<TResult>(
  makeInit: () => RequestInit,
  options: RequestOptions,
): Promise<TResult> {
  const retries = options.busyRetries ?? 5
  for (let attempt = 0; ; attempt++) {
    let response: Response
    try {
      response = await fetch('/graphql', { ...makeInit(), signal: options.signal })
    } catch (err) {
      if ((err as Error)?.name === 'AbortError') throw err
      throw new ApiError('NETWORK', '网络连接中断，请检查网络后重试')
    }
    noteServerTime(response.headers.get('Date'))
    let body: GraphQLResponse<TResult> | null
    try {
      body = (await response.json()) as GraphQLResponse<TResult>
    } catch {
      body = null
    }
    const first = body?.errors?.[0]
    const code = first?.extensions?.code ?? (response.status === 503 ? 'BUSY' : undefined)
    if (code === 'BUSY' && attempt < retries) {
      await sleep(backoffMs(attempt, response.headers.get('Retry-After')))
      continue
    }
    if (first) {
      const errorCode = code ?? 'INTERNAL'
      if ((errorCode === 'UNAUTHENTICATED' || errorCode === 'PASSWORD_CHANGE_REQUIRED') && authListener && getToken()) {
        authListener(errorCode)
      }
      throw new ApiError(errorCode, first.message)
    }
    if (!response.ok || !body || body.data == null) {
      if (response.status === 503) throw new ApiError('BUSY', '服务器繁忙，请稍后再试')
      throw new ApiError('INTERNAL', `服务器暂时无法处理请求（HTTP ${response.status}），请稍后再试`)
    }
    return body.data
  }
}

let serverOffsetMs = 0

/** Keeps how far this device's clock is from the server's, from the HTTP `Date` header. */
function noteServerTime(header: string | null): void {
  const at = header ? Date.parse(header) : NaN
  // The header has whole seconds: half a second is the best estimate of the fraction.
  if (Number.isFinite(at)) serverOffsetMs = at + 500 - Date.now()
}

/** The server's clock as best known: the device's corrected by the last response's `Date`. */
export function serverNow(): number {
  return Date.now() + serverOffsetMs
}

function authHeaders(): Record<string, string> {
  const token = getToken()
  return token ? { Authorization: `Bearer ${token}` } : {}
}

/** Names the operation of a JSON request (see `request`). */
export const OPERATION_HEADER = 'X-Xuefa-Operation'

/** Runs a query or mutation. */
export function request<TResult, TVariables>(
  document: TypedDocument<TResult, TVariables>,
  variables?: TVariables,
  options: RequestOptions = {},
): Promise<TResult> {
  const query = document.toString()
  const body = JSON.stringify({ query, variables: variables ?? {} })
  // The operation's name, so the learners' service worker takes up only the requests it keeps
  // for a reload offline (the exam paper and its saves) and leaves every other one alone.
  const operation = /^\s*(?:query|mutation)\s+(\w+)/.exec(query)?.[1]
  return send<TResult>(
    () => ({
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Accept: 'application/json',
        ...(operation ? { [OPERATION_HEADER]: operation } : {}),
        ...authHeaders(),
      },
      body,
    }),
    options,
  )
}

/**
 * Runs a mutation with one file, by the GraphQL multipart request convention. The
 * `GraphQL-Preflight` header tells the server the request comes from a page, not a form
 * another site submitted.
 */
export function upload<TResult, TVariables>(
  document: TypedDocument<TResult, TVariables>,
  variables: TVariables,
  fileVariable: string,
  file: File,
  options: RequestOptions = {},
): Promise<TResult> {
  return send<TResult>(() => {
    const form = new FormData()
    form.append(
      'operations',
      JSON.stringify({ query: document.toString(), variables: { ...variables, [fileVariable]: null } }),
    )
    form.append('map', JSON.stringify({ '0': [`variables.${fileVariable}`] }))
    form.append('0', file, file.name)
    return {
      method: 'POST',
      headers: { Accept: 'application/json', 'GraphQL-Preflight': '1', ...authHeaders() },
      body: form,
    }
  }, options)
}

/** The message to show for any error thrown by `request`. */
export function messageOf(err: unknown): string {
  if (err instanceof ApiError) return err.message
  return '出现意外错误，请刷新页面后重试'
}
