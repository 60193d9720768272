import { ElMessage } from 'element-plus'
import 'element-plus/es/components/message/style/css'
import { messageOf, request } from '@/api'
import type { DownloadInput } from '@/gql/graphql'
import { CreateDownloadLinkDocument } from '../documents'

/**
 * Downloads a spreadsheet: the server makes a one-time link (the token never goes into a
 * URL), and the browser follows it like any download.
 */
export async function download(input: DownloadInput): Promise<void> {
  try {
    const data = await request(CreateDownloadLinkDocument, { input })
    const a = document.createElement('a')
    a.href = data.createDownloadLink.url
    a.rel = 'noopener'
    document.body.appendChild(a)
    a.click()
    a.remove()
  } catch (err) {
    ElMessage.error(messageOf(err))
  }
}
