//! Saves over HTTP: the caller at the moment of each save, the newer save winning, and the deadline.

#[allow(unused_imports)]
use super::*;
use crate::on_both_backends;

on_both_backends!(
    a_newer_save_wins_over_an_older_one_arriving_late,
    a_save_acts_as_the_caller_is_at_that_moment,
    saves_after_deadline_and_grace_are_refused_and_the_attempt_is_submitted_automatically,
);

// ---------------------------------------------------------------- saves and the caller

/// Saves take their caller from the replica's memory after the first one, confirmed by the
/// live store with the write: a change to the caller (a new role, a logout, a password reset)
/// must still hold from the very next save, and a refused save must store nothing.
async fn a_save_acts_as_the_caller_is_at_that_moment(backend: Backend) {
    let (app, prefix) = spawn(backend).await;
    let district = app.admin("13800000003").await;
    let phone = "13900000001";
    let token = app.learner(phone).await;
    let campaign = campaign_of(&app, &token).await;
    let session = unit_session(&app, &token, &campaign, "MAIN").await;
    let a = start(&app, &token, &session).await;
    let id = str_of(&a, "id").to_owned();
    let q: Vec<String> = questions_of(&a)
        .iter()
        .take(7)
        .map(|q| str_of(q, "id").to_owned())
        .collect();
    let answer = vec!["A".to_owned()];
    let mut saved = HashMap::new();
    let local = crate::replicas::lookups(&app, "replica").await;
    for question in &q[..2] {
        assert!(save(&app, &token, &id, question, &answer, None).await);
        saved.insert(question.clone(), answer.clone());
    }
    // Opening the paper remembered the learner, so both saves take the caller from the
    // replica's memory (and count as live writes for admission from the first).
    assert_eq!(
        crate::replicas::lookups(&app, "replica").await,
        local + 2,
        "the saves did not take their caller from the replica's memory"
    );

    // A new role changes the caller but not the right to save.
    let unit = app.second_unit(&district).await;
    app.grant_unit_admin(&district, phone, &unit).await;
    assert!(save(&app, &token, &id, &q[2], &answer, None).await);
    saved.insert(q[2].clone(), answer.clone());

    // After a logout the very next save is refused, and stores nothing.
    let out = app.gql(Some(&token), "mutation { logout }", json!({})).await;
    assert_eq!(out["data"]["logout"], true, "{out}");
    assert_error(
        &save_raw(&app, &token, &id, &q[3], &answer, None).await,
        &["UNAUTHENTICATED"],
    );

    // A new device takes the attempt over and saves; a password reset ends that too.
    let device = app.login(phone, "Study2026x").await;
    let resumed = start(&app, &device, &session).await;
    assert_eq!(answers_of(&resumed), saved, "a refused save stored an answer");
    for question in &q[4..6] {
        assert!(save(&app, &device, &id, question, &answer, None).await);
        saved.insert(question.clone(), answer.clone());
    }
    let account = app.id_of(&device, "{ me { id } }", "/data/me/id").await;
    let temporary = app.reset_password(&district, &account).await;
    assert_error(
        &save_raw(&app, &device, &id, &q[6], &answer, None).await,
        &["UNAUTHENTICATED"],
    );

    // On the temporary password: no save until it is changed.
    let again = app.login(phone, &temporary).await;
    assert_error(
        &save_raw(&app, &again, &id, &q[6], &answer, None).await,
        &["PASSWORD_CHANGE_REQUIRED"],
    );
    app.leave_password(&again, &temporary).await;
    let resumed = start(&app, &again, &session).await;
    assert_eq!(answers_of(&resumed), saved, "a refused save stored an answer");
    assert!(save(&app, &again, &id, &q[6], &answer, None).await);
    finish(app, &prefix).await;
}

// ---------------------------------------------------------------- 4. newer save wins

