import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router'
import { getToken, onAuthProblem } from '@/api'
import { useSession } from './composables/useSession'
// The first page anyone sees is part of the entry: no second round trip on a slow network.
import LoginPage from './pages/LoginPage.vue'

const routes: RouteRecordRaw[] = [
  { path: '/login', name: 'login', component: LoginPage, meta: { public: true, title: '登录' } },
  { path: '/recover', name: 'recover', component: () => import('./pages/RecoverPage.vue'), meta: { public: true, title: '找回账号' } },
  { path: '/change-password', name: 'change-password', component: () => import('./pages/ChangePasswordPage.vue'), meta: { title: '修改密码' } },
  { path: '/', name: 'home', component: () => import('./pages/HomePage.vue'), meta: { title: '首页', tab: true } },
  { path: '/study', name: 'study', component: () => import('./pages/StudyPage.vue'), meta: { title: '学习', tab: true } },
  { path: '/study/:id', name: 'study-item', component: () => import('./pages/StudyItemPage.vue'), meta: { title: '阅读' } },
  { path: '/exam', name: 'exam', component: () => import('./pages/ExamStartPage.vue'), meta: { title: '考试', tab: true } },
  { path: '/exam/:attemptId', name: 'exam-paper', component: () => import('./pages/ExamPaperPage.vue'), meta: { title: '答题' } },
  { path: '/result/:attemptId', name: 'exam-result', component: () => import('./pages/ExamResultPage.vue'), meta: { title: '考试成绩' } },
  { path: '/record', name: 'record', component: () => import('./pages/RecordPage.vue'), meta: { title: '学法档案' } },
  { path: '/practice', name: 'practice', component: () => import('./pages/PracticePage.vue'), meta: { title: '模拟练习' } },
  { path: '/me', name: 'me', component: () => import('./pages/MePage.vue'), meta: { title: '我的', tab: true } },
  { path: '/:rest(.*)*', redirect: '/' },
]

export const router = createRouter({ history: createWebHistory('/'), routes })

router.beforeEach((to) => {
  const session = useSession()
  if (to.meta.public) return true
  if (!getToken()) return { name: 'login', query: to.fullPath === '/' ? {} : { next: to.fullPath } }
  if (session.state.mustChangePassword && to.name !== 'change-password') return { name: 'change-password' }
  return true
})

router.afterEach((to) => {
  const title = typeof to.meta.title === 'string' ? to.meta.title : ''
  document.title = title ? `${title} · 学法考法` : '学法考法'
})

onAuthProblem((code) => {
  const session = useSession()
  if (code === 'PASSWORD_CHANGE_REQUIRED') {
    session.passwordChangeRequired()
    void router.replace({ name: 'change-password' })
  } else {
    session.forget()
    void router.replace({ name: 'login' })
  }
})
