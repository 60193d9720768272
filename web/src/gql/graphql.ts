/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Where a request stands, as its requester sees it. */
export type AccountRecoveryState =
  /** 未通过: the administrator could not confirm the request. */
  | 'DECLINED'
  /** 未通过: nobody acted within 7 days. */
  | 'EXPIRED'
  /** 受理中: waiting for the unit's administrator (or, after a while, the office above). */
  | 'PENDING'
  /**
   * 已处理: an administrator acted; the temporary password comes only from the unit's
   * administrator, never from this status.
   */
  | 'RESET';

/** The lists of learners an office acts on. */
export type ActionKind =
  /** Took the exam and has not passed. */
  | 'FAILED'
  /** Should have taken it and never did, now the make-up is over: assessment grade deferred (暂缓确定考核等次). */
  | 'GRADE_DEFERRED'
  /** Failed the make-up too: may not be rated excellent (不得确定为优秀). */
  | 'NOT_EXCELLENT'
  /** Should take the exam, has not reached the required study points. */
  | 'NOT_STUDIED'
  /** Should take the exam, has not submitted an attempt. */
  | 'NOT_TAKEN';

/** A learner to add to a unit's roster. The account starts on the initial password 000000. */
export type AddLearnerInput = {
  name: string;
  /** 11-digit mainland mobile number: the login. */
  phone: string;
  /** 职级 */
  rank?: string | null | undefined;
  /** Expected retirement date (decides exemption eligibility). */
  retirementDate?: string | null | undefined;
  unitId: string | number;
};

/** One event as the page reports it. */
export type AttemptEventInput = {
  /** When the page saw it (the device's clock). */
  at: string;
  kind: AttemptEventKind;
};

/** What the exam page saw. */
export type AttemptEventKind =
  /** The page was hidden or lost focus (切出). */
  | 'LEAVE'
  /** It came back. */
  | 'RETURN';

/** Which audit entries to show; every part optional, given parts all apply. */
export type AuditFilter = {
  /**
   * What happened: an action (`learner.transfer_out`) or its area (`learner`, `exemption`,
   * `export`, `role`, `notice`, `exam_session`, `seat`, `recovery`); `auditActions` lists them.
   */
  action?: string | null | undefined;
  /** Who did it: a whole phone number, or part of a name. */
  actor?: string | null | undefined;
  /** From this day (China Standard Time), inclusive. */
  from?: string | null | undefined;
  /** Only changes made after the roster verification deadline. */
  lateOnly?: boolean;
  /** To this day (China Standard Time), inclusive. */
  to?: string | null | undefined;
};

/** How many questions of a type a paper has, and their points each. */
export type BlueprintPartInput = {
  count: number;
  pointsEach: number;
  type: QuestionType;
};

/** Every date and rule of a province's campaign year. Defaults are the 2017 notice's. */
export type CampaignInput = {
  /** Seconds after the deadline during which answers in flight are still accepted. */
  answerGraceSeconds?: number;
  /** Question counts and points per type; the paper totals 100. */
  blueprint: Array<BlueprintPartInput>;
  /** Categories with their points; they must sum to `requiredPoints`. */
  categories: Array<CategoryRuleInput>;
  /** Most study points a learner may earn in one day; absent: no cap. */
  dailyPointsCap?: number | null | undefined;
  durationMinutes?: number;
  mainAttempts?: number;
  /** The unified online exam (统一考试). */
  mainWindow: DateWindowInput;
  makeupAttempts?: number;
  /** The make-up exam (补考), after the main window. */
  makeupWindow: DateWindowInput;
  passScore?: number;
  /** The province (a PROVINCE region). */
  provinceId: string | number;
  /** The designated reader (指定读本). */
  readerTitle: string;
  requiredPoints?: number;
  /** What a learner sees after submitting an attempt. */
  reviewMode?: ReviewMode;
  studyStart: string;
  title: string;
  /** Roster verification deadline (名单核实截止): after it, the roster is frozen for unit administrators. */
  verificationDeadline: string;
  year: number;
};

/** A study category's points in the campaign. */
export type CategoryRuleInput = {
  category: StudyCategory;
  /** The category's points, and its cap. */
  points: number;
  /** Must be completed to reach the required points. */
  required: boolean;
};

/** A part of the console, offered only to the roles that may use it. */
export type ConsoleSection =
  /** Learners needing action, and their downloads. */
  | 'ACTION_LISTS'
  | 'ADMINISTRATORS'
  | 'AUDIT_LOG'
  /** The campaign, question bank and study material. */
  | 'CAMPAIGN'
  /** Figures, children and charts of the caller's node. */
  | 'DASHBOARD'
  /** Exam centres' sessions, seats and bookings. */
  | 'EXAM_CENTRES'
  /** The unit's exam sessions. */
  | 'EXAM_SESSIONS'
  | 'EXEMPTIONS'
  /** Roster import from a spreadsheet. */
  | 'IMPORT'
  | 'NOTICES'
  /** Learners' account-recovery requests (找回账号). */
  | 'RECOVERY_REQUESTS'
  | 'ROSTER';

/** An exam-centre session with seats, run by a city. */
export type CreateExamCenterSessionInput = {
  campaignId: string | number;
  centreName: string;
  endsAt: string;
  kind: ExamKind;
  /** The city running the centre. */
  regionId: string | number;
  seats: number;
  startsAt: string;
};

/** A span of days, both ends included, China Standard Time. */
export type DateWindowInput = {
  end: string;
  start: string;
};

/** A download to prepare. */
export type DownloadInput = {
  campaignId: string | number;
  kind: DownloadKind;
  /** The list, for ACTION_LIST. */
  list?: ActionKind | null | undefined;
  /** A region's or unit's id. */
  nodeId: string | number;
};

/** Which spreadsheet to download. */
export type DownloadKind =
  /** One action list (`list`), with unit, points and best score. */
  | 'ACTION_LIST'
  /** Everybody on the rosters below the node, with points and scores. */
  | 'ROSTER'
  /** The node's figures and its children's. */
  | 'STATS';

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

/** Appoint an administrator. */
export type GrantRoleInput = {
  /**
   * The administrator's name, used when a new account is opened (an existing account keeps
   * its own).
   */
  name: string;
  /**
   * The administrator's mobile number; an account is opened (on a temporary password, in
   * the answer's `temporaryPassword`) if it has none. An existing account is appointed only
   * by an administrator with power over it (every grant and roster entry below the caller).
   */
  phone: string;
  regionId?: string | number | null | undefined;
  /** PROVINCE_ADMIN, CITY_ADMIN or DISTRICT_ADMIN with `regionId` of that level; UNIT_ADMIN with `unitId`. */
  role: Role;
  unitId?: string | number | null | undefined;
};

/** What an import does with a row. */
export type ImportRowAction =
  /** Adds a new learner. */
  | 'CREATE'
  /** Identical to the roster. */
  | 'UNCHANGED'
  /** Changes a learner already on the roster (see `changes`). */
  | 'UPDATE';

