import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router'
import { getToken, onAuthProblem } from '@/api'
import { useConsole, type Section } from './composables/useConsole'
import { contextQuery } from './composables/useNode'

const routes: RouteRecordRaw[] = [
  { path: '/login', name: 'login', component: () => import('./pages/LoginPage.vue'), meta: { public: true, title: '登录' } },
  {
    path: '/',
    component: () => import('./pages/ConsoleLayout.vue'),
    children: [
      { path: '', name: 'home', redirect: { name: 'dashboard' } },
      { path: 'dashboard', name: 'dashboard', component: () => import('./pages/DashboardPage.vue'), meta: { title: '统计概览', section: 'DASHBOARD' } },
      { path: 'lists', name: 'lists', component: () => import('./pages/ActionListsPage.vue'), meta: { title: '待办名单', section: 'ACTION_LISTS' } },
      { path: 'roster', name: 'roster', component: () => import('./pages/RosterPage.vue'), meta: { title: '学员名单', section: 'ROSTER' } },
      { path: 'learners/:id/record', name: 'learner-record', component: () => import('./pages/LearnerRecordPage.vue'), meta: { title: '学法档案', section: 'ROSTER' } },
      { path: 'import', name: 'import', component: () => import('./pages/ImportPage.vue'), meta: { title: '名单导入', section: 'IMPORT' } },
      { path: 'exemptions', name: 'exemptions', component: () => import('./pages/ExemptionsPage.vue'), meta: { title: '免考审核', section: 'EXEMPTIONS' } },
      { path: 'sessions', name: 'sessions', component: () => import('./pages/SessionsPage.vue'), meta: { title: '考试场次', section: 'EXAM_SESSIONS' } },
      { path: 'transfers', name: 'transfers', component: () => import('./pages/TransfersPage.vue'), meta: { title: '调进学员', section: 'IMPORT' } },
      { path: 'centres', name: 'centres', component: () => import('./pages/ExamCentresPage.vue'), meta: { title: '考试中心', section: 'EXAM_CENTRES' } },
      { path: 'notices', name: 'notices', component: () => import('./pages/NoticesPage.vue'), meta: { title: '通知公告', section: 'NOTICES' } },
      { path: 'audit', name: 'audit', component: () => import('./pages/AuditPage.vue'), meta: { title: '操作日志', section: 'AUDIT_LOG' } },
      { path: 'campaign', name: 'campaign', component: () => import('./pages/CampaignPage.vue'), meta: { title: '年度考试设置', section: 'CAMPAIGN' } },
      { path: 'material', name: 'material', component: () => import('./pages/MaterialPage.vue'), meta: { title: '题库与学习资料', section: 'CAMPAIGN' } },
      { path: 'practice', name: 'practice', component: () => import('./pages/PracticeBankPage.vue'), meta: { title: '练习题与考试纪律', section: 'CAMPAIGN' } },
      { path: 'integrity', name: 'integrity', component: () => import('./pages/IntegrityPage.vue'), meta: { title: '离开页面记录', section: 'EXAM_SESSIONS' } },
      { path: 'recovery', name: 'recovery', component: () => import('./pages/RecoveryPage.vue'), meta: { title: '找回账号申请', section: 'RECOVERY_REQUESTS' } },
      { path: 'admins', name: 'admins', component: () => import('./pages/AdminsPage.vue'), meta: { title: '管理员', section: 'ADMINISTRATORS' } },
    ],
  },
  { path: '/:rest(.*)*', redirect: '/' },
]

export const router = createRouter({ history: createWebHistory('/admin/'), routes })

router.beforeEach(async (to) => {
  if (to.meta.public) return true
  if (!getToken()) return { name: 'login', query: to.fullPath === '/' ? {} : { next: to.fullPath } }
  const console = useConsole()
  try {
    await console.load()
  } catch {
    console.forget()
    return { name: 'login' }
  }
  const section = to.meta.section as Section | undefined
  if (section && !console.may(section)) {
    const first = console.state.context?.sections[0]
    const target = routes[1].children?.find((r) => r.meta?.section === first)
    if (target?.name && target.name !== to.name) return { name: target.name, query: contextQuery(to.query) }
  }
  return true
})

router.afterEach((to) => {
  const title = typeof to.meta.title === 'string' ? to.meta.title : ''
  document.title = title ? `${title} · 学法考法管理后台` : '学法考法管理后台'
})

onAuthProblem(() => {
  useConsole().forget()
  void router.replace({ name: 'login' })
})
