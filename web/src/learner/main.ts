import { createApp } from 'vue'
import './styles.css'
import App from './App.vue'
import { router } from './router'
import './composables/useTextSize'

createApp(App).use(router).mount('#app')

// The service worker keeps the pages and the current exam paper for a reload with no network
// (src/learner/service-worker.js); only in the build, where /sw.js exists.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('/sw.js').catch(() => {
      // Without it the pages work as before, online only.
    })
  })
}
