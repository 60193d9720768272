//! The isolation matrix's operations: every root field that takes an id, asked about someone else's object.

use super::*;

/// Every operation on someone else's object, as (root field, query, variables).
pub(super) fn operations(f: &Foreign) -> Vec<(&'static str, &'static str, Value)> {
    vec![
        (
            "learnerRecord",
            "query($l: ID!) { learnerRecord(learnerId: $l) { years { year } } }",
            json!({"l": f.learner}),
        ),
        (
            "createRecordLink",
            "mutation($l: ID!) { createRecordLink(learnerId: $l) { url } }",
            json!({"l": f.learner}),
        ),
        (
            "createCertificateLink",
            "mutation($c: ID!, $u: ID) { createCertificateLink(campaignId: $c, unitId: $u) { url } }",
            json!({"c": f.campaign, "u": f.unit}),
        ),
        (
            "copyCampaignMaterial",
            "mutation($c: ID!) { copyCampaignMaterial(fromCampaignId: $c, toCampaignId: $c) { questions } }",
            json!({"c": f.campaign}),
        ),
        (
            "retirementsDue",
            "query($c: ID!, $u: ID!) { retirementsDue(campaignId: $c, unitId: $u) { timing } }",
            json!({"c": f.campaign, "u": f.unit}),
        ),
        (
            "region",
            "query($id: ID!) { region(id: $id) { id name children { id } units { totalCount } } }",
            json!({"id": f.region}),
        ),
        (
            "unit",
            "query($id: ID!) { unit(id: $id) { id name learners { totalCount } } }",
            json!({"id": f.unit}),
        ),
        (
            "learner",
            "query($id: ID!) { learner(id: $id) { id name phone } }",
            json!({"id": f.learner}),
        ),
        (
            "createRegion",
            "mutation($i: CreateRegionInput!) { createRegion(input: $i) { id } }",
            json!({"i": {"parentId": f.region, "code": f.child_code, "name": "越权区"}}),
        ),
        (
            "createUnit",
            "mutation($i: CreateUnitInput!) { createUnit(input: $i) { id } }",
            json!({"i": {"regionId": f.region, "name": "越权单位"}}),
        ),
        (
            "resetPassword",
            "mutation($id: ID!) { resetPassword(accountId: $id) { password } }",
            json!({"id": f.learner_account}),
        ),
        (
            "unlockAccount",
            "mutation($id: ID!) { unlockAccount(accountId: $id) }",
            json!({"id": f.learner_account}),
        ),
        (
            "pendingTransfersIn",
            "query($u: ID!) { pendingTransfersIn(unitId: $u) { learner { id } } }",
            json!({"u": f.unit}),
        ),
        (
            "acceptTransferIn",
            "mutation($l: ID!) { acceptTransferIn(learnerId: $l) { id } }",
            json!({"l": f.learner}),
        ),
        (
            "refuseTransferIn",
            "mutation($l: ID!) { refuseTransferIn(learnerId: $l) }",
            json!({"l": f.learner}),
        ),
        (
            "grantRole",
            "mutation($i: GrantRoleInput!) { grantRole(input: $i) { id } }",
            json!({"i": {"phone": "13799999999", "name": "越权", "role": "UNIT_ADMIN", "unitId": f.unit}}),
        ),
        (
            "grantRole",
            "mutation($i: GrantRoleInput!) { grantRole(input: $i) { id } }",
            json!({"i": {"phone": "13799999999", "name": "越权", "role": f.region_role, "regionId": f.region}}),
        ),
        (
            "revokeRole",
            "mutation($id: ID!) { revokeRole(id: $id) }",
            json!({"id": f.grant}),
        ),
        (
            "addLearner",
            "mutation($i: AddLearnerInput!) { addLearner(input: $i) { id } }",
            json!({"i": {"unitId": f.unit, "name": "越权", "phone": "13799999998"}}),
        ),
        (
            "updateLearner",
            "mutation($id: ID!) { updateLearner(id: $id, input: {rank: \"处级\", retirementDate: \"2020-01-01\"}) { id } }",
            json!({"id": f.learner}),
        ),
        (
            "setEmploymentStatus",
            "mutation($id: ID!) { setEmploymentStatus(learnerId: $id, status: RETIRED) { id } }",
            json!({"id": f.learner}),
        ),
        (
            "transferOut",
            "mutation($id: ID!) { transferOut(learnerId: $id) { id } }",
            json!({"id": f.learner}),
        ),
        (
            "transferIn",
            "mutation($p: String!, $u: ID!) { transferIn(phone: $p, unitId: $u) { id } }",
            json!({"p": f.learner_phone, "u": f.unit}),
        ),
        (
            "decideExemption",
            "mutation($id: ID!) { decideExemption(id: $id, approve: true, comment: \"越权\") { id } }",
            json!({"id": f.exemption}),
        ),
        (
            "exemptions",
            "query($c: ID!, $n: ID!) { exemptions(campaignId: $c, nodeId: $n) { totalCount } }",
            json!({"c": f.campaign, "n": f.region}),
        ),
        (
            "exemptions",
            "query($c: ID!, $n: ID!) { exemptions(campaignId: $c, nodeId: $n) { totalCount } }",
            json!({"c": f.campaign, "n": f.unit}),
        ),
        (
            "auditLog",
            "query($n: ID!) { auditLog(nodeId: $n) { totalCount } }",
            json!({"n": f.region}),
        ),
        (
            "auditLog",
            "query($n: ID!) { auditLog(nodeId: $n) { totalCount } }",
            json!({"n": f.unit}),
        ),
        (
            "createStudyItem",
            "mutation($c: ID!) { createStudyItem(input: {campaignId: $c, category: READER, title: \"越权\", body: \"越权\", points: 5, minReadingSeconds: 0}) { id } }",
            json!({"c": f.campaign}),
        ),
        (
            "updateStudyItem",
            "mutation($i: ID!) { updateStudyItem(id: $i, input: {category: READER, title: \"越权\", body: \"越权\", points: 5, minReadingSeconds: 0}) { id } }",
            json!({"i": f.item}),
        ),
        (
            "withdrawStudyItem",
            "mutation($i: ID!) { withdrawStudyItem(id: $i) { id } }",
            json!({"i": f.item}),
        ),
        (
            "examSessions",
            "query($c: ID!, $u: ID) { examSessions(campaignId: $c, unitId: $u) { id } }",
            json!({"c": f.campaign, "u": f.unit}),
        ),
        (
            "examAttempt",
            "query($a: ID!) { examAttempt(id: $a) { id score questions { stem } } }",
            json!({"a": f.attempt}),
        ),
        (
            "startExam",
            "mutation($s: ID!) { startExam(sessionId: $s) { id } }",
            json!({"s": f.session}),
        ),
        (
            "saveAnswer",
            "mutation($a: ID!, $q: ID!) { saveAnswer(attemptId: $a, questionId: $q, choices: [\"A\"]) { saved } }",
            json!({"a": f.attempt, "q": f.question}),
        ),
        (
            "submitExam",
            "mutation($a: ID!) { submitExam(attemptId: $a) { score } }",
            json!({"a": f.attempt}),
        ),
        (
            "scheduleExamSession",
            "mutation($c: ID!, $u: ID!) { scheduleExamSession(input: {campaignId: $c, unitId: $u, kind: MAIN, startsAt: \"2031-09-26T09:00:00+08:00\", endsAt: \"2031-09-26T10:00:00+08:00\"}) { id } }",
            json!({"c": f.campaign, "u": f.unit}),
        ),
        (
            "createExamCenterSession",
            "mutation($c: ID!, $r: ID!) { createExamCenterSession(input: {campaignId: $c, regionId: $r, centreName: \"越权\", kind: MAIN, startsAt: \"2031-09-26T09:00:00+08:00\", endsAt: \"2031-09-26T10:00:00+08:00\", seats: 5}) { id } }",
            json!({"c": f.campaign, "r": f.region}),
        ),
        (
            "bookExamCenterSeats",
            "mutation($s: ID!, $l: [ID!]!) { bookExamCenterSeats(sessionId: $s, learnerIds: $l) { booked } }",
            json!({"s": f.centre, "l": [f.learner]}),
        ),
        (
            "questions",
            "query($c: ID!) { questions(campaignId: $c) { answer } }",
            json!({"c": f.campaign}),
        ),
        (
            "questionBank",
            "query($c: ID!) { questionBank(campaignId: $c) { totalCount nodes { answer } } }",
            json!({"c": f.campaign}),
        ),
        (
            "studyMaterial",
            "query($c: ID!) { studyMaterial(campaignId: $c) { totalCount nodes { title } } }",
            json!({"c": f.campaign}),
        ),
        (
            "updateQuestion",
            "mutation($q: ID!) { updateQuestion(id: $q, input: {type: TRUE_FALSE, stem: \"越权\", options: [], answer: \"A\"}) { id } }",
            json!({"q": f.question}),
        ),
        (
            "withdrawQuestion",
            "mutation($q: ID!) { withdrawQuestion(id: $q) { id } }",
            json!({"q": f.question}),
        ),
        (
            "stats",
            "query($c: ID!, $n: ID!) { stats(campaignId: $c, nodeId: $n) { shouldTake } }",
            json!({"c": f.campaign, "n": f.region}),
        ),
        (
            "stats",
            "query($c: ID!, $n: ID!) { stats(campaignId: $c, nodeId: $n) { shouldTake } }",
            json!({"c": f.campaign, "n": f.unit}),
        ),
        (
            "learnersNeedingAction",
            "query($c: ID!, $n: ID!) { learnersNeedingAction(campaignId: $c, nodeId: $n, kind: NOT_TAKEN) { totalCount } }",
            json!({"c": f.campaign, "n": f.region}),
        ),
        (
            "unitsWithoutRoster",
            "query($n: ID!) { unitsWithoutRoster(nodeId: $n) { totalCount } }",
            json!({"n": f.region}),
        ),
        (
            "unitsWithoutRoster",
            "query($n: ID!) { unitsWithoutRoster(nodeId: $n) { totalCount } }",
            json!({"n": f.unit}),
        ),
        (
            "learnersNeedingAction",
            "query($c: ID!, $n: ID!) { learnersNeedingAction(campaignId: $c, nodeId: $n, kind: NOT_STUDIED) { totalCount } }",
            json!({"c": f.campaign, "n": f.unit}),
        ),
        (
            "dailyProgress",
            "query($c: ID!, $n: ID!) { dailyProgress(campaignId: $c, nodeId: $n) { day } }",
            json!({"c": f.campaign, "n": f.region}),
        ),
        (
            "dailyProgress",
            "query($c: ID!, $n: ID!) { dailyProgress(campaignId: $c, nodeId: $n) { day } }",
            json!({"c": f.campaign, "n": f.unit}),
        ),
        (
            "breadcrumb",
            "query($n: ID!) { breadcrumb(nodeId: $n) { name } }",
            json!({"n": f.unit}),
        ),
        (
            "createDownloadLink",
            "mutation($c: ID!, $n: ID!) { createDownloadLink(input: {kind: ROSTER, campaignId: $c, nodeId: $n}) { url } }",
            json!({"c": f.campaign, "n": f.region}),
        ),
        (
            "createDownloadLink",
            "mutation($c: ID!, $n: ID!) { createDownloadLink(input: {kind: ACTION_LIST, list: NOT_TAKEN, campaignId: $c, nodeId: $n}) { url } }",
            json!({"c": f.campaign, "n": f.unit}),
        ),
        (
            "resetLearnerPassword",
            "mutation($id: ID!) { resetLearnerPassword(learnerId: $id) { password } }",
            json!({"id": f.learner}),
        ),
        (
            "examCentreSessions",
            "query($c: ID!, $r: ID!) { examCentreSessions(campaignId: $c, regionId: $r) { id } }",
            json!({"c": f.campaign, "r": f.region}),
        ),
        (
            "examCentreBookings",
            "query($s: ID!) { examCentreBookings(sessionId: $s) { bookedAt } }",
            json!({"s": f.session}),
        ),
        (
            "unitExamCentreSeats",
            "query($c: ID!, $u: ID!) { unitExamCentreSeats(campaignId: $c, unitId: $u) { bookedAt } }",
            json!({"c": f.campaign, "u": f.unit}),
        ),
        (
            "updateExamSession",
            "mutation($s: ID!) { updateExamSession(id: $s, input: {startsAt: \"2031-09-26T09:00:00+08:00\", endsAt: \"2031-09-26T11:00:00+08:00\"}) { id } }",
            json!({"s": f.session}),
        ),
        (
            "cancelExamSession",
            "mutation($s: ID!) { cancelExamSession(id: $s) }",
            json!({"s": f.session}),
        ),
        (
            "cancelExamCenterBooking",
            "mutation($s: ID!, $l: ID!) { cancelExamCenterBooking(sessionId: $s, learnerId: $l) { booked } }",
            json!({"s": f.centre, "l": f.learner}),
        ),
        (
            "escalateExemption",
            "mutation($id: ID!) { escalateExemption(id: $id, comment: \"越权\") { id } }",
            json!({"id": f.exemption}),
        ),
        (
            "exemptionAttachment",
            "query($id: ID!) { exemptionAttachment(id: $id) { name } }",
            json!({"id": f.exemption}),
        ),
        (
            "administrators",
            "query($n: ID!) { administrators(nodeId: $n) { totalCount } }",
            json!({"n": f.region}),
        ),
        (
            "administrators",
            "query($n: ID!) { administrators(nodeId: $n) { totalCount } }",
            json!({"n": f.unit}),
        ),
        (
            "updateNotice",
            "mutation($id: ID!) { updateNotice(id: $id, input: {title: \"越权\", body: \"越权\"}) { id } }",
            json!({"id": f.notice}),
        ),
        (
            "withdrawNotice",
            "mutation($id: ID!) { withdrawNotice(id: $id) }",
            json!({"id": f.notice}),
        ),
        (
            "attemptIntegrity",
            "query($a: ID!) { attemptIntegrity(attemptId: $a) { leaves } }",
            json!({"a": f.attempt}),
        ),
        (
            "unitAttemptIntegrity",
            "query($c: ID!, $u: ID!) { unitAttemptIntegrity(campaignId: $c, unitId: $u) { integrity { leaves } } }",
            json!({"c": f.campaign, "u": f.unit}),
        ),
        (
            "reportAttemptEvents",
            "mutation($a: ID!) { reportAttemptEvents(attemptId: $a, events: []) }",
            json!({"a": f.attempt}),
        ),
        (
            "noteAttemptEvents",
            "mutation($a: ID!) { noteAttemptEvents(attemptId: $a, note: \"越权\") }",
            json!({"a": f.attempt}),
        ),
        (
            "setIntegrityTolerance",
            "mutation($c: ID!) { setIntegrityTolerance(campaignId: $c, maxLeaves: 1) }",
            json!({"c": f.campaign}),
        ),
        (
            "setQuestionPractice",
            "mutation($q: ID!) { setQuestionPractice(questionId: $q) { id } }",
            json!({"q": f.question}),
        ),
        (
            "resolveRecoveryRequest",
            "mutation($id: ID!) { resolveRecoveryRequest(id: $id, action: RESET) { password } }",
            json!({"id": f.recovery}),
        ),
        (
            "routeRecoveryRequest",
            "mutation($id: ID!, $u: ID!) { routeRecoveryRequest(id: $id, unitId: $u) { id } }",
            json!({"id": f.recovery, "u": f.unit}),
        ),
        (
            "unlockLearner",
            "mutation($id: ID!) { unlockLearner(learnerId: $id) }",
            json!({"id": f.learner}),
        ),
        (
            "revealPhone",
            "mutation($id: ID!) { revealPhone(learnerId: $id) }",
            json!({"id": f.learner}),
        ),
        (
            "postNotice",
            "mutation($r: ID!) { postNotice(input: {regionId: $r, title: \"越权\", body: \"越权通知\"}) { id } }",
            json!({"r": f.region}),
        ),
        (
            "createCampaign",
            "mutation($i: CampaignInput!) { createCampaign(input: $i) { id } }",
            json!({"i": campaign_input(&f.province, 2031)}),
        ),
        (
            "updateCampaign",
            "mutation($id: ID!, $i: CampaignInput!) { updateCampaign(id: $id, input: $i) { id } }",
            json!({"id": f.campaign, "i": campaign_input(&f.province, 2031)}),
        ),
    ]
}