/** Narrows a roster. */
export type LearnerFilter = {
  /** Part of the name. */
  name?: string | null | undefined;
  /** The start of the phone number. */
  phone?: string | null | undefined;
  /** Part of the rank (职级). */
  rank?: string | null | undefined;
  status?: EmploymentStatus | null | undefined;
};

/** Order of a roster. */
export type LearnerOrder =
  /** In the order learners were added. */
  | 'CREATED'
  /** By the name's pinyin (陈 before 张), the same on every database. */
  | 'NAME';

/** Level of a node in a breadcrumb. */
export type NodeLevel =
  | 'CITY'
  | 'DISTRICT'
  | 'PROVINCE'
  | 'UNIT';

/** A notice to post. */
export type PostNoticeInput = {
  body: string;
  regionId: string | number;
  title: string;
};

/** Question types of the exam. */
export type QuestionType =
  /** 多选题: all or nothing. */
  | 'MULTIPLE'
  /** 单选题 */
  | 'SINGLE'
  /** 判断题 */
  | 'TRUE_FALSE';

/** What the year's result means for the annual appraisal. */
export type RecordConsequence =
  /** 暂缓确定考核等次: should have taken the exam and never did. */
  | 'GRADE_DEFERRED'
  /** 不得确定为优秀: failed the make-up too. */
  | 'NOT_EXCELLENT';

/** How a year ended, or stands, for the person. */
export type RecordOutcome =
  /** Exempted (免考). */
  | 'EXEMPTED'
  /** Took it and did not pass. */
  | 'FAILED'
  /** The year's exam windows are still open. */
  | 'IN_PROGRESS'
  /** Not required to take it (retired, left, between units). */
  | 'NOT_REQUIRED'
  /** Should have taken it and never did. */
  | 'NOT_TAKEN'
  /** Passed (main or make-up). */
  | 'PASSED';

/** What an administrator does with a request. */
export type RecoveryAction =
  /** Close the request without a reset (the learner could not be confirmed). */
  | 'DECLINE'
  /**
   * Reset the password to a one-time temporary password (in the answer only; to be
   * changed at the next login).
   */
  | 'RESET';

/** Where a learner's retirement falls against a campaign's year. */
export type RetirementTiming =
  /** Before the year's study starts: to be recorded as retired at the verification. */
  | 'BEFORE_WINDOW'
  /** Between the study start and the make-up's end. */
  | 'WITHIN_WINDOW';

/** What a learner sees of a submitted attempt. */
export type ReviewMode =
  /** Also the correct answers, explanations and the laws they come from. */
  | 'ANSWERS'
  /** The score and pass or fail only. */
  | 'SCORE';

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

/** A unit's exam session. */
export type ScheduleExamSessionInput = {
  campaignId: string | number;
  endsAt: string;
  kind: ExamKind;
  startsAt: string;
  unitId: string | number;
};

/** How children are ordered. */
export type StatsOrder =
  | 'NAME'
  | 'PARTICIPATED'
  | 'PARTICIPATION_RATE'
  | 'PASSED'
  | 'PASS_RATE'
  | 'SHOULD_TAKE'
  | 'STUDY_COMPLETED';

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

/** How a learner's own move into a unit was decided. */
export type TransferRequestStatus =
  /** The unit took the learner onto its roster (已同意). */
  | 'ACCEPTED'
  /** Waiting for the unit (等待新单位确认). */
  | 'PENDING'
  /** The unit refused (未同意): the learner may ask another unit. */
  | 'REFUSED';

/** New times for an exam session that has not started. */
export type UpdateExamSessionInput = {
  /** At least the exam's duration after `startsAt`. */
  endsAt: string;
  /** In the future, inside the campaign's window for the session's kind. */
  startsAt: string;
};

/** Corrections to a learner; absent fields stay as they are. */
export type UpdateLearnerInput = {
  /**
   * The roster's name (administrators only: the roster owns the name, and a certificate
   * carries it); a learner sending a different one is FORBIDDEN.
   */
  name?: string | null | undefined;
  /** A new login phone (administrators only); the password stays. */
  phone?: string | null | undefined;
  rank?: string | null | undefined;
  retirementDate?: string | null | undefined;
};

/** A notice's new text. */
export type UpdateNoticeInput = {
  body: string;
  title: string;
};

export type ConsoleNodeFragment = { id: string, name: string, level: NodeLevel, manageable: boolean };

export type PageCursorFragment = { hasNextPage: boolean, endCursor: string | null };

export type NodeFiguresFragment = { nodeId: string, name: string, isUnit: boolean, shouldTake: number, studyCompleted: number, participated: number, passed: number, participationRate: number | null, passRate: number | null, noRateReason: string | null, emptyUnits: number, deduction: boolean, deductionUnits: number };

export type LearnerStandingFragment = { id: string, name: string, phone: string, phoneMasked: boolean, rank: string | null, points: number, bestScore: number | null };

export type ImportCountsFragment = { created: number, updated: number, unchanged: number, dryRun: boolean, written: boolean, errors: Array<{ row: number, message: string }> };

export type ExamSessionRowFragment = { id: string, kind: ExamKind, startsAt: string, endsAt: string, centreName: string | null, seats: number | null, booked: number };

export type IssuedPasswordFragment = { password: string, expiresAt: string };

export type AdminLoginMutationVariables = Exact<{
  phone: string;
  password: string;
}>;


export type AdminLoginMutation = { login: { token: string, mustChangePassword: boolean } };

export type AdminChangePasswordMutationVariables = Exact<{
  oldPassword: string;
  newPassword: string;
}>;


export type AdminChangePasswordMutation = { changePassword: boolean };

export type AdminLogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type AdminLogoutMutation = { logout: boolean };

export type ConsoleContextQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleContextQuery = { me: { id: string, name: string, phone: string }, consoleContext: { role: Role, masksPhones: boolean, sections: Array<ConsoleSection>, home: { id: string, name: string, level: NodeLevel, manageable: boolean }, breadcrumb: Array<{ id: string, name: string, level: NodeLevel, manageable: boolean }> }, currentCampaign: { id: string, year: number, title: string, passScore: number, durationMinutes: number, studyStart: string, mainWindow: { start: string, end: string }, makeupWindow: { start: string, end: string } } | null };

export type BreadcrumbQueryVariables = Exact<{
  nodeId: string | number;
}>;


export type BreadcrumbQuery = { breadcrumb: Array<{ id: string, name: string, level: NodeLevel, manageable: boolean }> };

export type DashboardQueryVariables = Exact<{
  campaignId: string | number;
  nodeId: string | number;
  orderBy: StatsOrder;
  descending: boolean;
}>;


export type DashboardQuery = { stats: { nodeId: string, name: string, isUnit: boolean, shouldTake: number, studyCompleted: number, participated: number, passed: number, participationRate: number | null, passRate: number | null, noRateReason: string | null, emptyUnits: number, deduction: boolean, deductionUnits: number, children: Array<{ nodeId: string, name: string, isUnit: boolean, shouldTake: number, studyCompleted: number, participated: number, passed: number, participationRate: number | null, passRate: number | null, noRateReason: string | null, emptyUnits: number, deduction: boolean, deductionUnits: number }> }, unitsWithoutRoster: { totalCount: number, nodes: Array<{ id: string, name: string }> } };

