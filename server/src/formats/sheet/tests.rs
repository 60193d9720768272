//! The spreadsheet reader's tests: formats, limits, headers and cells.
use super::*;
use rust_xlsxwriter::{ExcelDateTime as WriterDate, Format, Workbook};
use std::io::Write;

type TestResult<T = ()> = Result<T, Box<dyn std::error::Error>>;

const COLUMNS: &[Column] = &[
    Column {
        key: "name",
        headers: &["姓名", "Name"],
        required: true,
    },
    Column {
        key: "phone",
        headers: &["手机号", "手机", "Phone", "Mobile"],
        required: true,
    },
    Column {
        key: "hired",
        headers: &["入职日期", "Hire Date"],
        required: false,
    },
    Column {
        key: "unit",
        headers: &["单位", "Unit"],
        required: false,
    },
];

/// The error of a read that must fail.
fn failure(result: Result<Table, SheetError>) -> TestResult<SheetError> {
    match result {
        Ok(table) => Err(format!("expected an error, got {} rows", table.rows.len()).into()),
        Err(err) => Ok(err),
    }
}

fn cell<'a>(table: &'a Table, index: usize, key: &str) -> &'a str {
    table.rows[index]
        .cells
        .get(key)
        .map(String::as_str)
        .unwrap_or("<absent>")
}

fn numbers(table: &Table) -> Vec<usize> {
    table.rows.iter().map(|row| row.number).collect()
}

/// Chinese headers out of order with markers, a phone stored as a number, date cells,
/// a merged range and a blank row in the middle.
fn roster_xlsx() -> TestResult<Vec<u8>> {
    let mut workbook = Workbook::new();
    let date = Format::new().set_num_format("yyyy-mm-dd");
    let sheet = workbook.add_worksheet();
    sheet.write_string(0, 0, " 手机号 ")?;
    sheet.write_string(0, 1, "备注")?;
    sheet.write_string(0, 2, "姓名（必填）")?;
    sheet.write_string(0, 3, "*入职 日期")?;
    sheet.write_string(0, 4, "单位")?;
    // Row 2
    sheet.write_number(1, 0, 13900000001.0)?;
    sheet.write_boolean(1, 1, true)?;
    sheet.write_string(1, 2, "  张三 ")?;
    sheet.write_datetime_with_format(1, 3, WriterDate::from_ymd(2024, 3, 1)?, &date)?;
    sheet.merge_range(1, 4, 2, 4, "省司法厅", &Format::new())?;
    // Row 3: a name, and the lower half of the merge in the unit column.
    sheet.write_string(2, 2, "李雷")?;
    // Row 4: blank, written as empty strings so the row exists in the file.
    sheet.write_string(3, 0, "   ")?;
    sheet.write_string(3, 2, "")?;
    // Row 5: a date-formatted plain number, a big number, a float with binary noise.
    sheet.write_number(4, 0, 13900000002.0)?;
    sheet.write_number(4, 1, 1e20)?;
    sheet.write_string(4, 2, "李四")?;
    sheet.write_number_with_format(4, 3, 45352.0, &date)?;
    sheet.write_number(4, 4, 0.1 + 0.2)?;
    // Row 6: a date with a time, and a merged range across columns.
    sheet.write_datetime_with_format(
        5,
        3,
        WriterDate::from_ymd(2024, 3, 1)?.and_hms(8, 30, 0)?,
        &Format::new().set_num_format("yyyy-mm-dd hh:mm:ss"),
    )?;
    sheet.merge_range(5, 0, 5, 2, "王五", &Format::new())?;
    Ok(workbook.save_to_buffer()?)
}

