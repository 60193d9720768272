// The console's GraphQL documents, typed from schema.graphql by `npm run codegen`.
import { graphql } from '@/gql'

// ---------------------------------------------------------------- fragments: selections asked in several places

/** A node of the tree (province, city, district, unit) as the breadcrumb and the header show it. */
export const ConsoleNodeFragment = graphql(`
  fragment ConsoleNode on BreadcrumbItem { id name level manageable }
`)

/** Where a page of a connection ends. */
export const PageCursorFragment = graphql(`
  fragment PageCursor on PageInfo { hasNextPage endCursor }
`)

/** A node's figures, the same for the node and each of its children. */
export const NodeFiguresFragment = graphql(`
  fragment NodeFigures on NodeStats {
    nodeId
    name
    isUnit
    shouldTake
    studyCompleted
    participated
    passed
    participationRate
    passRate
    noRateReason
    emptyUnits
    deduction
    deductionUnits
  }
`)

/** A learner in a list, with the year's points and best score (the operation has `$campaignId`). */
export const LearnerStandingFragment = graphql(`
  fragment LearnerStanding on Learner {
    id
    name
    phone
    phoneMasked
    rank
    points(campaignId: $campaignId)
    bestScore(campaignId: $campaignId)
  }
`)

/** What an import did, or would do on a dry run. */
export const ImportCountsFragment = graphql(`
  fragment ImportCounts on ImportReport {
    created
    updated
    unchanged
    dryRun
    written
    errors { row message }
  }
`)

/** A session of a unit or of an exam centre, with its seats. */
export const ExamSessionRowFragment = graphql(`
  fragment ExamSessionRow on ExamSession { id kind startsAt endsAt centreName seats booked }
`)

/** A one-time temporary password, shown once. */
export const IssuedPasswordFragment = graphql(`
  fragment IssuedPassword on TemporaryPassword { password expiresAt }
`)

export const AdminLoginDocument = graphql(`
  mutation AdminLogin($phone: String!, $password: String!) {
    login(phone: $phone, password: $password) {
      token
      mustChangePassword
    }
  }
`)

export const AdminChangePasswordDocument = graphql(`
  mutation AdminChangePassword($oldPassword: String!, $newPassword: String!) {
    changePassword(oldPassword: $oldPassword, newPassword: $newPassword)
  }
`)

export const AdminLogoutDocument = graphql(`
  mutation AdminLogout {
    logout
  }
`)

export const ConsoleContextDocument = graphql(`
  query ConsoleContext {
    me { id name phone }
    consoleContext {
      role
      masksPhones
      sections
      home { ...ConsoleNode }
      breadcrumb { ...ConsoleNode }
    }
    currentCampaign { id year title passScore mainWindow { start end } makeupWindow { start end } durationMinutes studyStart }
  }
`)

export const BreadcrumbDocument = graphql(`
  query Breadcrumb($nodeId: ID!) {
    breadcrumb(nodeId: $nodeId) { ...ConsoleNode }
  }
`)

export const DashboardDocument = graphql(`
  query Dashboard($campaignId: ID!, $nodeId: ID!, $orderBy: StatsOrder!, $descending: Boolean!) {
    stats(campaignId: $campaignId, nodeId: $nodeId) {
      ...NodeFigures
      children(orderBy: $orderBy, descending: $descending) { ...NodeFigures }
    }
    unitsWithoutRoster(nodeId: $nodeId, first: 100) { totalCount nodes { id name } }
  }
`)

// The units attached to a region, each with the size of its roster: a unit whose roster holds
// nobody has never sent its list (未报名单). Paged by 100, the most a page may hold.
export const RegionUnitRostersDocument = graphql(`
  query RegionUnitRosters($regionId: ID!, $after: String) {
    region(id: $regionId) {
      units(first: 100, after: $after) {
        pageInfo { ...PageCursor }
        nodes { id name learners(first: 1) { totalCount } }
      }
    }
  }
`)

// Asked apart from the figures: on a province it takes seconds, the figures milliseconds.
export const DailyProgressDocument = graphql(`
  query DailyProgress($campaignId: ID!, $nodeId: ID!) {
    dailyProgress(campaignId: $campaignId, nodeId: $nodeId) { day studyCompleted participated passed }
  }
`)