export type RegionUnitRostersQueryVariables = Exact<{
  regionId: string | number;
  after?: string | null | undefined;
}>;


export type RegionUnitRostersQuery = { region: { units: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, name: string, learners: { totalCount: number } }> } } | null };

export type DailyProgressQueryVariables = Exact<{
  campaignId: string | number;
  nodeId: string | number;
}>;


export type DailyProgressQuery = { dailyProgress: Array<{ day: string, studyCompleted: number, participated: number, passed: number }> };

export type CreateDownloadLinkMutationVariables = Exact<{
  input: DownloadInput;
}>;


export type CreateDownloadLinkMutation = { createDownloadLink: { url: string, expiresAt: string } };

export type RosterQueryVariables = Exact<{
  unitId: string | number;
  first: number;
  after?: string | null | undefined;
  filter?: LearnerFilter | null | undefined;
  orderBy: LearnerOrder;
  descending: boolean;
  campaignId: string | number;
}>;


export type RosterQuery = { unit: { id: string, name: string, learners: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ status: EmploymentStatus, retirementDate: string | null, id: string, name: string, phone: string, phoneMasked: boolean, rank: string | null, points: number, bestScore: number | null }> } } | null };

export type AddLearnerMutationVariables = Exact<{
  input: AddLearnerInput;
}>;


export type AddLearnerMutation = { addLearner: { id: string, name: string } };

export type UpdateLearnerMutationVariables = Exact<{
  id: string | number;
  input: UpdateLearnerInput;
}>;


export type UpdateLearnerMutation = { updateLearner: { id: string, name: string } };

export type TransferOutMutationVariables = Exact<{
  learnerId: string | number;
}>;


export type TransferOutMutation = { transferOut: { id: string, status: EmploymentStatus } };

export type SetStatusMutationVariables = Exact<{
  learnerId: string | number;
  status: EmploymentStatus;
}>;


export type SetStatusMutation = { setEmploymentStatus: { id: string, status: EmploymentStatus } };

export type ResetLearnerPasswordMutationVariables = Exact<{
  learnerId: string | number;
}>;


export type ResetLearnerPasswordMutation = { resetLearnerPassword: { password: string, expiresAt: string } };

export type UnlockLearnerMutationVariables = Exact<{
  learnerId: string | number;
}>;


export type UnlockLearnerMutation = { unlockLearner: boolean };

export type RevealPhoneMutationVariables = Exact<{
  learnerId: string | number;
}>;


export type RevealPhoneMutation = { revealPhone: string };

export type ImportLearnersMutationVariables = Exact<{
  unitId: string | number;
  file: File;
  dryRun?: boolean | null | undefined;
  importValidRows?: boolean | null | undefined;
}>;


export type ImportLearnersMutation = { importLearners: { created: number, updated: number, unchanged: number, dryRun: boolean, written: boolean, preview: Array<{ row: number, action: ImportRowAction, name: string, phone: string, changes: Array<string> }>, errors: Array<{ row: number, message: string }> } };

export type ActionListQueryVariables = Exact<{
  campaignId: string | number;
  nodeId: string | number;
  kind: ActionKind;
  first: number;
  after?: string | null | undefined;
}>;


export type ActionListQuery = { learnersNeedingAction: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, name: string, phone: string, phoneMasked: boolean, rank: string | null, points: number, bestScore: number | null, unit: { id: string, name: string } | null }> } };

export type ChildrenQueryVariables = Exact<{
  campaignId: string | number;
  nodeId: string | number;
}>;


export type ChildrenQuery = { stats: { children: Array<{ nodeId: string, name: string, isUnit: boolean }> } };

export type ExamSessionsQueryVariables = Exact<{
  campaignId: string | number;
  unitId?: string | number | null | undefined;
}>;


export type ExamSessionsQuery = { examSessions: Array<{ id: string, kind: ExamKind, startsAt: string, endsAt: string, centreName: string | null, seats: number | null, booked: number }> };

export type UnitExamCentreSeatsQueryVariables = Exact<{
  campaignId: string | number;
  unitId: string | number;
}>;


export type UnitExamCentreSeatsQuery = { unitExamCentreSeats: Array<{ centreName: string, kind: ExamKind, startsAt: string, endsAt: string, bookedAt: string, learner: { id: string, name: string, phone: string } }> };

export type ScheduleExamSessionMutationVariables = Exact<{
  input: ScheduleExamSessionInput;
}>;


export type ScheduleExamSessionMutation = { scheduleExamSession: { id: string, kind: ExamKind, startsAt: string, endsAt: string } };

export type ExemptionsQueryVariables = Exact<{
  campaignId: string | number;
  nodeId: string | number;
  status?: ExemptionStatus | null | undefined;
  escalated?: boolean | null | undefined;
}>;


export type ExemptionsQuery = { exemptions: { totalCount: number, nodes: Array<{ id: string, status: ExemptionStatus, reason: string, appliedAt: string, attachmentName: string | null, escalatedAt: string | null, escalationComment: string | null, learner: { id: string, name: string, phone: string, unit: { name: string } | null } | null, decisions: Array<{ approve: boolean, comment: string | null, overrule: boolean, decidedAt: string, decidedBy: string }> }> } };

export type DecideExemptionMutationVariables = Exact<{
  id: string | number;
  approve: boolean;
  comment?: string | null | undefined;
}>;


export type DecideExemptionMutation = { decideExemption: { id: string, status: ExemptionStatus } };

export type NoticesQueryVariables = Exact<{ [key: string]: never; }>;


export type NoticesQuery = { notices: { nodes: Array<{ id: string, title: string, body: string, postedAt: string, editedAt: string | null, editable: boolean, region: { name: string } | null }> } };

export type PostNoticeMutationVariables = Exact<{
  input: PostNoticeInput;
}>;


export type PostNoticeMutation = { postNotice: { id: string } };

export type AuditLogQueryVariables = Exact<{
  nodeId: string | number;
  first: number;
  after?: string | null | undefined;
  filter?: AuditFilter | null | undefined;
}>;


export type AuditLogQuery = { auditLog: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, at: string, action: string, actor: string | null, targetKind: string, targetId: number, before: string | null, after: string | null, late: boolean }> } };

export type GrantRoleMutationVariables = Exact<{
  input: GrantRoleInput;
}>;


export type GrantRoleMutation = { grantRole: { id: string, role: Role, temporaryPassword: { password: string, expiresAt: string } | null } };

export type CampaignForYearQueryVariables = Exact<{
  year: number;
}>;


export type CampaignForYearQuery = { campaign: { id: string, year: number, title: string, readerTitle: string, verificationDeadline: string, studyStart: string, requiredPoints: number, passScore: number, durationMinutes: number, mainAttempts: number, makeupAttempts: number, answerGraceSeconds: number, dailyPointsCap: number | null, reviewMode: ReviewMode, categories: Array<{ category: StudyCategory, points: number, required: boolean }>, mainWindow: { start: string, end: string }, makeupWindow: { start: string, end: string }, blueprint: Array<{ type: QuestionType, count: number, pointsEach: number }> } | null };

