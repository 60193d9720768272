/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation Login($phone: String!, $password: String!) {\n    login(phone: $phone, password: $password) {\n      token\n      expiresAt\n      mustChangePassword\n      account { id name phone }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation ChangePassword($oldPassword: String!, $newPassword: String!) {\n    changePassword(oldPassword: $oldPassword, newPassword: $newPassword)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  query Me {\n    me {\n      id\n      name\n      phone\n      mustChangePassword\n      roles { role }\n      learner {\n        id\n        name\n        rank\n        status\n        retirementDate\n        unit { id name hasInternet }\n      }\n    }\n  }\n": typeof types.MeDocument,
    "\n  query Home {\n    currentCampaign {\n      id\n      year\n      title\n      readerTitle\n      requiredPoints\n      passScore\n      durationMinutes\n      mainWindow { start end }\n      makeupWindow { start end }\n    }\n    notices(first: 5) {\n      totalCount\n      nodes { id title body postedAt region { name } }\n    }\n  }\n": typeof types.HomeDocument,
    "\n  query MyStanding($campaignId: ID!) {\n    myStudy(campaignId: $campaignId) {\n      total\n      required\n      eligible\n      completedOn\n      byCategory { category points cap required }\n    }\n    myEligibility(campaignId: $campaignId) {\n      mayStartNow\n      liveAttemptId\n      obstacle\n      reason\n      fromDay\n      studyDeadline\n      openSession { id kind startsAt endsAt centreName }\n      nextSession { id kind startsAt endsAt centreName }\n    }\n  }\n": typeof types.MyStandingDocument,
    "\n  query StudyItems($campaignId: ID!) {\n    studyItems(campaignId: $campaignId) { id category title points minReadingSeconds position }\n    myStudy(campaignId: $campaignId) {\n      total\n      required\n      eligible\n      byCategory { category points cap required }\n      history { category points itemId creditedAt }\n    }\n  }\n": typeof types.StudyItemsDocument,
    "\n  query StudyItem($id: ID!) {\n    studyItem(id: $id) { id category title body points minReadingSeconds }\n  }\n": typeof types.StudyItemDocument,
    "\n  mutation OpenStudyItem($itemId: ID!) {\n    openStudyItem(itemId: $itemId) { openedAt completableAt creditedPoints }\n  }\n": typeof types.OpenStudyItemDocument,
    "\n  mutation CompleteStudyItem($itemId: ID!) {\n    completeStudyItem(itemId: $itemId) {\n      total\n      history { itemId points }\n    }\n  }\n": typeof types.CompleteStudyItemDocument,
    "\n  query ExamOverview($campaignId: ID!) {\n    examSessions(campaignId: $campaignId) { id kind startsAt endsAt centreName }\n    myAttempts(campaignId: $campaignId) { id kind status startedAt submittedAt autoSubmitted score passed }\n    myEligibility(campaignId: $campaignId) {\n      mayStartNow\n      liveAttemptId\n      obstacle\n      reason\n      fromDay\n      studyDeadline\n      openSession { id kind startsAt endsAt centreName }\n      nextSession { id kind startsAt endsAt centreName }\n    }\n  }\n": typeof types.ExamOverviewDocument,
    "\n  mutation StartExam($sessionId: ID!) {\n    startExam(sessionId: $sessionId) { id }\n  }\n": typeof types.StartExamDocument,
    "\n  query ExamPaper($id: ID!) {\n    examAttempt(id: $id) {\n      id\n      kind\n      status\n      startedAt\n      deadline\n      remainingSeconds\n      questions { id type stem points options { key text } }\n      answers { questionId choices }\n    }\n  }\n": typeof types.ExamPaperDocument,
    "\n  mutation SaveAnswer($attemptId: ID!, $questionId: ID!, $choices: [String!]!, $clientSeq: Int) {\n    saveAnswer(attemptId: $attemptId, questionId: $questionId, choices: $choices, clientSeq: $clientSeq) {\n      saved\n      remainingSeconds\n    }\n  }\n": typeof types.SaveAnswerDocument,
    "\n  mutation SubmitExam($attemptId: ID!) {\n    submitExam(attemptId: $attemptId) { attemptId score passed submittedAt }\n  }\n": typeof types.SubmitExamDocument,
    "\n  query ExamResult($id: ID!) {\n    examAttempt(id: $id) {\n      id\n      kind\n      status\n      submittedAt\n      autoSubmitted\n      score\n      passed\n      questions { id type stem options { key text } }\n      answers { questionId choices }\n      review { questionId correct explanation lawSource }\n    }\n  }\n": typeof types.ExamResultDocument,
    "\n  query MyExemptions($campaignId: ID!) {\n    myExemptions(campaignId: $campaignId) {\n      id\n      status\n      reason\n      appliedAt\n      attachmentName\n      decisions { approve comment decidedAt decidedBy overrule }\n    }\n  }\n": typeof types.MyExemptionsDocument,
    "\n  mutation ApplyExemption($campaignId: ID!, $reason: String!, $attachment: Upload) {\n    applyExemption(campaignId: $campaignId, reason: $reason, attachment: $attachment) { id status }\n  }\n": typeof types.ApplyExemptionDocument,
    "\n  mutation TransferIn($phone: String!, $unitId: ID!) {\n    transferIn(phone: $phone, unitId: $unitId) { id status unit { id name } }\n  }\n": typeof types.TransferInDocument,
    "\n  query ExamClock($id: ID!) {\n    examAttempt(id: $id) { id status remainingSeconds autoSubmitted }\n  }\n": typeof types.ExamClockDocument,
    "\n  query SearchUnits($name: String!) {\n    searchUnits(name: $name) { id name regionName }\n  }\n": typeof types.SearchUnitsDocument,
};
const documents: Documents = {
    "\n  mutation Login($phone: String!, $password: String!) {\n    login(phone: $phone, password: $password) {\n      token\n      expiresAt\n      mustChangePassword\n      account { id name phone }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation ChangePassword($oldPassword: String!, $newPassword: String!) {\n    changePassword(oldPassword: $oldPassword, newPassword: $newPassword)\n  }\n": types.ChangePasswordDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  query Me {\n    me {\n      id\n      name\n      phone\n      mustChangePassword\n      roles { role }\n      learner {\n        id\n        name\n        rank\n        status\n        retirementDate\n        unit { id name hasInternet }\n      }\n    }\n  }\n": types.MeDocument,
    "\n  query Home {\n    currentCampaign {\n      id\n      year\n      title\n      readerTitle\n      requiredPoints\n      passScore\n      durationMinutes\n      mainWindow { start end }\n      makeupWindow { start end }\n    }\n    notices(first: 5) {\n      totalCount\n      nodes { id title body postedAt region { name } }\n    }\n  }\n": types.HomeDocument,
    "\n  query MyStanding($campaignId: ID!) {\n    myStudy(campaignId: $campaignId) {\n      total\n      required\n      eligible\n      completedOn\n      byCategory { category points cap required }\n    }\n    myEligibility(campaignId: $campaignId) {\n      mayStartNow\n      liveAttemptId\n      obstacle\n      reason\n      fromDay\n      studyDeadline\n      openSession { id kind startsAt endsAt centreName }\n      nextSession { id kind startsAt endsAt centreName }\n    }\n  }\n": types.MyStandingDocument,
    "\n  query StudyItems($campaignId: ID!) {\n    studyItems(campaignId: $campaignId) { id category title points minReadingSeconds position }\n    myStudy(campaignId: $campaignId) {\n      total\n      required\n      eligible\n      byCategory { category points cap required }\n      history { category points itemId creditedAt }\n    }\n  }\n": types.StudyItemsDocument,
    "\n  query StudyItem($id: ID!) {\n    studyItem(id: $id) { id category title body points minReadingSeconds }\n  }\n": types.StudyItemDocument,
    "\n  mutation OpenStudyItem($itemId: ID!) {\n    openStudyItem(itemId: $itemId) { openedAt completableAt creditedPoints }\n  }\n": types.OpenStudyItemDocument,
    "\n  mutation CompleteStudyItem($itemId: ID!) {\n    completeStudyItem(itemId: $itemId) {\n      total\n      history { itemId points }\n    }\n  }\n": types.CompleteStudyItemDocument,
    "\n  query ExamOverview($campaignId: ID!) {\n    examSessions(campaignId: $campaignId) { id kind startsAt endsAt centreName }\n    myAttempts(campaignId: $campaignId) { id kind status startedAt submittedAt autoSubmitted score passed }\n    myEligibility(campaignId: $campaignId) {\n      mayStartNow\n      liveAttemptId\n      obstacle\n      reason\n      fromDay\n      studyDeadline\n      openSession { id kind startsAt endsAt centreName }\n      nextSession { id kind startsAt endsAt centreName }\n    }\n  }\n": types.ExamOverviewDocument,
    "\n  mutation StartExam($sessionId: ID!) {\n    startExam(sessionId: $sessionId) { id }\n  }\n": types.StartExamDocument,
    "\n  query ExamPaper($id: ID!) {\n    examAttempt(id: $id) {\n      id\n      kind\n      status\n      startedAt\n      deadline\n      remainingSeconds\n      questions { id type stem points options { key text } }\n      answers { questionId choices }\n    }\n  }\n": types.ExamPaperDocument,
    "\n  mutation SaveAnswer($attemptId: ID!, $questionId: ID!, $choices: [String!]!, $clientSeq: Int) {\n    saveAnswer(attemptId: $attemptId, questionId: $questionId, choices: $choices, clientSeq: $clientSeq) {\n      saved\n      remainingSeconds\n    }\n  }\n": types.SaveAnswerDocument,
    "\n  mutation SubmitExam($attemptId: ID!) {\n    submitExam(attemptId: $attemptId) { attemptId score passed submittedAt }\n  }\n": types.SubmitExamDocument,
    "\n  query ExamResult($id: ID!) {\n    examAttempt(id: $id) {\n      id\n      kind\n      status\n      submittedAt\n      autoSubmitted\n      score\n      passed\n      questions { id type stem options { key text } }\n      answers { questionId choices }\n      review { questionId correct explanation lawSource }\n    }\n  }\n": types.ExamResultDocument,
    "\n  query MyExemptions($campaignId: ID!) {\n    myExemptions(campaignId: $campaignId) {\n      id\n      status\n      reason\n      appliedAt\n      attachmentName\n      decisions { approve comment decidedAt decidedBy overrule }\n    }\n  }\n": types.MyExemptionsDocument,
    "\n  mutation ApplyExemption($campaignId: ID!, $reason: String!, $attachment: Upload) {\n    applyExemption(campaignId: $campaignId, reason: $reason, attachment: $attachment) { id status }\n  }\n": types.ApplyExemptionDocument,
    "\n  mutation TransferIn($phone: String!, $unitId: ID!) {\n    transferIn(phone: $phone, unitId: $unitId) { id status unit { id name } }\n  }\n": types.TransferInDocument,
    "\n  query ExamClock($id: ID!) {\n    examAttempt(id: $id) { id status remainingSeconds autoSubmitted }\n  }\n": types.ExamClockDocument,
    "\n  query SearchUnits($name: String!) {\n    searchUnits(name: $name) { id name regionName }\n  }\n": types.SearchUnitsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($phone: String!, $password: String!) {\n    login(phone: $phone, password: $password) {\n      token\n      expiresAt\n      mustChangePassword\n      account { id name phone }\n    }\n  }\n"): typeof import('./graphql').LoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($oldPassword: String!, $newPassword: String!) {\n    changePassword(oldPassword: $oldPassword, newPassword: $newPassword)\n  }\n"): typeof import('./graphql').ChangePasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): typeof import('./graphql').LogoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      name\n      phone\n      mustChangePassword\n      roles { role }\n      learner {\n        id\n        name\n        rank\n        status\n        retirementDate\n        unit { id name hasInternet }\n      }\n    }\n  }\n"): typeof import('./graphql').MeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Home {\n    currentCampaign {\n      id\n      year\n      title\n      readerTitle\n      requiredPoints\n      passScore\n      durationMinutes\n      mainWindow { start end }\n      makeupWindow { start end }\n    }\n    notices(first: 5) {\n      totalCount\n      nodes { id title body postedAt region { name } }\n    }\n  }\n"): typeof import('./graphql').HomeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyStanding($campaignId: ID!) {\n    myStudy(campaignId: $campaignId) {\n      total\n      required\n      eligible\n      completedOn\n      byCategory { category points cap required }\n    }\n    myEligibility(campaignId: $campaignId) {\n      mayStartNow\n      liveAttemptId\n      obstacle\n      reason\n      fromDay\n      studyDeadline\n      openSession { id kind startsAt endsAt centreName }\n      nextSession { id kind startsAt endsAt centreName }\n    }\n  }\n"): typeof import('./graphql').MyStandingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StudyItems($campaignId: ID!) {\n    studyItems(campaignId: $campaignId) { id category title points minReadingSeconds position }\n    myStudy(campaignId: $campaignId) {\n      total\n      required\n      eligible\n      byCategory { category points cap required }\n      history { category points itemId creditedAt }\n    }\n  }\n"): typeof import('./graphql').StudyItemsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StudyItem($id: ID!) {\n    studyItem(id: $id) { id category title body points minReadingSeconds }\n  }\n"): typeof import('./graphql').StudyItemDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenStudyItem($itemId: ID!) {\n    openStudyItem(itemId: $itemId) { openedAt completableAt creditedPoints }\n  }\n"): typeof import('./graphql').OpenStudyItemDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteStudyItem($itemId: ID!) {\n    completeStudyItem(itemId: $itemId) {\n      total\n      history { itemId points }\n    }\n  }\n"): typeof import('./graphql').CompleteStudyItemDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExamOverview($campaignId: ID!) {\n    examSessions(campaignId: $campaignId) { id kind startsAt endsAt centreName }\n    myAttempts(campaignId: $campaignId) { id kind status startedAt submittedAt autoSubmitted score passed }\n    myEligibility(campaignId: $campaignId) {\n      mayStartNow\n      liveAttemptId\n      obstacle\n      reason\n      fromDay\n      studyDeadline\n      openSession { id kind startsAt endsAt centreName }\n      nextSession { id kind startsAt endsAt centreName }\n    }\n  }\n"): typeof import('./graphql').ExamOverviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartExam($sessionId: ID!) {\n    startExam(sessionId: $sessionId) { id }\n  }\n"): typeof import('./graphql').StartExamDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExamPaper($id: ID!) {\n    examAttempt(id: $id) {\n      id\n      kind\n      status\n      startedAt\n      deadline\n      remainingSeconds\n      questions { id type stem points options { key text } }\n      answers { questionId choices }\n    }\n  }\n"): typeof import('./graphql').ExamPaperDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveAnswer($attemptId: ID!, $questionId: ID!, $choices: [String!]!, $clientSeq: Int) {\n    saveAnswer(attemptId: $attemptId, questionId: $questionId, choices: $choices, clientSeq: $clientSeq) {\n      saved\n      remainingSeconds\n    }\n  }\n"): typeof import('./graphql').SaveAnswerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitExam($attemptId: ID!) {\n    submitExam(attemptId: $attemptId) { attemptId score passed submittedAt }\n  }\n"): typeof import('./graphql').SubmitExamDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExamResult($id: ID!) {\n    examAttempt(id: $id) {\n      id\n      kind\n      status\n      submittedAt\n      autoSubmitted\n      score\n      passed\n      questions { id type stem options { key text } }\n      answers { questionId choices }\n      review { questionId correct explanation lawSource }\n    }\n  }\n"): typeof import('./graphql').ExamResultDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyExemptions($campaignId: ID!) {\n    myExemptions(campaignId: $campaignId) {\n      id\n      status\n      reason\n      appliedAt\n      attachmentName\n      decisions { approve comment decidedAt decidedBy overrule }\n    }\n  }\n"): typeof import('./graphql').MyExemptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApplyExemption($campaignId: ID!, $reason: String!, $attachment: Upload) {\n    applyExemption(campaignId: $campaignId, reason: $reason, attachment: $attachment) { id status }\n  }\n"): typeof import('./graphql').ApplyExemptionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TransferIn($phone: String!, $unitId: ID!) {\n    transferIn(phone: $phone, unitId: $unitId) { id status unit { id name } }\n  }\n"): typeof import('./graphql').TransferInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExamClock($id: ID!) {\n    examAttempt(id: $id) { id status remainingSeconds autoSubmitted }\n  }\n"): typeof import('./graphql').ExamClockDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchUnits($name: String!) {\n    searchUnits(name: $name) { id name regionName }\n  }\n"): typeof import('./graphql').SearchUnitsDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