#[test]
fn xlsx_reads_values_as_shown() -> TestResult {
    let table = read_table("名单.xlsx", &roster_xlsx()?, COLUMNS)?;
    assert_eq!(numbers(&table), vec![2, 3, 5, 6]);

    assert_eq!(cell(&table, 0, "name"), "张三");
    assert_eq!(cell(&table, 0, "phone"), "13900000001");
    assert_eq!(cell(&table, 0, "hired"), "2024-03-01");
    assert_eq!(cell(&table, 0, "unit"), "省司法厅");
    assert!(!table.rows[0].cells.contains_key("备注"));

    // Only the top-left cell of a merge has the value.
    assert_eq!(cell(&table, 1, "name"), "李雷");
    assert_eq!(cell(&table, 1, "phone"), "");
    assert_eq!(cell(&table, 1, "unit"), "");

    assert_eq!(cell(&table, 2, "phone"), "13900000002");
    assert_eq!(cell(&table, 2, "hired"), "2024-03-01");
    assert_eq!(cell(&table, 2, "unit"), "0.3");

    // A merge across columns: the value is in its first column only.
    assert_eq!(cell(&table, 3, "phone"), "王五");
    assert_eq!(cell(&table, 3, "name"), "");
    assert_eq!(cell(&table, 3, "hired"), "2024-03-01 08:30:00");
    Ok(())
}

#[test]
fn xlsx_english_headers_below_a_blank_row() -> TestResult {
    let mut workbook = Workbook::new();
    let sheet = workbook.add_worksheet();
    sheet.write_string(1, 0, "MOBILE*")?;
    sheet.write_string(1, 1, "name")?;
    sheet.write_string(2, 0, "13900000003")?;
    sheet.write_string(2, 1, "Zhao Liu")?;
    sheet.write_boolean(3, 1, false)?;
    let bytes = workbook.save_to_buffer()?;

    let table = read_table("roster.XLSX", &bytes, COLUMNS)?;
    assert_eq!(numbers(&table), vec![3, 4]);
    assert_eq!(cell(&table, 0, "phone"), "13900000003");
    assert_eq!(cell(&table, 0, "name"), "Zhao Liu");
    assert_eq!(cell(&table, 1, "name"), "FALSE");
    // Optional columns the file lacks are absent, not empty.
    assert_eq!(cell(&table, 0, "hired"), "<absent>");
    assert_eq!(table.rows[0].cells.len(), 2);
    Ok(())
}

#[test]
fn xlsx_renamed_to_another_extension_is_still_read() -> TestResult {
    let table = read_table("名单.xls", &roster_xlsx()?, COLUMNS)?;
    assert_eq!(table.rows.len(), 4);
    Ok(())
}

#[test]
fn truncated_xlsx_is_corrupt() -> TestResult {
    let bytes = roster_xlsx()?;
    let err = failure(read_table("名单.xlsx", &bytes[..bytes.len() / 2], COLUMNS))?;
    assert!(matches!(err, SheetError::Corrupt(_)), "{err:?}");
    assert!(err.message().contains("损坏"));
    Ok(())
}

#[test]
fn random_bytes_are_not_a_spreadsheet() -> TestResult {
    let mut state: u32 = 12345;
    let bytes: Vec<u8> = (0..4096)
        .map(|_| {
            state = state.wrapping_mul(1_103_515_245).wrapping_add(12345);
            (state >> 16) as u8
        })
        .collect();
    for name in ["名单.xlsx", "名单.csv", "photo.jpg", "noextension"] {
        let err = failure(read_table(name, &bytes, COLUMNS))?;
        assert_eq!(err, SheetError::NotASpreadsheet, "{name}");
    }
    assert!(SheetError::NotASpreadsheet.message().contains(".xlsx"));
    Ok(())
}

#[test]
fn zip_without_workbook_is_not_a_spreadsheet() -> TestResult {
    let mut writer = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    writer.start_file("readme.txt", options)?;
    writer.write_all(b"hello")?;
    let bytes = writer.finish()?.into_inner();
    let err = failure(read_table("名单.xlsx", &bytes, COLUMNS))?;
    assert_eq!(err, SheetError::NotASpreadsheet);
    Ok(())
}

