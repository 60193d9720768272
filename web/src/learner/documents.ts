// The learners' pages' GraphQL documents, typed from schema.graphql by `npm run codegen`.
import { graphql } from '@/gql'

export const LoginDocument = graphql(`
  mutation Login($phone: String!, $password: String!) {
    login(phone: $phone, password: $password) {
      token
      expiresAt
      mustChangePassword
      account { id name phone }
    }
  }
`)

export const ChangePasswordDocument = graphql(`
  mutation ChangePassword($oldPassword: String!, $newPassword: String!) {
    changePassword(oldPassword: $oldPassword, newPassword: $newPassword)
  }
`)

export const LogoutDocument = graphql(`
  mutation Logout {
    logout
  }
`)

export const MeDocument = graphql(`
  query Me {
    me {
      id
      name
      phone
      mustChangePassword
      roles { role }
      learner {
        id
        name
        rank
        status
        retirementDate
        unit { id name hasInternet }
        transferRequest { status requestedAt decidedAt unit { id name } }
      }
    }
  }
`)

export const HomeDocument = graphql(`
  query Home {
    currentCampaign {
      id
      year
      title
      readerTitle
      requiredPoints
      passScore
      durationMinutes
      mainWindow { start end }
      makeupWindow { start end }
    }
    notices(first: 5) {
      totalCount
      nodes { id title body postedAt region { name } }
    }
  }
`)

export const MyStandingDocument = graphql(`
  query MyStanding($campaignId: ID!) {
    myStudy(campaignId: $campaignId) {
      total
      required
      eligible
      completedOn
      byCategory { category points cap required }
    }
    myEligibility(campaignId: $campaignId) {
      mayStartNow
      liveAttemptId
      obstacle
      reason
      fromDay
      studyDeadline
      openSession { id kind startsAt endsAt centreName }
      nextSession { id kind startsAt endsAt centreName }
    }
  }
`)

export const StudyItemsDocument = graphql(`
  query StudyItems($campaignId: ID!) {
    studyItems(campaignId: $campaignId) { id category title points minReadingSeconds position }
    myStudy(campaignId: $campaignId) {
      total
      required
      eligible
      byCategory { category points cap required }
      history { category points itemId creditedAt }
    }
  }
`)

export const StudyItemDocument = graphql(`
  query StudyItem($id: ID!) {
    studyItem(id: $id) { id category title body points minReadingSeconds }
  }
`)

export const OpenStudyItemDocument = graphql(`
  mutation OpenStudyItem($itemId: ID!) {
    openStudyItem(itemId: $itemId) { openedAt completableAt creditedPoints }
  }
`)

export const CompleteStudyItemDocument = graphql(`
  mutation CompleteStudyItem($itemId: ID!) {
    completeStudyItem(itemId: $itemId) {
      total
      history { itemId points }
    }
  }
`)

export const ExamOverviewDocument = graphql(`
  query ExamOverview($campaignId: ID!) {
    examSessions(campaignId: $campaignId) { id kind startsAt endsAt centreName }
    myAttempts(campaignId: $campaignId) { id kind status startedAt submittedAt autoSubmitted score passed }
    myEligibility(campaignId: $campaignId) {
      mayStartNow
      liveAttemptId
      obstacle
      reason
      fromDay
      studyDeadline
      openSession { id kind startsAt endsAt centreName }
      nextSession { id kind startsAt endsAt centreName }
    }
  }
`)

export const StartExamDocument = graphql(`
  mutation StartExam($sessionId: ID!) {
    startExam(sessionId: $sessionId) { id }
  }
`)

export const ExamPaperDocument = graphql(`
  query ExamPaper($id: ID!) {
    examAttempt(id: $id) {
      id
      kind
      status
      startedAt
      deadline
      remainingSeconds
      questions { id type stem points options { key text } }
      answers { questionId choices }
    }
  }
`)

export const SaveAnswerDocument = graphql(`
  mutation SaveAnswer($attemptId: ID!, $questionId: ID!, $choices: [String!]!, $clientSeq: Int) {
    saveAnswer(attemptId: $attemptId, questionId: $questionId, choices: $choices, clientSeq: $clientSeq) {
      saved
      remainingSeconds
    }
  }
`)

export const SubmitExamDocument = graphql(`
  mutation SubmitExam($attemptId: ID!) {
    submitExam(attemptId: $attemptId) { attemptId score passed submittedAt }
  }
`)

export const ExamResultDocument = graphql(`
  query ExamResult($id: ID!) {
    examAttempt(id: $id) {
      id
      kind
      status
      submittedAt
      autoSubmitted
      score
      passed
      questions { id type stem options { key text } }
      answers { questionId choices }
      review { questionId correct explanation lawSource }
    }
  }
`)

export const MyExemptionsDocument = graphql(`
  query MyExemptions($campaignId: ID!) {
    myExemptions(campaignId: $campaignId) {
      id
      status
      reason
      appliedAt
      attachmentName
      decisions { approve comment decidedAt decidedBy overrule }
    }
  }
`)

export const ApplyExemptionDocument = graphql(`
  mutation ApplyExemption($campaignId: ID!, $reason: String!, $attachment: Upload) {
    applyExemption(campaignId: $campaignId, reason: $reason, attachment: $attachment) { id status }
  }
`)

export const TransferInDocument = graphql(`
  mutation TransferIn($phone: String!, $unitId: ID!) {
    transferIn(phone: $phone, unitId: $unitId) { id status unit { id name } }
  }
`)

export const ExamClockDocument = graphql(`
  query ExamClock($id: ID!) {
    examAttempt(id: $id) { id status remainingSeconds autoSubmitted }
  }
`)

export const SearchUnitsDocument = graphql(`
  query SearchUnits($name: String!) {
    searchUnits(name: $name) { id name regionName }
  }
`)

export const RequestAccountRecoveryDocument = graphql(`
  mutation RequestAccountRecovery($phone: String!, $name: String!, $unitName: String!) {
    requestAccountRecovery(phone: $phone, name: $name, unitName: $unitName) {
      code
      message
    }
  }
`)

export const AccountRecoveryStatusDocument = graphql(`
  query AccountRecoveryStatus($code: String!) {
    accountRecoveryStatus(code: $code) {
      status
      message
      requestedAt
      resolvedAt
    }
  }
`)
