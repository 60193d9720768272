import { ref } from 'vue'
import { ElMessage } from 'element-plus'
import 'element-plus/es/components/message/style/css'
import { messageOf, request } from '@/api'
import type { DownloadInput } from '@/gql/graphql'
import { CreateDownloadLinkDocument } from '../documents'

/**
 * Downloads a file through a one-time link: the server makes the link (the token never goes
 * into a URL, every download is audited) and the browser follows it like any download.
 * `busy` is true while the link is being made.
 */
export function useOneTimeLink() {
  const busy = ref(false)

  /** Follows the link `mint` asks the server for; a refusal is told in a message. */
  async function follow(mint: () => Promise<{ url: string }>): Promise<void> {
    busy.value = true
    try {
      const { url } = await mint()
      const a = document.createElement('a')
      a.href = url
      a.rel = 'noopener'
      document.body.appendChild(a)
      a.click()
      a.remove()
    } catch (err) {
      ElMessage.error(messageOf(err))
    } finally {
      busy.value = false
    }
  }

  /** A spreadsheet of the figures, a roster or an action list. */
  function download(input: DownloadInput): Promise<void> {
    return follow(async () => (await request(CreateDownloadLinkDocument, { input })).createDownloadLink)
  }

  return { busy, follow, download }
}