#[test]
fn old_xls_is_refused_with_advice() -> TestResult {
    let mut bytes = CFB_MAGIC.to_vec();
    bytes.extend(std::iter::repeat_n(0u8, 1024));
    let err = failure(read_table("名单.xls", &bytes, COLUMNS))?;
    assert_eq!(err, SheetError::OldExcelFormat);
    assert!(err.message().contains("另存为"));
    Ok(())
}

/// Copies an xlsx, changing one part, to forge what a hostile upload could contain.
fn rewrite_part(bytes: &[u8], part: &str, edit: impl Fn(String) -> Option<String>) -> TestResult<Vec<u8>> {
    let mut source = zip::ZipArchive::new(Cursor::new(bytes))?;
    let mut writer = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    for index in 0..source.len() {
        let mut entry = source.by_index(index)?;
        let name = entry.name()?.to_string();
        let mut content = Vec::new();
        entry.read_to_end(&mut content)?;
        if name == part {
            content = edit(String::from_utf8(content)?)
                .ok_or("part not as expected")?
                .into_bytes();
        }
        writer.start_file(name, options)?;
        writer.write_all(&content)?;
    }
    Ok(writer.finish()?.into_inner())
}

#[test]
fn forged_shared_string_count_is_refused_before_parsing() -> TestResult {
    let bytes = rewrite_part(&roster_xlsx()?, "xl/sharedStrings.xml", |xml| {
        let start = xml.find("uniqueCount=\"")? + "uniqueCount=\"".len();
        let end = start + xml[start..].find('"')?;
        Some(format!("{}100000000000{}", &xml[..start], &xml[end..]))
    })?;
    let err = failure(read_table("名单.xlsx", &bytes, COLUMNS))?;
    assert!(
        matches!(err, SheetError::Corrupt(ref d) if d.contains("uniqueCount")),
        "{err:?}"
    );
    Ok(())
}

#[test]
fn unique_count_split_across_chunks_is_seen() -> TestResult {
    let mut xml = vec![b' '; 64 * 1024 - 5];
    xml.extend_from_slice(b"<sst uniqueCount=\"99999999\">");
    assert!(check_unique_counts(&xml[..], 1000).is_err());
    assert!(check_unique_counts(&xml[..], 100_000_000).is_ok());
    Ok(())
}

#[test]
fn declared_unpacked_size_is_limited() -> TestResult {
    let mut writer = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    writer.start_file("xl/worksheets/sheet1.xml", options)?;
    writer.write_all(b"<worksheet/>")?;
    let mut bytes = writer.finish()?.into_inner();
    // Claim 4 GB unpacked in the central directory entry.
    let central = bytes
        .windows(4)
        .position(|w| w == b"PK\x01\x02")
        .ok_or("no central directory")?;
    bytes[central + 24..central + 28].copy_from_slice(&0xF000_0000u32.to_le_bytes());
    let err = failure(read_table("名单.xlsx", &bytes, COLUMNS))?;
    assert_eq!(err, SheetError::UnpackedTooLarge);
    Ok(())
}

#[test]
fn csv_utf8_with_quotes_and_blank_lines() -> TestResult {
    let text = "姓名,手机号,备注\n张三,13900000001,\n\n\"李,四\",\"139\n00\",x\n , ,\n王五,13900000005,\"说\"\"好\"\"的\"\n";
    let table = read_table("名单.csv", text.as_bytes(), COLUMNS)?;
    assert_eq!(numbers(&table), vec![2, 4, 6]);
    assert_eq!(cell(&table, 0, "name"), "张三");
    assert_eq!(cell(&table, 0, "phone"), "13900000001");
    assert_eq!(cell(&table, 1, "name"), "李,四");
    assert_eq!(cell(&table, 1, "phone"), "139\n00");
    assert_eq!(cell(&table, 2, "name"), "王五");
    Ok(())
}

#[test]
fn an_invisible_character_refuses_the_file_naming_row_and_column() -> TestResult {
    let text = "手机号,姓名,单位\n13900000001,张三,司法局\n13900000002,李\u{200b}四,司法局\n";
    let err = failure(read_table("名单.csv", text.as_bytes(), COLUMNS))?;
    let message = err.message();
    assert!(message.starts_with("第 3 行“"), "{message}");
    assert!(message.contains("U+200B"), "{message}");
    Ok(())
}

