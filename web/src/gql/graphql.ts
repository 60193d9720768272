/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Employment status (在职状态). */
export type EmploymentStatus =
  /** 在职 */
  | 'IN_SERVICE'
  /** 离职 */
  | 'LEFT'
  /** 退休 */
  | 'RETIRED'
  /** 调出: left the old unit, not yet in the new one. */
  | 'TRANSFERRING';

/** Main exam or make-up. */
export type ExamKind =
  /** 统一考试 */
  | 'MAIN'
  /** 补考: only for learners absent from or failed in the main exam. */
  | 'MAKEUP';

/** State of an exemption application. */
export type ExemptionStatus =
  | 'APPROVED'
  | 'PENDING'
  | 'REJECTED';

/** Question types of the exam. */
export type QuestionType =
  /** 多选题: all or nothing. */
  | 'MULTIPLE'
  /** 单选题 */
  | 'SINGLE'
  /** 判断题 */
  | 'TRUE_FALSE';

/** What an account may do. */
export type Role =
  /** 市委法制办: a city's subtree. */
  | 'CITY_ADMIN'
  /** 区委法制办 (依法治区办): a district's units. */
  | 'DISTRICT_ADMIN'
  /** 学员: oneself. Held by being on a unit's roster, never granted. */
  | 'LEARNER'
  /** 省委法制办: the whole province. */
  | 'PROVINCE_ADMIN'
  /** 单位管理员: one unit's roster. */
  | 'UNIT_ADMIN';

/** Study categories (学法积分的类别). */
export type StudyCategory =
  /** Hot legal events (热点事件). */
  | 'HOT_EVENT'
  /** Other laws and regulations (其他法律法规). */
  | 'OTHER_LAW'
  /** Complete personal profile (个人资料). */
  | 'PROFILE'
  /** The designated reader (指定读本). */
  | 'READER';

export type LoginMutationVariables = Exact<{
  phone: string;
  password: string;
}>;


export type LoginMutation = { login: { token: string, expiresAt: string, mustChangePassword: boolean, account: { id: string, name: string, phone: string } } };

export type ChangePasswordMutationVariables = Exact<{
  oldPassword: string;
  newPassword: string;
}>;


export type ChangePasswordMutation = { changePassword: boolean };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: boolean };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, name: string, phone: string, mustChangePassword: boolean, roles: Array<{ role: Role }>, learner: { id: string, name: string, rank: string | null, status: EmploymentStatus, retirementDate: string | null, unit: { id: string, name: string, hasInternet: boolean } | null } | null } };

export type HomeQueryVariables = Exact<{ [key: string]: never; }>;


export type HomeQuery = { currentCampaign: { id: string, year: number, title: string, readerTitle: string, requiredPoints: number, passScore: number, durationMinutes: number, mainWindow: { start: string, end: string }, makeupWindow: { start: string, end: string } } | null, notices: { totalCount: number, nodes: Array<{ id: string, title: string, body: string, postedAt: string, region: { name: string } | null }> } };

export type MyStandingQueryVariables = Exact<{
  campaignId: string | number;
}>;


export type MyStandingQuery = { myStudy: { total: number, required: number, eligible: boolean, completedOn: string | null, byCategory: Array<{ category: StudyCategory, points: number, cap: number, required: boolean }> }, myEligibility: { mayStartNow: boolean, liveAttemptId: string | null, obstacle: string | null, reason: string | null, fromDay: string | null, studyDeadline: string | null, openSession: { id: string, kind: ExamKind, startsAt: string, endsAt: string, centreName: string | null } | null, nextSession: { id: string, kind: ExamKind, startsAt: string, endsAt: string, centreName: string | null } | null } };

export type StudyItemsQueryVariables = Exact<{
  campaignId: string | number;
}>;


export type StudyItemsQuery = { studyItems: Array<{ id: string, category: StudyCategory, title: string, points: number, minReadingSeconds: number, position: number }>, myStudy: { total: number, required: number, eligible: boolean, byCategory: Array<{ category: StudyCategory, points: number, cap: number, required: boolean }>, history: Array<{ category: StudyCategory, points: number, itemId: string | null, creditedAt: string }> } };

