// The campaign that matters today, loaded once per page load and shared by the pages.
import { ref } from 'vue'
import { request } from '@/api'
import type { HomeQuery } from '@/gql/graphql'
import { HomeDocument } from '../documents'

type Campaign = NonNullable<HomeQuery['currentCampaign']>
type Notices = HomeQuery['notices']

const campaign = ref<Campaign | null>(null)
const notices = ref<Notices | null>(null)
let loading: Promise<Campaign | null> | null = null

export function useCampaign() {
  function loadCampaign(): Promise<Campaign | null> {
    if (campaign.value) return Promise.resolve(campaign.value)
    if (!loading) {
      loading = request(HomeDocument)
        .then((data) => {
          campaign.value = data.currentCampaign ?? null
          notices.value = data.notices
          return campaign.value
        })
        .finally(() => {
          loading = null
        })
    }
    return loading
  }
  return { campaign, notices, loadCampaign }
}

/** Forgets what the previous account saw (on logout). */
export function resetCampaign(): void {
  campaign.value = null
  notices.value = null
}
