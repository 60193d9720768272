import{t as e}from"./gql-B5HC2SOW.js";var t=e(`
  mutation Login($phone: String!, $password: String!) {
    login(phone: $phone, password: $password) {
      token
      expiresAt
      mustChangePassword
      account { id name phone }
    }
  }
`),n=e(`
  mutation ChangePassword($oldPassword: String!, $newPassword: String!) {
    changePassword(oldPassword: $oldPassword, newPassword: $newPassword)
  }
`),r=e(`
  mutation Logout {
    logout
  }
`),i=e(`
  query Me {
    me {
      id
      name
      phone
      mustChangePassword
      roles { role }
      learner {
        id
        name
        rank
        status
        retirementDate
        unit { id name hasInternet }
      }
    }
  }
`),a=e(`
  query Home {
    currentCampaign {
      id
      year
      title
      readerTitle
      requiredPoints
      passScore
      durationMinutes
      mainWindow { start end }
      makeupWindow { start end }
    }
    notices(first: 5) {
      totalCount
      nodes { id title body postedAt region { name } }
    }
  }
`),o=e(`
  query MyStanding($campaignId: ID!) {
    myStudy(campaignId: $campaignId) {
      total
      required
      eligible
      completedOn
      byCategory { category points cap required }
    }
    myEligibility(campaignId: $campaignId) {
      mayStartNow
      liveAttemptId
      obstacle
      reason
      fromDay
      studyDeadline
      openSession { id kind startsAt endsAt centreName }
      nextSession { id kind startsAt endsAt centreName }
    }
  }
`),s=e(`
  query StudyItems($campaignId: ID!) {
    studyItems(campaignId: $campaignId) { id category title points minReadingSeconds position }
    myStudy(campaignId: $campaignId) {
      total
      required
      eligible
      byCategory { category points cap required }
      history { category points itemId creditedAt }
    }
  }
`),c=e(`
  query StudyItem($id: ID!) {
    studyItem(id: $id) { id category title body points minReadingSeconds }
  }
`),l=e(`
  mutation OpenStudyItem($itemId: ID!) {
    openStudyItem(itemId: $itemId) { openedAt completableAt creditedPoints }
  }
`),u=e(`
  mutation CompleteStudyItem($itemId: ID!) {
    completeStudyItem(itemId: $itemId) {
      total
      history { itemId points }
    }
  }
`),d=e(`
  query ExamOverview($campaignId: ID!) {
    examSessions(campaignId: $campaignId) { id kind startsAt endsAt centreName }
    myAttempts(campaignId: $campaignId) { id kind status startedAt submittedAt autoSubmitted score passed }
    myEligibility(campaignId: $campaignId) {
      mayStartNow
      liveAttemptId
      obstacle
      reason
      fromDay
      studyDeadline
      openSession { id kind startsAt endsAt centreName }
      nextSession { id kind startsAt endsAt centreName }
    }
  }
`),f=e(`
  mutation StartExam($sessionId: ID!) {
    startExam(sessionId: $sessionId) { id }
  }
`),p=e(`
  query ExamPaper($id: ID!) {
    examAttempt(id: $id) {
      id
      kind
      status
      startedAt
      deadline
      remainingSeconds
      questions { id type stem points options { key text } }
      answers { questionId choices }
    }
  }
`),m=e(`
  mutation SaveAnswer($attemptId: ID!, $questionId: ID!, $choices: [String!]!, $clientSeq: Int) {
    saveAnswer(attemptId: $attemptId, questionId: $questionId, choices: $choices, clientSeq: $clientSeq) {
      saved
      remainingSeconds
    }
  }
`),h=e(`
  mutation SubmitExam($attemptId: ID!) {
    submitExam(attemptId: $attemptId) { attemptId score passed submittedAt }
  }
`),g=e(`
  query ExamResult($id: ID!) {
    examAttempt(id: $id) {
      id
      kind
      status
      submittedAt
      autoSubmitted
      score
      passed
      questions { id type stem options { key text } }
      answers { questionId choices }
      review { questionId correct explanation lawSource }
    }
  }
`),_=e(`
  query MyExemptions($campaignId: ID!) {
    myExemptions(campaignId: $campaignId) {
      id
      status
      reason
      appliedAt
      attachmentName
      decisions { approve comment decidedAt decidedBy overrule }
    }
  }
`),v=e(`
  mutation ApplyExemption($campaignId: ID!, $reason: String!, $attachment: Upload) {
    applyExemption(campaignId: $campaignId, reason: $reason, attachment: $attachment) { id status }
  }
`),y=e(`
  mutation TransferIn($phone: String!, $unitId: ID!) {
    transferIn(phone: $phone, unitId: $unitId) { id status unit { id name } }
  }
`),b=e(`
  query ExamClock($id: ID!) {
    examAttempt(id: $id) { id status remainingSeconds autoSubmitted }
  }
`),x=e(`
  query SearchUnits($name: String!) {
    searchUnits(name: $name) { id name regionName }
  }
`);export{f as _,d as a,h as b,a as c,i as d,_ as f,x as g,m as h,b as i,t as l,l as m,n,p as o,o as p,u as r,g as s,v as t,r as u,c as v,y as x,s as y};