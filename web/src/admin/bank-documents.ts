// The console's documents for the question bank and the study material: the lists, withdrawal
// and restoring, and copying from another year.
import { graphql } from '@/gql'

export const QuestionBankDocument = graphql(`
  query QuestionBank($campaignId: ID!, $search: String, $withdrawn: Boolean, $first: Int, $after: String) {
    questionBank(campaignId: $campaignId, search: $search, withdrawn: $withdrawn, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id type stem answer lawSource withdrawn practice }
    }
  }
`)

export const StudyMaterialDocument = graphql(`
  query StudyMaterial($campaignId: ID!, $search: String, $withdrawn: Boolean, $first: Int, $after: String) {
    studyMaterial(campaignId: $campaignId, search: $search, withdrawn: $withdrawn, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id category title points minReadingSeconds withdrawn }
    }
  }
`)

export const WithdrawQuestionDocument = graphql(`
  mutation WithdrawQuestion($id: ID!, $withdrawn: Boolean!) {
    withdrawQuestion(id: $id, withdrawn: $withdrawn) { id withdrawn }
  }
`)

export const WithdrawStudyItemDocument = graphql(`
  mutation WithdrawStudyItem($id: ID!, $withdrawn: Boolean!) {
    withdrawStudyItem(id: $id, withdrawn: $withdrawn) { id withdrawn }
  }
`)

export const CopyMaterialDocument = graphql(`
  mutation CopyMaterial($fromCampaignId: ID!, $toCampaignId: ID!) {
    copyCampaignMaterial(fromCampaignId: $fromCampaignId, toCampaignId: $toCampaignId) {
      studyItems
      questions
      studyItemsAlreadyThere
      questionsAlreadyThere
    }
  }
`)
