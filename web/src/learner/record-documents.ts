// The personal record (学法档案) and the certificate of passing (成绩证明), for the learner.
import { graphql } from '@/gql'

export const MyRecordDocument = graphql(`
  query MyRecord {
    myRecord {
      learner { id name unit { name } }
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

export const MyCertificateDocument = graphql(`
  query MyCertificate($campaignId: ID!) {
    myCertificate(campaignId: $campaignId) { code verifyPath name unitName year score passedOn }
  }
`)

export const CreateCertificateLinkDocument = graphql(`
  mutation CreateCertificateLink($campaignId: ID!, $unitId: ID) {
    createCertificateLink(campaignId: $campaignId, unitId: $unitId) { url expiresAt }
  }
`)

export const CreateRecordLinkDocument = graphql(`
  mutation CreateRecordLink($learnerId: ID!) {
    createRecordLink(learnerId: $learnerId) { url expiresAt }
  }
`)