async fn a_newer_save_wins_over_an_older_one_arriving_late(backend: Backend) {
    let (app, prefix) = spawn(backend).await;
    let province = app.admin("13800000001").await;
    let learner = app.learner("13900000004").await;
    let campaign = campaign_of(&app, &learner).await;
    let session = unit_session(&app, &learner, &campaign, "MAIN").await;
    let bank = bank(&app, &province, &campaign).await;
    let a = start(&app, &learner, &session).await;
    let id = str_of(&a, "id").to_owned();
    let q = questions_of(&a)
        .iter()
        .find(|q| q["type"] == "SINGLE")
        .unwrap()
        .clone();
    let qid = str_of(&q, "id").to_owned();
    let answer_now = || async { answers_of(&attempt(&app, &learner, &id).await).get(&qid).cloned() };
    let label = |l: &str| vec![l.to_owned()];

    assert!(save(&app, &learner, &id, &qid, &label("A"), Some(5)).await);
    assert!(!save(&app, &learner, &id, &qid, &label("B"), Some(3)).await);
    assert_eq!(answer_now().await, Some(label("A")));
    assert!(save(&app, &learner, &id, &qid, &label("B"), Some(6)).await);
    assert!(!save(&app, &learner, &id, &qid, &label("C"), Some(4)).await);
    assert_eq!(answer_now().await, Some(label("B")));

    // Without clientSeq, arrival order decides.
    assert!(save(&app, &learner, &id, &qid, &label("C"), None).await);
    assert_eq!(answer_now().await, Some(label("C")));
    assert!(save(&app, &learner, &id, &qid, &label("D"), None).await);
    assert_eq!(answer_now().await, Some(label("D")));
    // Mixed: a numbered save after unnumbered ones still counts, and a late older one does not.
    assert!(save(&app, &learner, &id, &qid, &label("A"), Some(7)).await);
    assert_eq!(answer_now().await, Some(label("A")));
    assert!(!save(&app, &learner, &id, &qid, &label("B"), Some(6)).await);
    assert!(save(&app, &learner, &id, &qid, &label("C"), None).await);
    assert!(save(&app, &learner, &id, &qid, &label("D"), Some(8)).await);
    assert_eq!(answer_now().await, Some(label("D")));
    assert_error(
        &save_raw(&app, &learner, &id, &qid, &label("A"), Some(-1)).await,
        &["BAD_USER_INPUT"],
    );

    // Quick saves in a row (a learner clicking through the options): each one is the newest.
    let other = questions_of(&a)
        .iter()
        .filter(|q| q["type"] == "SINGLE")
        .nth(1)
        .unwrap();
    let other_id = str_of(other, "id");
    let mut stale = Vec::new();
    for i in 0..40 {
        let l = ["A", "B", "C", "D"][i % 4];
        if !save(&app, &learner, &id, other_id, &label(l), None).await {
            stale.push(i);
        }
    }
    let last = answers_of(&attempt(&app, &learner, &id).await)
        .get(other_id)
        .cloned();
    assert!(
        stale.is_empty(),
        "saves without clientSeq {stale:?} were refused as older although they arrived later; answer now {last:?}"
    );
    assert_eq!(last, Some(label("D")));

    // Labels outside the paper are refused.
    let body = save_raw(&app, &learner, &id, &qid, &label("Z"), None).await;
    assert_error(&body, &["BAD_USER_INPUT"]);
    let two = vec!["A".to_owned(), "B".to_owned()];
    let body = save_raw(&app, &learner, &id, &qid, &two, None).await;
    assert_error(&body, &["BAD_USER_INPUT"]);
    // A place beyond the paper, and a bank id (papers name their questions by place).
    let beyond = format!("pq_{}", questions_of(&a).len() + 1);
    let body = save_raw(&app, &learner, &id, &beyond, &label("A"), None).await;
    assert_error(&body, &["BAD_USER_INPUT"]);
    let bank_id = &bank[str_of(&q, "stem")].id;
    let body = save_raw(&app, &learner, &id, bank_id, &label("A"), None).await;
    assert_error(&body, &["NOT_FOUND"]);
    assert_eq!(answer_now().await, Some(label("D")));

    // And the database ends up with the newest one too (within about a second).
    let want = bank_key(&q, "D", &bank);
    let key = (number(&id), number(&bank[str_of(&q, "stem")].id));
    let stored_now = async || {
        attempt_answer::Entity::find_by_id(key)
            .one(&app.db)
            .await
            .unwrap()
            .map(|r| r.choices)
    };
    let stored = eventually(Duration::from_secs(3), stored_now, |s| {
        s.as_deref() == Some(want.as_str())
    })
    .await;
    assert_eq!(stored.as_deref(), Some(want.as_str()));
    // Nothing older overwrites it later: once the write-behind has written all it took.
    if let Some(redis_url) = &app.redis_url {
        let drained = eventually(
            Duration::from_secs(10),
            async || write_behind_drained(redis_url, &prefix).await,
            |d| *d,
        )
        .await;
        assert!(drained, "the write-behind still holds answers");
    }
    let later = stored_now().await;
    assert_eq!(later.as_deref(), Some(want.as_str()));
    let graded = submit(&app, &learner, &id).await;
    // Both questions answered D in the end: graded on that.
    let right = [&q, other]
        .iter()
        .filter(|q| correct_labels(q, &bank) == label("D"))
        .count();
    assert_eq!(graded["score"], right, "{graded}");
    finish(app, &prefix).await;
}

