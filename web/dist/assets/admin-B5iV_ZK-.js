const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["assets/LoginPage-F778hj3S.js","assets/rolldown-runtime-BWaJ3C7D.js","assets/css-DuzVY_C7.js","assets/vue-BuV2to1d.js","assets/css-gzxm9lQu.js","assets/css-cyJZB4WD.css","assets/css-BpGpskYO.js","assets/use-form-item-4_zMDjh0.js","assets/css-B6UgayC7.css","assets/css-DgHkEboq.css","assets/css-DsS4o6t8.js","assets/css-Dlc__e8j.css","assets/css-zB0wRI21.js","assets/use-composition-BBXU0zGQ.js","assets/css-Nqb2n_Xn.css","assets/api-CwTsu_2V.js","assets/LoginPage-KjcQie5z.css","assets/ConsoleLayout-C_hG3odJ.js","assets/css-C4IUwyaM.js","assets/focus-trap-BrnJku9l.js","assets/css-Wf_ds9r7.css","assets/click-outside-dRpSUodG.js","assets/css-DlW-_l-N.js","assets/css-x1XGuNl0.css","assets/ConsoleLayout-CxwO_vs4.css","assets/DashboardPage-eo2BqcAN.js","assets/css-HuwgF71r.js","assets/css-f5rFulSh.css","assets/css-BXaAoCU1.js","assets/css-Bs9Ewa0n.js","assets/css-1VV9QMa7.css","assets/css-CLJMBZVb.js","assets/css-D5gWItyd.css","assets/css-DoaQtN1y.css","assets/tag-CkkRwnq5.js","assets/NodeBreadcrumb-B6cb4ghl.js","assets/NodeBreadcrumb-BhnlUa1Z.css","assets/useDownload-CCocUwni.js","assets/css-Cf4xT1xo.js","assets/css-DOmPaDbh.css","assets/format-0kaswzJq.js","assets/ActionListsPage-DyzXWHYq.js","assets/css-CDYyLBEY.js","assets/scroll-ChYn186D.js","assets/css-D-73ECL3.css","assets/css-CpKb8AWj.js","assets/css-BmHokitq.css","assets/css-jNOKRDkR.js","assets/css-DlacDRt-.css","assets/RosterPage-Dn9-5J71.js","assets/css-CatETpO1.js","assets/css-DEvxTKtC.js","assets/css-ephhaja5.css","assets/css-DYXR8sCY.css","assets/css-DIKN9drz.js","assets/repeat-click-6PRliGNo.js","assets/css-CVS2BxLT.css","assets/record-documents-Ba0Wbd6Q.js","assets/TemporaryPasswordDialog-djeDNMHh.js","assets/TemporaryPasswordDialog-C_dwEkEY.css","assets/RosterPage-DO0fA3yl.css","assets/LearnerRecordPage-BN-NIWwi.js","assets/LearnerRecordPage-qovKTjWh.css","assets/ImportPage-Cg7JLRuK.js","assets/css-Cv4vUhb1.js","assets/css-BpDzfuC8.css","assets/ImportPage-Z7LvpYQ2.css","assets/ExemptionsPage-BhGRzcwv.js","assets/SessionsPage-DoAUmBPP.js","assets/css-C4AT3GUO.js","assets/css-CmqPdXqe.css","assets/TransfersPage-DLFO3Tnc.js","assets/ExamCentresPage-nP2LiIoC.js","assets/css-tB5yZ66E.js","assets/css-GgrXhtAP.css","assets/NoticesPage-CZjhJWn5.js","assets/css-XbMMpmyY.js","assets/css-BB4pgjW9.css","assets/NoticesPage-BeShRS3J.css","assets/AuditPage-VteSAKJX.js","assets/AuditPage-0mGAWto-.css","assets/CampaignPage-C2Bg1iwM.js","assets/CampaignPage-BUG4_FA3.css","assets/MaterialPage-cqIizJd8.js","assets/MaterialPage-Bp7cbqcO.css","assets/PracticeBankPage-8Up9YTcE.js","assets/IntegrityPage-Cl9N5iUB.js","assets/RecoveryPage-BLBpRit2.js","assets/AdminsPage-BBPsFtHi.js"])))=>i.map(i=>d[i]);
import"./rolldown-runtime-BWaJ3C7D.js";import{E as e,J as t,M as n,Q as r,Tt as i,Z as a,a as o,ct as s,i as c,j as ee,mt as l,n as u,ot as d,u as te}from"./vue-BuV2to1d.js";import{A as ne,c as re,i as ie,j as f,t as ae,u as p}from"./css-gzxm9lQu.js";import{E as m,O as h,j as g,k as _,w as v}from"./api-CwTsu_2V.js";var y=ne({a11y:{type:Boolean,default:!0},locale:{type:f(Object)},size:p,button:{type:f(Object)},card:{type:f(Object)},dialog:{type:f(Object)},link:{type:f(Object)},experimentalFeatures:{type:f(Object)},keyboardNavigation:{type:Boolean,default:!0},message:{type:f(Object)},zIndex:Number,namespace:{type:String,default:`el`},table:{type:f(Object)},...re}),b={placement:`top`},x=n({name:`ElConfigProvider`,props:y,setup(e,{slots:t}){let n=ae(e);return d(()=>e.message,e=>{var t,r;Object.assign(b,(t=n==null||(r=n.value)==null?void 0:r.message)==null?{}:t,e==null?{}:e)},{immediate:!0,deep:!0}),()=>a(t,`default`,{config:n==null?void 0:n.value})}}),S=ie(x),C={name:`zh-cn`,el:{breadcrumb:{label:`面包屑`},colorpicker:{confirm:`确定`,clear:`清空`,defaultLabel:`颜色选择器`,description:`当前颜色 {color}，按 Enter 键选择新颜色`,alphaLabel:`选择透明度的值`,alphaDescription:`透明度 {alpha}, 当前颜色 {color}`,hueLabel:`选择色相值`,hueDescription:`色相 {hue}, 当前颜色 {color}`,svLabel:`选择饱和度与明度的值`,svDescription:`饱和度 {saturation}, 明度 {brightness}, 当前颜色 {color}`,predefineDescription:`选择 {value} 作为颜色`},datepicker:{now:`此刻`,today:`今天`,cancel:`取消`,clear:`清空`,confirm:`确定`,dateTablePrompt:`使用方向键与 Enter 键可选择日期`,monthTablePrompt:`使用方向键与 Enter 键可选择月份`,quarterTablePrompt:`使用方向键与 Enter 键可选择季度`,yearTablePrompt:`使用方向键与 Enter 键可选择年份`,selectedDate:`已选日期`,selectDate:`选择日期`,selectTime:`选择时间`,startDate:`开始日期`,startTime:`开始时间`,endDate:`结束日期`,endTime:`结束时间`,prevYear:`前一年`,nextYear:`后一年`,prevMonth:`上个月`,nextMonth:`下个月`,year:`年`,month1:`1 月`,month2:`2 月`,month3:`3 月`,month4:`4 月`,month5:`5 月`,month6:`6 月`,month7:`7 月`,month8:`8 月`,month9:`9 月`,month10:`10 月`,month11:`11 月`,month12:`12 月`,weeks:{sun:`日`,mon:`一`,tue:`二`,wed:`三`,thu:`四`,fri:`五`,sat:`六`},weeksFull:{sun:`星期日`,mon:`星期一`,tue:`星期二`,wed:`星期三`,thu:`星期四`,fri:`星期五`,sat:`星期六`},months:{jan:`一月`,feb:`二月`,mar:`三月`,apr:`四月`,may:`五月`,jun:`六月`,jul:`七月`,aug:`八月`,sep:`九月`,oct:`十月`,nov:`十一月`,dec:`十二月`}},input:{characters:`{count} / {max} 个字符`},inputNumber:{decrease:`减少数值`,increase:`增加数值`},select:{loading:`加载中`,noMatch:`无匹配数据`,noData:`无数据`,placeholder:`请选择`},mention:{loading:`加载中`},dropdown:{toggleDropdown:`切换下拉选项`},cascader:{noMatch:`无匹配数据`,loading:`加载中`,placeholder:`请选择`,noData:`暂无数据`},pagination:{goto:`前往`,pagesize:`条/页`,total:`共 {total} 条`,pageClassifier:`页`,page:`页`,prev:`上一页`,next:`下一页`,currentPage:`第 {pager} 页`,prevPages:`向前 {pager} 页`,nextPages:`向后 {pager} 页`,deprecationWarning:`你使用了一些已被废弃的用法，请参考 el-pagination 的官方文档`},dialog:{close:`关闭此对话框`},drawer:{close:`关闭此对话框`},messagebox:{title:`提示`,confirm:`确定`,cancel:`取消`,error:`输入的数据不合法!`,close:`关闭此对话框`},upload:{deleteTip:`按 Delete 键可删除`,delete:`删除`,preview:`查看图片`,continue:`继续上传`},slider:{defaultLabel:`滑块介于 {min} 至 {max}`,defaultRangeStartLabel:`选择起始值`,defaultRangeEndLabel:`选择结束值`},table:{emptyText:`暂无数据`,confirmFilter:`筛选`,resetFilter:`重置`,clearFilter:`全部`,sumText:`合计`,selectAllLabel:`选择所有行`,selectRowLabel:`选择当前行`,expandRowLabel:`展开当前行`,collapseRowLabel:`收起当前行`,sortLabel:`按 {column} 排序`,filterLabel:`按 {column} 过滤`},tag:{close:`关闭此标签`},tour:{next:`下一步`,previous:`上一步`,finish:`结束导览`,close:`关闭此对话框`},tree:{emptyText:`暂无数据`},transfer:{noMatch:`无匹配数据`,noData:`无数据`,titles:[`列表 1`,`列表 2`],filterPlaceholder:`请输入搜索内容`,noCheckedFormat:`共 {total} 项`,hasCheckedFormat:`已选 {checked}/{total} 项`},image:{error:`加载失败`},pageHeader:{title:`返回`},popconfirm:{confirmButtonText:`确定`,cancelButtonText:`取消`},carousel:{leftArrow:`上一张幻灯片`,rightArrow:`下一张幻灯片`,indicator:`幻灯片切换至索引 {index}`},inputOTP:{groupLabel:`一次性密码输入框`,defaultLabel:`请输入第 {index} 位 OTP 字符`}}},w=n({__name:`App`,setup(n){return(n,a)=>{let o=r(`router-view`),c=S;return t(),e(c,{locale:i(C)},{default:s(()=>[ee(o)]),_:1},8,[`locale`])}}}),T=v(`
  mutation AdminLogin($phone: String!, $password: String!) {
    login(phone: $phone, password: $password) {
      token
      mustChangePassword
    }
  }
`),E=v(`
  mutation AdminChangePassword($oldPassword: String!, $newPassword: String!) {
    changePassword(oldPassword: $oldPassword, newPassword: $newPassword)
  }
`),D=v(`
  mutation AdminLogout {
    logout
  }
`),O=v(`
  query ConsoleContext {
    me { id name phone }
    consoleContext {
      role
      masksPhones
      sections
      home { id name level manageable }
      breadcrumb { id name level manageable }
    }
    currentCampaign { id year title passScore mainWindow { start end } makeupWindow { start end } durationMinutes studyStart }
  }
`),k=v(`
  query Breadcrumb($nodeId: ID!) {
    breadcrumb(nodeId: $nodeId) { id name level manageable }
  }
`),A=v(`
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
`),j=v(`
  query DailyProgress($campaignId: ID!, $nodeId: ID!) {
    dailyProgress(campaignId: $campaignId, nodeId: $nodeId) { day studyCompleted participated passed }
  }
`),M=v(`
  mutation CreateDownloadLink($input: DownloadInput!) {
    createDownloadLink(input: $input) { url expiresAt }
  }
`),N=v(`
  query Roster($unitId: ID!, $first: Int!, $after: String, $filter: LearnerFilter, $orderBy: LearnerOrder!, $descending: Boolean!, $campaignId: ID!) {
    unit(id: $unitId) {
      id
      name
      learners(first: $first, after: $after, filter: $filter, orderBy: $orderBy, descending: $descending) {
        totalCount
        pageInfo { hasNextPage endCursor }
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
`),P=v(`
  mutation AddLearner($input: AddLearnerInput!) {
    addLearner(input: $input) { id name }
  }
`),F=v(`
  mutation UpdateLearner($id: ID!, $input: UpdateLearnerInput!) {
    updateLearner(id: $id, input: $input) { id name }
  }
`),I=v(`
  mutation TransferOut($learnerId: ID!) {
    transferOut(learnerId: $learnerId) { id status }
  }
`),L=v(`
  mutation SetStatus($learnerId: ID!, $status: EmploymentStatus!) {
    setEmploymentStatus(learnerId: $learnerId, status: $status) { id status }
  }
`),R=v(`
  mutation ResetLearnerPassword($learnerId: ID!) {
    resetLearnerPassword(learnerId: $learnerId) { password expiresAt }
  }
`),z=v(`
  mutation UnlockLearner($learnerId: ID!) {
    unlockLearner(learnerId: $learnerId)
  }
`),B=v(`
  mutation RevealPhone($learnerId: ID!) {
    revealPhone(learnerId: $learnerId)
  }
`),V=v(`
  mutation ImportLearners($unitId: ID!, $file: Upload!, $dryRun: Boolean, $importValidRows: Boolean) {
    importLearners(unitId: $unitId, file: $file, dryRun: $dryRun, importValidRows: $importValidRows) {
      created
      updated
      unchanged
      dryRun
      written
      errors { row message }
      preview { row action name phone changes }
    }
  }
`),H=v(`
  query ActionList($campaignId: ID!, $nodeId: ID!, $kind: ActionKind!, $first: Int!, $after: String) {
    learnersNeedingAction(campaignId: $campaignId, nodeId: $nodeId, kind: $kind, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes {
        id
        name
        phone
        phoneMasked
        rank
        unit { id name }
        points(campaignId: $campaignId)
        bestScore(campaignId: $campaignId)
      }
    }
  }
`),U=v(`
  query Children($campaignId: ID!, $nodeId: ID!) {
    stats(campaignId: $campaignId, nodeId: $nodeId) {
      children(orderBy: NAME) { nodeId name isUnit }
    }
  }
`),W=v(`
  query ExamSessions($campaignId: ID!, $unitId: ID) {
    examSessions(campaignId: $campaignId, unitId: $unitId) { id kind startsAt endsAt centreName seats booked }
  }
`),G=v(`
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
`),K=v(`
  mutation ScheduleExamSession($input: ScheduleExamSessionInput!) {
    scheduleExamSession(input: $input) { id kind startsAt endsAt }
  }
`),q=v(`
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
`),J=v(`
  mutation DecideExemption($id: ID!, $approve: Boolean!, $comment: String) {
    decideExemption(id: $id, approve: $approve, comment: $comment) { id status }
  }
`),oe=v(`
  query Notices {
    notices(first: 50) { nodes { id title body postedAt editedAt editable region { name } } }
  }
`),se=v(`
  mutation PostNotice($input: PostNoticeInput!) {
    postNotice(input: $input) { id }
  }
`),ce=v(`
  query AuditLog($nodeId: ID!, $first: Int!, $after: String, $filter: AuditFilter) {
    auditLog(nodeId: $nodeId, first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id at action actor targetKind targetId before after late }
    }
  }
`),le=v(`
  mutation GrantRole($input: GrantRoleInput!) {
    grantRole(input: $input) {
      id
      role
      temporaryPassword { password expiresAt }
    }
  }
`),ue=v(`
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
`),de=v(`
  mutation CreateCampaign($input: CampaignInput!) {
    createCampaign(input: $input) { id year title }
  }
`),fe=v(`
  mutation UpdateCampaign($id: ID!, $input: CampaignInput!) {
    updateCampaign(id: $id, input: $input) { id year title }
  }
`),pe=v(`
  mutation ImportQuestions($campaignId: ID!, $file: Upload!, $dryRun: Boolean) {
    importQuestions(campaignId: $campaignId, file: $file, dryRun: $dryRun) {
      created
      updated
      unchanged
      dryRun
      written
      errors { row message }
    }
  }
`),me=v(`
  mutation ImportStudyItems($campaignId: ID!, $file: Upload!, $dryRun: Boolean) {
    importStudyItems(campaignId: $campaignId, file: $file, dryRun: $dryRun) {
      created
      updated
      unchanged
      dryRun
      written
      errors { row message }
    }
  }
`),he=v(`
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
`),ge=v(`
  mutation ResolveRecoveryRequest($id: ID!, $action: RecoveryAction!) {
    resolveRecoveryRequest(id: $id, action: $action) { password expiresAt }
  }
`),_e=v(`
  mutation UpdateExamSession($id: ID!, $input: UpdateExamSessionInput!) {
    updateExamSession(id: $id, input: $input) { id startsAt endsAt }
  }
`),ve=v(`
  mutation CancelExamSession($id: ID!) {
    cancelExamSession(id: $id)
  }
`),ye=v(`
  query ExamCentreSessions($campaignId: ID!, $regionId: ID!) {
    examCentreSessions(campaignId: $campaignId, regionId: $regionId) { id kind startsAt endsAt centreName seats booked }
  }
`),be=v(`
  query ExamCentreBookings($sessionId: ID!) {
    examCentreBookings(sessionId: $sessionId) { bookedAt learner { id name phone } unit { id name } }
  }
`),xe=v(`
  mutation CreateExamCenterSession($input: CreateExamCenterSessionInput!) {
    createExamCenterSession(input: $input) { id }
  }
`),Se=v(`
  mutation BookExamCenterSeats($sessionId: ID!, $learnerIds: [ID!]!) {
    bookExamCenterSeats(sessionId: $sessionId, learnerIds: $learnerIds) { id booked seats }
  }
`),Ce=v(`
  mutation CancelExamCenterBooking($sessionId: ID!, $learnerId: ID!) {
    cancelExamCenterBooking(sessionId: $sessionId, learnerId: $learnerId) { id booked seats }
  }
`),we=v(`
  query OfflineUnits($regionId: ID!) {
    region(id: $regionId) { id units(first: 100, wholeSubtree: true) { nodes { id name hasInternet } } }
  }
`),Te=v(`
  query UnitLearners($unitId: ID!) {
    unit(id: $unitId) { id learners(first: 100) { nodes { id name phone status } } }
  }
`),Ee=v(`
  mutation EscalateExemption($id: ID!, $comment: String) {
    escalateExemption(id: $id, comment: $comment) { id escalatedAt }
  }
`),De=v(`
  query ExemptionAttachment($id: ID!) {
    exemptionAttachment(id: $id) { name contentType dataUrl }
  }
`),Oe=v(`
  mutation UpdateNotice($id: ID!, $input: UpdateNoticeInput!) {
    updateNotice(id: $id, input: $input) { id title body editedAt }
  }
`),ke=v(`
  mutation WithdrawNotice($id: ID!) {
    withdrawNotice(id: $id)
  }
`),Ae=v(`
  query Administrators($nodeId: ID!, $first: Int!, $after: String) {
    administrators(nodeId: $nodeId, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes {
        name
        phoneMasked
        appointedAt
        revocable
        grant { id role region { name } unit { name } }
      }
    }
  }
`),je=v(`
  mutation RevokeRole($id: ID!) {
    revokeRole(id: $id)
  }
`),Y=v(`
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
`),Me=v(`
  query PendingTransfersIn($unitId: ID!) {
    pendingTransfersIn(unitId: $unitId) { requestedAt learner { id name phone rank } }
  }
`),Ne=v(`
  mutation AdminTransferIn($phone: String!, $unitId: ID!) {
    transferIn(phone: $phone, unitId: $unitId) { id name }
  }
`),Pe=v(`
  mutation AcceptTransferIn($learnerId: ID!) {
    acceptTransferIn(learnerId: $learnerId) { id name }
  }
`),Fe=v(`
  query PracticeBank($campaignId: ID!) {
    questions(campaignId: $campaignId) { id type stem lawSource withdrawn practice }
  }
`),Ie=v(`
  mutation SetQuestionPractice($questionId: ID!) {
    setQuestionPractice(questionId: $questionId) { id practice }
  }
`),Le=v(`
  mutation SetIntegrityTolerance($campaignId: ID!, $maxLeaves: Int, $maxAwaySeconds: Int) {
    setIntegrityTolerance(campaignId: $campaignId, maxLeaves: $maxLeaves, maxAwaySeconds: $maxAwaySeconds)
  }
`),X=l({loaded:!1,name:``,context:null,campaign:null});function Z(){async function e(e=!1){var t;if(X.loaded&&!e)return;let n=await _(O);X.name=n.me.name,X.context=n.consoleContext,X.campaign=(t=n.currentCampaign)==null?null:t,X.loaded=!0}function t(e){var t,n;return(t=(n=X.context)==null?void 0:n.sections.includes(e))!=null&&t}async function n(){try{await _(D)}catch{}r()}function r(){g(null),X.loaded=!1,X.context=null,X.campaign=null}return{state:X,load:e,may:t,logout:n,forget:r}}var Q=[{path:`/login`,name:`login`,component:()=>u(()=>import(`./LoginPage-F778hj3S.js`),__vite__mapDeps([0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16])),meta:{public:!0,title:`登录`}},{path:`/`,component:()=>u(()=>import(`./ConsoleLayout-C_hG3odJ.js`),__vite__mapDeps([17,1,4,3,5,10,7,11,18,19,20,21,22,23,24])),children:[{path:``,name:`home`,redirect:{name:`dashboard`}},{path:`dashboard`,name:`dashboard`,component:()=>u(()=>import(`./DashboardPage-eo2BqcAN.js`),__vite__mapDeps([25,1,26,3,4,5,7,27,28,19,6,8,29,30,31,32,18,20,22,23,33,10,11,34,15,35,36,37,38,39,40])),meta:{title:`统计概览`,section:`DASHBOARD`}},{path:`lists`,name:`lists`,component:()=>u(()=>import(`./ActionListsPage-DyzXWHYq.js`),__vite__mapDeps([41,1,26,3,4,5,7,27,28,19,6,8,29,30,31,32,18,20,22,23,33,10,11,42,43,13,21,34,44,45,46,47,48,15,35,36,37,38,39,40])),meta:{title:`待办名单`,section:`ACTION_LISTS`}},{path:`roster`,name:`roster`,component:()=>u(()=>import(`./RosterPage-Dn9-5J71.js`),__vite__mapDeps([49,1,26,3,4,5,7,27,50,19,6,8,51,43,29,30,12,13,10,11,14,52,53,54,31,32,18,20,21,55,56,28,22,23,33,34,2,9,42,44,38,39,15,35,36,40,57,58,59,60])),meta:{title:`学员名单`,section:`ROSTER`}},{path:`learners/:id/record`,name:`learner-record`,component:()=>u(()=>import(`./LearnerRecordPage-BN-NIWwi.js`),__vite__mapDeps([61,1,28,3,4,5,19,7,6,8,29,30,31,32,18,20,22,23,33,34,10,11,38,39,15,57,40,62])),meta:{title:`学法档案`,section:`ROSTER`}},{path:`import`,name:`import`,component:()=>u(()=>import(`./ImportPage-Cg7JLRuK.js`),__vite__mapDeps([63,1,26,3,4,5,7,27,10,11,34,28,19,6,8,29,30,31,32,18,20,22,23,33,64,65,38,39,15,66])),meta:{title:`名单导入`,section:`IMPORT`}},{path:`exemptions`,name:`exemptions`,component:()=>u(()=>import(`./ExemptionsPage-BhGRzcwv.js`),__vite__mapDeps([67,1,50,3,4,5,19,7,6,8,51,43,29,30,12,13,10,11,14,52,53,28,31,32,18,20,22,23,33,34,45,46,47,48,38,39,15,35,36,40])),meta:{title:`免考审核`,section:`EXEMPTIONS`}},{path:`sessions`,name:`sessions`,component:()=>u(()=>import(`./SessionsPage-DoAUmBPP.js`),__vite__mapDeps([68,1,50,3,4,5,19,7,6,8,51,43,29,30,12,13,10,11,14,52,53,28,31,32,18,20,22,23,33,2,9,69,54,21,55,56,42,34,44,70,38,39,15,40])),meta:{title:`考试场次`,section:`EXAM_SESSIONS`}},{path:`transfers`,name:`transfers`,component:()=>u(()=>import(`./TransfersPage-DLFO3Tnc.js`),__vite__mapDeps([71,1,28,3,4,5,19,7,6,8,29,30,31,32,18,20,22,23,33,2,9,10,11,12,13,14,38,39,15,40])),meta:{title:`调进学员`,section:`IMPORT`}},{path:`centres`,name:`centres`,component:()=>u(()=>import(`./ExamCentresPage-nP2LiIoC.js`),__vite__mapDeps([72,1,28,3,4,5,19,7,6,8,29,30,31,32,18,20,22,23,33,2,9,10,11,73,12,13,14,55,74,69,54,21,56,42,43,34,44,70,38,39,51,52,15,40])),meta:{title:`考试中心`,section:`EXAM_CENTRES`}},{path:`notices`,name:`notices`,component:()=>u(()=>import(`./NoticesPage-CZjhJWn5.js`),__vite__mapDeps([75,1,50,3,4,5,19,7,6,8,51,43,29,30,12,13,10,11,14,52,53,34,76,77,2,9,38,39,15,40,78])),meta:{title:`通知公告`,section:`NOTICES`}},{path:`audit`,name:`audit`,component:()=>u(()=>import(`./AuditPage-VteSAKJX.js`),__vite__mapDeps([79,1,28,3,4,5,19,7,6,8,29,30,31,32,18,20,22,23,33,34,2,9,10,11,54,12,13,14,21,55,56,42,43,44,15,35,36,40,80])),meta:{title:`操作日志`,section:`AUDIT_LOG`}},{path:`campaign`,name:`campaign`,component:()=>u(()=>import(`./CampaignPage-C2Bg1iwM.js`),__vite__mapDeps([81,1,2,3,4,5,6,7,8,9,45,31,29,30,32,46,54,19,18,20,12,13,10,11,14,21,55,56,34,73,74,38,39,51,43,52,57,15,82])),meta:{title:`年度考试设置`,section:`CAMPAIGN`}},{path:`material`,name:`material`,component:()=>u(()=>import(`./MaterialPage-cqIizJd8.js`),__vite__mapDeps([83,1,26,3,4,5,7,27,10,11,28,19,6,8,29,30,31,32,18,20,22,23,33,64,65,45,46,47,48,38,39,15,84])),meta:{title:`题库与学习资料`,section:`CAMPAIGN`}},{path:`practice`,name:`practice`,component:()=>u(()=>import(`./PracticeBankPage-8Up9YTcE.js`),__vite__mapDeps([85,1,28,3,4,5,19,7,6,8,29,30,31,32,18,20,22,23,33,34,2,9,10,11,73,12,13,14,55,74,38,39,51,43,52,15])),meta:{title:`练习题与考试纪律`,section:`CAMPAIGN`}},{path:`integrity`,name:`integrity`,component:()=>u(()=>import(`./IntegrityPage-Cl9N5iUB.js`),__vite__mapDeps([86,1,26,3,4,5,7,27,28,19,6,8,29,30,31,32,18,20,22,23,33,34,76,77,15,40])),meta:{title:`离开页面记录`,section:`EXAM_SESSIONS`}},{path:`recovery`,name:`recovery`,component:()=>u(()=>import(`./RecoveryPage-BLBpRit2.js`),__vite__mapDeps([87,1,26,3,4,5,7,27,28,19,6,8,29,30,31,32,18,20,22,23,33,10,11,34,76,77,38,39,51,43,12,13,14,52,15,40,58,50,53,59])),meta:{title:`找回账号申请`,section:`RECOVERY_REQUESTS`}},{path:`admins`,name:`admins`,component:()=>u(()=>import(`./AdminsPage-BBPsFtHi.js`),__vite__mapDeps([88,1,28,3,4,5,19,7,6,8,29,30,31,32,18,20,22,23,33,2,9,10,11,12,13,14,38,39,51,43,52,15,35,36,58,50,53,40,59])),meta:{title:`管理员`,section:`ADMINISTRATORS`}}]},{path:`/:rest(.*)*`,redirect:`/`}],$=c({history:o(`/admin/`),routes:Q});$.beforeEach(async e=>{if(e.meta.public)return!0;if(!m())return{name:`login`,query:e.fullPath===`/`?{}:{next:e.fullPath}};let t=Z();try{await t.load()}catch{return t.forget(),{name:`login`}}let n=e.meta.section;if(n&&!t.may(n)){var r,i;let n=(r=t.state.context)==null?void 0:r.sections[0],a=(i=Q[1].children)==null?void 0:i.find(e=>{var t;return((t=e.meta)==null?void 0:t.section)===n});if(a!=null&&a.name&&a.name!==e.name)return{name:a.name}}return!0}),$.afterEach(e=>{let t=typeof e.meta.title==`string`?e.meta.title:``;document.title=t?`${t} · 学法考法管理后台`:`学法考法管理后台`}),h(()=>{Z().forget(),$.replace({name:`login`})}),te(w).use($).mount(`#app`);export{_e as $,pe as A,B,be as C,q as D,De as E,se as F,Ie as G,N as H,Fe as I,Y as J,L as K,he as L,oe as M,we as N,le as O,Me as P,fe as Q,R,Ee as S,W as T,K as U,je as V,Le as W,Te as X,G as Y,z as Z,M as _,E as a,A as b,Ae as c,k as d,F as et,ue as f,de as g,U as h,P as i,me as j,V as k,ce as l,ve as m,Pe as n,ke as nt,T as o,Ce as p,I as q,H as r,b as rt,Ne as s,Z as t,Oe as tt,Se as u,xe as v,ye as w,J as x,j as y,ge as z};