#[test]
fn csv_short_rows_and_crlf() -> TestResult {
    let text = "手机号,姓名,单位\r\n13900000001,张三\r\n13900000002\r\n";
    let table = read_table("名单.csv", text.as_bytes(), COLUMNS)?;
    assert_eq!(numbers(&table), vec![2, 3]);
    assert_eq!(cell(&table, 0, "unit"), "");
    assert_eq!(cell(&table, 1, "name"), "");
    assert_eq!(cell(&table, 1, "phone"), "13900000002");
    Ok(())
}

#[test]
fn csv_utf8_bom_is_stripped() -> TestResult {
    let mut bytes = UTF8_BOM.to_vec();
    bytes.extend_from_slice("姓名,手机号\n张三,13900000001\n".as_bytes());
    let table = read_table("名单.csv", &bytes, COLUMNS)?;
    assert_eq!(numbers(&table), vec![2]);
    assert_eq!(cell(&table, 0, "name"), "张三");
    Ok(())
}

#[test]
fn csv_gbk_is_decoded() -> TestResult {
    let (bytes, _, unmappable) =
        encoding_rs::GBK.encode("姓名（必填）,手机号,单位\n张三,13900000001,省司法厅\n");
    assert!(!unmappable);
    assert!(std::str::from_utf8(&bytes).is_err());
    let table = read_table("名单.csv", &bytes, COLUMNS)?;
    assert_eq!(numbers(&table), vec![2]);
    assert_eq!(cell(&table, 0, "name"), "张三");
    assert_eq!(cell(&table, 0, "unit"), "省司法厅");
    Ok(())
}

#[test]
fn csv_in_neither_utf8_nor_gbk_is_refused() -> TestResult {
    let bytes = b"name,phone\n\xFF\xFF\xFF,1\n";
    let err = failure(read_table("名单.csv", bytes, COLUMNS))?;
    assert_eq!(err, SheetError::UnknownEncoding);
    assert!(err.message().contains("UTF-8"));
    Ok(())
}

#[test]
fn csv_content_with_unknown_extension() -> TestResult {
    let table = read_table("名单.txt", "Name,Phone\n张三,1\n".as_bytes(), COLUMNS)?;
    assert_eq!(cell(&table, 0, "phone"), "1");
    let err = failure(read_table("说明.txt", "只是一段文字".as_bytes(), COLUMNS))?;
    assert_eq!(err, SheetError::NotASpreadsheet);
    Ok(())
}

#[test]
fn missing_required_column_is_named() -> TestResult {
    let err = failure(read_table(
        "名单.csv",
        "姓名,单位\n张三,司法厅\n".as_bytes(),
        COLUMNS,
    ))?;
    assert_eq!(err, SheetError::MissingColumns(vec!["手机号".to_string()]));
    assert!(err.message().contains("手机号"));

    let err = failure(read_table("名单.csv", "单位\n司法厅\n".as_bytes(), COLUMNS))?;
    assert_eq!(
        err,
        SheetError::MissingColumns(vec!["姓名".to_string(), "手机号".to_string()])
    );
    Ok(())
}

#[test]
fn duplicate_column_is_refused() -> TestResult {
    let err = failure(read_table(
        "名单.csv",
        "姓名,手机号,Phone\n张三,1,2\n".as_bytes(),
        COLUMNS,
    ))?;
    assert_eq!(err, SheetError::DuplicateColumn("手机号".to_string()));
    assert!(err.message().contains("手机号"));
    Ok(())
}

