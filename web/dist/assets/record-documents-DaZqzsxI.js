import{D as e}from"./api-AluvD0fx.js";var t=e(`
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
`),n=e(`
  query RetirementsDue($campaignId: ID!, $unitId: ID!) {
    retirementsDue(campaignId: $campaignId, unitId: $unitId) {
      timing
      learner { id name retirementDate }
    }
  }
`),r=e(`
  mutation ConsoleCertificateLink($campaignId: ID!, $unitId: ID) {
    createCertificateLink(campaignId: $campaignId, unitId: $unitId) { url expiresAt }
  }
`),i=e(`
  mutation ConsoleRecordLink($learnerId: ID!) {
    createRecordLink(learnerId: $learnerId) { url expiresAt }
  }
`),a=e(`
  mutation CopyCampaignMaterial($fromCampaignId: ID!, $toCampaignId: ID!) {
    copyCampaignMaterial(fromCampaignId: $fromCampaignId, toCampaignId: $toCampaignId) { studyItems questions }
  }
`);export{n as a,t as i,i as n,a as r,r as t};