export const CreateDownloadLinkDocument = graphql(`
  mutation CreateDownloadLink($input: DownloadInput!) {
    createDownloadLink(input: $input) { url expiresAt }
  }
`)

export const RosterDocument = graphql(`
  query Roster($unitId: ID!, $first: Int!, $after: String, $filter: LearnerFilter, $orderBy: LearnerOrder!, $descending: Boolean!, $campaignId: ID!) {
    unit(id: $unitId) {
      id
      name
      learners(first: $first, after: $after, filter: $filter, orderBy: $orderBy, descending: $descending) {
        totalCount
        pageInfo { ...PageCursor }
        nodes {
          ...LearnerStanding
          status
          retirementDate
        }
      }
    }
  }
`)

export const AddLearnerDocument = graphql(`
  mutation AddLearner($input: AddLearnerInput!) {
    addLearner(input: $input) { id name }
  }
`)

export const UpdateLearnerDocument = graphql(`
  mutation UpdateLearner($id: ID!, $input: UpdateLearnerInput!) {
    updateLearner(id: $id, input: $input) { id name }
  }
`)

export const TransferOutDocument = graphql(`
  mutation TransferOut($learnerId: ID!) {
    transferOut(learnerId: $learnerId) { id status }
  }
`)

export const SetStatusDocument = graphql(`
  mutation SetStatus($learnerId: ID!, $status: EmploymentStatus!) {
    setEmploymentStatus(learnerId: $learnerId, status: $status) { id status }
  }
`)

export const ResetLearnerPasswordDocument = graphql(`
  mutation ResetLearnerPassword($learnerId: ID!) {
    resetLearnerPassword(learnerId: $learnerId) { ...IssuedPassword }
  }
`)

export const UnlockLearnerDocument = graphql(`
  mutation UnlockLearner($learnerId: ID!) {
    unlockLearner(learnerId: $learnerId)
  }
`)

export const RevealPhoneDocument = graphql(`
  mutation RevealPhone($learnerId: ID!) {
    revealPhone(learnerId: $learnerId)
  }
`)

export const ImportLearnersDocument = graphql(`
  mutation ImportLearners($unitId: ID!, $file: Upload!, $dryRun: Boolean, $importValidRows: Boolean) {
    importLearners(unitId: $unitId, file: $file, dryRun: $dryRun, importValidRows: $importValidRows) {
      ...ImportCounts
      preview { row action name phone changes }
    }
  }
`)

export const ActionListDocument = graphql(`
  query ActionList($campaignId: ID!, $nodeId: ID!, $kind: ActionKind!, $first: Int!, $after: String) {
    learnersNeedingAction(campaignId: $campaignId, nodeId: $nodeId, kind: $kind, first: $first, after: $after) {
      totalCount
      pageInfo { ...PageCursor }
      nodes {
        ...LearnerStanding
        unit { id name }
      }
    }
  }
`)

export const ChildrenDocument = graphql(`
  query Children($campaignId: ID!, $nodeId: ID!) {
    stats(campaignId: $campaignId, nodeId: $nodeId) {
      children(orderBy: NAME) { nodeId name isUnit }
    }
  }
`)

export const ExamSessionsDocument = graphql(`
  query ExamSessions($campaignId: ID!, $unitId: ID) {
    examSessions(campaignId: $campaignId, unitId: $unitId) { ...ExamSessionRow }
  }
`)

export const UnitExamCentreSeatsDocument = graphql(`
  query UnitExamCentreSeats($campaignId: ID!, $unitId: ID!) {
    unitExamCentreSeats(campaignId: $campaignId, unitId: $unitId) {
      centreName
      kind
      startsAt
      endsAt
      bookedAt
      learner { id name phone }
    }
  }
`)

export const ScheduleExamSessionDocument = graphql(`
  mutation ScheduleExamSession($input: ScheduleExamSessionInput!) {
    scheduleExamSession(input: $input) { id kind startsAt endsAt }
  }
`)

export const ExemptionsDocument = graphql(`
  query Exemptions($campaignId: ID!, $nodeId: ID!, $status: ExemptionStatus, $escalated: Boolean) {
    exemptions(campaignId: $campaignId, nodeId: $nodeId, status: $status, escalated: $escalated, first: 50) {
      totalCount
      nodes {
        id
        status
        reason
        appliedAt
        attachmentName
        escalatedAt
        escalationComment
        learner { id name phone unit { name } }
        decisions { approve comment overrule decidedAt decidedBy }
      }
    }
  }
`)

