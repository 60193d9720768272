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
    "\n  fragment ConsoleNode on BreadcrumbItem { id name level manageable }\n": typeof types.ConsoleNodeFragmentDoc,
    "\n  fragment PageCursor on PageInfo { hasNextPage endCursor }\n": typeof types.PageCursorFragmentDoc,
    "\n  fragment NodeFigures on NodeStats {\n    nodeId\n    name\n    isUnit\n    shouldTake\n    studyCompleted\n    participated\n    passed\n    participationRate\n    passRate\n    noRateReason\n    emptyUnits\n    deduction\n    deductionUnits\n  }\n": typeof types.NodeFiguresFragmentDoc,
    "\n  fragment LearnerStanding on Learner {\n    id\n    name\n    phone\n    phoneMasked\n    rank\n    points(campaignId: $campaignId)\n    bestScore(campaignId: $campaignId)\n  }\n": typeof types.LearnerStandingFragmentDoc,
    "\n  fragment ImportCounts on ImportReport {\n    created\n    updated\n    unchanged\n    dryRun\n    written\n    errors { row message }\n  }\n": typeof types.ImportCountsFragmentDoc,
    "\n  fragment ExamSessionRow on ExamSession { id kind startsAt endsAt centreName seats booked }\n": typeof types.ExamSessionRowFragmentDoc,
    "\n  fragment IssuedPassword on TemporaryPassword { password expiresAt }\n": typeof types.IssuedPasswordFragmentDoc,
    "\n  mutation AdminLogin($phone: String!, $password: String!) {\n    login(phone: $phone, password: $password) {\n      token\n      mustChangePassword\n    }\n  }\n": typeof types.AdminLoginDocument,
    "\n  mutation AdminChangePassword($oldPassword: String!, $newPassword: String!) {\n    changePassword(oldPassword: $oldPassword, newPassword: $newPassword)\n  }\n": typeof types.AdminChangePasswordDocument,
    "\n  mutation AdminLogout {\n    logout\n  }\n": typeof types.AdminLogoutDocument,
    "\n  query ConsoleContext {\n    me { id name phone }\n    consoleContext {\n      role\n      masksPhones\n      sections\n      home { ...ConsoleNode }\n      breadcrumb { ...ConsoleNode }\n    }\n    currentCampaign { id year title passScore mainWindow { start end } makeupWindow { start end } durationMinutes studyStart }\n  }\n": typeof types.ConsoleContextDocument,
    "\n  query Breadcrumb($nodeId: ID!) {\n    breadcrumb(nodeId: $nodeId) { ...ConsoleNode }\n  }\n": typeof types.BreadcrumbDocument,
    "\n  query Dashboard($campaignId: ID!, $nodeId: ID!, $orderBy: StatsOrder!, $descending: Boolean!) {\n    stats(campaignId: $campaignId, nodeId: $nodeId) {\n      ...NodeFigures\n      children(orderBy: $orderBy, descending: $descending) { ...NodeFigures }\n    }\n    unitsWithoutRoster(nodeId: $nodeId, first: 100) { totalCount nodes { id name } }\n  }\n": typeof types.DashboardDocument,
    "\n  query RegionUnitRosters($regionId: ID!, $after: String) {\n    region(id: $regionId) {\n      units(first: 100, after: $after) {\n        pageInfo { ...PageCursor }\n        nodes { id name learners(first: 1) { totalCount } }\n      }\n    }\n  }\n": typeof types.RegionUnitRostersDocument,
    "\n  query DailyProgress($campaignId: ID!, $nodeId: ID!) {\n    dailyProgress(campaignId: $campaignId, nodeId: $nodeId) { day studyCompleted participated passed }\n  }\n": typeof types.DailyProgressDocument,
    "\n  mutation CreateDownloadLink($input: DownloadInput!) {\n    createDownloadLink(input: $input) { url expiresAt }\n  }\n": typeof types.CreateDownloadLinkDocument,
    "\n  query Roster($unitId: ID!, $first: Int!, $after: String, $filter: LearnerFilter, $orderBy: LearnerOrder!, $descending: Boolean!, $campaignId: ID!) {\n    unit(id: $unitId) {\n      id\n      name\n      learners(first: $first, after: $after, filter: $filter, orderBy: $orderBy, descending: $descending) {\n        totalCount\n        pageInfo { ...PageCursor }\n        nodes {\n          ...LearnerStanding\n          status\n          retirementDate\n        }\n      }\n    }\n  }\n": typeof types.RosterDocument,
    "\n  mutation AddLearner($input: AddLearnerInput!) {\n    addLearner(input: $input) { id name }\n  }\n": typeof types.AddLearnerDocument,
    "\n  mutation UpdateLearner($id: ID!, $input: UpdateLearnerInput!) {\n    updateLearner(id: $id, input: $input) { id name }\n  }\n": typeof types.UpdateLearnerDocument,
    "\n  mutation TransferOut($learnerId: ID!) {\n    transferOut(learnerId: $learnerId) { id status }\n  }\n": typeof types.TransferOutDocument,
    "\n  mutation SetStatus($learnerId: ID!, $status: EmploymentStatus!) {\n    setEmploymentStatus(learnerId: $learnerId, status: $status) { id status }\n  }\n": typeof types.SetStatusDocument,
    "\n  mutation ResetLearnerPassword($learnerId: ID!) {\n    resetLearnerPassword(learnerId: $learnerId) { ...IssuedPassword }\n  }\n": typeof types.ResetLearnerPasswordDocument,
    "\n  mutation UnlockLearner($learnerId: ID!) {\n    unlockLearner(learnerId: $learnerId)\n  }\n": typeof types.UnlockLearnerDocument,
    "\n  mutation RevealPhone($learnerId: ID!) {\n    revealPhone(learnerId: $learnerId)\n  }\n": typeof types.RevealPhoneDocument,
    "\n  mutation ImportLearners($unitId: ID!, $file: Upload!, $dryRun: Boolean, $importValidRows: Boolean) {\n    importLearners(unitId: $unitId, file: $file, dryRun: $dryRun, importValidRows: $importValidRows) {\n      ...ImportCounts\n      preview { row action name phone changes }\n    }\n  }\n": typeof types.ImportLearnersDocument,
    "\n  query ActionList($campaignId: ID!, $nodeId: ID!, $kind: ActionKind!, $first: Int!, $after: String) {\n    learnersNeedingAction(campaignId: $campaignId, nodeId: $nodeId, kind: $kind, first: $first, after: $after) {\n      totalCount\n      pageInfo { ...PageCursor }\n      nodes {\n        ...LearnerStanding\n        unit { id name }\n      }\n    }\n  }\n": typeof types.ActionListDocument,
    "\n  query Children($campaignId: ID!, $nodeId: ID!) {\n    stats(campaignId: $campaignId, nodeId: $nodeId) {\n      children(orderBy: NAME) { nodeId name isUnit }\n    }\n  }\n": typeof types.ChildrenDocument,
    "\n  query ExamSessions($campaignId: ID!, $unitId: ID) {\n    examSessions(campaignId: $campaignId, unitId: $unitId) { ...ExamSessionRow }\n  }\n": typeof types.ExamSessionsDocument,
    "\n  query UnitExamCentreSeats($campaignId: ID!, $unitId: ID!) {\n    unitExamCentreSeats(campaignId: $campaignId, unitId: $unitId) {\n      centreName\n      kind\n      startsAt\n      endsAt\n      bookedAt\n      learner { id name phone }\n    }\n  }\n": typeof types.UnitExamCentreSeatsDocument,
    "\n  mutation ScheduleExamSession($input: ScheduleExamSessionInput!) {\n    scheduleExamSession(input: $input) { id kind startsAt endsAt }\n  }\n": typeof types.ScheduleExamSessionDocument,
    "\n  query Exemptions($campaignId: ID!, $nodeId: ID!, $status: ExemptionStatus, $escalated: Boolean) {\n    exemptions(campaignId: $campaignId, nodeId: $nodeId, status: $status, escalated: $escalated, first: 50) {\n      totalCount\n      nodes {\n        id\n        status\n        reason\n        appliedAt\n        attachmentName\n        escalatedAt\n        escalationComment\n        learner { id name phone unit { name } }\n        decisions { approve comment overrule decidedAt decidedBy }\n      }\n    }\n  }\n": typeof types.ExemptionsDocument,
    "\n  mutation DecideExemption($id: ID!, $approve: Boolean!, $comment: String) {\n    decideExemption(id: $id, approve: $approve, comment: $comment) { id status }\n  }\n": typeof types.DecideExemptionDocument,
    "\n  query Notices {\n    notices(first: 50) { nodes { id title body postedAt editedAt editable region { name } } }\n  }\n": typeof types.NoticesDocument,
    "\n  mutation PostNotice($input: PostNoticeInput!) {\n    postNotice(input: $input) { id }\n  }\n": typeof types.PostNoticeDocument,
    "\n  query AuditLog($nodeId: ID!, $first: Int!, $after: String, $filter: AuditFilter) {\n    auditLog(nodeId: $nodeId, first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { ...PageCursor }\n      nodes { id at action actor targetKind targetId before after late }\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n  mutation GrantRole($input: GrantRoleInput!) {\n    grantRole(input: $input) {\n      id\n      role\n      temporaryPassword { ...IssuedPassword }\n    }\n  }\n": typeof types.GrantRoleDocument,
    "\n  query CampaignForYear($year: Int!) {\n    campaign(year: $year) {\n      id\n      year\n      title\n      readerTitle\n      verificationDeadline\n      studyStart\n      requiredPoints\n      categories { category points required }\n      mainWindow { start end }\n      makeupWindow { start end }\n      passScore\n      durationMinutes\n      blueprint { type count pointsEach }\n      mainAttempts\n      makeupAttempts\n      answerGraceSeconds\n      dailyPointsCap\n      reviewMode\n    }\n  }\n": typeof types.CampaignForYearDocument,
    "\n  mutation CreateCampaign($input: CampaignInput!) {\n    createCampaign(input: $input) { id year title }\n  }\n": typeof types.CreateCampaignDocument,
    "\n  mutation UpdateCampaign($id: ID!, $input: CampaignInput!) {\n    updateCampaign(id: $id, input: $input) { id year title }\n  }\n": typeof types.UpdateCampaignDocument,
    "\n  mutation ImportQuestions($campaignId: ID!, $file: Upload!, $dryRun: Boolean) {\n    importQuestions(campaignId: $campaignId, file: $file, dryRun: $dryRun) { ...ImportCounts }\n  }\n": typeof types.ImportQuestionsDocument,
    "\n  mutation ImportStudyItems($campaignId: ID!, $file: Upload!, $dryRun: Boolean) {\n    importStudyItems(campaignId: $campaignId, file: $file, dryRun: $dryRun) { ...ImportCounts }\n  }\n": typeof types.ImportStudyItemsDocument,
    "\n  query RecoveryRequests {\n    recoveryRequests {\n      id\n      learnerId\n      name\n      phone\n      unitName\n      requestedAt\n      escalated\n    }\n  }\n": typeof types.RecoveryRequestsDocument,
    "\n  mutation ResolveRecoveryRequest($id: ID!, $action: RecoveryAction!) {\n    resolveRecoveryRequest(id: $id, action: $action) { ...IssuedPassword }\n  }\n": typeof types.ResolveRecoveryRequestDocument,
    "\n  mutation UpdateExamSession($id: ID!, $input: UpdateExamSessionInput!) {\n    updateExamSession(id: $id, input: $input) { id startsAt endsAt }\n  }\n": typeof types.UpdateExamSessionDocument,
    "\n  mutation CancelExamSession($id: ID!) {\n    cancelExamSession(id: $id)\n  }\n": typeof types.CancelExamSessionDocument,
    "\n  query ExamCentreSessions($campaignId: ID!, $regionId: ID!) {\n    examCentreSessions(campaignId: $campaignId, regionId: $regionId) { ...ExamSessionRow bookableUntil }\n  }\n": typeof types.ExamCentreSessionsDocument,
    "\n  query ExamCentreBookings($sessionId: ID!) {\n    examCentreBookings(sessionId: $sessionId) { bookedAt learner { id name phone } unit { id name } }\n  }\n": typeof types.ExamCentreBookingsDocument,
    "\n  mutation CreateExamCenterSession($input: CreateExamCenterSessionInput!) {\n    createExamCenterSession(input: $input) { id }\n  }\n": typeof types.CreateExamCenterSessionDocument,
    "\n  mutation BookExamCenterSeats($sessionId: ID!, $learnerIds: [ID!]!) {\n    bookExamCenterSeats(sessionId: $sessionId, learnerIds: $learnerIds) { id booked seats }\n  }\n": typeof types.BookExamCenterSeatsDocument,
    "\n  mutation CancelExamCenterBooking($sessionId: ID!, $learnerId: ID!) {\n    cancelExamCenterBooking(sessionId: $sessionId, learnerId: $learnerId) { id booked seats }\n  }\n": typeof types.CancelExamCenterBookingDocument,
    "\n  query OfflineUnits($regionId: ID!) {\n    region(id: $regionId) { id units(first: 100, wholeSubtree: true) { nodes { id name hasInternet } } }\n  }\n": typeof types.OfflineUnitsDocument,
    "\n  query UnitLearners($unitId: ID!) {\n    unit(id: $unitId) { id learners(first: 100) { nodes { id name phone status } } }\n  }\n": typeof types.UnitLearnersDocument,
    "\n  mutation EscalateExemption($id: ID!, $comment: String) {\n    escalateExemption(id: $id, comment: $comment) { id escalatedAt }\n  }\n": typeof types.EscalateExemptionDocument,
    "\n  query ExemptionAttachment($id: ID!) {\n    exemptionAttachment(id: $id) { name contentType dataUrl }\n  }\n": typeof types.ExemptionAttachmentDocument,
    "\n  mutation UpdateNotice($id: ID!, $input: UpdateNoticeInput!) {\n    updateNotice(id: $id, input: $input) { id title body editedAt }\n  }\n": typeof types.UpdateNoticeDocument,
    "\n  mutation WithdrawNotice($id: ID!) {\n    withdrawNotice(id: $id)\n  }\n": typeof types.WithdrawNoticeDocument,
    "\n  query Administrators($nodeId: ID!, $first: Int!, $after: String) {\n    administrators(nodeId: $nodeId, first: $first, after: $after) {\n      totalCount\n      pageInfo { ...PageCursor }\n      nodes {\n        name\n        phoneMasked\n        appointedAt\n        revocable\n        grant { id role region { name } unit { name } }\n      }\n    }\n  }\n": typeof types.AdministratorsDocument,
    "\n  mutation RevokeRole($id: ID!) {\n    revokeRole(id: $id)\n  }\n": typeof types.RevokeRoleDocument,
    "\n  query UnitAttemptIntegrity($campaignId: ID!, $unitId: ID!) {\n    unitAttemptIntegrity(campaignId: $campaignId, unitId: $unitId) {\n      learner { id name }\n      integrity {\n        attemptId\n        leaves\n        awaySeconds\n        flagged\n        maxLeaves\n        maxAwaySeconds\n        note\n        events { kind at }\n      }\n    }\n  }\n": typeof types.UnitAttemptIntegrityDocument,
    "\n  query PendingTransfersIn($unitId: ID!) {\n    pendingTransfersIn(unitId: $unitId) { requestedAt learner { id name phone rank } }\n  }\n": typeof types.PendingTransfersInDocument,
    "\n  mutation AdminTransferIn($phone: String!, $unitId: ID!) {\n    transferIn(phone: $phone, unitId: $unitId) { id name }\n  }\n": typeof types.AdminTransferInDocument,
    "\n  mutation AcceptTransferIn($learnerId: ID!) {\n    acceptTransferIn(learnerId: $learnerId) { id name }\n  }\n": typeof types.AcceptTransferInDocument,
    "\n  mutation RefuseTransferIn($learnerId: ID!) {\n    refuseTransferIn(learnerId: $learnerId)\n  }\n": typeof types.RefuseTransferInDocument,
    "\n  query PracticeBank($campaignId: ID!, $year: Int!) {\n    questions(campaignId: $campaignId) { id type stem lawSource withdrawn practice }\n    campaign(year: $year) { id integrityMaxLeaves integrityMaxAwaySeconds }\n  }\n": typeof types.PracticeBankDocument,
    "\n  mutation SetQuestionPractice($questionId: ID!) {\n    setQuestionPractice(questionId: $questionId) { id practice }\n  }\n": typeof types.SetQuestionPracticeDocument,
    "\n  mutation SetIntegrityTolerance($campaignId: ID!, $maxLeaves: Int, $maxAwaySeconds: Int) {\n    setIntegrityTolerance(campaignId: $campaignId, maxLeaves: $maxLeaves, maxAwaySeconds: $maxAwaySeconds)\n  }\n": typeof types.SetIntegrityToleranceDocument,
    "\n  query LearnerRecord($learnerId: ID!) {\n    learnerRecord(learnerId: $learnerId) {\n      learner { id name rank status retirementDate unit { name } }\n      years {\n        campaignId\n        year\n        campaignTitle\n        points\n        requiredPoints\n        studyCompleted\n        exemption\n        bestScore\n        outcome\n        consequences\n        attempts { kind score passed submittedAt autoSubmitted }\n      }\n    }\n  }\n": typeof types.LearnerRecordDocument,
    "\n  query RetirementsDue($campaignId: ID!, $unitId: ID!) {\n    retirementsDue(campaignId: $campaignId, unitId: $unitId) {\n      timing\n      learner { id name retirementDate }\n    }\n  }\n": typeof types.RetirementsDueDocument,
    "\n  mutation ConsoleCertificateLink($campaignId: ID!, $unitId: ID) {\n    createCertificateLink(campaignId: $campaignId, unitId: $unitId) { url expiresAt }\n  }\n": typeof types.ConsoleCertificateLinkDocument,
    "\n  mutation ConsoleRecordLink($learnerId: ID!) {\n    createRecordLink(learnerId: $learnerId) { url expiresAt }\n  }\n": typeof types.ConsoleRecordLinkDocument,
    "\n  mutation CopyCampaignMaterial($fromCampaignId: ID!, $toCampaignId: ID!) {\n    copyCampaignMaterial(fromCampaignId: $fromCampaignId, toCampaignId: $toCampaignId) { studyItems questions }\n  }\n": typeof types.CopyCampaignMaterialDocument,
    "\n  mutation Login($phone: String!, $password: String!) {\n    login(phone: $phone, password: $password) {\n      token\n      expiresAt\n      mustChangePassword\n      account { id name phone }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation ChangePassword($oldPassword: String!, $newPassword: String!) {\n    changePassword(oldPassword: $oldPassword, newPassword: $newPassword)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  query Me {\n    me {\n      id\n      name\n      phone\n      mustChangePassword\n      roles { role }\n      learner {\n        id\n        name\n        rank\n        status\n        retirementDate\n        unit { id name hasInternet }\n        transferRequest { status requestedAt decidedAt unit { id name } }\n      }\n    }\n  }\n": typeof types.MeDocument,
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
    "\n  mutation RequestAccountRecovery($phone: String!, $name: String!, $unitName: String!) {\n    requestAccountRecovery(phone: $phone, name: $name, unitName: $unitName) {\n      code\n      message\n    }\n  }\n": typeof types.RequestAccountRecoveryDocument,
    "\n  query AccountRecoveryStatus($code: String!) {\n    accountRecoveryStatus(code: $code) {\n      status\n      message\n      requestedAt\n      resolvedAt\n    }\n  }\n": typeof types.AccountRecoveryStatusDocument,
    "\n  mutation ReportAttemptEvents($attemptId: ID!, $events: [AttemptEventInput!]!) {\n    reportAttemptEvents(attemptId: $attemptId, events: $events)\n  }\n": typeof types.ReportAttemptEventsDocument,
    "\n  query AttemptIntegrity($attemptId: ID!) {\n    attemptIntegrity(attemptId: $attemptId) { leaves awaySeconds note }\n  }\n": typeof types.AttemptIntegrityDocument,
    "\n  mutation NoteAttemptEvents($attemptId: ID!, $note: String!) {\n    noteAttemptEvents(attemptId: $attemptId, note: $note)\n  }\n": typeof types.NoteAttemptEventsDocument,
    "\n  query PracticeLaws {\n    practiceLaws { lawSource questions }\n  }\n": typeof types.PracticeLawsDocument,
    "\n  query PracticeQuestions($lawSource: String, $count: Int!) {\n    practiceQuestions(lawSource: $lawSource, count: $count) {\n      id\n      type\n      stem\n      options { key text }\n      lawSource\n    }\n  }\n": typeof types.PracticeQuestionsDocument,
    "\n  mutation AnswerPractice($questionId: ID!, $answer: [String!]!) {\n    answerPractice(questionId: $questionId, answer: $answer) {\n      correct\n      correctAnswer\n      explanation\n      lawSource\n    }\n  }\n": typeof types.AnswerPracticeDocument,
    "\n  query MyMistakes {\n    myMistakes {\n      question { id type stem options { key text } lawSource }\n      wrongCount\n      lastWrongAt\n      answeredRight\n    }\n  }\n": typeof types.MyMistakesDocument,
    "\n  mutation RemoveMistake($questionId: ID!) {\n    removeMistake(questionId: $questionId)\n  }\n": typeof types.RemoveMistakeDocument,
    "\n  query MyRecord {\n    myRecord {\n      learner { id name unit { name } }\n      years {\n        campaignId\n        year\n        campaignTitle\n        points\n        requiredPoints\n        studyCompleted\n        exemption\n        bestScore\n        outcome\n        consequences\n        attempts { kind score passed submittedAt autoSubmitted }\n      }\n    }\n  }\n": typeof types.MyRecordDocument,
    "\n  query MyCertificate($campaignId: ID!) {\n    myCertificate(campaignId: $campaignId) { code verifyPath name unitName year score passedOn }\n  }\n": typeof types.MyCertificateDocument,
    "\n  mutation CreateCertificateLink($campaignId: ID!, $unitId: ID) {\n    createCertificateLink(campaignId: $campaignId, unitId: $unitId) { url expiresAt }\n  }\n": typeof types.CreateCertificateLinkDocument,
    "\n  mutation CreateRecordLink($learnerId: ID!) {\n    createRecordLink(learnerId: $learnerId) { url expiresAt }\n  }\n": typeof types.CreateRecordLinkDocument,
};
const documents: Documents = {
    "\n  fragment ConsoleNode on BreadcrumbItem { id name level manageable }\n": types.ConsoleNodeFragmentDoc,
    "\n  fragment PageCursor on PageInfo { hasNextPage endCursor }\n": types.PageCursorFragmentDoc,
    "\n  fragment NodeFigures on NodeStats {\n    nodeId\n    name\n    isUnit\n    shouldTake\n    studyCompleted\n    participated\n    passed\n    participationRate\n    passRate\n    noRateReason\n    emptyUnits\n    deduction\n    deductionUnits\n  }\n": types.NodeFiguresFragmentDoc,
    "\n  fragment LearnerStanding on Learner {\n    id\n    name\n    phone\n    phoneMasked\n    rank\n    points(campaignId: $campaignId)\n    bestScore(campaignId: $campaignId)\n  }\n": types.LearnerStandingFragmentDoc,
    "\n  fragment ImportCounts on ImportReport {\n    created\n    updated\n    unchanged\n    dryRun\n    written\n    errors { row message }\n  }\n": types.ImportCountsFragmentDoc,
    "\n  fragment ExamSessionRow on ExamSession { id kind startsAt endsAt centreName seats booked }\n": types.ExamSessionRowFragmentDoc,
    "\n  fragment IssuedPassword on TemporaryPassword { password expiresAt }\n": types.IssuedPasswordFragmentDoc,
    "\n  mutation AdminLogin($phone: String!, $password: String!) {\n    login(phone: $phone, password: $password) {\n      token\n      mustChangePassword\n    }\n  }\n": types.AdminLoginDocument,
    "\n  mutation AdminChangePassword($oldPassword: String!, $newPassword: String!) {\n    changePassword(oldPassword: $oldPassword, newPassword: $newPassword)\n  }\n": types.AdminChangePasswordDocument,
    "\n  mutation AdminLogout {\n    logout\n  }\n": types.AdminLogoutDocument,
    "\n  query ConsoleContext {\n    me { id name phone }\n    consoleContext {\n      role\n      masksPhones\n      sections\n      home { ...ConsoleNode }\n      breadcrumb { ...ConsoleNode }\n    }\n    currentCampaign { id year title passScore mainWindow { start end } makeupWindow { start end } durationMinutes studyStart }\n  }\n": types.ConsoleContextDocument,
    "\n  query Breadcrumb($nodeId: ID!) {\n    breadcrumb(nodeId: $nodeId) { ...ConsoleNode }\n  }\n": types.BreadcrumbDocument,
    "\n  query Dashboard($campaignId: ID!, $nodeId: ID!, $orderBy: StatsOrder!, $descending: Boolean!) {\n    stats(campaignId: $campaignId, nodeId: $nodeId) {\n      ...NodeFigures\n      children(orderBy: $orderBy, descending: $descending) { ...NodeFigures }\n    }\n    unitsWithoutRoster(nodeId: $nodeId, first: 100) { totalCount nodes { id name } }\n  }\n": types.DashboardDocument,
    "\n  query RegionUnitRosters($regionId: ID!, $after: String) {\n    region(id: $regionId) {\n      units(first: 100, after: $after) {\n        pageInfo { ...PageCursor }\n        nodes { id name learners(first: 1) { totalCount } }\n      }\n    }\n  }\n": types.RegionUnitRostersDocument,
    "\n  query DailyProgress($campaignId: ID!, $nodeId: ID!) {\n    dailyProgress(campaignId: $campaignId, nodeId: $nodeId) { day studyCompleted participated passed }\n  }\n": types.DailyProgressDocument,
    "\n  mutation CreateDownloadLink($input: DownloadInput!) {\n    createDownloadLink(input: $input) { url expiresAt }\n  }\n": types.CreateDownloadLinkDocument,
    "\n  query Roster($unitId: ID!, $first: Int!, $after: String, $filter: LearnerFilter, $orderBy: LearnerOrder!, $descending: Boolean!, $campaignId: ID!) {\n    unit(id: $unitId) {\n      id\n      name\n      learners(first: $first, after: $after, filter: $filter, orderBy: $orderBy, descending: $descending) {\n        totalCount\n        pageInfo { ...PageCursor }\n        nodes {\n          ...LearnerStanding\n          status\n          retirementDate\n        }\n      }\n    }\n  }\n": types.RosterDocument,
    "\n  mutation AddLearner($input: AddLearnerInput!) {\n    addLearner(input: $input) { id name }\n  }\n": types.AddLearnerDocument,
    "\n  mutation UpdateLearner($id: ID!, $input: UpdateLearnerInput!) {\n    updateLearner(id: $id, input: $input) { id name }\n  }\n": types.UpdateLearnerDocument,
    "\n  mutation TransferOut($learnerId: ID!) {\n    transferOut(learnerId: $learnerId) { id status }\n  }\n": types.TransferOutDocument,
    "\n  mutation SetStatus($learnerId: ID!, $status: EmploymentStatus!) {\n    setEmploymentStatus(learnerId: $learnerId, status: $status) { id status }\n  }\n": types.SetStatusDocument,
    "\n  mutation ResetLearnerPassword($learnerId: ID!) {\n    resetLearnerPassword(learnerId: $learnerId) { ...IssuedPassword }\n  }\n": types.ResetLearnerPasswordDocument,
    "\n  mutation UnlockLearner($learnerId: ID!) {\n    unlockLearner(learnerId: $learnerId)\n  }\n": types.UnlockLearnerDocument,
    "\n  mutation RevealPhone($learnerId: ID!) {\n    revealPhone(learnerId: $learnerId)\n  }\n": types.RevealPhoneDocument,
    "\n  mutation ImportLearners($unitId: ID!, $file: Upload!, $dryRun: Boolean, $importValidRows: Boolean) {\n    importLearners(unitId: $unitId, file: $file, dryRun: $dryRun, importValidRows: $importValidRows) {\n      ...ImportCounts\n      preview { row action name phone changes }\n    }\n  }\n": types.ImportLearnersDocument,
    "\n  query ActionList($campaignId: ID!, $nodeId: ID!, $kind: ActionKind!, $first: Int!, $after: String) {\n    learnersNeedingAction(campaignId: $campaignId, nodeId: $nodeId, kind: $kind, first: $first, after: $after) {\n      totalCount\n      pageInfo { ...PageCursor }\n      nodes {\n        ...LearnerStanding\n        unit { id name }\n      }\n    }\n  }\n": types.ActionListDocument,
    "\n  query Children($campaignId: ID!, $nodeId: ID!) {\n    stats(campaignId: $campaignId, nodeId: $nodeId) {\n      children(orderBy: NAME) { nodeId name isUnit }\n    }\n  }\n": types.ChildrenDocument,
    "\n  query ExamSessions($campaignId: ID!, $unitId: ID) {\n    examSessions(campaignId: $campaignId, unitId: $unitId) { ...ExamSessionRow }\n  }\n": types.ExamSessionsDocument,
    "\n  query UnitExamCentreSeats($campaignId: ID!, $unitId: ID!) {\n    unitExamCentreSeats(campaignId: $campaignId, unitId: $unitId) {\n      centreName\n      kind\n      startsAt\n      endsAt\n      bookedAt\n      learner { id name phone }\n    }\n  }\n": types.UnitExamCentreSeatsDocument,
    "\n  mutation ScheduleExamSession($input: ScheduleExamSessionInput!) {\n    scheduleExamSession(input: $input) { id kind startsAt endsAt }\n  }\n": types.ScheduleExamSessionDocument,
    "\n  query Exemptions($campaignId: ID!, $nodeId: ID!, $status: ExemptionStatus, $escalated: Boolean) {\n    exemptions(campaignId: $campaignId, nodeId: $nodeId, status: $status, escalated: $escalated, first: 50) {\n      totalCount\n      nodes {\n        id\n        status\n        reason\n        appliedAt\n        attachmentName\n        escalatedAt\n        escalationComment\n        learner { id name phone unit { name } }\n        decisions { approve comment overrule decidedAt decidedBy }\n      }\n    }\n  }\n": types.ExemptionsDocument,
    "\n  mutation DecideExemption($id: ID!, $approve: Boolean!, $comment: String) {\n    decideExemption(id: $id, approve: $approve, comment: $comment) { id status }\n  }\n": types.DecideExemptionDocument,
    "\n  query Notices {\n    notices(first: 50) { nodes { id title body postedAt editedAt editable region { name } } }\n  }\n": types.NoticesDocument,
    "\n  mutation PostNotice($input: PostNoticeInput!) {\n    postNotice(input: $input) { id }\n  }\n": types.PostNoticeDocument,
    "\n  query AuditLog($nodeId: ID!, $first: Int!, $after: String, $filter: AuditFilter) {\n    auditLog(nodeId: $nodeId, first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { ...PageCursor }\n      nodes { id at action actor targetKind targetId before after late }\n    }\n  }\n": types.AuditLogDocument,
    "\n  mutation GrantRole($input: GrantRoleInput!) {\n    grantRole(input: $input) {\n      id\n      role\n      temporaryPassword { ...IssuedPassword }\n    }\n  }\n": types.GrantRoleDocument,
    "\n  query CampaignForYear($year: Int!) {\n    campaign(year: $year) {\n      id\n      year\n      title\n      readerTitle\n      verificationDeadline\n      studyStart\n      requiredPoints\n      categories { category points required }\n      mainWindow { start end }\n      makeupWindow { start end }\n      passScore\n      durationMinutes\n      blueprint { type count pointsEach }\n      mainAttempts\n      makeupAttempts\n      answerGraceSeconds\n      dailyPointsCap\n      reviewMode\n    }\n  }\n": types.CampaignForYearDocument,
    "\n  mutation CreateCampaign($input: CampaignInput!) {\n    createCampaign(input: $input) { id year title }\n  }\n": types.CreateCampaignDocument,
    "\n  mutation UpdateCampaign($id: ID!, $input: CampaignInput!) {\n    updateCampaign(id: $id, input: $input) { id year title }\n  }\n": types.UpdateCampaignDocument,
    "\n  mutation ImportQuestions($campaignId: ID!, $file: Upload!, $dryRun: Boolean) {\n    importQuestions(campaignId: $campaignId, file: $file, dryRun: $dryRun) { ...ImportCounts }\n  }\n": types.ImportQuestionsDocument,
    "\n  mutation ImportStudyItems($campaignId: ID!, $file: Upload!, $dryRun: Boolean) {\n    importStudyItems(campaignId: $campaignId, file: $file, dryRun: $dryRun) { ...ImportCounts }\n  }\n": types.ImportStudyItemsDocument,
    "\n  query RecoveryRequests {\n    recoveryRequests {\n      id\n      learnerId\n      name\n      phone\n      unitName\n      requestedAt\n      escalated\n    }\n  }\n": types.RecoveryRequestsDocument,
    "\n  mutation ResolveRecoveryRequest($id: ID!, $action: RecoveryAction!) {\n    resolveRecoveryRequest(id: $id, action: $action) { ...IssuedPassword }\n  }\n": types.ResolveRecoveryRequestDocument,
    "\n  mutation UpdateExamSession($id: ID!, $input: UpdateExamSessionInput!) {\n    updateExamSession(id: $id, input: $input) { id startsAt endsAt }\n  }\n": types.UpdateExamSessionDocument,
    "\n  mutation CancelExamSession($id: ID!) {\n    cancelExamSession(id: $id)\n  }\n": types.CancelExamSessionDocument,
    "\n  query ExamCentreSessions($campaignId: ID!, $regionId: ID!) {\n    examCentreSessions(campaignId: $campaignId, regionId: $regionId) { ...ExamSessionRow bookableUntil }\n  }\n": types.ExamCentreSessionsDocument,
    "\n  query ExamCentreBookings($sessionId: ID!) {\n    examCentreBookings(sessionId: $sessionId) { bookedAt learner { id name phone } unit { id name } }\n  }\n": types.ExamCentreBookingsDocument,
    "\n  mutation CreateExamCenterSession($input: CreateExamCenterSessionInput!) {\n    createExamCenterSession(input: $input) { id }\n  }\n": types.CreateExamCenterSessionDocument,
    "\n  mutation BookExamCenterSeats($sessionId: ID!, $learnerIds: [ID!]!) {\n    bookExamCenterSeats(sessionId: $sessionId, learnerIds: $learnerIds) { id booked seats }\n  }\n": types.BookExamCenterSeatsDocument,
    "\n  mutation CancelExamCenterBooking($sessionId: ID!, $learnerId: ID!) {\n    cancelExamCenterBooking(sessionId: $sessionId, learnerId: $learnerId) { id booked seats }\n  }\n": types.CancelExamCenterBookingDocument,
    "\n  query OfflineUnits($regionId: ID!) {\n    region(id: $regionId) { id units(first: 100, wholeSubtree: true) { nodes { id name hasInternet } } }\n  }\n": types.OfflineUnitsDocument,
    "\n  query UnitLearners($unitId: ID!) {\n    unit(id: $unitId) { id learners(first: 100) { nodes { id name phone status } } }\n  }\n": types.UnitLearnersDocument,
    "\n  mutation EscalateExemption($id: ID!, $comment: String) {\n    escalateExemption(id: $id, comment: $comment) { id escalatedAt }\n  }\n": types.EscalateExemptionDocument,
    "\n  query ExemptionAttachment($id: ID!) {\n    exemptionAttachment(id: $id) { name contentType dataUrl }\n  }\n": types.ExemptionAttachmentDocument,
    "\n  mutation UpdateNotice($id: ID!, $input: UpdateNoticeInput!) {\n    updateNotice(id: $id, input: $input) { id title body editedAt }\n  }\n": types.UpdateNoticeDocument,
    "\n  mutation WithdrawNotice($id: ID!) {\n    withdrawNotice(id: $id)\n  }\n": types.WithdrawNoticeDocument,
    "\n  query Administrators($nodeId: ID!, $first: Int!, $after: String) {\n    administrators(nodeId: $nodeId, first: $first, after: $after) {\n      totalCount\n      pageInfo { ...PageCursor }\n      nodes {\n        name\n        phoneMasked\n        appointedAt\n        revocable\n        grant { id role region { name } unit { name } }\n      }\n    }\n  }\n": types.AdministratorsDocument,
    "\n  mutation RevokeRole($id: ID!) {\n    revokeRole(id: $id)\n  }\n": types.RevokeRoleDocument,
    "\n  query UnitAttemptIntegrity($campaignId: ID!, $unitId: ID!) {\n    unitAttemptIntegrity(campaignId: $campaignId, unitId: $unitId) {\n      learner { id name }\n      integrity {\n        attemptId\n        leaves\n        awaySeconds\n        flagged\n        maxLeaves\n        maxAwaySeconds\n        note\n        events { kind at }\n      }\n    }\n  }\n": types.UnitAttemptIntegrityDocument,
    "\n  query PendingTransfersIn($unitId: ID!) {\n    pendingTransfersIn(unitId: $unitId) { requestedAt learner { id name phone rank } }\n  }\n": types.PendingTransfersInDocument,
    "\n  mutation AdminTransferIn($phone: String!, $unitId: ID!) {\n    transferIn(phone: $phone, unitId: $unitId) { id name }\n  }\n": types.AdminTransferInDocument,
    "\n  mutation AcceptTransferIn($learnerId: ID!) {\n    acceptTransferIn(learnerId: $learnerId) { id name }\n  }\n": types.AcceptTransferInDocument,
    "\n  mutation RefuseTransferIn($learnerId: ID!) {\n    refuseTransferIn(learnerId: $learnerId)\n  }\n": types.RefuseTransferInDocument,
    "\n  query PracticeBank($campaignId: ID!, $year: Int!) {\n    questions(campaignId: $campaignId) { id type stem lawSource withdrawn practice }\n    campaign(year: $year) { id integrityMaxLeaves integrityMaxAwaySeconds }\n  }\n": types.PracticeBankDocument,
    "\n  mutation SetQuestionPractice($questionId: ID!) {\n    setQuestionPractice(questionId: $questionId) { id practice }\n  }\n": types.SetQuestionPracticeDocument,
    "\n  mutation SetIntegrityTolerance($campaignId: ID!, $maxLeaves: Int, $maxAwaySeconds: Int) {\n    setIntegrityTolerance(campaignId: $campaignId, maxLeaves: $maxLeaves, maxAwaySeconds: $maxAwaySeconds)\n  }\n": types.SetIntegrityToleranceDocument,
    "\n  query LearnerRecord($learnerId: ID!) {\n    learnerRecord(learnerId: $learnerId) {\n      learner { id name rank status retirementDate unit { name } }\n      years {\n        campaignId\n        year\n        campaignTitle\n        points\n        requiredPoints\n        studyCompleted\n        exemption\n        bestScore\n        outcome\n        consequences\n        attempts { kind score passed submittedAt autoSubmitted }\n      }\n    }\n  }\n": types.LearnerRecordDocument,
    "\n  query RetirementsDue($campaignId: ID!, $unitId: ID!) {\n    retirementsDue(campaignId: $campaignId, unitId: $unitId) {\n      timing\n      learner { id name retirementDate }\n    }\n  }\n": types.RetirementsDueDocument,
    "\n  mutation ConsoleCertificateLink($campaignId: ID!, $unitId: ID) {\n    createCertificateLink(campaignId: $campaignId, unitId: $unitId) { url expiresAt }\n  }\n": types.ConsoleCertificateLinkDocument,
    "\n  mutation ConsoleRecordLink($learnerId: ID!) {\n    createRecordLink(learnerId: $learnerId) { url expiresAt }\n  }\n": types.ConsoleRecordLinkDocument,
    "\n  mutation CopyCampaignMaterial($fromCampaignId: ID!, $toCampaignId: ID!) {\n    copyCampaignMaterial(fromCampaignId: $fromCampaignId, toCampaignId: $toCampaignId) { studyItems questions }\n  }\n": types.CopyCampaignMaterialDocument,
    "\n  mutation Login($phone: String!, $password: String!) {\n    login(phone: $phone, password: $password) {\n      token\n      expiresAt\n      mustChangePassword\n      account { id name phone }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation ChangePassword($oldPassword: String!, $newPassword: String!) {\n    changePassword(oldPassword: $oldPassword, newPassword: $newPassword)\n  }\n": types.ChangePasswordDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  query Me {\n    me {\n      id\n      name\n      phone\n      mustChangePassword\n      roles { role }\n      learner {\n        id\n        name\n        rank\n        status\n        retirementDate\n        unit { id name hasInternet }\n        transferRequest { status requestedAt decidedAt unit { id name } }\n      }\n    }\n  }\n": types.MeDocument,
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
    "\n  mutation RequestAccountRecovery($phone: String!, $name: String!, $unitName: String!) {\n    requestAccountRecovery(phone: $phone, name: $name, unitName: $unitName) {\n      code\n      message\n    }\n  }\n": types.RequestAccountRecoveryDocument,
    "\n  query AccountRecoveryStatus($code: String!) {\n    accountRecoveryStatus(code: $code) {\n      status\n      message\n      requestedAt\n      resolvedAt\n    }\n  }\n": types.AccountRecoveryStatusDocument,
    "\n  mutation ReportAttemptEvents($attemptId: ID!, $events: [AttemptEventInput!]!) {\n    reportAttemptEvents(attemptId: $attemptId, events: $events)\n  }\n": types.ReportAttemptEventsDocument,
    "\n  query AttemptIntegrity($attemptId: ID!) {\n    attemptIntegrity(attemptId: $attemptId) { leaves awaySeconds note }\n  }\n": types.AttemptIntegrityDocument,
    "\n  mutation NoteAttemptEvents($attemptId: ID!, $note: String!) {\n    noteAttemptEvents(attemptId: $attemptId, note: $note)\n  }\n": types.NoteAttemptEventsDocument,
    "\n  query PracticeLaws {\n    practiceLaws { lawSource questions }\n  }\n": types.PracticeLawsDocument,
    "\n  query PracticeQuestions($lawSource: String, $count: Int!) {\n    practiceQuestions(lawSource: $lawSource, count: $count) {\n      id\n      type\n      stem\n      options { key text }\n      lawSource\n    }\n  }\n": types.PracticeQuestionsDocument,
    "\n  mutation AnswerPractice($questionId: ID!, $answer: [String!]!) {\n    answerPractice(questionId: $questionId, answer: $answer) {\n      correct\n      correctAnswer\n      explanation\n      lawSource\n    }\n  }\n": types.AnswerPracticeDocument,
    "\n  query MyMistakes {\n    myMistakes {\n      question { id type stem options { key text } lawSource }\n      wrongCount\n      lastWrongAt\n      answeredRight\n    }\n  }\n": types.MyMistakesDocument,
    "\n  mutation RemoveMistake($questionId: ID!) {\n    removeMistake(questionId: $questionId)\n  }\n": types.RemoveMistakeDocument,
    "\n  query MyRecord {\n    myRecord {\n      learner { id name unit { name } }\n      years {\n        campaignId\n        year\n        campaignTitle\n        points\n        requiredPoints\n        studyCompleted\n        exemption\n        bestScore\n        outcome\n        consequences\n        attempts { kind score passed submittedAt autoSubmitted }\n      }\n    }\n  }\n": types.MyRecordDocument,
    "\n  query MyCertificate($campaignId: ID!) {\n    myCertificate(campaignId: $campaignId) { code verifyPath name unitName year score passedOn }\n  }\n": types.MyCertificateDocument,
    "\n  mutation CreateCertificateLink($campaignId: ID!, $unitId: ID) {\n    createCertificateLink(campaignId: $campaignId, unitId: $unitId) { url expiresAt }\n  }\n": types.CreateCertificateLinkDocument,
    "\n  mutation CreateRecordLink($learnerId: ID!) {\n    createRecordLink(learnerId: $learnerId) { url expiresAt }\n  }\n": types.CreateRecordLinkDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConsoleNode on BreadcrumbItem { id name level manageable }\n"): typeof import('./graphql').ConsoleNodeFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PageCursor on PageInfo { hasNextPage endCursor }\n"): typeof import('./graphql').PageCursorFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NodeFigures on NodeStats {\n    nodeId\n    name\n    isUnit\n    shouldTake\n    studyCompleted\n    participated\n    passed\n    participationRate\n    passRate\n    noRateReason\n    emptyUnits\n    deduction\n    deductionUnits\n  }\n"): typeof import('./graphql').NodeFiguresFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LearnerStanding on Learner {\n    id\n    name\n    phone\n    phoneMasked\n    rank\n    points(campaignId: $campaignId)\n    bestScore(campaignId: $campaignId)\n  }\n"): typeof import('./graphql').LearnerStandingFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ImportCounts on ImportReport {\n    created\n    updated\n    unchanged\n    dryRun\n    written\n    errors { row message }\n  }\n"): typeof import('./graphql').ImportCountsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ExamSessionRow on ExamSession { id kind startsAt endsAt centreName seats booked }\n"): typeof import('./graphql').ExamSessionRowFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IssuedPassword on TemporaryPassword { password expiresAt }\n"): typeof import('./graphql').IssuedPasswordFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminLogin($phone: String!, $password: String!) {\n    login(phone: $phone, password: $password) {\n      token\n      mustChangePassword\n    }\n  }\n"): typeof import('./graphql').AdminLoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminChangePassword($oldPassword: String!, $newPassword: String!) {\n    changePassword(oldPassword: $oldPassword, newPassword: $newPassword)\n  }\n"): typeof import('./graphql').AdminChangePasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminLogout {\n    logout\n  }\n"): typeof import('./graphql').AdminLogoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleContext {\n    me { id name phone }\n    consoleContext {\n      role\n      masksPhones\n      sections\n      home { ...ConsoleNode }\n      breadcrumb { ...ConsoleNode }\n    }\n    currentCampaign { id year title passScore mainWindow { start end } makeupWindow { start end } durationMinutes studyStart }\n  }\n"): typeof import('./graphql').ConsoleContextDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Breadcrumb($nodeId: ID!) {\n    breadcrumb(nodeId: $nodeId) { ...ConsoleNode }\n  }\n"): typeof import('./graphql').BreadcrumbDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Dashboard($campaignId: ID!, $nodeId: ID!, $orderBy: StatsOrder!, $descending: Boolean!) {\n    stats(campaignId: $campaignId, nodeId: $nodeId) {\n      ...NodeFigures\n      children(orderBy: $orderBy, descending: $descending) { ...NodeFigures }\n    }\n    unitsWithoutRoster(nodeId: $nodeId, first: 100) { totalCount nodes { id name } }\n  }\n"): typeof import('./graphql').DashboardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegionUnitRosters($regionId: ID!, $after: String) {\n    region(id: $regionId) {\n      units(first: 100, after: $after) {\n        pageInfo { ...PageCursor }\n        nodes { id name learners(first: 1) { totalCount } }\n      }\n    }\n  }\n"): typeof import('./graphql').RegionUnitRostersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DailyProgress($campaignId: ID!, $nodeId: ID!) {\n    dailyProgress(campaignId: $campaignId, nodeId: $nodeId) { day studyCompleted participated passed }\n  }\n"): typeof import('./graphql').DailyProgressDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateDownloadLink($input: DownloadInput!) {\n    createDownloadLink(input: $input) { url expiresAt }\n  }\n"): typeof import('./graphql').CreateDownloadLinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Roster($unitId: ID!, $first: Int!, $after: String, $filter: LearnerFilter, $orderBy: LearnerOrder!, $descending: Boolean!, $campaignId: ID!) {\n    unit(id: $unitId) {\n      id\n      name\n      learners(first: $first, after: $after, filter: $filter, orderBy: $orderBy, descending: $descending) {\n        totalCount\n        pageInfo { ...PageCursor }\n        nodes {\n          ...LearnerStanding\n          status\n          retirementDate\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').RosterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddLearner($input: AddLearnerInput!) {\n    addLearner(input: $input) { id name }\n  }\n"): typeof import('./graphql').AddLearnerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateLearner($id: ID!, $input: UpdateLearnerInput!) {\n    updateLearner(id: $id, input: $input) { id name }\n  }\n"): typeof import('./graphql').UpdateLearnerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TransferOut($learnerId: ID!) {\n    transferOut(learnerId: $learnerId) { id status }\n  }\n"): typeof import('./graphql').TransferOutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetStatus($learnerId: ID!, $status: EmploymentStatus!) {\n    setEmploymentStatus(learnerId: $learnerId, status: $status) { id status }\n  }\n"): typeof import('./graphql').SetStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetLearnerPassword($learnerId: ID!) {\n    resetLearnerPassword(learnerId: $learnerId) { ...IssuedPassword }\n  }\n"): typeof import('./graphql').ResetLearnerPasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnlockLearner($learnerId: ID!) {\n    unlockLearner(learnerId: $learnerId)\n  }\n"): typeof import('./graphql').UnlockLearnerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevealPhone($learnerId: ID!) {\n    revealPhone(learnerId: $learnerId)\n  }\n"): typeof import('./graphql').RevealPhoneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportLearners($unitId: ID!, $file: Upload!, $dryRun: Boolean, $importValidRows: Boolean) {\n    importLearners(unitId: $unitId, file: $file, dryRun: $dryRun, importValidRows: $importValidRows) {\n      ...ImportCounts\n      preview { row action name phone changes }\n    }\n  }\n"): typeof import('./graphql').ImportLearnersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActionList($campaignId: ID!, $nodeId: ID!, $kind: ActionKind!, $first: Int!, $after: String) {\n    learnersNeedingAction(campaignId: $campaignId, nodeId: $nodeId, kind: $kind, first: $first, after: $after) {\n      totalCount\n      pageInfo { ...PageCursor }\n      nodes {\n        ...LearnerStanding\n        unit { id name }\n      }\n    }\n  }\n"): typeof import('./graphql').ActionListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Children($campaignId: ID!, $nodeId: ID!) {\n    stats(campaignId: $campaignId, nodeId: $nodeId) {\n      children(orderBy: NAME) { nodeId name isUnit }\n    }\n  }\n"): typeof import('./graphql').ChildrenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExamSessions($campaignId: ID!, $unitId: ID) {\n    examSessions(campaignId: $campaignId, unitId: $unitId) { ...ExamSessionRow }\n  }\n"): typeof import('./graphql').ExamSessionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitExamCentreSeats($campaignId: ID!, $unitId: ID!) {\n    unitExamCentreSeats(campaignId: $campaignId, unitId: $unitId) {\n      centreName\n      kind\n      startsAt\n      endsAt\n      bookedAt\n      learner { id name phone }\n    }\n  }\n"): typeof import('./graphql').UnitExamCentreSeatsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScheduleExamSession($input: ScheduleExamSessionInput!) {\n    scheduleExamSession(input: $input) { id kind startsAt endsAt }\n  }\n"): typeof import('./graphql').ScheduleExamSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Exemptions($campaignId: ID!, $nodeId: ID!, $status: ExemptionStatus, $escalated: Boolean) {\n    exemptions(campaignId: $campaignId, nodeId: $nodeId, status: $status, escalated: $escalated, first: 50) {\n      totalCount\n      nodes {\n        id\n        status\n        reason\n        appliedAt\n        attachmentName\n        escalatedAt\n        escalationComment\n        learner { id name phone unit { name } }\n        decisions { approve comment overrule decidedAt decidedBy }\n      }\n    }\n  }\n"): typeof import('./graphql').ExemptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideExemption($id: ID!, $approve: Boolean!, $comment: String) {\n    decideExemption(id: $id, approve: $approve, comment: $comment) { id status }\n  }\n"): typeof import('./graphql').DecideExemptionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Notices {\n    notices(first: 50) { nodes { id title body postedAt editedAt editable region { name } } }\n  }\n"): typeof import('./graphql').NoticesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PostNotice($input: PostNoticeInput!) {\n    postNotice(input: $input) { id }\n  }\n"): typeof import('./graphql').PostNoticeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLog($nodeId: ID!, $first: Int!, $after: String, $filter: AuditFilter) {\n    auditLog(nodeId: $nodeId, first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { ...PageCursor }\n      nodes { id at action actor targetKind targetId before after late }\n    }\n  }\n"): typeof import('./graphql').AuditLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GrantRole($input: GrantRoleInput!) {\n    grantRole(input: $input) {\n      id\n      role\n      temporaryPassword { ...IssuedPassword }\n    }\n  }\n"): typeof import('./graphql').GrantRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignForYear($year: Int!) {\n    campaign(year: $year) {\n      id\n      year\n      title\n      readerTitle\n      verificationDeadline\n      studyStart\n      requiredPoints\n      categories { category points required }\n      mainWindow { start end }\n      makeupWindow { start end }\n      passScore\n      durationMinutes\n      blueprint { type count pointsEach }\n      mainAttempts\n      makeupAttempts\n      answerGraceSeconds\n      dailyPointsCap\n      reviewMode\n    }\n  }\n"): typeof import('./graphql').CampaignForYearDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCampaign($input: CampaignInput!) {\n    createCampaign(input: $input) { id year title }\n  }\n"): typeof import('./graphql').CreateCampaignDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCampaign($id: ID!, $input: CampaignInput!) {\n    updateCampaign(id: $id, input: $input) { id year title }\n  }\n"): typeof import('./graphql').UpdateCampaignDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportQuestions($campaignId: ID!, $file: Upload!, $dryRun: Boolean) {\n    importQuestions(campaignId: $campaignId, file: $file, dryRun: $dryRun) { ...ImportCounts }\n  }\n"): typeof import('./graphql').ImportQuestionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportStudyItems($campaignId: ID!, $file: Upload!, $dryRun: Boolean) {\n    importStudyItems(campaignId: $campaignId, file: $file, dryRun: $dryRun) { ...ImportCounts }\n  }\n"): typeof import('./graphql').ImportStudyItemsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecoveryRequests {\n    recoveryRequests {\n      id\n      learnerId\n      name\n      phone\n      unitName\n      requestedAt\n      escalated\n    }\n  }\n"): typeof import('./graphql').RecoveryRequestsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResolveRecoveryRequest($id: ID!, $action: RecoveryAction!) {\n    resolveRecoveryRequest(id: $id, action: $action) { ...IssuedPassword }\n  }\n"): typeof import('./graphql').ResolveRecoveryRequestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateExamSession($id: ID!, $input: UpdateExamSessionInput!) {\n    updateExamSession(id: $id, input: $input) { id startsAt endsAt }\n  }\n"): typeof import('./graphql').UpdateExamSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelExamSession($id: ID!) {\n    cancelExamSession(id: $id)\n  }\n"): typeof import('./graphql').CancelExamSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExamCentreSessions($campaignId: ID!, $regionId: ID!) {\n    examCentreSessions(campaignId: $campaignId, regionId: $regionId) { ...ExamSessionRow bookableUntil }\n  }\n"): typeof import('./graphql').ExamCentreSessionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExamCentreBookings($sessionId: ID!) {\n    examCentreBookings(sessionId: $sessionId) { bookedAt learner { id name phone } unit { id name } }\n  }\n"): typeof import('./graphql').ExamCentreBookingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateExamCenterSession($input: CreateExamCenterSessionInput!) {\n    createExamCenterSession(input: $input) { id }\n  }\n"): typeof import('./graphql').CreateExamCenterSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BookExamCenterSeats($sessionId: ID!, $learnerIds: [ID!]!) {\n    bookExamCenterSeats(sessionId: $sessionId, learnerIds: $learnerIds) { id booked seats }\n  }\n"): typeof import('./graphql').BookExamCenterSeatsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelExamCenterBooking($sessionId: ID!, $learnerId: ID!) {\n    cancelExamCenterBooking(sessionId: $sessionId, learnerId: $learnerId) { id booked seats }\n  }\n"): typeof import('./graphql').CancelExamCenterBookingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfflineUnits($regionId: ID!) {\n    region(id: $regionId) { id units(first: 100, wholeSubtree: true) { nodes { id name hasInternet } } }\n  }\n"): typeof import('./graphql').OfflineUnitsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitLearners($unitId: ID!) {\n    unit(id: $unitId) { id learners(first: 100) { nodes { id name phone status } } }\n  }\n"): typeof import('./graphql').UnitLearnersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EscalateExemption($id: ID!, $comment: String) {\n    escalateExemption(id: $id, comment: $comment) { id escalatedAt }\n  }\n"): typeof import('./graphql').EscalateExemptionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExemptionAttachment($id: ID!) {\n    exemptionAttachment(id: $id) { name contentType dataUrl }\n  }\n"): typeof import('./graphql').ExemptionAttachmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateNotice($id: ID!, $input: UpdateNoticeInput!) {\n    updateNotice(id: $id, input: $input) { id title body editedAt }\n  }\n"): typeof import('./graphql').UpdateNoticeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawNotice($id: ID!) {\n    withdrawNotice(id: $id)\n  }\n"): typeof import('./graphql').WithdrawNoticeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Administrators($nodeId: ID!, $first: Int!, $after: String) {\n    administrators(nodeId: $nodeId, first: $first, after: $after) {\n      totalCount\n      pageInfo { ...PageCursor }\n      nodes {\n        name\n        phoneMasked\n        appointedAt\n        revocable\n        grant { id role region { name } unit { name } }\n      }\n    }\n  }\n"): typeof import('./graphql').AdministratorsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeRole($id: ID!) {\n    revokeRole(id: $id)\n  }\n"): typeof import('./graphql').RevokeRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitAttemptIntegrity($campaignId: ID!, $unitId: ID!) {\n    unitAttemptIntegrity(campaignId: $campaignId, unitId: $unitId) {\n      learner { id name }\n      integrity {\n        attemptId\n        leaves\n        awaySeconds\n        flagged\n        maxLeaves\n        maxAwaySeconds\n        note\n        events { kind at }\n      }\n    }\n  }\n"): typeof import('./graphql').UnitAttemptIntegrityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PendingTransfersIn($unitId: ID!) {\n    pendingTransfersIn(unitId: $unitId) { requestedAt learner { id name phone rank } }\n  }\n"): typeof import('./graphql').PendingTransfersInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminTransferIn($phone: String!, $unitId: ID!) {\n    transferIn(phone: $phone, unitId: $unitId) { id name }\n  }\n"): typeof import('./graphql').AdminTransferInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptTransferIn($learnerId: ID!) {\n    acceptTransferIn(learnerId: $learnerId) { id name }\n  }\n"): typeof import('./graphql').AcceptTransferInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefuseTransferIn($learnerId: ID!) {\n    refuseTransferIn(learnerId: $learnerId)\n  }\n"): typeof import('./graphql').RefuseTransferInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PracticeBank($campaignId: ID!, $year: Int!) {\n    questions(campaignId: $campaignId) { id type stem lawSource withdrawn practice }\n    campaign(year: $year) { id integrityMaxLeaves integrityMaxAwaySeconds }\n  }\n"): typeof import('./graphql').PracticeBankDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetQuestionPractice($questionId: ID!) {\n    setQuestionPractice(questionId: $questionId) { id practice }\n  }\n"): typeof import('./graphql').SetQuestionPracticeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetIntegrityTolerance($campaignId: ID!, $maxLeaves: Int, $maxAwaySeconds: Int) {\n    setIntegrityTolerance(campaignId: $campaignId, maxLeaves: $maxLeaves, maxAwaySeconds: $maxAwaySeconds)\n  }\n"): typeof import('./graphql').SetIntegrityToleranceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LearnerRecord($learnerId: ID!) {\n    learnerRecord(learnerId: $learnerId) {\n      learner { id name rank status retirementDate unit { name } }\n      years {\n        campaignId\n        year\n        campaignTitle\n        points\n        requiredPoints\n        studyCompleted\n        exemption\n        bestScore\n        outcome\n        consequences\n        attempts { kind score passed submittedAt autoSubmitted }\n      }\n    }\n  }\n"): typeof import('./graphql').LearnerRecordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RetirementsDue($campaignId: ID!, $unitId: ID!) {\n    retirementsDue(campaignId: $campaignId, unitId: $unitId) {\n      timing\n      learner { id name retirementDate }\n    }\n  }\n"): typeof import('./graphql').RetirementsDueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleCertificateLink($campaignId: ID!, $unitId: ID) {\n    createCertificateLink(campaignId: $campaignId, unitId: $unitId) { url expiresAt }\n  }\n"): typeof import('./graphql').ConsoleCertificateLinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleRecordLink($learnerId: ID!) {\n    createRecordLink(learnerId: $learnerId) { url expiresAt }\n  }\n"): typeof import('./graphql').ConsoleRecordLinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CopyCampaignMaterial($fromCampaignId: ID!, $toCampaignId: ID!) {\n    copyCampaignMaterial(fromCampaignId: $fromCampaignId, toCampaignId: $toCampaignId) { studyItems questions }\n  }\n"): typeof import('./graphql').CopyCampaignMaterialDocument;
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
export function graphql(source: "\n  query Me {\n    me {\n      id\n      name\n      phone\n      mustChangePassword\n      roles { role }\n      learner {\n        id\n        name\n        rank\n        status\n        retirementDate\n        unit { id name hasInternet }\n        transferRequest { status requestedAt decidedAt unit { id name } }\n      }\n    }\n  }\n"): typeof import('./graphql').MeDocument;
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
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestAccountRecovery($phone: String!, $name: String!, $unitName: String!) {\n    requestAccountRecovery(phone: $phone, name: $name, unitName: $unitName) {\n      code\n      message\n    }\n  }\n"): typeof import('./graphql').RequestAccountRecoveryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountRecoveryStatus($code: String!) {\n    accountRecoveryStatus(code: $code) {\n      status\n      message\n      requestedAt\n      resolvedAt\n    }\n  }\n"): typeof import('./graphql').AccountRecoveryStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportAttemptEvents($attemptId: ID!, $events: [AttemptEventInput!]!) {\n    reportAttemptEvents(attemptId: $attemptId, events: $events)\n  }\n"): typeof import('./graphql').ReportAttemptEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AttemptIntegrity($attemptId: ID!) {\n    attemptIntegrity(attemptId: $attemptId) { leaves awaySeconds note }\n  }\n"): typeof import('./graphql').AttemptIntegrityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NoteAttemptEvents($attemptId: ID!, $note: String!) {\n    noteAttemptEvents(attemptId: $attemptId, note: $note)\n  }\n"): typeof import('./graphql').NoteAttemptEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PracticeLaws {\n    practiceLaws { lawSource questions }\n  }\n"): typeof import('./graphql').PracticeLawsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PracticeQuestions($lawSource: String, $count: Int!) {\n    practiceQuestions(lawSource: $lawSource, count: $count) {\n      id\n      type\n      stem\n      options { key text }\n      lawSource\n    }\n  }\n"): typeof import('./graphql').PracticeQuestionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnswerPractice($questionId: ID!, $answer: [String!]!) {\n    answerPractice(questionId: $questionId, answer: $answer) {\n      correct\n      correctAnswer\n      explanation\n      lawSource\n    }\n  }\n"): typeof import('./graphql').AnswerPracticeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyMistakes {\n    myMistakes {\n      question { id type stem options { key text } lawSource }\n      wrongCount\n      lastWrongAt\n      answeredRight\n    }\n  }\n"): typeof import('./graphql').MyMistakesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveMistake($questionId: ID!) {\n    removeMistake(questionId: $questionId)\n  }\n"): typeof import('./graphql').RemoveMistakeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyRecord {\n    myRecord {\n      learner { id name unit { name } }\n      years {\n        campaignId\n        year\n        campaignTitle\n        points\n        requiredPoints\n        studyCompleted\n        exemption\n        bestScore\n        outcome\n        consequences\n        attempts { kind score passed submittedAt autoSubmitted }\n      }\n    }\n  }\n"): typeof import('./graphql').MyRecordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyCertificate($campaignId: ID!) {\n    myCertificate(campaignId: $campaignId) { code verifyPath name unitName year score passedOn }\n  }\n"): typeof import('./graphql').MyCertificateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCertificateLink($campaignId: ID!, $unitId: ID) {\n    createCertificateLink(campaignId: $campaignId, unitId: $unitId) { url expiresAt }\n  }\n"): typeof import('./graphql').CreateCertificateLinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateRecordLink($learnerId: ID!) {\n    createRecordLink(learnerId: $learnerId) { url expiresAt }\n  }\n"): typeof import('./graphql').CreateRecordLinkDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