export type StudyItemQueryVariables = Exact<{
  id: string | number;
}>;


export type StudyItemQuery = { studyItem: { id: string, category: StudyCategory, title: string, body: string, points: number, minReadingSeconds: number } | null };

export type OpenStudyItemMutationVariables = Exact<{
  itemId: string | number;
}>;


export type OpenStudyItemMutation = { openStudyItem: { openedAt: string, completableAt: string, creditedPoints: number | null } };

export type CompleteStudyItemMutationVariables = Exact<{
  itemId: string | number;
}>;


export type CompleteStudyItemMutation = { completeStudyItem: { total: number, history: Array<{ itemId: string | null, points: number }> } };

export type ExamOverviewQueryVariables = Exact<{
  campaignId: string | number;
}>;


export type ExamOverviewQuery = { examSessions: Array<{ id: string, kind: ExamKind, startsAt: string, endsAt: string, centreName: string | null }>, myAttempts: Array<{ id: string, kind: ExamKind, status: string, startedAt: string, submittedAt: string | null, autoSubmitted: boolean, score: number | null, passed: boolean | null }>, myEligibility: { mayStartNow: boolean, liveAttemptId: string | null, obstacle: string | null, reason: string | null, fromDay: string | null, studyDeadline: string | null, openSession: { id: string, kind: ExamKind, startsAt: string, endsAt: string, centreName: string | null } | null, nextSession: { id: string, kind: ExamKind, startsAt: string, endsAt: string, centreName: string | null } | null } };

export type StartExamMutationVariables = Exact<{
  sessionId: string | number;
}>;


export type StartExamMutation = { startExam: { id: string } };

export type ExamPaperQueryVariables = Exact<{
  id: string | number;
}>;


export type ExamPaperQuery = { examAttempt: { id: string, kind: ExamKind, status: string, startedAt: string, deadline: string, remainingSeconds: number, questions: Array<{ id: string, type: QuestionType, stem: string, points: number, options: Array<{ key: string, text: string }> }>, answers: Array<{ questionId: string, choices: Array<string> }> } | null };

export type SaveAnswerMutationVariables = Exact<{
  attemptId: string | number;
  questionId: string | number;
  choices: Array<string> | string;
  clientSeq?: number | null | undefined;
}>;


export type SaveAnswerMutation = { saveAnswer: { saved: boolean, remainingSeconds: number } };

export type SubmitExamMutationVariables = Exact<{
  attemptId: string | number;
}>;


export type SubmitExamMutation = { submitExam: { attemptId: string, score: number, passed: boolean, submittedAt: string } };

export type ExamResultQueryVariables = Exact<{
  id: string | number;
}>;


export type ExamResultQuery = { examAttempt: { id: string, kind: ExamKind, status: string, submittedAt: string | null, autoSubmitted: boolean, score: number | null, passed: boolean | null, questions: Array<{ id: string, type: QuestionType, stem: string, options: Array<{ key: string, text: string }> }>, answers: Array<{ questionId: string, choices: Array<string> }>, review: Array<{ questionId: string, correct: Array<string>, explanation: string, lawSource: string }> | null } | null };

export type MyExemptionsQueryVariables = Exact<{
  campaignId: string | number;
}>;


export type MyExemptionsQuery = { myExemptions: Array<{ id: string, status: ExemptionStatus, reason: string, appliedAt: string, attachmentName: string | null, decisions: Array<{ approve: boolean, comment: string | null, decidedAt: string, decidedBy: string, overrule: boolean }> }> };

export type ApplyExemptionMutationVariables = Exact<{
  campaignId: string | number;
  reason: string;
  attachment?: File | null | undefined;
}>;


export type ApplyExemptionMutation = { applyExemption: { id: string, status: ExemptionStatus } };

export type TransferInMutationVariables = Exact<{
  phone: string;
  unitId: string | number;
}>;


export type TransferInMutation = { transferIn: { id: string, status: EmploymentStatus, unit: { id: string, name: string } | null } };

export type ExamClockQueryVariables = Exact<{
  id: string | number;
}>;


export type ExamClockQuery = { examAttempt: { id: string, status: string, remainingSeconds: number, autoSubmitted: boolean } | null };