export const DecideExemptionDocument = graphql(`
  mutation DecideExemption($id: ID!, $approve: Boolean!, $comment: String) {
    decideExemption(id: $id, approve: $approve, comment: $comment) { id status }
  }
`)

export const NoticesDocument = graphql(`
  query Notices {
    notices(first: 50) { nodes { id title body postedAt editedAt editable region { name } } }
  }
`)

export const PostNoticeDocument = graphql(`
  mutation PostNotice($input: PostNoticeInput!) {
    postNotice(input: $input) { id }
  }
`)

export const AuditLogDocument = graphql(`
  query AuditLog($nodeId: ID!, $first: Int!, $after: String, $filter: AuditFilter) {
    auditLog(nodeId: $nodeId, first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo { ...PageCursor }
      nodes { id at action actor targetKind targetId before after late }
    }
  }
`)

export const GrantRoleDocument = graphql(`
  mutation GrantRole($input: GrantRoleInput!) {
    grantRole(input: $input) {
      id
      role
      temporaryPassword { ...IssuedPassword }
    }
  }
`)

export const CampaignDocument = graphql(`
  query CampaignForYear($year: Int!) {
    campaign(year: $year) {
      id
      year
      title
      readerTitle
      verificationDeadline
      studyStart
      requiredPoints
      categories { category points required }
      mainWindow { start end }
      makeupWindow { start end }
      passScore
      durationMinutes
      blueprint { type count pointsEach }
      mainAttempts
      makeupAttempts
      answerGraceSeconds
      dailyPointsCap
      reviewMode
    }
  }
`)

export const CreateCampaignDocument = graphql(`
  mutation CreateCampaign($input: CampaignInput!) {
    createCampaign(input: $input) { id year title }
  }
`)

export const UpdateCampaignDocument = graphql(`
  mutation UpdateCampaign($id: ID!, $input: CampaignInput!) {
    updateCampaign(id: $id, input: $input) { id year title }
  }
`)

export const ImportQuestionsDocument = graphql(`
  mutation ImportQuestions($campaignId: ID!, $file: Upload!, $dryRun: Boolean) {
    importQuestions(campaignId: $campaignId, file: $file, dryRun: $dryRun) { ...ImportCounts }
  }
`)

export const ImportStudyItemsDocument = graphql(`
  mutation ImportStudyItems($campaignId: ID!, $file: Upload!, $dryRun: Boolean) {
    importStudyItems(campaignId: $campaignId, file: $file, dryRun: $dryRun) { ...ImportCounts }
  }
`)

export const RecoveryRequestsDocument = graphql(`
  query RecoveryRequests {
    recoveryRequests {
      id
      learnerId
      name
      phone
      unitName
      requestedAt
      escalated
    }
  }
`)

export const ResolveRecoveryRequestDocument = graphql(`
  mutation ResolveRecoveryRequest($id: ID!, $action: RecoveryAction!) {
    resolveRecoveryRequest(id: $id, action: $action) { ...IssuedPassword }
  }
`)

// ---------------------------------------------------------------- sessions, centres, exemptions, notices, administrators

export const UpdateExamSessionDocument = graphql(`
  mutation UpdateExamSession($id: ID!, $input: UpdateExamSessionInput!) {
    updateExamSession(id: $id, input: $input) { id startsAt endsAt }
  }
`)

export const CancelExamSessionDocument = graphql(`
  mutation CancelExamSession($id: ID!) {
    cancelExamSession(id: $id)
  }
`)

export const ExamCentreSessionsDocument = graphql(`
  query ExamCentreSessions($campaignId: ID!, $regionId: ID!) {
    examCentreSessions(campaignId: $campaignId, regionId: $regionId) { ...ExamSessionRow bookableUntil }
  }
`)

export const ExamCentreBookingsDocument = graphql(`
  query ExamCentreBookings($sessionId: ID!) {
    examCentreBookings(sessionId: $sessionId) { bookedAt learner { id name phone } unit { id name } }
  }
`)

export const CreateExamCenterSessionDocument = graphql(`
  mutation CreateExamCenterSession($input: CreateExamCenterSessionInput!) {
    createExamCenterSession(input: $input) { id }
  }
`)

