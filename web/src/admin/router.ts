import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router'
import { getToken, onAuthProblem } from '@/api'
import { useConsole, type Section } from './composables/useConsole'
import { contextQuery } from './composables/useNode'

/** What a console page says of itself: the side menu and the section guard read it. */
interface PageMeta {
  /** The page's title: the browser tab's and the menu item's. */
  title: string
  /** The console section (one of the server's `consoleContext.sections`) the page belongs to. */
  section: Section
  /**
   * Where the side menu lists the page, if at all: beside its section (one section's pages in
   * the order below), or after every section.
   */
  menu?: 'section' | 'end'
}

/** A page of the console, behind the sign-in. */
function page(path: string, name: string, component: NonNullable<RouteRecordRaw['component']>, meta: PageMeta): RouteRecordRaw {
  return { path, name, component, meta: { ...meta } }
}

const pages: RouteRecordRaw[] = [
  page('dashboard', 'dashboard', () => import('./pages/DashboardPage.vue'), { title: '统计概览', section: 'DASHBOARD', menu: 'section' }),
  page('lists', 'lists', () => import('./pages/ActionListsPage.vue'), { title: '待办名单', section: 'ACTION_LISTS', menu: 'section' }),
  page('roster', 'roster', () => import('./pages/RosterPage.vue'), { title: '学员名单', section: 'ROSTER', menu: 'section' }),
  page('learners/:id/record', 'learner-record', () => import('./pages/LearnerRecordPage.vue'), { title: '学法档案', section: 'ROSTER' }),
  page('import', 'import', () => import('./pages/ImportPage.vue'), { title: '名单导入', section: 'IMPORT', menu: 'section' }),
  // A unit administrator takes learners in (调进) beside the import.
  page('transfers', 'transfers', () => import('./pages/TransfersPage.vue'), { title: '调进学员', section: 'IMPORT', menu: 'section' }),
  page('exemptions', 'exemptions', () => import('./pages/ExemptionsPage.vue'), { title: '免考审核', section: 'EXEMPTIONS', menu: 'section' }),
  page('sessions', 'sessions', () => import('./pages/SessionsPage.vue'), { title: '考试场次', section: 'EXAM_SESSIONS', menu: 'section' }),
  page('centres', 'centres', () => import('./pages/ExamCentresPage.vue'), { title: '考试中心', section: 'EXAM_CENTRES', menu: 'section' }),
  page('notices', 'notices', () => import('./pages/NoticesPage.vue'), { title: '通知公告', section: 'NOTICES', menu: 'section' }),
  page('audit', 'audit', () => import('./pages/AuditPage.vue'), { title: '操作日志', section: 'AUDIT_LOG', menu: 'section' }),
  page('recovery', 'recovery', () => import('./pages/RecoveryPage.vue'), { title: '找回账号申请', section: 'RECOVERY_REQUESTS', menu: 'section' }),
  page('admins', 'admins', () => import('./pages/AdminsPage.vue'), { title: '管理员', section: 'ADMINISTRATORS', menu: 'section' }),
  page('campaign', 'campaign', () => import('./pages/CampaignPage.vue'), { title: '年度考试设置', section: 'CAMPAIGN', menu: 'section' }),
  // The province's campaign has two more pages: the question bank and the study material; the
  // practice bank and the exam page's tolerance.
  page('material', 'material', () => import('./pages/MaterialPage.vue'), { title: '题库与学习资料', section: 'CAMPAIGN', menu: 'end' }),
  page('practice', 'practice', () => import('./pages/PracticeBankPage.vue'), { title: '练习题与考试纪律', section: 'CAMPAIGN', menu: 'end' }),
  // The unit's attempts with the times their exam page was left (for review only).
  page('integrity', 'integrity', () => import('./pages/IntegrityPage.vue'), { title: '离开页面记录', section: 'EXAM_SESSIONS', menu: 'end' }),
]

const metaOf = (route: RouteRecordRaw) => route.meta as unknown as PageMeta

/** An entry of the side menu: the route's name and the page's title. */
export interface MenuItem {
  name: string
  label: string
}

/**
 * The side menu for the sections the caller may open, in the server's order: each section's
 * pages beside it, then the pages listed after every section.
 */
export function menuFor(sections: readonly Section[]): MenuItem[] {
  const item = (route: RouteRecordRaw): MenuItem => ({ name: String(route.name), label: metaOf(route).title })
  const beside = sections.flatMap((s) => pages.filter((r) => metaOf(r).menu === 'section' && metaOf(r).section === s).map(item))
  const after = pages.filter((r) => metaOf(r).menu === 'end' && sections.includes(metaOf(r).section)).map(item)
  return [...beside, ...after]
}

const routes: RouteRecordRaw[] = [
  { path: '/login', name: 'login', component: () => import('./pages/LoginPage.vue'), meta: { public: true, title: '登录' } },
  {
    path: '/',
    component: () => import('./pages/ConsoleLayout.vue'),
    children: [{ path: '', name: 'home', redirect: { name: 'dashboard' } }, ...pages],
  },
  { path: '/:rest(.*)*', redirect: '/' },
]

export const router = createRouter({ history: createWebHistory('/admin/'), routes })

router.beforeEach(async (to) => {
  if (to.meta.public) return true
  if (!getToken()) return { name: 'login', query: to.fullPath === '/' ? {} : { next: to.fullPath } }
  const session = useConsole()
  try {
    await session.load()
  } catch {
    session.forget()
    return { name: 'login' }
  }
  // A section the caller may not open: its first page instead.
  const section = to.meta.section as Section | undefined
  if (section && !session.may(section)) {
    const first = menuFor(session.state.context?.sections ?? [])[0]
    if (first && first.name !== to.name) return { name: first.name, query: contextQuery(to.query) }
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
