// The larger-text switch: many learners are close to retirement. The choice is kept on the device.
import { ref, watch } from 'vue'

const KEY = 'xuefa.largeText'

function initial(): boolean {
  try {
    return localStorage.getItem(KEY) === '1'
  } catch {
    return false
  }
}

const large = ref(initial())

function apply(value: boolean) {
  document.documentElement.classList.toggle('large-text', value)
}

apply(large.value)
watch(large, (value) => {
  apply(value)
  try {
    localStorage.setItem(KEY, value ? '1' : '0')
  } catch {
    // Not kept across visits without storage.
  }
})

export function useTextSize() {
  return { large }
}