export type CreateCampaignMutationVariables = Exact<{
  input: CampaignInput;
}>;


export type CreateCampaignMutation = { createCampaign: { id: string, year: number, title: string } };

export type UpdateCampaignMutationVariables = Exact<{
  id: string | number;
  input: CampaignInput;
}>;


export type UpdateCampaignMutation = { updateCampaign: { id: string, year: number, title: string } };

export type ImportQuestionsMutationVariables = Exact<{
  campaignId: string | number;
  file: File;
  dryRun?: boolean | null | undefined;
}>;


export type ImportQuestionsMutation = { importQuestions: { created: number, updated: number, unchanged: number, dryRun: boolean, written: boolean, errors: Array<{ row: number, message: string }> } };

export type ImportStudyItemsMutationVariables = Exact<{
  campaignId: string | number;
  file: File;
  dryRun?: boolean | null | undefined;
}>;


export type ImportStudyItemsMutation = { importStudyItems: { created: number, updated: number, unchanged: number, dryRun: boolean, written: boolean, errors: Array<{ row: number, message: string }> } };

export type RecoveryRequestsQueryVariables = Exact<{ [key: string]: never; }>;


export type RecoveryRequestsQuery = { recoveryRequests: Array<{ id: string, learnerId: string | null, name: string, phone: string, unitName: string, requestedAt: string, escalated: boolean }> };

export type ResolveRecoveryRequestMutationVariables = Exact<{
  id: string | number;
  action: RecoveryAction;
}>;


export type ResolveRecoveryRequestMutation = { resolveRecoveryRequest: { password: string, expiresAt: string } | null };

export type UpdateExamSessionMutationVariables = Exact<{
  id: string | number;
  input: UpdateExamSessionInput;
}>;


export type UpdateExamSessionMutation = { updateExamSession: { id: string, startsAt: string, endsAt: string } };

export type CancelExamSessionMutationVariables = Exact<{
  id: string | number;
}>;


export type CancelExamSessionMutation = { cancelExamSession: boolean };

export type ExamCentreSessionsQueryVariables = Exact<{
  campaignId: string | number;
  regionId: string | number;
}>;


export type ExamCentreSessionsQuery = { examCentreSessions: Array<{ bookableUntil: string | null, id: string, kind: ExamKind, startsAt: string, endsAt: string, centreName: string | null, seats: number | null, booked: number }> };

export type ExamCentreBookingsQueryVariables = Exact<{
  sessionId: string | number;
}>;


export type ExamCentreBookingsQuery = { examCentreBookings: Array<{ bookedAt: string, learner: { id: string, name: string, phone: string }, unit: { id: string, name: string } | null }> };

export type CreateExamCenterSessionMutationVariables = Exact<{
  input: CreateExamCenterSessionInput;
}>;


export type CreateExamCenterSessionMutation = { createExamCenterSession: { id: string } };

export type BookExamCenterSeatsMutationVariables = Exact<{
  sessionId: string | number;
  learnerIds: Array<string | number> | string | number;
}>;


export type BookExamCenterSeatsMutation = { bookExamCenterSeats: { id: string, booked: number, seats: number | null } };

export type CancelExamCenterBookingMutationVariables = Exact<{
  sessionId: string | number;
  learnerId: string | number;
}>;


export type CancelExamCenterBookingMutation = { cancelExamCenterBooking: { id: string, booked: number, seats: number | null } };

export type OfflineUnitsQueryVariables = Exact<{
  regionId: string | number;
}>;


export type OfflineUnitsQuery = { region: { id: string, units: { nodes: Array<{ id: string, name: string, hasInternet: boolean }> } } | null };

export type UnitLearnersQueryVariables = Exact<{
  unitId: string | number;
}>;


export type UnitLearnersQuery = { unit: { id: string, learners: { nodes: Array<{ id: string, name: string, phone: string, status: EmploymentStatus }> } } | null };

export type EscalateExemptionMutationVariables = Exact<{
  id: string | number;
  comment?: string | null | undefined;
}>;


export type EscalateExemptionMutation = { escalateExemption: { id: string, escalatedAt: string | null } };

export type ExemptionAttachmentQueryVariables = Exact<{
  id: string | number;
}>;


export type ExemptionAttachmentQuery = { exemptionAttachment: { name: string, contentType: string, dataUrl: string } | null };

export type UpdateNoticeMutationVariables = Exact<{
  id: string | number;
  input: UpdateNoticeInput;
}>;


export type UpdateNoticeMutation = { updateNotice: { id: string, title: string, body: string, editedAt: string | null } };

export type WithdrawNoticeMutationVariables = Exact<{
  id: string | number;
}>;


export type WithdrawNoticeMutation = { withdrawNotice: boolean };

export type AdministratorsQueryVariables = Exact<{
  nodeId: string | number;
  first: number;
  after?: string | null | undefined;
}>;


export type AdministratorsQuery = { administrators: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ name: string, phoneMasked: string, appointedAt: string, revocable: boolean, grant: { id: string, role: Role, region: { name: string } | null, unit: { name: string } | null } }> } };

export type RevokeRoleMutationVariables = Exact<{
  id: string | number;
}>;


export type RevokeRoleMutation = { revokeRole: boolean };

export type UnitAttemptIntegrityQueryVariables = Exact<{
  campaignId: string | number;
  unitId: string | number;
}>;


export type UnitAttemptIntegrityQuery = { unitAttemptIntegrity: Array<{ learner: { id: string, name: string }, integrity: { attemptId: string, leaves: number, awaySeconds: number, flagged: boolean, maxLeaves: number | null, maxAwaySeconds: number | null, note: string | null, events: Array<{ kind: AttemptEventKind, at: string }> } }> };

export type PendingTransfersInQueryVariables = Exact<{
  unitId: string | number;
}>;


export type PendingTransfersInQuery = { pendingTransfersIn: Array<{ requestedAt: string, learner: { id: string, name: string, phone: string, rank: string | null } }> };

export type AdminTransferInMutationVariables = Exact<{
  phone: string;
  unitId: string | number;
}>;


export type AdminTransferInMutation = { transferIn: { id: string, name: string } };

export type AcceptTransferInMutationVariables = Exact<{
  learnerId: string | number;
}>;


export type AcceptTransferInMutation = { acceptTransferIn: { id: string, name: string } };

export type RefuseTransferInMutationVariables = Exact<{
  learnerId: string | number;
}>;


export type RefuseTransferInMutation = { refuseTransferIn: boolean };

export type PracticeBankQueryVariables = Exact<{
  campaignId: string | number;
  year: number;
}>;


export type PracticeBankQuery = { questions: Array<{ id: string, type: QuestionType, stem: string, lawSource: string, withdrawn: boolean, practice: boolean }>, campaign: { id: string, integrityMaxLeaves: number | null, integrityMaxAwaySeconds: number | null } | null };

