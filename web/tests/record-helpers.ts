import { type APIRequestContext } from '@playwright/test'
import { api, apiLogin } from './helpers'
import { ADMIN_PASSWORD } from './admin-helpers'

type Option = { key: string; text: string }

/** Takes the current campaign's exam as the learner through the API, every answer right. */
export async function passExam(request: APIRequestContext, learnerToken: string): Promise<{ campaignId: string }> {
  const province = await apiLogin(request, '13800000001', ADMIN_PASSWORD)
  const { currentCampaign } = await api<{ currentCampaign: { id: string } }>(
    request,
    '{ currentCampaign { id } }',
    {},
    learnerToken,
  )
  const campaignId = currentCampaign.id
  const { questions } = await api<{ questions: { stem: string; answer: string; options: Option[] }[] }>(
    request,
    'query($c: ID!) { questions(campaignId: $c) { stem answer options { key text } } }',
    { c: campaignId },
    province,
  )
  const right = new Map(questions.map((q) => [q.stem, q.options.filter((o) => q.answer.includes(o.key)).map((o) => o.text)]))
  const { examSessions } = await api<{ examSessions: { id: string; kind: string }[] }>(
    request,
    'query($c: ID!) { examSessions(campaignId: $c) { id kind } }',
    { c: campaignId },
    learnerToken,
  )
  const session = examSessions.find((s) => s.kind === 'MAIN')
  const { startExam } = await api<{ startExam: { id: string; questions: { id: string; stem: string; options: Option[] }[] } }>(
    request,
    'mutation($s: ID!) { startExam(sessionId: $s) { id questions { id stem options { key text } } } }',
    { s: session?.id },
    learnerToken,
  )
  for (const q of startExam.questions) {
    const wanted = right.get(q.stem) ?? []
    const choices = q.options.filter((o) => wanted.includes(o.text)).map((o) => o.key).sort()
    await api(
      request,
      'mutation($a: ID!, $q: ID!, $c: [String!]!) { saveAnswer(attemptId: $a, questionId: $q, choices: $c) { saved } }',
      { a: startExam.id, q: q.id, c: choices },
      learnerToken,
    )
  }
  await api(request, 'mutation($a: ID!) { submitExam(attemptId: $a) { score } }', { a: startExam.id }, learnerToken)
  return { campaignId }
}