#[test]
fn empty_files_and_header_only() -> TestResult {
    for bytes in [&b""[..], b"\n\n , \n", "姓名,手机号\n\n".as_bytes()] {
        let err = failure(read_table("名单.csv", bytes, COLUMNS))?;
        assert_eq!(err, SheetError::Empty, "{bytes:?}");
    }
    let mut workbook = Workbook::new();
    workbook.add_worksheet().write_string(0, 0, "姓名")?;
    workbook.worksheet_from_index(0)?.write_string(0, 1, "手机号")?;
    let bytes = workbook.save_to_buffer()?;
    assert_eq!(read_table("名单.xlsx", &bytes, COLUMNS), Err(SheetError::Empty));
    assert!(SheetError::Empty.message().contains("没有数据行"));
    Ok(())
}

fn csv_with_rows(rows: usize) -> Vec<u8> {
    let mut text = String::from("姓名,手机号\n");
    for i in 0..rows {
        text.push_str(&format!("学员{i},{}\n", 13_900_000_000u64 + i as u64));
    }
    text.into_bytes()
}

#[test]
fn row_limit() -> TestResult {
    let table = read_table("名单.csv", &csv_with_rows(MAX_ROWS), COLUMNS)?;
    assert_eq!(table.rows.len(), MAX_ROWS);
    assert_eq!(table.rows[MAX_ROWS - 1].number, MAX_ROWS + 1);

    let err = failure(read_table("名单.csv", &csv_with_rows(MAX_ROWS + 1), COLUMNS))?;
    assert_eq!(err, SheetError::TooManyRows { rows: MAX_ROWS + 1 });
    assert!(err.message().contains("50000"));
    Ok(())
}

#[test]
fn row_limit_xlsx() -> TestResult {
    let mut workbook = Workbook::new();
    let sheet = workbook.add_worksheet();
    sheet.write_string(0, 0, "姓名")?;
    sheet.write_string(0, 1, "手机号")?;
    for row in 1..=(MAX_ROWS as u32 + 1) {
        sheet.write_number(row, 1, f64::from(row))?;
    }
    let bytes = workbook.save_to_buffer()?;
    let err = failure(read_table("名单.xlsx", &bytes, COLUMNS))?;
    assert_eq!(err, SheetError::TooManyRows { rows: MAX_ROWS + 1 });
    Ok(())
}

#[test]
fn size_limit() -> TestResult {
    let mut bytes = csv_with_rows(1);
    bytes.resize(MAX_FILE_BYTES + 1, b'\n');
    let err = failure(read_table("名单.csv", &bytes, COLUMNS))?;
    assert_eq!(err, SheetError::TooLarge);
    assert!(err.message().contains("10 MB"));

    bytes.truncate(MAX_FILE_BYTES);
    assert_eq!(read_table("名单.csv", &bytes, COLUMNS)?.rows.len(), 1);
    Ok(())
}

#[test]
fn numbers_read_as_people_see_them() -> TestResult {
    assert_eq!(number_text(13900000001.0), "13900000001");
    assert_eq!(number_text(0.1 + 0.2), "0.3");
    assert_eq!(number_text(1e20), "100000000000000000000");
    assert_eq!(number_text(110101199001011234.0), "110101199001011000");
    assert_eq!(number_text(-5.0), "-5");
    assert_eq!(number_text(-0.0), "0");
    assert_eq!(number_text(2.5), "2.5");
    assert_eq!(number_text(0.000001), "0.000001");
    assert_eq!(cell_text(&DataRef::Error(calamine::CellErrorType::Div0)), "");
    assert_eq!(cell_text(&DataRef::Int(42)), "42");
    assert_eq!(iso_datetime_text("2024-03-01T00:00:00"), "2024-03-01");
    assert_eq!(iso_datetime_text("2024-03-01T08:30:00Z"), "2024-03-01 08:30:00");
    Ok(())
}

#[test]
fn header_normalization() -> TestResult {
    assert_eq!(normalize_header(" 姓 名(必填) "), "姓名");
    assert_eq!(normalize_header("手机号（必填）*"), "手机号");
    assert_eq!(normalize_header("* Hire Date"), "hiredate");
    assert_eq!(normalize_header("ＰＨＯＮＥ"), "ＰＨＯＮＥ");
    Ok(())
}