export type SetQuestionPracticeMutationVariables = Exact<{
  questionId: string | number;
}>;


export type SetQuestionPracticeMutation = { setQuestionPractice: { id: string, practice: boolean } };

export type SetIntegrityToleranceMutationVariables = Exact<{
  campaignId: string | number;
  maxLeaves?: number | null | undefined;
  maxAwaySeconds?: number | null | undefined;
}>;


export type SetIntegrityToleranceMutation = { setIntegrityTolerance: boolean };

export type LearnerRecordQueryVariables = Exact<{
  learnerId: string | number;
}>;


export type LearnerRecordQuery = { learnerRecord: { learner: { id: string, name: string, rank: string | null, status: EmploymentStatus, retirementDate: string | null, unit: { name: string } | null }, years: Array<{ campaignId: string, year: number, campaignTitle: string, points: number, requiredPoints: number, studyCompleted: boolean, exemption: string | null, bestScore: number | null, outcome: RecordOutcome, consequences: Array<RecordConsequence>, attempts: Array<{ kind: string, score: number | null, passed: boolean, submittedAt: string | null, autoSubmitted: boolean }> }> } };

export type RetirementsDueQueryVariables = Exact<{
  campaignId: string | number;
  unitId: string | number;
}>;


export type RetirementsDueQuery = { retirementsDue: Array<{ timing: RetirementTiming, learner: { id: string, name: string, retirementDate: string | null } }> };

export type ConsoleCertificateLinkMutationVariables = Exact<{
  campaignId: string | number;
  unitId?: string | number | null | undefined;
}>;


export type ConsoleCertificateLinkMutation = { createCertificateLink: { url: string, expiresAt: string } };

export type ConsoleRecordLinkMutationVariables = Exact<{
  learnerId: string | number;
}>;


export type ConsoleRecordLinkMutation = { createRecordLink: { url: string, expiresAt: string } };

export type CopyCampaignMaterialMutationVariables = Exact<{
  fromCampaignId: string | number;
  toCampaignId: string | number;
}>;


export type CopyCampaignMaterialMutation = { copyCampaignMaterial: { studyItems: number, questions: number } };

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


export type MeQuery = { me: { id: string, name: string, phone: string, mustChangePassword: boolean, roles: Array<{ role: Role }>, learner: { id: string, name: string, rank: string | null, status: EmploymentStatus, retirementDate: string | null, unit: { id: string, name: string, hasInternet: boolean } | null, transferRequest: { status: TransferRequestStatus, requestedAt: string, decidedAt: string | null, unit: { id: string, name: string } } | null } | null } };

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

export type RequestAccountRecoveryMutationVariables = Exact<{
  phone: string;
  name: string;
  unitName: string;
}>;


export type RequestAccountRecoveryMutation = { requestAccountRecovery: { code: string, message: string } };

export type AccountRecoveryStatusQueryVariables = Exact<{
  code: string;
}>;


export type AccountRecoveryStatusQuery = { accountRecoveryStatus: { status: AccountRecoveryState, message: string, requestedAt: string, resolvedAt: string | null } };

export type ReportAttemptEventsMutationVariables = Exact<{
  attemptId: string | number;
  events: Array<AttemptEventInput> | AttemptEventInput;
}>;


export type ReportAttemptEventsMutation = { reportAttemptEvents: number };

export type AttemptIntegrityQueryVariables = Exact<{
  attemptId: string | number;
}>;


export type AttemptIntegrityQuery = { attemptIntegrity: { leaves: number, awaySeconds: number, note: string | null } };

export type NoteAttemptEventsMutationVariables = Exact<{
  attemptId: string | number;
  note: string;
}>;


export type NoteAttemptEventsMutation = { noteAttemptEvents: boolean };

export type PracticeLawsQueryVariables = Exact<{ [key: string]: never; }>;


export type PracticeLawsQuery = { practiceLaws: Array<{ lawSource: string, questions: number }> };

export type PracticeQuestionsQueryVariables = Exact<{
  lawSource?: string | null | undefined;
  count: number;
}>;


export type PracticeQuestionsQuery = { practiceQuestions: Array<{ id: string, type: QuestionType, stem: string, lawSource: string, options: Array<{ key: string, text: string }> }> };

export type AnswerPracticeMutationVariables = Exact<{
  questionId: string | number;
  answer: Array<string> | string;
}>;


export type AnswerPracticeMutation = { answerPractice: { correct: boolean, correctAnswer: string, explanation: string, lawSource: string } };

export type MyMistakesQueryVariables = Exact<{ [key: string]: never; }>;


export type MyMistakesQuery = { myMistakes: Array<{ wrongCount: number, lastWrongAt: string, answeredRight: boolean, question: { id: string, type: QuestionType, stem: string, lawSource: string, options: Array<{ key: string, text: string }> } }> };

export type RemoveMistakeMutationVariables = Exact<{
  questionId: string | number;
}>;


export type RemoveMistakeMutation = { removeMistake: boolean };

export type MyRecordQueryVariables = Exact<{ [key: string]: never; }>;


export type MyRecordQuery = { myRecord: { learner: { id: string, name: string, unit: { name: string } | null }, years: Array<{ campaignId: string, year: number, campaignTitle: string, points: number, requiredPoints: number, studyCompleted: boolean, exemption: string | null, bestScore: number | null, outcome: RecordOutcome, consequences: Array<RecordConsequence>, attempts: Array<{ kind: string, score: number | null, passed: boolean, submittedAt: string | null, autoSubmitted: boolean }> }> } };

export type MyCertificateQueryVariables = Exact<{
  campaignId: string | number;
}>;


export type MyCertificateQuery = { myCertificate: { code: string, verifyPath: string, name: string, unitName: string, year: number, score: number, passedOn: string } | null };

export type CreateCertificateLinkMutationVariables = Exact<{
  campaignId: string | number;
  unitId?: string | number | null | undefined;
}>;


export type CreateCertificateLinkMutation = { createCertificateLink: { url: string, expiresAt: string } };

export type CreateRecordLinkMutationVariables = Exact<{
  learnerId: string | number;
}>;


export type CreateRecordLinkMutation = { createRecordLink: { url: string, expiresAt: string } };

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
export const ConsoleNodeFragmentDoc = new TypedDocumentString(`
    fragment ConsoleNode on BreadcrumbItem {
  id
  name
  level
  manageable
}
    `, {"fragmentName":"ConsoleNode"}) as unknown as TypedDocumentString<ConsoleNodeFragment, unknown>;
export const PageCursorFragmentDoc = new TypedDocumentString(`
    fragment PageCursor on PageInfo {
  hasNextPage
  endCursor
}
    `, {"fragmentName":"PageCursor"}) as unknown as TypedDocumentString<PageCursorFragment, unknown>;
export const NodeFiguresFragmentDoc = new TypedDocumentString(`
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
    `, {"fragmentName":"NodeFigures"}) as unknown as TypedDocumentString<NodeFiguresFragment, unknown>;
