var e=class extends Error{constructor(e,t){super(t),this.name=`ApiError`,this.code=e}},t=`xuefa.token`;function n(){try{return localStorage.getItem(t)}catch{return null}}function r(e){try{e?localStorage.setItem(t,e):localStorage.removeItem(t)}catch{}}var i=null;function a(e){i=e}var o=e=>new Promise(t=>setTimeout(t,e));function s(e,t){let n=t?Number(t):NaN;if(Number.isFinite(n)&&n>0)return Math.min(n,30)*1e3;let r=500*2**e;return Math.min(r,8e3)*(.75+Math.random()*.5)}async function c(t,r){var a;let c=(a=r.busyRetries)==null?5:a;for(let a=0;;a++){var l,d,f;let p;try{p=await fetch(`/graphql`,{...t(),signal:r.signal})}catch(t){throw(t==null?void 0:t.name)===`AbortError`?t:new e(`NETWORK`,`网络连接中断，请检查网络后重试`)}u(p.headers.get(`Date`));let m=null;try{m=await p.json()}catch{m=null}let h=m==null||(l=m.errors)==null?void 0:l[0],g=(d=h==null||(f=h.extensions)==null?void 0:f.code)==null?p.status===503?`BUSY`:void 0:d;if(g===`BUSY`&&a<c)await o(s(a,p.headers.get(`Retry-After`)));else{if(h){let t=g==null?`INTERNAL`:g;throw(t===`UNAUTHENTICATED`||t===`PASSWORD_CHANGE_REQUIRED`)&&i&&n()&&i(t),new e(t,h.message)}if(!p.ok||!m||m.data==null)throw p.status===503?new e(`BUSY`,`服务器繁忙，请稍后再试`):new e(`INTERNAL`,`服务器暂时无法处理请求（HTTP ${p.status}），请稍后再试`);return m.data}}}var l=0;function u(e){let t=e?Date.parse(e):NaN;Number.isFinite(t)&&(l=t+500-Date.now())}function d(){return Date.now()+l}function f(){let e=n();return e?{Authorization:`Bearer ${e}`}:{}}function p(e,t,n={}){let r=JSON.stringify({query:e.toString(),variables:t==null?{}:t});return c(()=>({method:`POST`,headers:{"Content-Type":`application/json`,Accept:`application/json`,...f()},body:r}),n)}function m(e,t,n,r,i={}){return c(()=>{let i=new FormData;return i.append(`operations`,JSON.stringify({query:e.toString(),variables:{...t,[n]:null}})),i.append(`map`,JSON.stringify({0:[`variables.${n}`]})),i.append(`0`,r,r.name),{method:`POST`,headers:{Accept:`application/json`,"GraphQL-Preflight":`1`,...f()},body:i}},i)}function h(t){return t instanceof e?t.message:`出现意外错误，请刷新页面后重试`}var g=class extends String{constructor(e,t){super(e),this.value=e,this.__meta__=t}toString(){return this.value}},_={"\n  mutation AdminLogin($phone: String!, $password: String!) {\n    login(phone: $phone, password: $password) {\n      token\n      mustChangePassword\n    }\n  }\n":new g(`
    mutation AdminLogin($phone: String!, $password: String!) {
  login(phone: $phone, password: $password) {
    token
    mustChangePassword
  }
}
    `),"\n  mutation AdminChangePassword($oldPassword: String!, $newPassword: String!) {\n    changePassword(oldPassword: $oldPassword, newPassword: $newPassword)\n  }\n":new g(`
    mutation AdminChangePassword($oldPassword: String!, $newPassword: String!) {
  changePassword(oldPassword: $oldPassword, newPassword: $newPassword)
}
    `),"\n  mutation AdminLogout {\n    logout\n  }\n":new g(`
    mutation AdminLogout {
  logout
}
    `),"\n  query ConsoleContext {\n    me { id name phone }\n    consoleContext {\n      role\n      masksPhones\n      sections\n      home { id name level manageable }\n      breadcrumb { id name level manageable }\n    }\n    currentCampaign { id year title passScore mainWindow { start end } makeupWindow { start end } durationMinutes studyStart }\n  }\n":new g(`
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
      id
      name
      level
      manageable
    }
    breadcrumb {
      id
      name
      level
      manageable
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
    `),"\n  query Breadcrumb($nodeId: ID!) {\n    breadcrumb(nodeId: $nodeId) { id name level manageable }\n  }\n":new g(`
    query Breadcrumb($nodeId: ID!) {
  breadcrumb(nodeId: $nodeId) {
    id
    name
    level
    manageable
  }
}
    `),"\n  query Dashboard($campaignId: ID!, $nodeId: ID!, $orderBy: StatsOrder!, $descending: Boolean!) {\n    stats(campaignId: $campaignId, nodeId: $nodeId) {\n      nodeId\n      name\n      isUnit\n      shouldTake\n      studyCompleted\n      participated\n      passed\n      participationRate\n      passRate\n      deduction\n      deductionUnits\n      children(orderBy: $orderBy, descending: $descending) {\n        nodeId\n        name\n        isUnit\n        shouldTake\n        studyCompleted\n        participated\n        passed\n        participationRate\n        passRate\n        deduction\n        deductionUnits\n      }\n    }\n  }\n":new g(`
    query Dashboard($campaignId: ID!, $nodeId: ID!, $orderBy: StatsOrder!, $descending: Boolean!) {
  stats(campaignId: $campaignId, nodeId: $nodeId) {
    nodeId
    name
    isUnit
    shouldTake
    studyCompleted
    participated
    passed
    participationRate
    passRate
    deduction
    deductionUnits
    children(orderBy: $orderBy, descending: $descending) {
      nodeId
      name
      isUnit
      shouldTake
      studyCompleted
      participated
      passed
      participationRate
      passRate
      deduction
      deductionUnits
    }
  }
}
    `),"\n  query DailyProgress($campaignId: ID!, $nodeId: ID!) {\n    dailyProgress(campaignId: $campaignId, nodeId: $nodeId) { day studyCompleted participated passed }\n  }\n":new g(`
    query DailyProgress($campaignId: ID!, $nodeId: ID!) {
  dailyProgress(campaignId: $campaignId, nodeId: $nodeId) {
    day
    studyCompleted
    participated
    passed
  }
}
    `),"\n  mutation CreateDownloadLink($input: DownloadInput!) {\n    createDownloadLink(input: $input) { url expiresAt }\n  }\n":new g(`
    mutation CreateDownloadLink($input: DownloadInput!) {
  createDownloadLink(input: $input) {
    url
    expiresAt
  }
}
    `),"\n  query Roster($unitId: ID!, $first: Int!, $after: String, $filter: LearnerFilter, $orderBy: LearnerOrder!, $descending: Boolean!, $campaignId: ID!) {\n    unit(id: $unitId) {\n      id\n      name\n      learners(first: $first, after: $after, filter: $filter, orderBy: $orderBy, descending: $descending) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        nodes {\n          id\n          name\n          phone\n          phoneMasked\n          rank\n          status\n          retirementDate\n          points(campaignId: $campaignId)\n          bestScore(campaignId: $campaignId)\n        }\n      }\n    }\n  }\n":new g(`
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
        hasNextPage
        endCursor
      }
      nodes {
        id
        name
        phone
        phoneMasked
        rank
        status
        retirementDate
        points(campaignId: $campaignId)
        bestScore(campaignId: $campaignId)
      }
    }
  }
}
    `),"\n  mutation AddLearner($input: AddLearnerInput!) {\n    addLearner(input: $input) { id name }\n  }\n":new g(`
    mutation AddLearner($input: AddLearnerInput!) {
  addLearner(input: $input) {
    id
    name
  }
}
    `),"\n  mutation UpdateLearner($id: ID!, $input: UpdateLearnerInput!) {\n    updateLearner(id: $id, input: $input) { id name }\n  }\n":new g(`
    mutation UpdateLearner($id: ID!, $input: UpdateLearnerInput!) {
  updateLearner(id: $id, input: $input) {
    id
    name
  }
}
    `),"\n  mutation TransferOut($learnerId: ID!) {\n    transferOut(learnerId: $learnerId) { id status }\n  }\n":new g(`
    mutation TransferOut($learnerId: ID!) {
  transferOut(learnerId: $learnerId) {
    id
    status
  }
}
    `),"\n  mutation SetStatus($learnerId: ID!, $status: EmploymentStatus!) {\n    setEmploymentStatus(learnerId: $learnerId, status: $status) { id status }\n  }\n":new g(`
    mutation SetStatus($learnerId: ID!, $status: EmploymentStatus!) {
  setEmploymentStatus(learnerId: $learnerId, status: $status) {
    id
    status
  }
}
    `),"\n  mutation ResetLearnerPassword($learnerId: ID!) {\n    resetLearnerPassword(learnerId: $learnerId)\n  }\n":new g(`
    mutation ResetLearnerPassword($learnerId: ID!) {
  resetLearnerPassword(learnerId: $learnerId)
}
    `),"\n  mutation UnlockLearner($learnerId: ID!) {\n    unlockLearner(learnerId: $learnerId)\n  }\n":new g(`
    mutation UnlockLearner($learnerId: ID!) {
  unlockLearner(learnerId: $learnerId)
}
    `),"\n  mutation RevealPhone($learnerId: ID!) {\n    revealPhone(learnerId: $learnerId)\n  }\n":new g(`
    mutation RevealPhone($learnerId: ID!) {
  revealPhone(learnerId: $learnerId)
}
    `),"\n  mutation ImportLearners($unitId: ID!, $file: Upload!, $dryRun: Boolean, $importValidRows: Boolean) {\n    importLearners(unitId: $unitId, file: $file, dryRun: $dryRun, importValidRows: $importValidRows) {\n      created\n      updated\n      unchanged\n      dryRun\n      written\n      errors { row message }\n    }\n  }\n":new g(`
    mutation ImportLearners($unitId: ID!, $file: Upload!, $dryRun: Boolean, $importValidRows: Boolean) {
  importLearners(
    unitId: $unitId
    file: $file
    dryRun: $dryRun
    importValidRows: $importValidRows
  ) {
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
}
    `),"\n  query ActionList($campaignId: ID!, $nodeId: ID!, $kind: ActionKind!, $first: Int!, $after: String) {\n    learnersNeedingAction(campaignId: $campaignId, nodeId: $nodeId, kind: $kind, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        id\n        name\n        phone\n        phoneMasked\n        rank\n        unit { id name }\n        points(campaignId: $campaignId)\n        bestScore(campaignId: $campaignId)\n      }\n    }\n  }\n":new g(`
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
      hasNextPage
      endCursor
    }
    nodes {
      id
      name
      phone
      phoneMasked
      rank
      unit {
        id
        name
      }
      points(campaignId: $campaignId)
      bestScore(campaignId: $campaignId)
    }
  }
}
    `),"\n  query Children($campaignId: ID!, $nodeId: ID!) {\n    stats(campaignId: $campaignId, nodeId: $nodeId) {\n      children(orderBy: NAME) { nodeId name isUnit }\n    }\n  }\n":new g(`
    query Children($campaignId: ID!, $nodeId: ID!) {
  stats(campaignId: $campaignId, nodeId: $nodeId) {
    children(orderBy: NAME) {
      nodeId
      name
      isUnit
    }
  }
}
    `),"\n  query ExamSessions($campaignId: ID!, $unitId: ID) {\n    examSessions(campaignId: $campaignId, unitId: $unitId) { id kind startsAt endsAt centreName seats booked }\n  }\n":new g(`
    query ExamSessions($campaignId: ID!, $unitId: ID) {
  examSessions(campaignId: $campaignId, unitId: $unitId) {
    id
    kind
    startsAt
    endsAt
    centreName
    seats
    booked
  }
}
    `),"\n  mutation ScheduleExamSession($input: ScheduleExamSessionInput!) {\n    scheduleExamSession(input: $input) { id kind startsAt endsAt }\n  }\n":new g(`
    mutation ScheduleExamSession($input: ScheduleExamSessionInput!) {
  scheduleExamSession(input: $input) {
    id
    kind
    startsAt
    endsAt
  }
}
    `),"\n  query Exemptions($campaignId: ID!, $nodeId: ID!, $status: ExemptionStatus) {\n    exemptions(campaignId: $campaignId, nodeId: $nodeId, status: $status, first: 100) {\n      totalCount\n      nodes {\n        id\n        status\n        reason\n        appliedAt\n        attachmentName\n        learner { id name phone unit { name } }\n        decisions { approve comment overrule decidedAt decidedBy }\n      }\n    }\n  }\n":new g(`
    query Exemptions($campaignId: ID!, $nodeId: ID!, $status: ExemptionStatus) {
  exemptions(
    campaignId: $campaignId
    nodeId: $nodeId
    status: $status
    first: 100
  ) {
    totalCount
    nodes {
      id
      status
      reason
      appliedAt
      attachmentName
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
    `),"\n  mutation DecideExemption($id: ID!, $approve: Boolean!, $comment: String) {\n    decideExemption(id: $id, approve: $approve, comment: $comment) { id status }\n  }\n":new g(`
    mutation DecideExemption($id: ID!, $approve: Boolean!, $comment: String) {
  decideExemption(id: $id, approve: $approve, comment: $comment) {
    id
    status
  }
}
    `),"\n  query Notices {\n    notices(first: 50) { nodes { id title body postedAt region { name } } }\n  }\n":new g(`
    query Notices {
  notices(first: 50) {
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
    `),"\n  mutation PostNotice($input: PostNoticeInput!) {\n    postNotice(input: $input) { id }\n  }\n":new g(`
    mutation PostNotice($input: PostNoticeInput!) {
  postNotice(input: $input) {
    id
  }
}
    `),"\n  query AuditLog($nodeId: ID!, $first: Int!, $after: String) {\n    auditLog(nodeId: $nodeId, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id at action actor targetKind targetId before after late }\n    }\n  }\n":new g(`
    query AuditLog($nodeId: ID!, $first: Int!, $after: String) {
  auditLog(nodeId: $nodeId, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
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
    `),"\n  mutation GrantRole($input: GrantRoleInput!) {\n    grantRole(input: $input) { id role }\n  }\n":new g(`
    mutation GrantRole($input: GrantRoleInput!) {
  grantRole(input: $input) {
    id
    role
  }
}
    `),"\n  query CampaignForYear($year: Int!) {\n    campaign(year: $year) {\n      id\n      year\n      title\n      readerTitle\n      verificationDeadline\n      studyStart\n      requiredPoints\n      categories { category points required }\n      mainWindow { start end }\n      makeupWindow { start end }\n      passScore\n      durationMinutes\n      blueprint { type count pointsEach }\n      mainAttempts\n      makeupAttempts\n      answerGraceSeconds\n      dailyPointsCap\n      reviewMode\n    }\n  }\n":new g(`
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
    `),"\n  mutation CreateCampaign($input: CampaignInput!) {\n    createCampaign(input: $input) { id year title }\n  }\n":new g(`
    mutation CreateCampaign($input: CampaignInput!) {
  createCampaign(input: $input) {
    id
    year
    title
  }
}
    `),"\n  mutation UpdateCampaign($id: ID!, $input: CampaignInput!) {\n    updateCampaign(id: $id, input: $input) { id year title }\n  }\n":new g(`
    mutation UpdateCampaign($id: ID!, $input: CampaignInput!) {
  updateCampaign(id: $id, input: $input) {
    id
    year
    title
  }
}
    `),"\n  mutation ImportQuestions($campaignId: ID!, $file: Upload!, $dryRun: Boolean) {\n    importQuestions(campaignId: $campaignId, file: $file, dryRun: $dryRun) {\n      created\n      updated\n      unchanged\n      dryRun\n      written\n      errors { row message }\n    }\n  }\n":new g(`
    mutation ImportQuestions($campaignId: ID!, $file: Upload!, $dryRun: Boolean) {
  importQuestions(campaignId: $campaignId, file: $file, dryRun: $dryRun) {
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
}
    `),"\n  mutation ImportStudyItems($campaignId: ID!, $file: Upload!, $dryRun: Boolean) {\n    importStudyItems(campaignId: $campaignId, file: $file, dryRun: $dryRun) {\n      created\n      updated\n      unchanged\n      dryRun\n      written\n      errors { row message }\n    }\n  }\n":new g(`
    mutation ImportStudyItems($campaignId: ID!, $file: Upload!, $dryRun: Boolean) {
  importStudyItems(campaignId: $campaignId, file: $file, dryRun: $dryRun) {
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
}
    `),"\n  mutation Login($phone: String!, $password: String!) {\n    login(phone: $phone, password: $password) {\n      token\n      expiresAt\n      mustChangePassword\n      account { id name phone }\n    }\n  }\n":new g(`
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
    `),"\n  mutation ChangePassword($oldPassword: String!, $newPassword: String!) {\n    changePassword(oldPassword: $oldPassword, newPassword: $newPassword)\n  }\n":new g(`
    mutation ChangePassword($oldPassword: String!, $newPassword: String!) {
  changePassword(oldPassword: $oldPassword, newPassword: $newPassword)
}
    `),"\n  mutation Logout {\n    logout\n  }\n":new g(`
    mutation Logout {
  logout
}
    `),"\n  query Me {\n    me {\n      id\n      name\n      phone\n      mustChangePassword\n      roles { role }\n      learner {\n        id\n        name\n        rank\n        status\n        retirementDate\n        unit { id name hasInternet }\n      }\n    }\n  }\n":new g(`
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
    `),"\n  query Home {\n    currentCampaign {\n      id\n      year\n      title\n      readerTitle\n      requiredPoints\n      passScore\n      durationMinutes\n      mainWindow { start end }\n      makeupWindow { start end }\n    }\n    notices(first: 5) {\n      totalCount\n      nodes { id title body postedAt region { name } }\n    }\n  }\n":new g(`
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
    `),"\n  query MyStanding($campaignId: ID!) {\n    myStudy(campaignId: $campaignId) {\n      total\n      required\n      eligible\n      completedOn\n      byCategory { category points cap required }\n    }\n    myEligibility(campaignId: $campaignId) {\n      mayStartNow\n      liveAttemptId\n      obstacle\n      reason\n      fromDay\n      studyDeadline\n      openSession { id kind startsAt endsAt centreName }\n      nextSession { id kind startsAt endsAt centreName }\n    }\n  }\n":new g(`
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
    `),"\n  query StudyItems($campaignId: ID!) {\n    studyItems(campaignId: $campaignId) { id category title points minReadingSeconds position }\n    myStudy(campaignId: $campaignId) {\n      total\n      required\n      eligible\n      byCategory { category points cap required }\n      history { category points itemId creditedAt }\n    }\n  }\n":new g(`
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
    `),"\n  query StudyItem($id: ID!) {\n    studyItem(id: $id) { id category title body points minReadingSeconds }\n  }\n":new g(`
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
    `),"\n  mutation OpenStudyItem($itemId: ID!) {\n    openStudyItem(itemId: $itemId) { openedAt completableAt creditedPoints }\n  }\n":new g(`
    mutation OpenStudyItem($itemId: ID!) {
  openStudyItem(itemId: $itemId) {
    openedAt
    completableAt
    creditedPoints
  }
}
    `),"\n  mutation CompleteStudyItem($itemId: ID!) {\n    completeStudyItem(itemId: $itemId) {\n      total\n      history { itemId points }\n    }\n  }\n":new g(`
    mutation CompleteStudyItem($itemId: ID!) {
  completeStudyItem(itemId: $itemId) {
    total
    history {
      itemId
      points
    }
  }
}
    `),"\n  query ExamOverview($campaignId: ID!) {\n    examSessions(campaignId: $campaignId) { id kind startsAt endsAt centreName }\n    myAttempts(campaignId: $campaignId) { id kind status startedAt submittedAt autoSubmitted score passed }\n    myEligibility(campaignId: $campaignId) {\n      mayStartNow\n      liveAttemptId\n      obstacle\n      reason\n      fromDay\n      studyDeadline\n      openSession { id kind startsAt endsAt centreName }\n      nextSession { id kind startsAt endsAt centreName }\n    }\n  }\n":new g(`
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
    `),"\n  mutation StartExam($sessionId: ID!) {\n    startExam(sessionId: $sessionId) { id }\n  }\n":new g(`
    mutation StartExam($sessionId: ID!) {
  startExam(sessionId: $sessionId) {
    id
  }
}
    `),"\n  query ExamPaper($id: ID!) {\n    examAttempt(id: $id) {\n      id\n      kind\n      status\n      startedAt\n      deadline\n      remainingSeconds\n      questions { id type stem points options { key text } }\n      answers { questionId choices }\n    }\n  }\n":new g(`
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
    `),"\n  mutation SaveAnswer($attemptId: ID!, $questionId: ID!, $choices: [String!]!, $clientSeq: Int) {\n    saveAnswer(attemptId: $attemptId, questionId: $questionId, choices: $choices, clientSeq: $clientSeq) {\n      saved\n      remainingSeconds\n    }\n  }\n":new g(`
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
    `),"\n  mutation SubmitExam($attemptId: ID!) {\n    submitExam(attemptId: $attemptId) { attemptId score passed submittedAt }\n  }\n":new g(`
    mutation SubmitExam($attemptId: ID!) {
  submitExam(attemptId: $attemptId) {
    attemptId
    score
    passed
    submittedAt
  }
}
    `),"\n  query ExamResult($id: ID!) {\n    examAttempt(id: $id) {\n      id\n      kind\n      status\n      submittedAt\n      autoSubmitted\n      score\n      passed\n      questions { id type stem options { key text } }\n      answers { questionId choices }\n      review { questionId correct explanation lawSource }\n    }\n  }\n":new g(`
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
    `),"\n  query MyExemptions($campaignId: ID!) {\n    myExemptions(campaignId: $campaignId) {\n      id\n      status\n      reason\n      appliedAt\n      attachmentName\n      decisions { approve comment decidedAt decidedBy overrule }\n    }\n  }\n":new g(`
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
    `),"\n  mutation ApplyExemption($campaignId: ID!, $reason: String!, $attachment: Upload) {\n    applyExemption(campaignId: $campaignId, reason: $reason, attachment: $attachment) { id status }\n  }\n":new g(`
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
    `),"\n  mutation TransferIn($phone: String!, $unitId: ID!) {\n    transferIn(phone: $phone, unitId: $unitId) { id status unit { id name } }\n  }\n":new g(`
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
    `),"\n  query ExamClock($id: ID!) {\n    examAttempt(id: $id) { id status remainingSeconds autoSubmitted }\n  }\n":new g(`
    query ExamClock($id: ID!) {
  examAttempt(id: $id) {
    id
    status
    remainingSeconds
    autoSubmitted
  }
}
    `),"\n  query SearchUnits($name: String!) {\n    searchUnits(name: $name) { id name regionName }\n  }\n":new g(`
    query SearchUnits($name: String!) {
  searchUnits(name: $name) {
    id
    name
    regionName
  }
}
    `)};function v(e){var t;return(t=_[e])==null?{}:t}var y=v(`
  mutation Login($phone: String!, $password: String!) {
    login(phone: $phone, password: $password) {
      token
      expiresAt
      mustChangePassword
      account { id name phone }
    }
  }
`),b=v(`
  mutation ChangePassword($oldPassword: String!, $newPassword: String!) {
    changePassword(oldPassword: $oldPassword, newPassword: $newPassword)
  }
`),x=v(`
  mutation Logout {
    logout
  }
`),S=v(`
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
      }
    }
  }
`),C=v(`
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
`),w=v(`
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
`),T=v(`
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
`),E=v(`
  query StudyItem($id: ID!) {
    studyItem(id: $id) { id category title body points minReadingSeconds }
  }
`),D=v(`
  mutation OpenStudyItem($itemId: ID!) {
    openStudyItem(itemId: $itemId) { openedAt completableAt creditedPoints }
  }
`),O=v(`
  mutation CompleteStudyItem($itemId: ID!) {
    completeStudyItem(itemId: $itemId) {
      total
      history { itemId points }
    }
  }
`),k=v(`
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
`),A=v(`
  mutation StartExam($sessionId: ID!) {
    startExam(sessionId: $sessionId) { id }
  }
`),j=v(`
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
`),M=v(`
  mutation SaveAnswer($attemptId: ID!, $questionId: ID!, $choices: [String!]!, $clientSeq: Int) {
    saveAnswer(attemptId: $attemptId, questionId: $questionId, choices: $choices, clientSeq: $clientSeq) {
      saved
      remainingSeconds
    }
  }
`),N=v(`
  mutation SubmitExam($attemptId: ID!) {
    submitExam(attemptId: $attemptId) { attemptId score passed submittedAt }
  }
`),P=v(`
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
`),F=v(`
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
`),I=v(`
  mutation ApplyExemption($campaignId: ID!, $reason: String!, $attachment: Upload) {
    applyExemption(campaignId: $campaignId, reason: $reason, attachment: $attachment) { id status }
  }
`),L=v(`
  mutation TransferIn($phone: String!, $unitId: ID!) {
    transferIn(phone: $phone, unitId: $unitId) { id status unit { id name } }
  }
`),R=v(`
  query ExamClock($id: ID!) {
    examAttempt(id: $id) { id status remainingSeconds autoSubmitted }
  }
`),z=v(`
  query SearchUnits($name: String!) {
    searchUnits(name: $name) { id name regionName }
  }
`);export{m as A,e as C,p as D,a as E,d as O,v as S,h as T,A as _,k as a,N as b,C as c,S as d,F as f,z as g,M as h,R as i,r as k,y as l,D as m,b as n,j as o,w as p,O as r,P as s,I as t,x as u,E as v,n as w,L as x,T as y};