// ---------------------------------------------------------------- 5. the deadline

async fn saves_after_deadline_and_grace_are_refused_and_the_attempt_is_submitted_automatically(
    backend: Backend,
) {
    let (app, prefix) = spawn(backend).await;
    let learner = app.learner("13900000006").await;
    let campaign = campaign_of(&app, &learner).await;
    let unit = unit_id(&app, "蒸湘区司法局").await;

    let now = app.clock.now();
    let ends = now + chrono::Duration::seconds(3);
    // Under way and shorter than the exam: only the database holds such a session.
    let session = insert_unit_session(
        &app.db,
        &campaign,
        &unit,
        "MAIN",
        now - chrono::Duration::minutes(1),
        ends,
    )
    .await;

    let a = start(&app, &learner, &session).await;
    let id = str_of(&a, "id").to_owned();
    let deadline = parse_time(&a["deadline"]);
    assert!(
        (deadline - ends).num_milliseconds().abs() < 1000,
        "deadline {deadline} should be the session's end {ends}"
    );
    assert!(a["remainingSeconds"].as_i64().unwrap() <= 3);
    let q1 = questions_of(&a)[0].clone();
    let q2 = questions_of(&a)[1].clone();
    assert!(save(&app, &learner, &id, str_of(&q1, "id"), &["A".to_owned()], None).await);

    // Within the grace (10 s in the demo) a save is still taken.
    let grace = chrono::Duration::seconds(10);
    app.clock.set(deadline + chrono::Duration::milliseconds(1500));
    assert!(save(&app, &learner, &id, str_of(&q2, "id"), &["B".to_owned()], None).await);

    // After deadline and grace: refused.
    app.clock
        .set(deadline + grace + chrono::Duration::milliseconds(300));
    let late = save_raw(&app, &learner, &id, str_of(&q1, "id"), &["B".to_owned()], None).await;
    assert_error(&late, &["EXAM_CLOSED"]);

    // The sweeper (a background task, every second) submits it with what was saved.
    let mine = eventually(
        Duration::from_secs(4),
        async || my_attempts(&app, &learner, &campaign).await,
        |mine| mine.first().is_some_and(|m| m["status"] == "SUBMITTED"),
    )
    .await;
    let done = &mine[0];
    assert_eq!(done["status"], "SUBMITTED", "not submitted automatically: {done}");
    assert_eq!(done["autoSubmitted"], true);
    let submitted_at = parse_time(&done["submittedAt"]);
    assert!(
        submitted_at - (deadline + grace) < chrono::Duration::seconds(3),
        "submitted at {submitted_at}, deadline {deadline}"
    );
    let answers = answers_of(done);
    assert_eq!(answers.len(), 2, "{done}");
    assert_eq!(answers[str_of(&q1, "id")], vec!["A".to_owned()]);
    assert_eq!(answers[str_of(&q2, "id")], vec!["B".to_owned()]);
    assert!(done["score"].is_i64());

    // Still refused, and submitting again returns the same result.
    let late = save_raw(&app, &learner, &id, str_of(&q2, "id"), &["A".to_owned()], None).await;
    assert_error(&late, &["EXAM_CLOSED"]);
    let again = submit(&app, &learner, &id).await;
    assert_eq!(again["score"], done["score"]);
    assert_eq!(again["submittedAt"], done["submittedAt"]);
    let row = exam_attempt::Entity::find_by_id(number(&id))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert!(row.auto_submitted);
    assert_eq!(sea_orm::ActiveEnum::to_value(&row.status), "SUBMITTED");
    finish(app, &prefix).await;
}