export const LearnerStandingFragmentDoc = new TypedDocumentString(`
    fragment LearnerStanding on Learner {
  id
  name
  phone
  phoneMasked
  rank
  points(campaignId: $campaignId)
  bestScore(campaignId: $campaignId)
}
    `, {"fragmentName":"LearnerStanding"}) as unknown as TypedDocumentString<LearnerStandingFragment, unknown>;
export const ImportCountsFragmentDoc = new TypedDocumentString(`
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
    `, {"fragmentName":"ImportCounts"}) as unknown as TypedDocumentString<ImportCountsFragment, unknown>;
export const ExamSessionRowFragmentDoc = new TypedDocumentString(`
    fragment ExamSessionRow on ExamSession {
  id
  kind
  startsAt
  endsAt
  centreName
  seats
  booked
}
    `, {"fragmentName":"ExamSessionRow"}) as unknown as TypedDocumentString<ExamSessionRowFragment, unknown>;
export const IssuedPasswordFragmentDoc = new TypedDocumentString(`
    fragment IssuedPassword on TemporaryPassword {
  password
  expiresAt
}
    `, {"fragmentName":"IssuedPassword"}) as unknown as TypedDocumentString<IssuedPasswordFragment, unknown>;
export const AdminLoginDocument = new TypedDocumentString(`
    mutation AdminLogin($phone: String!, $password: String!) {
  login(phone: $phone, password: $password) {
    token
    mustChangePassword
  }
}
    `) as unknown as TypedDocumentString<AdminLoginMutation, AdminLoginMutationVariables>;
export const AdminChangePasswordDocument = new TypedDocumentString(`
    mutation AdminChangePassword($oldPassword: String!, $newPassword: String!) {
  changePassword(oldPassword: $oldPassword, newPassword: $newPassword)
}
    `) as unknown as TypedDocumentString<AdminChangePasswordMutation, AdminChangePasswordMutationVariables>;
export const AdminLogoutDocument = new TypedDocumentString(`
    mutation AdminLogout {
  logout
}
    `) as unknown as TypedDocumentString<AdminLogoutMutation, AdminLogoutMutationVariables>;
export const ConsoleContextDocument = new TypedDocumentString(`
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
}`) as unknown as TypedDocumentString<ConsoleContextQuery, ConsoleContextQueryVariables>;
export const BreadcrumbDocument = new TypedDocumentString(`
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
}`) as unknown as TypedDocumentString<BreadcrumbQuery, BreadcrumbQueryVariables>;
export const DashboardDocument = new TypedDocumentString(`
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
}`) as unknown as TypedDocumentString<DashboardQuery, DashboardQueryVariables>;
export const RegionUnitRostersDocument = new TypedDocumentString(`
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
}`) as unknown as TypedDocumentString<RegionUnitRostersQuery, RegionUnitRostersQueryVariables>;
export const DailyProgressDocument = new TypedDocumentString(`
    query DailyProgress($campaignId: ID!, $nodeId: ID!) {
  dailyProgress(campaignId: $campaignId, nodeId: $nodeId) {
    day
    studyCompleted
    participated
    passed
  }
}
    `) as unknown as TypedDocumentString<DailyProgressQuery, DailyProgressQueryVariables>;
export const CreateDownloadLinkDocument = new TypedDocumentString(`
    mutation CreateDownloadLink($input: DownloadInput!) {
  createDownloadLink(input: $input) {
    url
    expiresAt
  }
}
    `) as unknown as TypedDocumentString<CreateDownloadLinkMutation, CreateDownloadLinkMutationVariables>;