export type SearchUnitsQueryVariables = Exact<{
  name: string;
}>;


export type SearchUnitsQuery = { searchUnits: Array<{ id: string, name: string, regionName: string | null }> };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const LoginDocument = new TypedDocumentString(`
    mutation Login($phone: String!, $password: String!) {
  login(phone: $phone, password: $password) {
    token
    expiresAt
    mustChangePassword
    account {
      id
      name
      phone
    }
  }
}
    `) as unknown as TypedDocumentString<LoginMutation, LoginMutationVariables>;
export const ChangePasswordDocument = new TypedDocumentString(`
    mutation ChangePassword($oldPassword: String!, $newPassword: String!) {
  changePassword(oldPassword: $oldPassword, newPassword: $newPassword)
}
    `) as unknown as TypedDocumentString<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const LogoutDocument = new TypedDocumentString(`
    mutation Logout {
  logout
}
    `) as unknown as TypedDocumentString<LogoutMutation, LogoutMutationVariables>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    id
    name
    phone
    mustChangePassword
    roles {
      role
    }
    learner {
      id
      name
      rank
      status
      retirementDate
      unit {
        id
        name
        hasInternet
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const HomeDocument = new TypedDocumentString(`
    query Home {
  currentCampaign {
    id
    year
    title
    readerTitle
    requiredPoints
    passScore
    durationMinutes
    mainWindow {
      start
      end
    }
    makeupWindow {
      start
      end
    }
  }
  notices(first: 5) {
    totalCount
    nodes {
      id
      title
      body
      postedAt
      region {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<HomeQuery, HomeQueryVariables>;
export const MyStandingDocument = new TypedDocumentString(`
    query MyStanding($campaignId: ID!) {
  myStudy(campaignId: $campaignId) {
    total
    required
    eligible
    completedOn
    byCategory {
      category
      points
      cap
      required
    }
  }
  myEligibility(campaignId: $campaignId) {
    mayStartNow
    liveAttemptId
    obstacle
    reason
    fromDay
    studyDeadline
    openSession {
      id
      kind
      startsAt
      endsAt
      centreName
    }
    nextSession {
      id
      kind
      startsAt
      endsAt
      centreName
    }
  }
}
    `) as unknown as TypedDocumentString<MyStandingQuery, MyStandingQueryVariables>;
export const StudyItemsDocument = new TypedDocumentString(`
    query StudyItems($campaignId: ID!) {
  studyItems(campaignId: $campaignId) {
    id
    category
    title
    points
    minReadingSeconds
    position
  }
  myStudy(campaignId: $campaignId) {
    total
    required
    eligible
    byCategory {
      category
      points
      cap
      required
    }
    history {
      category
      points
      itemId
      creditedAt
    }
  }
}
    `) as unknown as TypedDocumentString<StudyItemsQuery, StudyItemsQueryVariables>;
export const StudyItemDocument = new TypedDocumentString(`
    query StudyItem($id: ID!) {
  studyItem(id: $id) {
    id
    category
    title
    body
    points
    minReadingSeconds
  }
}
    `) as unknown as TypedDocumentString<StudyItemQuery, StudyItemQueryVariables>;
export const OpenStudyItemDocument = new TypedDocumentString(`
    mutation OpenStudyItem($itemId: ID!) {
  openStudyItem(itemId: $itemId) {
    openedAt
    completableAt
    creditedPoints
  }
}
    `) as unknown as TypedDocumentString<OpenStudyItemMutation, OpenStudyItemMutationVariables>;
export const CompleteStudyItemDocument = new TypedDocumentString(`
    mutation CompleteStudyItem($itemId: ID!) {
  completeStudyItem(itemId: $itemId) {
    total
    history {
      itemId
      points
    }
  }
}
    `) as unknown as TypedDocumentString<CompleteStudyItemMutation, CompleteStudyItemMutationVariables>;
export const ExamOverviewDocument = new TypedDocumentString(`
    query ExamOverview($campaignId: ID!) {
  examSessions(campaignId: $campaignId) {
    id
    kind
    startsAt
    endsAt
    centreName
  }
  myAttempts(campaignId: $campaignId) {
    id
    kind
    status
    startedAt
    submittedAt
    autoSubmitted
    score
    passed
  }
  myEligibility(campaignId: $campaignId) {
    mayStartNow
    liveAttemptId
    obstacle
    reason
    fromDay
    studyDeadline
    openSession {
      id
      kind
      startsAt
      endsAt
      centreName
    }
    nextSession {
      id
      kind
      startsAt
      endsAt
      centreName
    }
  }
}
    `) as unknown as TypedDocumentString<ExamOverviewQuery, ExamOverviewQueryVariables>;
export const StartExamDocument = new TypedDocumentString(`
    mutation StartExam($sessionId: ID!) {
  startExam(sessionId: $sessionId) {
    id
  }
}
    `) as unknown as TypedDocumentString<StartExamMutation, StartExamMutationVariables>;
export const ExamPaperDocument = new TypedDocumentString(`
    query ExamPaper($id: ID!) {
  examAttempt(id: $id) {
    id
    kind
    status
    startedAt
    deadline
    remainingSeconds
    questions {
      id
      type
      stem
      points
      options {
        key
        text
      }
    }
    answers {
      questionId
      choices
    }
  }
}
    `) as unknown as TypedDocumentString<ExamPaperQuery, ExamPaperQueryVariables>;
export const SaveAnswerDocument = new TypedDocumentString(`
    mutation SaveAnswer($attemptId: ID!, $questionId: ID!, $choices: [String!]!, $clientSeq: Int) {
  saveAnswer(
    attemptId: $attemptId
    questionId: $questionId
    choices: $choices
    clientSeq: $clientSeq
  ) {
    saved
    remainingSeconds
  }
}
    `) as unknown as TypedDocumentString<SaveAnswerMutation, SaveAnswerMutationVariables>;
export const SubmitExamDocument = new TypedDocumentString(`
    mutation SubmitExam($attemptId: ID!) {
  submitExam(attemptId: $attemptId) {
    attemptId
    score
    passed
    submittedAt
  }
}
    `) as unknown as TypedDocumentString<SubmitExamMutation, SubmitExamMutationVariables>;
export const ExamResultDocument = new TypedDocumentString(`
    query ExamResult($id: ID!) {
  examAttempt(id: $id) {
    id
    kind
    status
    submittedAt
    autoSubmitted
    score
    passed
    questions {
      id
      type
      stem
      options {
        key
        text
      }
    }
    answers {
      questionId
      choices
    }
    review {
      questionId
      correct
      explanation
      lawSource
    }
  }
}
    `) as unknown as TypedDocumentString<ExamResultQuery, ExamResultQueryVariables>;
export const MyExemptionsDocument = new TypedDocumentString(`
    query MyExemptions($campaignId: ID!) {
  myExemptions(campaignId: $campaignId) {
    id
    status
    reason
    appliedAt
    attachmentName
    decisions {
      approve
      comment
      decidedAt
      decidedBy
      overrule
    }
  }
}
    `) as unknown as TypedDocumentString<MyExemptionsQuery, MyExemptionsQueryVariables>;
export const ApplyExemptionDocument = new TypedDocumentString(`
    mutation ApplyExemption($campaignId: ID!, $reason: String!, $attachment: Upload) {
  applyExemption(
    campaignId: $campaignId
    reason: $reason
    attachment: $attachment
  ) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ApplyExemptionMutation, ApplyExemptionMutationVariables>;
export const TransferInDocument = new TypedDocumentString(`
    mutation TransferIn($phone: String!, $unitId: ID!) {
  transferIn(phone: $phone, unitId: $unitId) {
    id
    status
    unit {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<TransferInMutation, TransferInMutationVariables>;
export const ExamClockDocument = new TypedDocumentString(`
    query ExamClock($id: ID!) {
  examAttempt(id: $id) {
    id
    status
    remainingSeconds
    autoSubmitted
  }
}
    `) as unknown as TypedDocumentString<ExamClockQuery, ExamClockQueryVariables>;
export const SearchUnitsDocument = new TypedDocumentString(`
    query SearchUnits($name: String!) {
  searchUnits(name: $name) {
    id
    name
    regionName
  }
}
    `) as unknown as TypedDocumentString<SearchUnitsQuery, SearchUnitsQueryVariables>;