var e=class extends Error{constructor(e,t){super(t),this.name=`ApiError`,this.code=e}},t=`xuefa.token`;function n(){try{return localStorage.getItem(t)}catch{return null}}function r(e){try{e?localStorage.setItem(t,e):localStorage.removeItem(t)}catch{}}var i=null;function a(e){i=e}var o=e=>new Promise(t=>setTimeout(t,e));function s(e,t){let n=t?Number(t):NaN;if(Number.isFinite(n)&&n>0)return Math.min(n,30)*1e3;let r=500*2**e;return Math.min(r,8e3)*(.75+Math.random()*.5)}async function c(t,r){var a;let c=(a=r.busyRetries)==null?5:a;for(let a=0;;a++){var l,d,f;let p;try{p=await fetch(`/graphql`,{...t(),signal:r.signal})}catch(t){throw(t==null?void 0:t.name)===`AbortError`?t:new e(`NETWORK`,`网络连接中断，请检查网络后重试`)}u(p.headers.get(`Date`));let m;try{m=await p.json()}catch{m=null}let h=m==null||(l=m.errors)==null?void 0:l[0],g=(d=h==null||(f=h.extensions)==null?void 0:f.code)==null?p.status===503?`BUSY`:void 0:d;if(g===`BUSY`&&a<c)await o(s(a,p.headers.get(`Retry-After`)));else{if(h){let t=g==null?`INTERNAL`:g;throw(t===`UNAUTHENTICATED`||t===`PASSWORD_CHANGE_REQUIRED`)&&i&&n()&&i(t),new e(t,h.message)}if(!p.ok||!m||m.data==null)throw p.status===503?new e(`BUSY`,`服务器繁忙，请稍后再试`):new e(`INTERNAL`,`服务器暂时无法处理请求（HTTP ${p.status}），请稍后再试`);return m.data}}}var l=0;function u(e){let t=e?Date.parse(e):NaN;Number.isFinite(t)&&(l=t+500-Date.now())}function d(){return Date.now()+l}function f(){let e=n();return e?{Authorization:`Bearer ${e}`}:{}}var p=`X-Xuefa-Operation`;function m(e,t,n={}){var r;let i=e.toString(),a=JSON.stringify({query:i,variables:t==null?{}:t}),o=(r=/^\s*(?:query|mutation)\s+(\w+)/.exec(i))==null?void 0:r[1];return c(()=>({method:`POST`,headers:{"Content-Type":`application/json`,Accept:`application/json`,...o?{[p]:o}:{},...f()},body:a}),n)}function h(e,t,n,r,i={}){return c(()=>{let i=new FormData;return i.append(`operations`,JSON.stringify({query:e.toString(),variables:{...t,[n]:null}})),i.append(`map`,JSON.stringify({0:[`variables.${n}`]})),i.append(`0`,r,r.name),{method:`POST`,headers:{Accept:`application/json`,"GraphQL-Preflight":`1`,...f()},body:i}},i)}function g(t){return t instanceof e?t.message:`出现意外错误，请刷新页面后重试`}var _=class extends String{constructor(e,t){super(e),this.value=e,this.__meta__=t}toString(){return this.value}},v={"\n  fragment ConsoleNode on BreadcrumbItem { id name level manageable }\n":new _(`
    fragment ConsoleNode on BreadcrumbItem {
  id
  name
  level
  manageable
}
    `,{fragmentName:`ConsoleNode`}),"\n  fragment PageCursor on PageInfo { hasNextPage endCursor }\n":new _(`
    fragment PageCursor on PageInfo {
  hasNextPage
  endCursor
}
    `,{fragmentName:`PageCursor`}),"\n  fragment NodeFigures on NodeStats {\n    nodeId\n    name\n    isUnit\n    shouldTake\n    studyCompleted\n    participated\n    passed\n    participationRate\n    passRate\n    noRateReason\n    emptyUnits\n    deduction\n    deductionUnits\n  }\n":new _(`
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
    `,{fragmentName:`NodeFigures`}),"\n  fragment LearnerStanding on Learner {\n    id\n    name\n    phone\n    phoneMasked\n    rank\n    points(campaignId: $campaignId)\n    bestScore(campaignId: $campaignId)\n  }\n":new _(`
    fragment LearnerStanding on Learner {
  id
  name
  phone
  phoneMasked
  rank
  points(campaignId: $campaignId)
  bestScore(campaignId: $campaignId)
}
    `,{fragmentName:`LearnerStanding`}),"\n  fragment ImportCounts on ImportReport {\n    created\n    updated\n    unchanged\n    dryRun\n    written\n    errors { row message }\n  }\n":new _(`
    fragment ImportCounts on ImportReport {
  created
  updated
  unchanged
  dryRun
  written
  errors {
    row
    message
  }
}
    `,{fragmentName:`ImportCounts`}),"\n  fragment ExamSessionRow on ExamSession { id kind startsAt endsAt centreName seats booked }\n":new _(`
    fragment ExamSessionRow on ExamSession {
  id
  kind
  startsAt
  endsAt
  centreName
  seats
  booked
}
    `,{fragmentName:`ExamSessionRow`}),"\n  fragment IssuedPassword on TemporaryPassword { password expiresAt }\n":new _(`
    fragment IssuedPassword on TemporaryPassword {
  password
  expiresAt
}
    `,{fragmentName:`IssuedPassword`}),"\n  mutation AdminLogin($phone: String!, $password: String!) {\n    login(phone: $phone, password: $password) {\n      token\n      mustChangePassword\n    }\n  }\n":new _(`
    mutation AdminLogin($phone: String!, $password: String!) {
  login(phone: $phone, password: $password) {
    token
    mustChangePassword
  }
}
    `),"\n  mutation AdminChangePassword($oldPassword: String!, $newPassword: String!) {\n    changePassword(oldPassword: $oldPassword, newPassword: $newPassword)\n  }\n":new _(`
    mutation AdminChangePassword($oldPassword: String!, $newPassword: String!) {
  changePassword(oldPassword: $oldPassword, newPassword: $newPassword)
}
    `),"\n  mutation AdminLogout {\n    logout\n  }\n":new _(`
    mutation AdminLogout {
  logout
}
    `),"\n  query ConsoleContext {\n    me { id name phone }\n    consoleContext {\n      role\n      masksPhones\n      sections\n      home { ...ConsoleNode }\n      breadcrumb { ...ConsoleNode }\n    }\n    currentCampaign { id year title passScore mainWindow { start end } makeupWindow { start end } durationMinutes studyStart }\n  }\n":new _(`
    query ConsoleContext {
  me {
    id
    name
    phone
  }
  consoleContext {
    role
    masksPhones
    sections
    home {
      ...ConsoleNode
    }
    breadcrumb {
      ...ConsoleNode
    }
  }
  currentCampaign {
    id
    year
    title
    passScore
    mainWindow {
      start
      end
    }
    makeupWindow {
      start
      end
    }
    durationMinutes
    studyStart
  }
}
    fragment ConsoleNode on BreadcrumbItem {
  id
  name
  level
  manageable
}`),"\n  query Breadcrumb($nodeId: ID!) {\n    breadcrumb(nodeId: $nodeId) { ...ConsoleNode }\n  }\n":new _(`
    query Breadcrumb($nodeId: ID!) {
  breadcrumb(nodeId: $nodeId) {
    ...ConsoleNode
  }
}
    fragment ConsoleNode on BreadcrumbItem {
  id
  name
  level
  manageable
}`),"\n  query Dashboard($campaignId: ID!, $nodeId: ID!, $orderBy: StatsOrder!, $descending: Boolean!) {\n    stats(campaignId: $campaignId, nodeId: $nodeId) {\n      ...NodeFigures\n      children(orderBy: $orderBy, descending: $descending) { ...NodeFigures }\n    }\n    unitsWithoutRoster(nodeId: $nodeId, first: 100) { totalCount nodes { id name } }\n  }\n":new _(`
    query Dashboard($campaignId: ID!, $nodeId: ID!, $orderBy: StatsOrder!, $descending: Boolean!) {
  stats(campaignId: $campaignId, nodeId: $nodeId) {
    ...NodeFigures
    children(orderBy: $orderBy, descending: $descending) {
      ...NodeFigures
    }
  }
  unitsWithoutRoster(nodeId: $nodeId, first: 100) {
    totalCount
    nodes {
      id
      name
    }
  }
}
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
}`),"\n  query RegionUnitRosters($regionId: ID!, $after: String) {\n    region(id: $regionId) {\n      units(first: 100, after: $after) {\n        pageInfo { ...PageCursor }\n        nodes { id name learners(first: 1) { totalCount } }\n      }\n    }\n  }\n":new _(`
    query RegionUnitRosters($regionId: ID!, $after: String) {
  region(id: $regionId) {
    units(first: 100, after: $after) {
      pageInfo {
        ...PageCursor
      }
      nodes {
        id
        name
        learners(first: 1) {
          totalCount
        }
      }
    }
  }
}
    fragment PageCursor on PageInfo {
  hasNextPage
  endCursor
}`),"\n  query DailyProgress($campaignId: ID!, $nodeId: ID!) {\n    dailyProgress(campaignId: $campaignId, nodeId: $nodeId) { day studyCompleted participated passed }\n  }\n":new _(`
    query DailyProgress($campaignId: ID!, $nodeId: ID!) {
  dailyProgress(campaignId: $campaignId, nodeId: $nodeId) {
    day
    studyCompleted
    participated
    passed
  }
}
    `),"\n  mutation CreateDownloadLink($input: DownloadInput!) {\n    createDownloadLink(input: $input) { url expiresAt }\n  }\n":new _(`
    mutation CreateDownloadLink($input: DownloadInput!) {
  createDownloadLink(input: $input) {
    url
    expiresAt
  }
}
    `),"\n  query Roster($unitId: ID!, $first: Int!, $after: String, $filter: LearnerFilter, $orderBy: LearnerOrder!, $descending: Boolean!, $campaignId: ID!) {\n    unit(id: $unitId) {\n      id\n      name\n      learners(first: $first, after: $after, filter: $filter, orderBy: $orderBy, descending: $descending) {\n        totalCount\n        pageInfo { ...PageCursor }\n        nodes {\n          ...LearnerStanding\n          status\n          retirementDate\n        }\n      }\n    }\n  }\n":new _(`
    query Roster($unitId: ID!, $first: Int!, $after: String, $filter: LearnerFilter, $orderBy: LearnerOrder!, $descending: Boolean!, $campaignId: ID!) {
  unit(id: $unitId) {
    id
    name
    learners(
      first: $first
      after: $after
      filter: $filter
      orderBy: $orderBy
      descending: $descending
    ) {
      totalCount
      pageInfo {
        ...PageCursor
      }
      nodes {
        ...LearnerStanding
        status
        retirementDate
      }
    }
  }
}
    fragment PageCursor on PageInfo {
  hasNextPage
  endCursor
}
fragment LearnerStanding on Learner {
  id
  name
  phone
  phoneMasked
  rank
  points(campaignId: $campaignId)
  bestScore(campaignId: $campaignId)
}`),"\n  mutation AddLearner($input: AddLearnerInput!) {\n    addLearner(input: $input) { id name }\n  }\n":new _(`
    mutation AddLearner($input: AddLearnerInput!) {
  addLearner(input: $input) {
    id
    name
  }
}
    `),"\n  mutation UpdateLearner($id: ID!, $input: UpdateLearnerInput!) {\n    updateLearner(id: $id, input: $input) { id name }\n  }\n":new _(`
    mutation UpdateLearner($id: ID!, $input: UpdateLearnerInput!) {
  updateLearner(id: $id, input: $input) {
    id
    name
  }
}
    `),"\n  mutation TransferOut($learnerId: ID!) {\n    transferOut(learnerId: $learnerId) { id status }\n  }\n":new _(`
    mutation TransferOut($learnerId: ID!) {
  transferOut(learnerId: $learnerId) {
    id
    status
  }
}
    `),"\n  mutation SetStatus($learnerId: ID!, $status: EmploymentStatus!) {\n    setEmploymentStatus(learnerId: $learnerId, status: $status) { id status }\n  }\n":new _(`
    mutation SetStatus($learnerId: ID!, $status: EmploymentStatus!) {
  setEmploymentStatus(learnerId: $learnerId, status: $status) {
    id
    status
  }
}
    `),"\n  mutation ResetLearnerPassword($learnerId: ID!) {\n    resetLearnerPassword(learnerId: $learnerId) { ...IssuedPassword }\n  }\n":new _(`
    mutation ResetLearnerPassword($learnerId: ID!) {
  resetLearnerPassword(learnerId: $learnerId) {
    ...IssuedPassword
  }
}
    fragment IssuedPassword on TemporaryPassword {
  password
  expiresAt
}`),"\n  mutation UnlockLearner($learnerId: ID!) {\n    unlockLearner(learnerId: $learnerId)\n  }\n":new _(`
    mutation UnlockLearner($learnerId: ID!) {
  unlockLearner(learnerId: $learnerId)
}
    `),"\n  mutation RevealPhone($learnerId: ID!) {\n    revealPhone(learnerId: $learnerId)\n  }\n":new _(`
    mutation RevealPhone($learnerId: ID!) {
  revealPhone(learnerId: $learnerId)
}
    `),"\n  mutation ImportLearners($unitId: ID!, $file: Upload!, $dryRun: Boolean, $importValidRows: Boolean) {\n    importLearners(unitId: $unitId, file: $file, dryRun: $dryRun, importValidRows: $importValidRows) {\n      ...ImportCounts\n      preview { row action name phone changes }\n    }\n  }\n":new _(`
    mutation ImportLearners($unitId: ID!, $file: Upload!, $dryRun: Boolean, $importValidRows: Boolean) {
  importLearners(
    unitId: $unitId
    file: $file
    dryRun: $dryRun
    importValidRows: $importValidRows
  ) {
    ...ImportCounts
    preview {
      row
      action
      name
      phone
      changes
    }
  }
}
    fragment ImportCounts on ImportReport {
  created
  updated
  unchanged
  dryRun
  written
  errors {
    row
    message
  }
}`),"\n  query ActionList($campaignId: ID!, $nodeId: ID!, $kind: ActionKind!, $first: Int!, $after: String) {\n    learnersNeedingAction(campaignId: $campaignId, nodeId: $nodeId, kind: $kind, first: $first, after: $after) {\n      totalCount\n      pageInfo { ...PageCursor }\n      nodes {\n        ...LearnerStanding\n        unit { id name }\n      }\n    }\n  }\n":new _(`
    query ActionList($campaignId: ID!, $nodeId: ID!, $kind: ActionKind!, $first: Int!, $after: String) {
  learnersNeedingAction(
    campaignId: $campaignId
    nodeId: $nodeId
    kind: $kind
    first: $first
    after: $after
  ) {
    totalCount
    pageInfo {
      ...PageCursor
    }
    nodes {
      ...LearnerStanding
      unit {
        id
        name
      }
    }
  }
}
    fragment PageCursor on PageInfo {
  hasNextPage
  endCursor
}
fragment LearnerStanding on Learner {
  id
  name
  phone
  phoneMasked
  rank
  points(campaignId: $campaignId)
  bestScore(campaignId: $campaignId)
}`),"\n  query Children($campaignId: ID!, $nodeId: ID!) {\n    stats(campaignId: $campaignId, nodeId: $nodeId) {\n      children(orderBy: NAME) { nodeId name isUnit }\n    }\n  }\n":new _(`
    query Children($campaignId: ID!, $nodeId: ID!) {
  stats(campaignId: $campaignId, nodeId: $nodeId) {
    children(orderBy: NAME) {
      nodeId
      name
      isUnit
    }
  }
}
    `),"\n  query ExamSessions($campaignId: ID!, $unitId: ID) {\n    examSessions(campaignId: $campaignId, unitId: $unitId) { ...ExamSessionRow }\n  }\n":new _(`
    query ExamSessions($campaignId: ID!, $unitId: ID) {
  examSessions(campaignId: $campaignId, unitId: $unitId) {
    ...ExamSessionRow
  }
}
    fragment ExamSessionRow on ExamSession {
  id
  kind
  startsAt
  endsAt
  centreName
  seats
  booked
}`),"\n  query UnitExamCentreSeats($campaignId: ID!, $unitId: ID!) {\n    unitExamCentreSeats(campaignId: $campaignId, unitId: $unitId) {\n      centreName\n      kind\n      startsAt\n      endsAt\n      bookedAt\n      learner { id name phone }\n    }\n  }\n":new _(`
    query UnitExamCentreSeats($campaignId: ID!, $unitId: ID!) {
  unitExamCentreSeats(campaignId: $campaignId, unitId: $unitId) {
    centreName
    kind
    startsAt
    endsAt
    bookedAt
    learner {
      id
      name
      phone
    }
  }
}
    `),"\n  mutation ScheduleExamSession($input: ScheduleExamSessionInput!) {\n    scheduleExamSession(input: $input) { id kind startsAt endsAt }\n  }\n":new _(`
    mutation ScheduleExamSession($input: ScheduleExamSessionInput!) {
  scheduleExamSession(input: $input) {
    id
    kind
    startsAt
    endsAt
  }
}
    `),"\n  query Exemptions($campaignId: ID!, $nodeId: ID!, $status: ExemptionStatus, $escalated: Boolean) {\n    exemptions(campaignId: $campaignId, nodeId: $nodeId, status: $status, escalated: $escalated, first: 50) {\n      totalCount\n      nodes {\n        id\n        status\n        reason\n        appliedAt\n        attachmentName\n        escalatedAt\n        escalationComment\n        learner { id name phone unit { name } }\n        decisions { approve comment overrule decidedAt decidedBy }\n      }\n    }\n  }\n":new _(`
    query Exemptions($campaignId: ID!, $nodeId: ID!, $status: ExemptionStatus, $escalated: Boolean) {
  exemptions(
    campaignId: $campaignId
    nodeId: $nodeId
    status: $status
    escalated: $escalated
    first: 50
  ) {
    totalCount
    nodes {
      id
      status
      reason
      appliedAt
      attachmentName
      escalatedAt
      escalationComment
      learner {
        id
        name
        phone
        unit {
          name
        }
      }
      decisions {
        approve
        comment
        overrule
        decidedAt
        decidedBy
      }
    }
  }
}
    `),"\n  mutation DecideExemption($id: ID!, $approve: Boolean!, $comment: String) {\n    decideExemption(id: $id, approve: $approve, comment: $comment) { id status }\n  }\n":new _(`
    mutation DecideExemption($id: ID!, $approve: Boolean!, $comment: String) {
  decideExemption(id: $id, approve: $approve, comment: $comment) {
    id
    status
  }
}
    `),"\n  query Notices {\n    notices(first: 50) { nodes { id title body postedAt editedAt editable region { name } } }\n  }\n":new _(`
    query Notices {
  notices(first: 50) {
    nodes {
      id
      title
      body
      postedAt
      editedAt
      editable
      region {
        name
      }
    }
  }
}
    `),"\n  mutation PostNotice($input: PostNoticeInput!) {\n    postNotice(input: $input) { id }\n  }\n":new _(`
    mutation PostNotice($input: PostNoticeInput!) {
  postNotice(input: $input) {
    id
  }
}
    `),"\n  query AuditLog($nodeId: ID!, $first: Int!, $after: String, $filter: AuditFilter) {\n    auditLog(nodeId: $nodeId, first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { ...PageCursor }\n      nodes { id at action actor targetKind targetId before after late }\n    }\n  }\n":new _(`
    query AuditLog($nodeId: ID!, $first: Int!, $after: String, $filter: AuditFilter) {
  auditLog(nodeId: $nodeId, first: $first, after: $after, filter: $filter) {
    totalCount
    pageInfo {
      ...PageCursor
    }
    nodes {
      id
      at
      action
      actor
      targetKind
      targetId
      before
      after
      late
    }
  }
}
    fragment PageCursor on PageInfo {
  hasNextPage
  endCursor
}`),"\n  mutation GrantRole($input: GrantRoleInput!) {\n    grantRole(input: $input) {\n      id\n      role\n      temporaryPassword { ...IssuedPassword }\n    }\n  }\n":new _(`
    mutation GrantRole($input: GrantRoleInput!) {
  grantRole(input: $input) {
    id
    role
    temporaryPassword {
      ...IssuedPassword
    }
  }
}
    fragment IssuedPassword on TemporaryPassword {
  password
  expiresAt
}`),"\n  query CampaignForYear($year: Int!) {\n    campaign(year: $year) {\n      id\n      year\n      title\n      readerTitle\n      verificationDeadline\n      studyStart\n      requiredPoints\n      categories { category points required }\n      mainWindow { start end }\n      makeupWindow { start end }\n      passScore\n      durationMinutes\n      blueprint { type count pointsEach }\n      mainAttempts\n      makeupAttempts\n      answerGraceSeconds\n      dailyPointsCap\n      reviewMode\n    }\n  }\n":new _(`
    query CampaignForYear($year: Int!) {
  campaign(year: $year) {
    id
    year
    title
    readerTitle
    verificationDeadline
    studyStart
    requiredPoints
    categories {
      category
      points
      required
    }
    mainWindow {
      start
      end
    }
    makeupWindow {
      start
      end
    }
    passScore
    durationMinutes
    blueprint {
      type
      count
      pointsEach
    }
    mainAttempts
    makeupAttempts
    answerGraceSeconds
    dailyPointsCap
    reviewMode
  }
}
    `),"\n  mutation CreateCampaign($input: CampaignInput!) {\n    createCampaign(input: $input) { id year title }\n  }\n":new _(`
    mutation CreateCampaign($input: CampaignInput!) {
  createCampaign(input: $input) {
    id
    year
    title
  }
}
    `),"\n  mutation UpdateCampaign($id: ID!, $input: CampaignInput!) {\n    updateCampaign(id: $id, input: $input) { id year title }\n  }\n":new _(`
    mutation UpdateCampaign($id: ID!, $input: CampaignInput!) {
  updateCampaign(id: $id, input: $input) {
    id
    year
    title
  }
}
    `),"\n  mutation ImportQuestions($campaignId: ID!, $file: Upload!, $dryRun: Boolean) {\n    importQuestions(campaignId: $campaignId, file: $file, dryRun: $dryRun) { ...ImportCounts }\n  }\n":new _(`
    mutation ImportQuestions($campaignId: ID!, $file: Upload!, $dryRun: Boolean) {
  importQuestions(campaignId: $campaignId, file: $file, dryRun: $dryRun) {
    ...ImportCounts
  }
}
    fragment ImportCounts on ImportReport {
  created
  updated
  unchanged
  dryRun
  written
  errors {
    row
    message
  }
}`),"\n  mutation ImportStudyItems($campaignId: ID!, $file: Upload!, $dryRun: Boolean) {\n    importStudyItems(campaignId: $campaignId, file: $file, dryRun: $dryRun) { ...ImportCounts }\n  }\n":new _(`
    mutation ImportStudyItems($campaignId: ID!, $file: Upload!, $dryRun: Boolean) {
  importStudyItems(campaignId: $campaignId, file: $file, dryRun: $dryRun) {
    ...ImportCounts
  }
}
    fragment ImportCounts on ImportReport {
  created
  updated
  unchanged
  dryRun
  written
  errors {
    row
    message
  }
}`),"\n  query RecoveryRequests {\n    recoveryRequests {\n      id\n      learnerId\n      name\n      phone\n      unitName\n      requestedAt\n      escalated\n    }\n  }\n":new _(`
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
    `),"\n  mutation ResolveRecoveryRequest($id: ID!, $action: RecoveryAction!) {\n    resolveRecoveryRequest(id: $id, action: $action) { ...IssuedPassword }\n  }\n":new _(`
    mutation ResolveRecoveryRequest($id: ID!, $action: RecoveryAction!) {
  resolveRecoveryRequest(id: $id, action: $action) {
    ...IssuedPassword
  }
}
    fragment IssuedPassword on TemporaryPassword {
  password
  expiresAt
}`),"\n  mutation UpdateExamSession($id: ID!, $input: UpdateExamSessionInput!) {\n    updateExamSession(id: $id, input: $input) { id startsAt endsAt }\n  }\n":new _(`
    mutation UpdateExamSession($id: ID!, $input: UpdateExamSessionInput!) {
  updateExamSession(id: $id, input: $input) {
    id
    startsAt
    endsAt
  }
}
    `),"\n  mutation CancelExamSession($id: ID!) {\n    cancelExamSession(id: $id)\n  }\n":new _(`
    mutation CancelExamSession($id: ID!) {
  cancelExamSession(id: $id)
}
    `),"\n  query ExamCentreSessions($campaignId: ID!, $regionId: ID!) {\n    examCentreSessions(campaignId: $campaignId, regionId: $regionId) { ...ExamSessionRow bookableUntil }\n  }\n":new _(`
    query ExamCentreSessions($campaignId: ID!, $regionId: ID!) {
  examCentreSessions(campaignId: $campaignId, regionId: $regionId) {
    ...ExamSessionRow
    bookableUntil
  }
}
    fragment ExamSessionRow on ExamSession {
  id
  kind
  startsAt
  endsAt
  centreName
  seats
  booked
}`),"\n  query ExamCentreBookings($sessionId: ID!) {\n    examCentreBookings(sessionId: $sessionId) { bookedAt learner { id name phone } unit { id name } }\n  }\n":new _(`
    query ExamCentreBookings($sessionId: ID!) {
  examCentreBookings(sessionId: $sessionId) {
    bookedAt
    learner {
      id
      name
      phone
    }
    unit {
      id
      name
    }
  }
}
    `),"\n  mutation CreateExamCenterSession($input: CreateExamCenterSessionInput!) {\n    createExamCenterSession(input: $input) { id }\n  }\n":new _(`
    mutation CreateExamCenterSession($input: CreateExamCenterSessionInput!) {
  createExamCenterSession(input: $input) {
    id
  }
}
    `),"\n  mutation BookExamCenterSeats($sessionId: ID!, $learnerIds: [ID!]!) {\n    bookExamCenterSeats(sessionId: $sessionId, learnerIds: $learnerIds) { id booked seats }\n  }\n":new _(`
    mutation BookExamCenterSeats($sessionId: ID!, $learnerIds: [ID!]!) {
  bookExamCenterSeats(sessionId: $sessionId, learnerIds: $learnerIds) {
    id
    booked
    seats
  }
}
    `),"\n  mutation CancelExamCenterBooking($sessionId: ID!, $learnerId: ID!) {\n    cancelExamCenterBooking(sessionId: $sessionId, learnerId: $learnerId) { id booked seats }\n  }\n":new _(`
    mutation CancelExamCenterBooking($sessionId: ID!, $learnerId: ID!) {
  cancelExamCenterBooking(sessionId: $sessionId, learnerId: $learnerId) {
    id
    booked
    seats
  }
}
    `),"\n  query OfflineUnits($regionId: ID!) {\n    region(id: $regionId) { id units(first: 100, wholeSubtree: true) { nodes { id name hasInternet } } }\n  }\n":new _(`
    query OfflineUnits($regionId: ID!) {
  region(id: $regionId) {
    id
    units(first: 100, wholeSubtree: true) {
      nodes {
        id
        name
        hasInternet
      }
    }
  }
}
    `),"\n  query UnitLearners($unitId: ID!) {\n    unit(id: $unitId) { id learners(first: 100) { nodes { id name phone status } } }\n  }\n":new _(`
    query UnitLearners($unitId: ID!) {
  unit(id: $unitId) {
    id
    learners(first: 100) {
      nodes {
        id
        name
        phone
        status
      }
    }
  }
}
    `),"\n  mutation EscalateExemption($id: ID!, $comment: String) {\n    escalateExemption(id: $id, comment: $comment) { id escalatedAt }\n  }\n":new _(`
    mutation EscalateExemption($id: ID!, $comment: String) {
  escalateExemption(id: $id, comment: $comment) {
    id
    escalatedAt
  }
}
    `),"\n  query ExemptionAttachment($id: ID!) {\n    exemptionAttachment(id: $id) { name contentType dataUrl }\n  }\n":new _(`
    query ExemptionAttachment($id: ID!) {
  exemptionAttachment(id: $id) {
    name
    contentType
    dataUrl
  }
}
    `),"\n  mutation UpdateNotice($id: ID!, $input: UpdateNoticeInput!) {\n    updateNotice(id: $id, input: $input) { id title body editedAt }\n  }\n":new _(`
    mutation UpdateNotice($id: ID!, $input: UpdateNoticeInput!) {
  updateNotice(id: $id, input: $input) {
    id
    title
    body
    editedAt
  }
}
    `),"\n  mutation WithdrawNotice($id: ID!) {\n    withdrawNotice(id: $id)\n  }\n":new _(`
    mutation WithdrawNotice($id: ID!) {
  withdrawNotice(id: $id)
}
    `),"\n  query Administrators($nodeId: ID!, $first: Int!, $after: String) {\n    administrators(nodeId: $nodeId, first: $first, after: $after) {\n      totalCount\n      pageInfo { ...PageCursor }\n      nodes {\n        name\n        phoneMasked\n        appointedAt\n        revocable\n        grant { id role region { name } unit { name } }\n      }\n    }\n  }\n":new _(`
    query Administrators($nodeId: ID!, $first: Int!, $after: String) {
  administrators(nodeId: $nodeId, first: $first, after: $after) {
    totalCount
    pageInfo {
      ...PageCursor
    }
    nodes {
      name
      phoneMasked
      appointedAt
      revocable
      grant {
        id
        role
        region {
          name
        }
        unit {
          name
        }
      }
    }
  }
}
    fragment PageCursor on PageInfo {
  hasNextPage
  endCursor
}`),"\n  mutation RevokeRole($id: ID!) {\n    revokeRole(id: $id)\n  }\n":new _(`
    mutation RevokeRole($id: ID!) {
  revokeRole(id: $id)
}
    `),"\n  query UnitAttemptIntegrity($campaignId: ID!, $unitId: ID!) {\n    unitAttemptIntegrity(campaignId: $campaignId, unitId: $unitId) {\n      learner { id name }\n      integrity {\n        attemptId\n        leaves\n        awaySeconds\n        flagged\n        maxLeaves\n        maxAwaySeconds\n        note\n        events { kind at }\n      }\n    }\n  }\n":new _(`
    query UnitAttemptIntegrity($campaignId: ID!, $unitId: ID!) {
  unitAttemptIntegrity(campaignId: $campaignId, unitId: $unitId) {
    learner {
      id
      name
    }
    integrity {
      attemptId
      leaves
      awaySeconds
      flagged
      maxLeaves
      maxAwaySeconds
      note
      events {
        kind
        at
      }
    }
  }
}
    `),"\n  query PendingTransfersIn($unitId: ID!) {\n    pendingTransfersIn(unitId: $unitId) { requestedAt learner { id name phone rank } }\n  }\n":new _(`
    query PendingTransfersIn($unitId: ID!) {
  pendingTransfersIn(unitId: $unitId) {
    requestedAt
    learner {
      id
      name
      phone
      rank
    }
  }
}
    `),"\n  mutation AdminTransferIn($phone: String!, $unitId: ID!) {\n    transferIn(phone: $phone, unitId: $unitId) { id name }\n  }\n":new _(`
    mutation AdminTransferIn($phone: String!, $unitId: ID!) {
  transferIn(phone: $phone, unitId: $unitId) {
    id
    name
  }
}
    `),"\n  mutation AcceptTransferIn($learnerId: ID!) {\n    acceptTransferIn(learnerId: $learnerId) { id name }\n  }\n":new _(`
    mutation AcceptTransferIn($learnerId: ID!) {
  acceptTransferIn(learnerId: $learnerId) {
    id
    name
  }
}
    `),"\n  mutation RefuseTransferIn($learnerId: ID!) {\n    refuseTransferIn(learnerId: $learnerId)\n  }\n":new _(`
    mutation RefuseTransferIn($learnerId: ID!) {
  refuseTransferIn(learnerId: $learnerId)
}
    `),"\n  query PracticeBank($campaignId: ID!, $year: Int!) {\n    questions(campaignId: $campaignId) { id type stem lawSource withdrawn practice }\n    campaign(year: $year) { id integrityMaxLeaves integrityMaxAwaySeconds }\n  }\n":new _(`
    query PracticeBank($campaignId: ID!, $year: Int!) {
  questions(campaignId: $campaignId) {
    id
    type
    stem
    lawSource
    withdrawn
    practice
  }
  campaign(year: $year) {
    id
    integrityMaxLeaves
    integrityMaxAwaySeconds
  }
}
    `),"\n  mutation SetQuestionPractice($questionId: ID!) {\n    setQuestionPractice(questionId: $questionId) { id practice }\n  }\n":new _(`
    mutation SetQuestionPractice($questionId: ID!) {
  setQuestionPractice(questionId: $questionId) {
    id
    practice
  }
}
    `),"\n  mutation SetIntegrityTolerance($campaignId: ID!, $maxLeaves: Int, $maxAwaySeconds: Int) {\n    setIntegrityTolerance(campaignId: $campaignId, maxLeaves: $maxLeaves, maxAwaySeconds: $maxAwaySeconds)\n  }\n":new _(`
    mutation SetIntegrityTolerance($campaignId: ID!, $maxLeaves: Int, $maxAwaySeconds: Int) {
  setIntegrityTolerance(
    campaignId: $campaignId
    maxLeaves: $maxLeaves
    maxAwaySeconds: $maxAwaySeconds
  )
}
    `),"\n  query LearnerRecord($learnerId: ID!) {\n    learnerRecord(learnerId: $learnerId) {\n      learner { id name rank status retirementDate unit { name } }\n      years {\n        campaignId\n        year\n        campaignTitle\n        points\n        requiredPoints\n        studyCompleted\n        exemption\n        bestScore\n        outcome\n        consequences\n        attempts { kind score passed submittedAt autoSubmitted }\n      }\n    }\n  }\n":new _(`
    query LearnerRecord($learnerId: ID!) {
  learnerRecord(learnerId: $learnerId) {
    learner {
      id
      name
      rank
      status
      retirementDate
      unit {
        name
      }
    }
    years {
      campaignId
      year
      campaignTitle
      points
      requiredPoints
      studyCompleted
      exemption
      bestScore
      outcome
      consequences
      attempts {
        kind
        score
        passed
        submittedAt
        autoSubmitted
      }
    }
  }
}
    `),"\n  query RetirementsDue($campaignId: ID!, $unitId: ID!) {\n    retirementsDue(campaignId: $campaignId, unitId: $unitId) {\n      timing\n      learner { id name retirementDate }\n    }\n  }\n":new _(`
    query RetirementsDue($campaignId: ID!, $unitId: ID!) {
  retirementsDue(campaignId: $campaignId, unitId: $unitId) {
    timing
    learner {
      id
      name
      retirementDate
    }
  }
}
    `),"\n  mutation ConsoleCertificateLink($campaignId: ID!, $unitId: ID) {\n    createCertificateLink(campaignId: $campaignId, unitId: $unitId) { url expiresAt }\n  }\n":new _(`
    mutation ConsoleCertificateLink($campaignId: ID!, $unitId: ID) {
  createCertificateLink(campaignId: $campaignId, unitId: $unitId) {
    url
    expiresAt
  }
}
    `),"\n  mutation ConsoleRecordLink($learnerId: ID!) {\n    createRecordLink(learnerId: $learnerId) { url expiresAt }\n  }\n":new _(`
    mutation ConsoleRecordLink($learnerId: ID!) {
  createRecordLink(learnerId: $learnerId) {
    url
    expiresAt
  }
}
    `),"\n  mutation CopyCampaignMaterial($fromCampaignId: ID!, $toCampaignId: ID!) {\n    copyCampaignMaterial(fromCampaignId: $fromCampaignId, toCampaignId: $toCampaignId) { studyItems questions }\n  }\n":new _(`
    mutation CopyCampaignMaterial($fromCampaignId: ID!, $toCampaignId: ID!) {
  copyCampaignMaterial(
    fromCampaignId: $fromCampaignId
    toCampaignId: $toCampaignId
  ) {
    studyItems
    questions
  }
}
    `),"\n  mutation Login($phone: String!, $password: String!) {\n    login(phone: $phone, password: $password) {\n      token\n      expiresAt\n      mustChangePassword\n      account { id name phone }\n    }\n  }\n":new _(`
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
    `),"\n  mutation ChangePassword($oldPassword: String!, $newPassword: String!) {\n    changePassword(oldPassword: $oldPassword, newPassword: $newPassword)\n  }\n":new _(`
    mutation ChangePassword($oldPassword: String!, $newPassword: String!) {
  changePassword(oldPassword: $oldPassword, newPassword: $newPassword)
}
    `),"\n  mutation Logout {\n    logout\n  }\n":new _(`
    mutation Logout {
  logout
}
    `),"\n  query Me {\n    me {\n      id\n      name\n      phone\n      mustChangePassword\n      roles { role }\n      learner {\n        id\n        name\n        rank\n        status\n        retirementDate\n        unit { id name hasInternet }\n        transferRequest { status requestedAt decidedAt unit { id name } }\n      }\n    }\n  }\n":new _(`
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
      transferRequest {
        status
        requestedAt
        decidedAt
        unit {
          id
          name
        }
      }
    }
  }
}
    `),"\n  query Home {\n    currentCampaign {\n      id\n      year\n      title\n      readerTitle\n      requiredPoints\n      passScore\n      durationMinutes\n      mainWindow { start end }\n      makeupWindow { start end }\n    }\n    notices(first: 5) {\n      totalCount\n      nodes { id title body postedAt region { name } }\n    }\n  }\n":new _(`
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
    `),"\n  query MyStanding($campaignId: ID!) {\n    myStudy(campaignId: $campaignId) {\n      total\n      required\n      eligible\n      completedOn\n      byCategory { category points cap required }\n    }\n    myEligibility(campaignId: $campaignId) {\n      mayStartNow\n      liveAttemptId\n      obstacle\n      reason\n      fromDay\n      studyDeadline\n      openSession { id kind startsAt endsAt centreName }\n      nextSession { id kind startsAt endsAt centreName }\n    }\n  }\n":new _(`
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
    `),"\n  query StudyItems($campaignId: ID!) {\n    studyItems(campaignId: $campaignId) { id category title points minReadingSeconds position }\n    myStudy(campaignId: $campaignId) {\n      total\n      required\n      eligible\n      byCategory { category points cap required }\n      history { category points itemId creditedAt }\n    }\n  }\n":new _(`
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
    `),"\n  query StudyItem($id: ID!) {\n    studyItem(id: $id) { id category title body points minReadingSeconds }\n  }\n":new _(`
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
    `),"\n  mutation OpenStudyItem($itemId: ID!) {\n    openStudyItem(itemId: $itemId) { openedAt completableAt creditedPoints }\n  }\n":new _(`
    mutation OpenStudyItem($itemId: ID!) {
  openStudyItem(itemId: $itemId) {
    openedAt
    completableAt
    creditedPoints
  }
}
    `),"\n  mutation CompleteStudyItem($itemId: ID!) {\n    completeStudyItem(itemId: $itemId) {\n      total\n      history { itemId points }\n    }\n  }\n":new _(`
    mutation CompleteStudyItem($itemId: ID!) {
  completeStudyItem(itemId: $itemId) {
    total
    history {
      itemId
      points
    }
  }
}
    `),"\n  query ExamOverview($campaignId: ID!) {\n    examSessions(campaignId: $campaignId) { id kind startsAt endsAt centreName }\n    myAttempts(campaignId: $campaignId) { id kind status startedAt submittedAt autoSubmitted score passed }\n    myEligibility(campaignId: $campaignId) {\n      mayStartNow\n      liveAttemptId\n      obstacle\n      reason\n      fromDay\n      studyDeadline\n      openSession { id kind startsAt endsAt centreName }\n      nextSession { id kind startsAt endsAt centreName }\n    }\n  }\n":new _(`
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
    `),"\n  mutation StartExam($sessionId: ID!) {\n    startExam(sessionId: $sessionId) { id }\n  }\n":new _(`
    mutation StartExam($sessionId: ID!) {
  startExam(sessionId: $sessionId) {
    id
  }
}
    `),"\n  query ExamPaper($id: ID!) {\n    examAttempt(id: $id) {\n      id\n      kind\n      status\n      startedAt\n      deadline\n      remainingSeconds\n      questions { id type stem points options { key text } }\n      answers { questionId choices }\n    }\n  }\n":new _(`
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
    `),"\n  mutation SaveAnswer($attemptId: ID!, $questionId: ID!, $choices: [String!]!, $clientSeq: Int) {\n    saveAnswer(attemptId: $attemptId, questionId: $questionId, choices: $choices, clientSeq: $clientSeq) {\n      saved\n      remainingSeconds\n    }\n  }\n":new _(`
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
    `),"\n  mutation SubmitExam($attemptId: ID!) {\n    submitExam(attemptId: $attemptId) { attemptId score passed submittedAt }\n  }\n":new _(`
    mutation SubmitExam($attemptId: ID!) {
  submitExam(attemptId: $attemptId) {
    attemptId
    score
    passed
    submittedAt
  }
}
    `),"\n  query ExamResult($id: ID!) {\n    examAttempt(id: $id) {\n      id\n      kind\n      status\n      submittedAt\n      autoSubmitted\n      score\n      passed\n      questions { id type stem options { key text } }\n      answers { questionId choices }\n      review { questionId correct explanation lawSource }\n    }\n  }\n":new _(`
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
    `),"\n  query MyExemptions($campaignId: ID!) {\n    myExemptions(campaignId: $campaignId) {\n      id\n      status\n      reason\n      appliedAt\n      attachmentName\n      decisions { approve comment decidedAt decidedBy overrule }\n    }\n  }\n":new _(`
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
    `),"\n  mutation ApplyExemption($campaignId: ID!, $reason: String!, $attachment: Upload) {\n    applyExemption(campaignId: $campaignId, reason: $reason, attachment: $attachment) { id status }\n  }\n":new _(`
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
    `),"\n  mutation TransferIn($phone: String!, $unitId: ID!) {\n    transferIn(phone: $phone, unitId: $unitId) { id status unit { id name } }\n  }\n":new _(`
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
    `),"\n  query ExamClock($id: ID!) {\n    examAttempt(id: $id) { id status remainingSeconds autoSubmitted }\n  }\n":new _(`
    query ExamClock($id: ID!) {
  examAttempt(id: $id) {
    id
    status
    remainingSeconds
    autoSubmitted
  }
}
    `),"\n  query SearchUnits($name: String!) {\n    searchUnits(name: $name) { id name regionName }\n  }\n":new _(`
    query SearchUnits($name: String!) {
  searchUnits(name: $name) {
    id
    name
    regionName
  }
}
    `),"\n  mutation RequestAccountRecovery($phone: String!, $name: String!, $unitName: String!) {\n    requestAccountRecovery(phone: $phone, name: $name, unitName: $unitName) {\n      code\n      message\n    }\n  }\n":new _(`
    mutation RequestAccountRecovery($phone: String!, $name: String!, $unitName: String!) {
  requestAccountRecovery(phone: $phone, name: $name, unitName: $unitName) {
    code
    message
  }
}
    `),"\n  query AccountRecoveryStatus($code: String!) {\n    accountRecoveryStatus(code: $code) {\n      status\n      message\n      requestedAt\n      resolvedAt\n    }\n  }\n":new _(`
    query AccountRecoveryStatus($code: String!) {
  accountRecoveryStatus(code: $code) {
    status
    message
    requestedAt
    resolvedAt
  }
}
    `),"\n  mutation ReportAttemptEvents($attemptId: ID!, $events: [AttemptEventInput!]!) {\n    reportAttemptEvents(attemptId: $attemptId, events: $events)\n  }\n":new _(`
    mutation ReportAttemptEvents($attemptId: ID!, $events: [AttemptEventInput!]!) {
  reportAttemptEvents(attemptId: $attemptId, events: $events)
}
    `),"\n  query AttemptIntegrity($attemptId: ID!) {\n    attemptIntegrity(attemptId: $attemptId) { leaves awaySeconds note }\n  }\n":new _(`
    query AttemptIntegrity($attemptId: ID!) {
  attemptIntegrity(attemptId: $attemptId) {
    leaves
    awaySeconds
    note
  }
}
    `),"\n  mutation NoteAttemptEvents($attemptId: ID!, $note: String!) {\n    noteAttemptEvents(attemptId: $attemptId, note: $note)\n  }\n":new _(`
    mutation NoteAttemptEvents($attemptId: ID!, $note: String!) {
  noteAttemptEvents(attemptId: $attemptId, note: $note)
}
    `),"\n  query PracticeLaws {\n    practiceLaws { lawSource questions }\n  }\n":new _(`
    query PracticeLaws {
  practiceLaws {
    lawSource
    questions
  }
}
    `),"\n  query PracticeQuestions($lawSource: String, $count: Int!) {\n    practiceQuestions(lawSource: $lawSource, count: $count) {\n      id\n      type\n      stem\n      options { key text }\n      lawSource\n    }\n  }\n":new _(`
    query PracticeQuestions($lawSource: String, $count: Int!) {
  practiceQuestions(lawSource: $lawSource, count: $count) {
    id
    type
    stem
    options {
      key
      text
    }
    lawSource
  }
}
    `),"\n  mutation AnswerPractice($questionId: ID!, $answer: [String!]!) {\n    answerPractice(questionId: $questionId, answer: $answer) {\n      correct\n      correctAnswer\n      explanation\n      lawSource\n    }\n  }\n":new _(`
    mutation AnswerPractice($questionId: ID!, $answer: [String!]!) {
  answerPractice(questionId: $questionId, answer: $answer) {
    correct
    correctAnswer
    explanation
    lawSource
  }
}
    `),"\n  query MyMistakes {\n    myMistakes {\n      question { id type stem options { key text } lawSource }\n      wrongCount\n      lastWrongAt\n      answeredRight\n    }\n  }\n":new _(`
    query MyMistakes {
  myMistakes {
    question {
      id
      type
      stem
      options {
        key
        text
      }
      lawSource
    }
    wrongCount
    lastWrongAt
    answeredRight
  }
}
    `),"\n  mutation RemoveMistake($questionId: ID!) {\n    removeMistake(questionId: $questionId)\n  }\n":new _(`
    mutation RemoveMistake($questionId: ID!) {
  removeMistake(questionId: $questionId)
}
    `),"\n  query MyRecord {\n    myRecord {\n      learner { id name unit { name } }\n      years {\n        campaignId\n        year\n        campaignTitle\n        points\n        requiredPoints\n        studyCompleted\n        exemption\n        bestScore\n        outcome\n        consequences\n        attempts { kind score passed submittedAt autoSubmitted }\n      }\n    }\n  }\n":new _(`
    query MyRecord {
  myRecord {
    learner {
      id
      name
      unit {
        name
      }
    }
    years {
      campaignId
      year
      campaignTitle
      points
      requiredPoints
      studyCompleted
      exemption
      bestScore
      outcome
      consequences
      attempts {
        kind
        score
        passed
        submittedAt
        autoSubmitted
      }
    }
  }
}
    `),"\n  query MyCertificate($campaignId: ID!) {\n    myCertificate(campaignId: $campaignId) { code verifyPath name unitName year score passedOn }\n  }\n":new _(`
    query MyCertificate($campaignId: ID!) {
  myCertificate(campaignId: $campaignId) {
    code
    verifyPath
    name
    unitName
    year
    score
    passedOn
  }
}
    `),"\n  mutation CreateCertificateLink($campaignId: ID!, $unitId: ID) {\n    createCertificateLink(campaignId: $campaignId, unitId: $unitId) { url expiresAt }\n  }\n":new _(`
    mutation CreateCertificateLink($campaignId: ID!, $unitId: ID) {
  createCertificateLink(campaignId: $campaignId, unitId: $unitId) {
    url
    expiresAt
  }
}
    `),"\n  mutation CreateRecordLink($learnerId: ID!) {\n    createRecordLink(learnerId: $learnerId) { url expiresAt }\n  }\n":new _(`
    mutation CreateRecordLink($learnerId: ID!) {
  createRecordLink(learnerId: $learnerId) {
    url
    expiresAt
  }
}
    `)};function y(e){var t;return(t=v[e])==null?{}:t}var b=y(`
  mutation Login($phone: String!, $password: String!) {
    login(phone: $phone, password: $password) {
      token
      expiresAt
      mustChangePassword
      account { id name phone }
    }
  }
`),x=y(`
  mutation ChangePassword($oldPassword: String!, $newPassword: String!) {
    changePassword(oldPassword: $oldPassword, newPassword: $newPassword)
  }
`),S=y(`
  mutation Logout {
    logout
  }
`),C=y(`
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
`),w=y(`
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
`),T=y(`
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
`),E=y(`
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
`),D=y(`
  query StudyItem($id: ID!) {
    studyItem(id: $id) { id category title body points minReadingSeconds }
  }
`),O=y(`
  mutation OpenStudyItem($itemId: ID!) {
    openStudyItem(itemId: $itemId) { openedAt completableAt creditedPoints }
  }
`),k=y(`
  mutation CompleteStudyItem($itemId: ID!) {
    completeStudyItem(itemId: $itemId) {
      total
      history { itemId points }
    }
  }
`),A=y(`
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
`),j=y(`
  mutation StartExam($sessionId: ID!) {
    startExam(sessionId: $sessionId) { id }
  }
`),M=y(`
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
`),N=y(`
  mutation SaveAnswer($attemptId: ID!, $questionId: ID!, $choices: [String!]!, $clientSeq: Int) {
    saveAnswer(attemptId: $attemptId, questionId: $questionId, choices: $choices, clientSeq: $clientSeq) {
      saved
      remainingSeconds
    }
  }
`),P=y(`
  mutation SubmitExam($attemptId: ID!) {
    submitExam(attemptId: $attemptId) { attemptId score passed submittedAt }
  }
`),F=y(`
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
`),I=y(`
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
`),L=y(`
  mutation ApplyExemption($campaignId: ID!, $reason: String!, $attachment: Upload) {
    applyExemption(campaignId: $campaignId, reason: $reason, attachment: $attachment) { id status }
  }
`),R=y(`
  mutation TransferIn($phone: String!, $unitId: ID!) {
    transferIn(phone: $phone, unitId: $unitId) { id status unit { id name } }
  }
`),z=y(`
  query ExamClock($id: ID!) {
    examAttempt(id: $id) { id status remainingSeconds autoSubmitted }
  }
`),B=y(`
  query SearchUnits($name: String!) {
    searchUnits(name: $name) { id name regionName }
  }
`),V=y(`
  mutation RequestAccountRecovery($phone: String!, $name: String!, $unitName: String!) {
    requestAccountRecovery(phone: $phone, name: $name, unitName: $unitName) {
      code
      message
    }
  }
`),H=y(`
  query AccountRecoveryStatus($code: String!) {
    accountRecoveryStatus(code: $code) {
      status
      message
      requestedAt
      resolvedAt
    }
  }
`),U=`请输入 11 位手机号，以 13 至 19 开头`;function W(e){let t=e.replace(/[\s\-－]/g,``).replace(/[０-９＋]/g,e=>String.fromCharCode(e.charCodeAt(0)-65248));return t.startsWith(`+86`)?t.slice(3):t}function G(e){let t=W(e);return/^1[3-9]\d{9}$/.test(t)?t:null}export{g as A,D as C,y as D,R as E,h as F,m as M,d as N,e as O,r as P,j as S,P as T,T as _,L as a,N as b,z as c,F as d,w as f,I as g,C as h,H as i,a as j,n as k,A as l,S as m,W as n,x as o,b as p,G as r,k as s,U as t,M as u,O as v,E as w,B as x,V as y};