export const RosterDocument = new TypedDocumentString(`
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
}`) as unknown as TypedDocumentString<RosterQuery, RosterQueryVariables>;
export const AddLearnerDocument = new TypedDocumentString(`
    mutation AddLearner($input: AddLearnerInput!) {
  addLearner(input: $input) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<AddLearnerMutation, AddLearnerMutationVariables>;
export const UpdateLearnerDocument = new TypedDocumentString(`
    mutation UpdateLearner($id: ID!, $input: UpdateLearnerInput!) {
  updateLearner(id: $id, input: $input) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<UpdateLearnerMutation, UpdateLearnerMutationVariables>;
export const TransferOutDocument = new TypedDocumentString(`
    mutation TransferOut($learnerId: ID!) {
  transferOut(learnerId: $learnerId) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<TransferOutMutation, TransferOutMutationVariables>;
export const SetStatusDocument = new TypedDocumentString(`
    mutation SetStatus($learnerId: ID!, $status: EmploymentStatus!) {
  setEmploymentStatus(learnerId: $learnerId, status: $status) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<SetStatusMutation, SetStatusMutationVariables>;
export const ResetLearnerPasswordDocument = new TypedDocumentString(`
    mutation ResetLearnerPassword($learnerId: ID!) {
  resetLearnerPassword(learnerId: $learnerId) {
    ...IssuedPassword
  }
}
    fragment IssuedPassword on TemporaryPassword {
  password
  expiresAt
}`) as unknown as TypedDocumentString<ResetLearnerPasswordMutation, ResetLearnerPasswordMutationVariables>;
export const UnlockLearnerDocument = new TypedDocumentString(`
    mutation UnlockLearner($learnerId: ID!) {
  unlockLearner(learnerId: $learnerId)
}
    `) as unknown as TypedDocumentString<UnlockLearnerMutation, UnlockLearnerMutationVariables>;
export const RevealPhoneDocument = new TypedDocumentString(`
    mutation RevealPhone($learnerId: ID!) {
  revealPhone(learnerId: $learnerId)
}
    `) as unknown as TypedDocumentString<RevealPhoneMutation, RevealPhoneMutationVariables>;
export const ImportLearnersDocument = new TypedDocumentString(`
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
}`) as unknown as TypedDocumentString<ImportLearnersMutation, ImportLearnersMutationVariables>;
export const ActionListDocument = new TypedDocumentString(`
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
}`) as unknown as TypedDocumentString<ActionListQuery, ActionListQueryVariables>;
export const ChildrenDocument = new TypedDocumentString(`
    query Children($campaignId: ID!, $nodeId: ID!) {
  stats(campaignId: $campaignId, nodeId: $nodeId) {
    children(orderBy: NAME) {
      nodeId
      name
      isUnit
    }
  }
}
    `) as unknown as TypedDocumentString<ChildrenQuery, ChildrenQueryVariables>;
export const ExamSessionsDocument = new TypedDocumentString(`
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
}`) as unknown as TypedDocumentString<ExamSessionsQuery, ExamSessionsQueryVariables>;
export const UnitExamCentreSeatsDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<UnitExamCentreSeatsQuery, UnitExamCentreSeatsQueryVariables>;
export const ScheduleExamSessionDocument = new TypedDocumentString(`
    mutation ScheduleExamSession($input: ScheduleExamSessionInput!) {
  scheduleExamSession(input: $input) {
    id
    kind
    startsAt
    endsAt
  }
}
    `) as unknown as TypedDocumentString<ScheduleExamSessionMutation, ScheduleExamSessionMutationVariables>;
export const ExemptionsDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<ExemptionsQuery, ExemptionsQueryVariables>;
export const DecideExemptionDocument = new TypedDocumentString(`
    mutation DecideExemption($id: ID!, $approve: Boolean!, $comment: String) {
  decideExemption(id: $id, approve: $approve, comment: $comment) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<DecideExemptionMutation, DecideExemptionMutationVariables>;
export const NoticesDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<NoticesQuery, NoticesQueryVariables>;
export const PostNoticeDocument = new TypedDocumentString(`
    mutation PostNotice($input: PostNoticeInput!) {
  postNotice(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<PostNoticeMutation, PostNoticeMutationVariables>;
export const AuditLogDocument = new TypedDocumentString(`
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
}`) as unknown as TypedDocumentString<AuditLogQuery, AuditLogQueryVariables>;
export const GrantRoleDocument = new TypedDocumentString(`
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
}`) as unknown as TypedDocumentString<GrantRoleMutation, GrantRoleMutationVariables>;
export const CampaignForYearDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<CampaignForYearQuery, CampaignForYearQueryVariables>;
export const CreateCampaignDocument = new TypedDocumentString(`
    mutation CreateCampaign($input: CampaignInput!) {
  createCampaign(input: $input) {
    id
    year
    title
  }
}
    `) as unknown as TypedDocumentString<CreateCampaignMutation, CreateCampaignMutationVariables>;
export const UpdateCampaignDocument = new TypedDocumentString(`
    mutation UpdateCampaign($id: ID!, $input: CampaignInput!) {
  updateCampaign(id: $id, input: $input) {
    id
    year
    title
  }
}
    `) as unknown as TypedDocumentString<UpdateCampaignMutation, UpdateCampaignMutationVariables>;
export const ImportQuestionsDocument = new TypedDocumentString(`
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
}`) as unknown as TypedDocumentString<ImportQuestionsMutation, ImportQuestionsMutationVariables>;
export const ImportStudyItemsDocument = new TypedDocumentString(`
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
}`) as unknown as TypedDocumentString<ImportStudyItemsMutation, ImportStudyItemsMutationVariables>;
export const RecoveryRequestsDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<RecoveryRequestsQuery, RecoveryRequestsQueryVariables>;
export const ResolveRecoveryRequestDocument = new TypedDocumentString(`
    mutation ResolveRecoveryRequest($id: ID!, $action: RecoveryAction!) {
  resolveRecoveryRequest(id: $id, action: $action) {
    ...IssuedPassword
  }
}
    fragment IssuedPassword on TemporaryPassword {
  password
  expiresAt
}`) as unknown as TypedDocumentString<ResolveRecoveryRequestMutation, ResolveRecoveryRequestMutationVariables>;
export const UpdateExamSessionDocument = new TypedDocumentString(`
    mutation UpdateExamSession($id: ID!, $input: UpdateExamSessionInput!) {
  updateExamSession(id: $id, input: $input) {
    id
    startsAt
    endsAt
  }
}
    `) as unknown as TypedDocumentString<UpdateExamSessionMutation, UpdateExamSessionMutationVariables>;
export const CancelExamSessionDocument = new TypedDocumentString(`
    mutation CancelExamSession($id: ID!) {
  cancelExamSession(id: $id)
}
    `) as unknown as TypedDocumentString<CancelExamSessionMutation, CancelExamSessionMutationVariables>;
export const ExamCentreSessionsDocument = new TypedDocumentString(`
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
}`) as unknown as TypedDocumentString<ExamCentreSessionsQuery, ExamCentreSessionsQueryVariables>;
export const ExamCentreBookingsDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<ExamCentreBookingsQuery, ExamCentreBookingsQueryVariables>;
export const CreateExamCenterSessionDocument = new TypedDocumentString(`
    mutation CreateExamCenterSession($input: CreateExamCenterSessionInput!) {
  createExamCenterSession(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateExamCenterSessionMutation, CreateExamCenterSessionMutationVariables>;
export const BookExamCenterSeatsDocument = new TypedDocumentString(`
    mutation BookExamCenterSeats($sessionId: ID!, $learnerIds: [ID!]!) {
  bookExamCenterSeats(sessionId: $sessionId, learnerIds: $learnerIds) {
    id
    booked
    seats
  }
}
    `) as unknown as TypedDocumentString<BookExamCenterSeatsMutation, BookExamCenterSeatsMutationVariables>;
export const CancelExamCenterBookingDocument = new TypedDocumentString(`
    mutation CancelExamCenterBooking($sessionId: ID!, $learnerId: ID!) {
  cancelExamCenterBooking(sessionId: $sessionId, learnerId: $learnerId) {
    id
    booked
    seats
  }
}
    `) as unknown as TypedDocumentString<CancelExamCenterBookingMutation, CancelExamCenterBookingMutationVariables>;
export const OfflineUnitsDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<OfflineUnitsQuery, OfflineUnitsQueryVariables>;
export const UnitLearnersDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<UnitLearnersQuery, UnitLearnersQueryVariables>;
export const EscalateExemptionDocument = new TypedDocumentString(`
    mutation EscalateExemption($id: ID!, $comment: String) {
  escalateExemption(id: $id, comment: $comment) {
    id
    escalatedAt
  }
}
    `) as unknown as TypedDocumentString<EscalateExemptionMutation, EscalateExemptionMutationVariables>;
export const ExemptionAttachmentDocument = new TypedDocumentString(`
    query ExemptionAttachment($id: ID!) {
  exemptionAttachment(id: $id) {
    name
    contentType
    dataUrl
  }
}
    `) as unknown as TypedDocumentString<ExemptionAttachmentQuery, ExemptionAttachmentQueryVariables>;
export const UpdateNoticeDocument = new TypedDocumentString(`
    mutation UpdateNotice($id: ID!, $input: UpdateNoticeInput!) {
  updateNotice(id: $id, input: $input) {
    id
    title
    body
    editedAt
  }
}
    `) as unknown as TypedDocumentString<UpdateNoticeMutation, UpdateNoticeMutationVariables>;
export const WithdrawNoticeDocument = new TypedDocumentString(`
    mutation WithdrawNotice($id: ID!) {
  withdrawNotice(id: $id)
}
    `) as unknown as TypedDocumentString<WithdrawNoticeMutation, WithdrawNoticeMutationVariables>;
export const AdministratorsDocument = new TypedDocumentString(`
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
}`) as unknown as TypedDocumentString<AdministratorsQuery, AdministratorsQueryVariables>;
export const RevokeRoleDocument = new TypedDocumentString(`
    mutation RevokeRole($id: ID!) {
  revokeRole(id: $id)
}
    `) as unknown as TypedDocumentString<RevokeRoleMutation, RevokeRoleMutationVariables>;
export const UnitAttemptIntegrityDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<UnitAttemptIntegrityQuery, UnitAttemptIntegrityQueryVariables>;
export const PendingTransfersInDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<PendingTransfersInQuery, PendingTransfersInQueryVariables>;
export const AdminTransferInDocument = new TypedDocumentString(`
    mutation AdminTransferIn($phone: String!, $unitId: ID!) {
  transferIn(phone: $phone, unitId: $unitId) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<AdminTransferInMutation, AdminTransferInMutationVariables>;
export const AcceptTransferInDocument = new TypedDocumentString(`
    mutation AcceptTransferIn($learnerId: ID!) {
  acceptTransferIn(learnerId: $learnerId) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<AcceptTransferInMutation, AcceptTransferInMutationVariables>;
export const RefuseTransferInDocument = new TypedDocumentString(`
    mutation RefuseTransferIn($learnerId: ID!) {
  refuseTransferIn(learnerId: $learnerId)
}
    `) as unknown as TypedDocumentString<RefuseTransferInMutation, RefuseTransferInMutationVariables>;
export const PracticeBankDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<PracticeBankQuery, PracticeBankQueryVariables>;
export const SetQuestionPracticeDocument = new TypedDocumentString(`
    mutation SetQuestionPractice($questionId: ID!) {
  setQuestionPractice(questionId: $questionId) {
    id
    practice
  }
}
    `) as unknown as TypedDocumentString<SetQuestionPracticeMutation, SetQuestionPracticeMutationVariables>;
export const SetIntegrityToleranceDocument = new TypedDocumentString(`
    mutation SetIntegrityTolerance($campaignId: ID!, $maxLeaves: Int, $maxAwaySeconds: Int) {
  setIntegrityTolerance(
    campaignId: $campaignId
    maxLeaves: $maxLeaves
    maxAwaySeconds: $maxAwaySeconds
  )
}
    `) as unknown as TypedDocumentString<SetIntegrityToleranceMutation, SetIntegrityToleranceMutationVariables>;
export const LearnerRecordDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<LearnerRecordQuery, LearnerRecordQueryVariables>;
export const RetirementsDueDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<RetirementsDueQuery, RetirementsDueQueryVariables>;
export const ConsoleCertificateLinkDocument = new TypedDocumentString(`
    mutation ConsoleCertificateLink($campaignId: ID!, $unitId: ID) {
  createCertificateLink(campaignId: $campaignId, unitId: $unitId) {
    url
    expiresAt
  }
}
    `) as unknown as TypedDocumentString<ConsoleCertificateLinkMutation, ConsoleCertificateLinkMutationVariables>;
export const ConsoleRecordLinkDocument = new TypedDocumentString(`
    mutation ConsoleRecordLink($learnerId: ID!) {
  createRecordLink(learnerId: $learnerId) {
    url
    expiresAt
  }
}
    `) as unknown as TypedDocumentString<ConsoleRecordLinkMutation, ConsoleRecordLinkMutationVariables>;
export const CopyCampaignMaterialDocument = new TypedDocumentString(`
    mutation CopyCampaignMaterial($fromCampaignId: ID!, $toCampaignId: ID!) {
  copyCampaignMaterial(
    fromCampaignId: $fromCampaignId
    toCampaignId: $toCampaignId
  ) {
    studyItems
    questions
  }
}
    `) as unknown as TypedDocumentString<CopyCampaignMaterialMutation, CopyCampaignMaterialMutationVariables>;
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
export const RequestAccountRecoveryDocument = new TypedDocumentString(`
    mutation RequestAccountRecovery($phone: String!, $name: String!, $unitName: String!) {
  requestAccountRecovery(phone: $phone, name: $name, unitName: $unitName) {
    code
    message
  }
}
    `) as unknown as TypedDocumentString<RequestAccountRecoveryMutation, RequestAccountRecoveryMutationVariables>;
export const AccountRecoveryStatusDocument = new TypedDocumentString(`
    query AccountRecoveryStatus($code: String!) {
  accountRecoveryStatus(code: $code) {
    status
    message
    requestedAt
    resolvedAt
  }
}
    `) as unknown as TypedDocumentString<AccountRecoveryStatusQuery, AccountRecoveryStatusQueryVariables>;
export const ReportAttemptEventsDocument = new TypedDocumentString(`
    mutation ReportAttemptEvents($attemptId: ID!, $events: [AttemptEventInput!]!) {
  reportAttemptEvents(attemptId: $attemptId, events: $events)
}
    `) as unknown as TypedDocumentString<ReportAttemptEventsMutation, ReportAttemptEventsMutationVariables>;
export const AttemptIntegrityDocument = new TypedDocumentString(`
    query AttemptIntegrity($attemptId: ID!) {
  attemptIntegrity(attemptId: $attemptId) {
    leaves
    awaySeconds
    note
  }
}
    `) as unknown as TypedDocumentString<AttemptIntegrityQuery, AttemptIntegrityQueryVariables>;
export const NoteAttemptEventsDocument = new TypedDocumentString(`
    mutation NoteAttemptEvents($attemptId: ID!, $note: String!) {
  noteAttemptEvents(attemptId: $attemptId, note: $note)
}
    `) as unknown as TypedDocumentString<NoteAttemptEventsMutation, NoteAttemptEventsMutationVariables>;
export const PracticeLawsDocument = new TypedDocumentString(`
    query PracticeLaws {
  practiceLaws {
    lawSource
    questions
  }
}
    `) as unknown as TypedDocumentString<PracticeLawsQuery, PracticeLawsQueryVariables>;
export const PracticeQuestionsDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<PracticeQuestionsQuery, PracticeQuestionsQueryVariables>;
export const AnswerPracticeDocument = new TypedDocumentString(`
    mutation AnswerPractice($questionId: ID!, $answer: [String!]!) {
  answerPractice(questionId: $questionId, answer: $answer) {
    correct
    correctAnswer
    explanation
    lawSource
  }
}
    `) as unknown as TypedDocumentString<AnswerPracticeMutation, AnswerPracticeMutationVariables>;
export const MyMistakesDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<MyMistakesQuery, MyMistakesQueryVariables>;
export const RemoveMistakeDocument = new TypedDocumentString(`
    mutation RemoveMistake($questionId: ID!) {
  removeMistake(questionId: $questionId)
}
    `) as unknown as TypedDocumentString<RemoveMistakeMutation, RemoveMistakeMutationVariables>;
export const MyRecordDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<MyRecordQuery, MyRecordQueryVariables>;
export const MyCertificateDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<MyCertificateQuery, MyCertificateQueryVariables>;
export const CreateCertificateLinkDocument = new TypedDocumentString(`
    mutation CreateCertificateLink($campaignId: ID!, $unitId: ID) {
  createCertificateLink(campaignId: $campaignId, unitId: $unitId) {
    url
    expiresAt
  }
}
    `) as unknown as TypedDocumentString<CreateCertificateLinkMutation, CreateCertificateLinkMutationVariables>;
export const CreateRecordLinkDocument = new TypedDocumentString(`
    mutation CreateRecordLink($learnerId: ID!) {
  createRecordLink(learnerId: $learnerId) {
    url
    expiresAt
  }
}
    `) as unknown as TypedDocumentString<CreateRecordLinkMutation, CreateRecordLinkMutationVariables>;