export const BookExamCenterSeatsDocument = graphql(`
  mutation BookExamCenterSeats($sessionId: ID!, $learnerIds: [ID!]!) {
    bookExamCenterSeats(sessionId: $sessionId, learnerIds: $learnerIds) { id booked seats }
  }
`)

export const CancelExamCenterBookingDocument = graphql(`
  mutation CancelExamCenterBooking($sessionId: ID!, $learnerId: ID!) {
    cancelExamCenterBooking(sessionId: $sessionId, learnerId: $learnerId) { id booked seats }
  }
`)

export const OfflineUnitsDocument = graphql(`
  query OfflineUnits($regionId: ID!) {
    region(id: $regionId) { id units(first: 100, wholeSubtree: true) { nodes { id name hasInternet } } }
  }
`)

export const UnitLearnersDocument = graphql(`
  query UnitLearners($unitId: ID!) {
    unit(id: $unitId) { id learners(first: 100) { nodes { id name phone status } } }
  }
`)

export const EscalateExemptionDocument = graphql(`
  mutation EscalateExemption($id: ID!, $comment: String) {
    escalateExemption(id: $id, comment: $comment) { id escalatedAt }
  }
`)

export const ExemptionAttachmentDocument = graphql(`
  query ExemptionAttachment($id: ID!) {
    exemptionAttachment(id: $id) { name contentType dataUrl }
  }
`)

export const UpdateNoticeDocument = graphql(`
  mutation UpdateNotice($id: ID!, $input: UpdateNoticeInput!) {
    updateNotice(id: $id, input: $input) { id title body editedAt }
  }
`)

export const WithdrawNoticeDocument = graphql(`
  mutation WithdrawNotice($id: ID!) {
    withdrawNotice(id: $id)
  }
`)

export const AdministratorsDocument = graphql(`
  query Administrators($nodeId: ID!, $first: Int!, $after: String) {
    administrators(nodeId: $nodeId, first: $first, after: $after) {
      totalCount
      pageInfo { ...PageCursor }
      nodes {
        name
        phoneMasked
        appointedAt
        revocable
        grant { id role region { name } unit { name } }
      }
    }
  }
`)

export const RevokeRoleDocument = graphql(`
  mutation RevokeRole($id: ID!) {
    revokeRole(id: $id)
  }
`)

export const UnitAttemptIntegrityDocument = graphql(`
  query UnitAttemptIntegrity($campaignId: ID!, $unitId: ID!) {
    unitAttemptIntegrity(campaignId: $campaignId, unitId: $unitId) {
      learner { id name }
      integrity {
        attemptId
        leaves
        awaySeconds
        flagged
        maxLeaves
        maxAwaySeconds
        note
        events { kind at }
      }
    }
  }
`)

// ---------------------------------------------------------------- transfers in (调进)

export const PendingTransfersInDocument = graphql(`
  query PendingTransfersIn($unitId: ID!) {
    pendingTransfersIn(unitId: $unitId) { requestedAt learner { id name phone rank } }
  }
`)

export const AdminTransferInDocument = graphql(`
  mutation AdminTransferIn($phone: String!, $unitId: ID!) {
    transferIn(phone: $phone, unitId: $unitId) { id name }
  }
`)

export const AcceptTransferInDocument = graphql(`
  mutation AcceptTransferIn($learnerId: ID!) {
    acceptTransferIn(learnerId: $learnerId) { id name }
  }
`)

export const RefuseTransferInDocument = graphql(`
  mutation RefuseTransferIn($learnerId: ID!) {
    refuseTransferIn(learnerId: $learnerId)
  }
`)

export const PracticeBankDocument = graphql(`
  query PracticeBank($campaignId: ID!, $year: Int!) {
    questions(campaignId: $campaignId) { id type stem lawSource withdrawn practice }
    campaign(year: $year) { id integrityMaxLeaves integrityMaxAwaySeconds }
  }
`)

export const SetQuestionPracticeDocument = graphql(`
  mutation SetQuestionPractice($questionId: ID!) {
    setQuestionPractice(questionId: $questionId) { id practice }
  }
`)

export const SetIntegrityToleranceDocument = graphql(`
  mutation SetIntegrityTolerance($campaignId: ID!, $maxLeaves: Int, $maxAwaySeconds: Int) {
    setIntegrityTolerance(campaignId: $campaignId, maxLeaves: $maxLeaves, maxAwaySeconds: $maxAwaySeconds)
  }
`)
