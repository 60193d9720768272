// The console's documents for certificates (成绩证明), the personal record (学法档案) and the
// new year's roster verification (retirements due).
import { graphql } from '@/gql'

export const LearnerRecordDocument = graphql(`
  query LearnerRecord($learnerId: ID!) {
    learnerRecord(learnerId: $learnerId) {
      learner { id name rank status retirementDate unit { name } }
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
        attempts { kind score passed submittedAt autoSubmitted }
      }
    }
  }
`)

export const RetirementsDueDocument = graphql(`
  query RetirementsDue($campaignId: ID!, $unitId: ID!) {
    retirementsDue(campaignId: $campaignId, unitId: $unitId) {
      timing
      learner { id name retirementDate }
    }
  }
`)

export const ConsoleCertificateLinkDocument = graphql(`
  mutation ConsoleCertificateLink($campaignId: ID!, $unitId: ID) {
    createCertificateLink(campaignId: $campaignId, unitId: $unitId) { url expiresAt }
  }
`)

export const ConsoleRecordLinkDocument = graphql(`
  mutation ConsoleRecordLink($learnerId: ID!) {
    createRecordLink(learnerId: $learnerId) { url expiresAt }
  }
`)

export const CopyCampaignMaterialDocument = graphql(`
  mutation CopyCampaignMaterial($fromCampaignId: ID!, $toCampaignId: ID!) {
    copyCampaignMaterial(fromCampaignId: $fromCampaignId, toCampaignId: $toCampaignId) { studyItems questions }
  }
`)
