//! Importing a roster from spreadsheets: formats and encodings, per-row errors, dry runs,
//! idempotence, broken files, and two overlapping imports at once.

use rust_xlsxwriter::{Format, Workbook};
use sea_orm::{ActiveEnum, ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
use serde_json::{Value, json};

use crate::helpers::{Backend, TestApp, assert_error};
use crate::helpers::{learner_of, unit_named};
use crate::on_both_backends;

on_both_backends!(
    xlsx_import_then_the_same_file_changes_nothing,
    csv_in_utf8_bom_and_gbk,
    bad_rows_are_reported_and_nothing_is_written,
    broken_files_are_refused_clearly,
    overlapping_imports_at_once_end_in_one_roster,
);

const IMPORT: &str = "mutation($u: ID!, $file: Upload!, $dry: Boolean, $valid: Boolean) { importLearners(unitId: $u, file: $file, dryRun: $dry, importValidRows: $valid) { created updated unchanged written dryRun errors { row message } } }";
const XLSX: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/// An .xlsx with Chinese headers in an unusual order; phones are written as numbers.
fn xlsx(rows: &[(&str, u64, &str, &str)]) -> Vec<u8> {
    let mut workbook = Workbook::new();
    let sheet = workbook.add_worksheet();
    let date = Format::new().set_num_format("yyyy-mm-dd");
    for (col, header) in ["手机号", "姓名", "退休日期", "职级"].iter().enumerate() {
        sheet.write_string(0, col as u16, *header).unwrap();
    }
    let mut line = 1;
    for (name, phone, rank, retirement) in rows {
        if name.is_empty() {
            // A blank line in the middle of the sheet.
            line += 1;
            continue;
        }
        sheet.write_number(line, 0, *phone as f64).unwrap();
        sheet.write_string(line, 1, *name).unwrap();
        let d = rust_xlsxwriter::ExcelDateTime::parse_from_str(retirement).unwrap();
        sheet.write_datetime_with_format(line, 2, &d, &date).unwrap();
        sheet.write_string(line, 3, *rank).unwrap();
        line += 1;
    }
    workbook.save_to_buffer().unwrap()
}

async fn unit_id(app: &TestApp, name: &str) -> String {
    format!("unit_{}", unit_named(app, name).await.id)
}

async fn roster_size(app: &TestApp, unit: &str) -> u64 {
    let u = unit_named(app, unit).await;
    entity::learner::Entity::find()
        .filter(entity::learner::Column::UnitId.eq(u.id))
        .count(&app.db)
        .await
        .unwrap()
}

fn report(body: &Value) -> &Value {
    assert!(body.get("errors").is_none(), "{body}");
    &body["data"]["importLearners"]
}

async fn xlsx_import_then_the_same_file_changes_nothing(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let token = app.admin("13800000003").await;
    let lianhe = unit_id(&app, "联合街道").await;
    let rows = [
        ("赵一", 13600000001, "科员", "2040-01-31"),
        ("钱二", 13600000002, "副科级", "2041-02-28"),
        ("", 0, "", ""),
        ("孙三", 13600000003, "正科级", "2042-03-15"),
        ("李四", 13600000004, "科员", "2043-04-30"),
    ];
    let file = xlsx(&rows);
    let first = app
        .upload(
            &token,
            IMPORT,
            json!({"u": lianhe}),
            "名单.xlsx",
            XLSX,
            file.clone(),
        )
        .await;
    assert_eq!(report(&first)["created"], 4, "{first}");
    assert_eq!(report(&first)["written"], true);
    assert_eq!(roster_size(&app, "联合街道").await, 4);
    let zhao = learner_of(&app, "13600000001").await;
    assert_eq!(zhao.name, "赵一");
    assert_eq!(zhao.rank.as_deref(), Some("科员"));
    assert_eq!(
        zhao.retirement_date.map(|d| d.to_string()).as_deref(),
        Some("2040-01-31")
    );
    // The new learners log in with the initial password.
    assert_eq!(
        app.login_raw("13600000004", "000000").await["data"]["login"]["mustChangePassword"],
        true
    );

    let again = app
        .upload(&token, IMPORT, json!({"u": lianhe}), "名单.xlsx", XLSX, file)
        .await;
    assert_eq!(report(&again)["created"], 0, "{again}");
    assert_eq!(report(&again)["updated"], 0);
    assert_eq!(report(&again)["unchanged"], 4);
    assert_eq!(report(&again)["written"], false);
    let audit_before = entity::audit_entry::Entity::find().count(&app.db).await.unwrap();

    let mut changed = rows;
    changed[1].2 = "正科级";
    let third = app
        .upload(
            &token,
            IMPORT,
            json!({"u": lianhe}),
            "名单.xlsx",
            XLSX,
            xlsx(&changed),
        )
        .await;
    assert_eq!(report(&third)["updated"], 1, "{third}");
    assert_eq!(report(&third)["unchanged"], 3);
    assert_eq!(
        learner_of(&app, "13600000002").await.rank.as_deref(),
        Some("正科级")
    );
    assert_eq!(
        entity::audit_entry::Entity::find().count(&app.db).await.unwrap(),
        audit_before + 1
    );
}

async fn csv_in_utf8_bom_and_gbk(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let token = app.admin("13800000003").await;
    let text =
        |p: u64| format!("姓名,手机号,职级,在职状态,退休日期\r\n欧阳修,{p},\"处级,正职\",在职,2035/6/30\r\n");
    let utf8 = text(13600000011).into_bytes();
    let mut bom = vec![0xEF, 0xBB, 0xBF];
    bom.extend(text(13600000012).into_bytes());
    let gbk_text = text(13600000013);
    let (gbk, _, unmappable) = encoding_rs::GBK.encode(&gbk_text);
    assert!(!unmappable);
    for (unit, bytes, phone) in [
        ("联合街道", utf8, "13600000011"),
        ("呈祥街道", bom, "13600000012"),
        ("蒸湘区司法局", gbk.into_owned(), "13600000013"),
    ] {
        let id = unit_id(&app, unit).await;
        let body = app
            .upload(&token, IMPORT, json!({"u": id}), "roster.csv", "text/csv", bytes)
            .await;
        assert_eq!(report(&body)["created"], 1, "{unit}: {body}");
        let l = learner_of(&app, phone).await;
        assert_eq!(l.name, "欧阳修", "{unit}");
        assert_eq!(l.rank.as_deref(), Some("处级,正职"));
        assert_eq!(
            l.retirement_date.map(|d| d.to_string()).as_deref(),
            Some("2035-06-30")
        );
    }
    // English headers, any order.
    let english = "phone,name,status,retirementDate\n13600000014,Lin,RETIRED,2024-01-01\n"
        .as_bytes()
        .to_vec();
    let id = unit_id(&app, "联合街道").await;
    let body = app
        .upload(
            &token,
            IMPORT,
            json!({"u": id}),
            "roster.csv",
            "text/csv",
            english,
        )
        .await;
    assert_eq!(report(&body)["created"], 1, "{body}");
    assert_eq!(learner_of(&app, "13600000014").await.status.to_value(), "RETIRED");
}

async fn bad_rows_are_reported_and_nothing_is_written(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let token = app.admin("13800000003").await;
    let lianhe = unit_id(&app, "联合街道").await;
    let csv = "姓名,手机号,在职状态,退休日期\n\
               好人,13600000021,在职,2040-01-01\n\
               ,13600000022,在职,\n\
               坏号,1360000002,在职,\n\
               \n\
               重复,13600000021,在职,\n\
               坏日期,13600000023,在职,2040-13-45\n\
               坏状态,13600000024,休假,\n\
               别处,13900000031,在职,\n\
               也好,13600000025,,\n";
    let before = roster_size(&app, "联合街道").await;
    let body = app
        .upload(
            &token,
            IMPORT,
            json!({"u": lianhe}),
            "r.csv",
            "text/csv",
            csv.as_bytes().to_vec(),
        )
        .await;
    let r = report(&body);
    let rows: Vec<i64> = r["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["row"].as_i64().unwrap())
        .collect();
    assert_eq!(rows, vec![3, 4, 6, 7, 8, 9], "{body}");
    let message = |row: i64| {
        r["errors"]
            .as_array()
            .unwrap()
            .iter()
            .find(|e| e["row"] == row)
            .unwrap()["message"]
            .as_str()
            .unwrap()
            .to_owned()
    };
    assert!(message(3).contains("姓名"));
    assert!(message(4).contains("手机号"));
    assert!(message(6).contains("第 2 行"), "{}", message(6));
    assert!(message(7).contains("退休日期"));
    assert!(message(8).contains("在职状态"));
    assert!(message(9).contains("调"), "{}", message(9));
    assert_eq!(r["written"], false);
    assert_eq!(roster_size(&app, "联合街道").await, before);
    assert_eq!(
        learner_of(&app, "13900000031").await.unit_id,
        Some(unit_named(&app, "雁峰区司法局").await.id)
    );

    // A dry run of a clean file counts but writes nothing.
    let clean = "姓名,手机号\n甲,13600000031\n乙,13600000032\n";
    let dry = app
        .upload(
            &token,
            IMPORT,
            json!({"u": lianhe, "dry": true}),
            "r.csv",
            "text/csv",
            clean.as_bytes().to_vec(),
        )
        .await;
    assert_eq!(report(&dry)["created"], 2, "{dry}");
    assert_eq!(report(&dry)["dryRun"], true);
    assert_eq!(report(&dry)["written"], false);
    assert_eq!(roster_size(&app, "联合街道").await, before);

    // Asked to, the valid rows go in and the errors are still reported.
    let anyway = app
        .upload(
            &token,
            IMPORT,
            json!({"u": lianhe, "valid": true}),
            "r.csv",
            "text/csv",
            csv.as_bytes().to_vec(),
        )
        .await;
    assert_eq!(report(&anyway)["created"], 2, "{anyway}");
    assert_eq!(report(&anyway)["errors"].as_array().unwrap().len(), 6);
    assert_eq!(roster_size(&app, "联合街道").await, before + 2);
}

async fn broken_files_are_refused_clearly(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let token = app.admin("13800000003").await;
    let lianhe = unit_id(&app, "联合街道").await;
    let good = xlsx(&[("赵一", 13600000041, "科员", "2040-01-31")]);
    let truncated = good[..good.len() / 2].to_vec();
    let no_phone_column = "姓名,职级\n甲,科员\n".as_bytes().to_vec();
    let cases: Vec<(&str, &str, Vec<u8>, &str)> = vec![
        ("truncated.xlsx", XLSX, truncated, "损坏"),
        (
            "noise.xlsx",
            XLSX,
            vec![0x13, 0x37, 0x00, 0xFF, 0x42, 0x99, 0x10, 0x01],
            "识别",
        ),
        (
            "picture.csv",
            "text/csv",
            vec![
                0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0xFF, 0xFE, 0x81,
            ],
            "识别",
        ),
        ("header.csv", "text/csv", no_phone_column, "手机号"),
        ("empty.csv", "text/csv", Vec::new(), "数据"),
    ];
    for (name, content_type, bytes, expected) in cases {
        let body = app
            .upload(&token, IMPORT, json!({"u": lianhe}), name, content_type, bytes)
            .await;
        assert_error(&body, &["BAD_USER_INPUT"]);
        let message = body["errors"][0]["message"].as_str().unwrap();
        assert!(message.contains(expected), "{name}: {message}");
    }
    assert_eq!(roster_size(&app, "联合街道").await, 0);

    let mut many = String::from("姓名,手机号\n");
    for i in 0..50_001u64 {
        many.push_str(&format!("某,{}\n", 15000000000 + i));
    }
    let body = app
        .upload(
            &token,
            IMPORT,
            json!({"u": lianhe}),
            "many.csv",
            "text/csv",
            many.into_bytes(),
        )
        .await;
    assert_error(&body, &["BAD_USER_INPUT"]);
    assert!(
        body["errors"][0]["message"].as_str().unwrap().contains("50000"),
        "{body}"
    );
    assert_eq!(roster_size(&app, "联合街道").await, 0);
}

async fn overlapping_imports_at_once_end_in_one_roster(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let district = app.admin("13800000003").await;
    let unit_admin = app.admin("13800000005").await;
    let lianhe = unit_id(&app, "联合街道").await;
    let justice = unit_id(&app, "蒸湘区司法局").await;
    let file = |range: std::ops::Range<u64>| {
        let mut csv = String::from("姓名,手机号\n");
        for i in range {
            csv.push_str(&format!("学员{i},{}\n", 13500000000 + i));
        }
        csv.into_bytes()
    };
    // 0..300 into 联合街道 and 200..500 into 蒸湘区司法局, valid rows imported anyway.
    let (a, b) = tokio::join!(
        app.upload(
            &district,
            IMPORT,
            json!({"u": lianhe, "valid": true}),
            "a.csv",
            "text/csv",
            file(0..300)
        ),
        app.upload(
            &unit_admin,
            IMPORT,
            json!({"u": justice, "valid": true}),
            "b.csv",
            "text/csv",
            file(200..500)
        ),
    );
    let (a, b) = (report(&a), report(&b));
    // Every overlapping phone went to exactly one roster and was refused by the other import.
    assert_eq!(
        a["created"].as_i64().unwrap() + b["created"].as_i64().unwrap(),
        500,
        "{a} {b}"
    );
    let refused = a["errors"].as_array().unwrap().len() + b["errors"].as_array().unwrap().len();
    assert_eq!(refused, 100, "{a} {b}");
    for i in 0..500u64 {
        let l = learner_of(&app, &format!("{}", 13500000000 + i)).await;
        assert!(l.unit_id.is_some());
    }
    let accounts = entity::account::Entity::find()
        .filter(entity::account::Column::Phone.starts_with("135000"))
        .count(&app.db)
        .await
        .unwrap();
    assert_eq!(accounts, 500);
}
