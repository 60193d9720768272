//! Reading an uploaded spreadsheet (`.xlsx` or `.csv`) into rows of text.
//!
//! The roster import and the question-bank import both take files that people filled in by
//! hand in Excel or WPS, so this module turns every cell into the text a person sees in the
//! sheet, finds the columns by their header names, and reports problems with the whole file
//! in Chinese. Problems with single rows (an empty required cell, a bad phone number) are the
//! caller's business: it gets the row numbers as the spreadsheet shows them to quote them back.
//!
//! Uploads are untrusted, so every limit is checked before the work it guards: the byte size
//! first, the unpacked size of an xlsx before it is parsed, and the row count while reading.

use std::borrow::Cow;
use std::collections::HashMap;
use std::fmt;
use std::io::{Cursor, Read};

use calamine::{DataRef, ExcelDateTime, Reader, SheetType, Xlsx, XlsxError};

/// Largest upload accepted; a roster of a whole province fits well below it.
pub const MAX_FILE_BYTES: usize = 10 * 1024 * 1024;

/// Most data rows in one file; larger imports are split so one upload cannot hold the server.
pub const MAX_ROWS: usize = 50_000;

/// Most bytes an xlsx may unpack to. A 10 MB zip can inflate to gigabytes, so the declared
/// sizes are checked before parsing (the zip reader holds each part to its declared size).
pub const MAX_UNPACKED_BYTES: u64 = 256 * 1024 * 1024;

/// Most bytes any part but a worksheet may unpack to. Worksheets are read as a stream, cell
/// by cell; the other parts are read whole, the shared strings (every text of the workbook)
/// into memory: a 250 KB file whose shared strings inflated to 250 MB took the server's
/// memory to 900 MB. A province's roster of [`MAX_ROWS`] rows needs about 5 MB of them.
pub const MAX_PART_BYTES: u64 = 12 * 1024 * 1024;

/// One column the caller wants, with the header names that mean it (Chinese and English).
///
/// The first header name is the one shown to people in error messages, so put the Chinese
/// name of the import template first.
#[derive(Debug, Clone, Copy)]
pub struct Column {
    pub key: &'static str,
    pub headers: &'static [&'static str],
    pub required: bool,
}

/// A data row: its 1-based row number as the spreadsheet shows it (header is row 1 when it is
/// the first line), and the cell text by column key.
///
/// Every column found in the header has an entry (empty string for an empty cell); a column
/// that the file does not have at all has none, so the caller can tell the two apart.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    pub number: usize,
    pub cells: HashMap<&'static str, String>,
}

/// The data rows of a file, blank rows left out, in file order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Table {
    pub rows: Vec<Row>,
}

/// A problem with the whole file (not a single row). Its `message()` is in Chinese and says
/// what to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SheetError {
    /// More than [`MAX_FILE_BYTES`].
    TooLarge,
    /// More than [`MAX_ROWS`] data rows; reading stopped at `rows` (`MAX_ROWS + 1`).
    TooManyRows { rows: usize },
    /// Neither an xlsx workbook nor CSV text.
    NotASpreadsheet,
    /// An Excel 97-2003 `.xls` file (or another OLE compound file).
    OldExcelFormat,
    /// An xlsx protected by an opening password.
    Encrypted,
    /// An xlsx whose parts unpack to more than [`MAX_UNPACKED_BYTES`].
    UnpackedTooLarge,
    /// A damaged or truncated xlsx; the text is the reader's detail, for the log only.
    Corrupt(String),
    /// No data rows: an empty file, only blank rows, or only a header.
    Empty,
    /// Required columns missing from the header, by their first header name.
    MissingColumns(Vec<String>),
    /// Two header cells mean the same column, named by its first header name.
    DuplicateColumn(String),
    /// CSV that is neither UTF-8 nor GBK.
    UnknownEncoding,
    /// A cell holding a character no text may hold (`text::forbidden_char`): its row, its
    /// column's first header name, the character.
    InvisibleCharacter {
        row: usize,
        column: String,
        character: char,
    },
}

impl SheetError {
    /// The text shown to the person who uploaded the file.
    pub fn message(&self) -> String {
        match self {
            Self::TooLarge => format!(
                "文件超过 {} MB，无法导入。请删除多余的工作表、图片和空白行，或把数据拆成几个文件分别导入。",
                MAX_FILE_BYTES / (1024 * 1024)
            ),
            Self::TooManyRows { rows } => format!(
                "数据超过 {MAX_ROWS} 行（已读到第 {rows} 条数据），无法一次导入。请拆成每个不超过 {MAX_ROWS} 行的文件分别导入。"
            ),
            Self::NotASpreadsheet => {
                "无法识别文件格式。请上传 Excel 工作簿（.xlsx）或 CSV 文件（.csv）。".to_string()
            }
            Self::OldExcelFormat => "不支持旧版 Excel 格式（.xls）。请在 Excel 中“另存为”“Excel 工作簿（*.xlsx）”后再上传。".to_string(),
            Self::Encrypted => {
                "文件设置了打开密码，无法读取。请在 Excel 中取消密码、重新保存后再上传。".to_string()
            }
            Self::UnpackedTooLarge => "文件解压后内容过大（文字部分不得超过 12 MB），无法导入。请删除多余的工作表和格式，或把数据拆成几个文件分别导入。".to_string(),
            Self::Corrupt(_) => "文件已损坏或不完整，无法读取。请用 Excel 打开检查，重新保存为 .xlsx 后再上传。".to_string(),
            Self::Empty => "文件中没有数据行。第一行应为表头，请从第二行起填写数据后再上传。".to_string(),
            Self::MissingColumns(names) => format!(
                "表头缺少必填列：{}。请使用导入模板，不要修改表头的列名。",
                names.join("、")
            ),
            Self::DuplicateColumn(name) => {
                format!("表头中“{name}”列出现了不止一次，请删除重复的列后再上传。")
            }
            Self::UnknownEncoding => "无法识别 CSV 文件的文字编码。请用 Excel 打开后另存为“CSV UTF-8（逗号分隔）”或 .xlsx 后再上传。".to_string(),
            Self::InvisibleCharacter {
                row,
                column,
                character,
            } => format!(
                "第 {row} 行{}，请在表格中删除后重新上传，未导入任何数据。",
                crate::formats::text::refusal_message(column, *character)
                    .split_once('，')
                    .map_or(String::new(), |(what, _)| what.to_owned())
            ),
        }
    }
}

impl fmt::Display for SheetError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message())
    }
}

impl std::error::Error for SheetError {}

/// An uploaded spreadsheet, as it came off the request.
pub struct SheetFile {
    pub filename: String,
    pub bytes: Vec<u8>,
}

impl SheetFile {
    /// Its table under `columns`, read on a blocking thread (a large workbook takes a while);
    /// a file that cannot be read is the uploader's to fix.
    pub async fn read(self, columns: &'static [Column]) -> crate::error::AppResult<Table> {
        use crate::error::AppError;
        // One file is read at a time per replica: each may take tens of megabytes while it
        // is read, and imports are rare (the others wait their turn).
        static READING: tokio::sync::Semaphore = tokio::sync::Semaphore::const_new(1);
        let _turn = READING.acquire().await.map_err(AppError::internal)?;
        tokio::task::spawn_blocking(move || read_table(&self.filename, &self.bytes, columns))
            .await
            .map_err(AppError::internal)?
            .map_err(|e| AppError::bad_input(e.message()))
    }
}

/// Reads `bytes`, named `filename` (the extension picks the format: .xlsx or .csv; anything
/// else is refused unless the content is clearly one of them), mapping header cells to the
/// wanted columns.
pub fn read_table(filename: &str, bytes: &[u8], columns: &[Column]) -> Result<Table, SheetError> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(SheetError::TooLarge);
    }
    if bytes.is_empty() {
        return Err(SheetError::Empty);
    }
    let mut builder = TableBuilder::new(columns);
    match detect_format(filename, bytes)? {
        Format::Xlsx => read_xlsx(bytes, &mut builder)?,
        Format::Csv => read_csv(bytes, &mut builder)?,
    }
    builder.finish()
}

enum Format {
    Xlsx,
    Csv,
}

const ZIP_MAGIC: &[u8] = b"PK\x03\x04";
/// OLE compound file: `.xls`, and also an xlsx encrypted with a password.
const CFB_MAGIC: &[u8] = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";
const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";

/// Content wins over the extension when it is unmistakable, because people rename files
/// (an xlsx saved as `.xls` or `.csv` is common); otherwise the extension decides.
fn detect_format(filename: &str, bytes: &[u8]) -> Result<Format, SheetError> {
    if bytes.starts_with(ZIP_MAGIC) {
        return Ok(Format::Xlsx);
    }
    if bytes.starts_with(CFB_MAGIC) {
        return Err(match Xlsx::new(Cursor::new(bytes)) {
            Err(XlsxError::Password) => SheetError::Encrypted,
            _ => SheetError::OldExcelFormat,
        });
    }
    let extension = filename
        .rsplit_once('.')
        .map(|(_, ext)| ext.trim().to_ascii_lowercase())
        .unwrap_or_default();
    match extension.as_str() {
        "csv" => Ok(Format::Csv),
        _ if looks_like_csv(bytes) => Ok(Format::Csv),
        _ => Err(SheetError::NotASpreadsheet),
    }
}

/// Text without control characters whose first non-blank line has a comma: only then is a file
/// with another extension taken for CSV.
fn looks_like_csv(bytes: &[u8]) -> bool {
    let Ok(text) = decode_text(bytes) else {
        return false;
    };
    if text
        .chars()
        .any(|c| c.is_control() && !matches!(c, '\t' | '\r' | '\n'))
    {
        return false;
    }
    text.lines()
        .find(|line| !line.trim().is_empty())
        .is_some_and(|line| line.contains(','))
}

/// UTF-8 (with or without BOM) first, then GBK, which is what Excel in China saves CSV as.
/// A GBK file is almost never valid UTF-8, so the order does not misread one as the other.
fn decode_text(bytes: &[u8]) -> Result<Cow<'_, str>, SheetError> {
    if let Some(rest) = bytes.strip_prefix(UTF8_BOM) {
        return std::str::from_utf8(rest)
            .map(Cow::Borrowed)
            .map_err(|_| SheetError::UnknownEncoding);
    }
    if bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF") {
        // UTF-16 ("Unicode text" in Excel) is tab-separated, not CSV.
        return Err(SheetError::UnknownEncoding);
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Ok(Cow::Borrowed(text));
    }
    encoding_rs::GBK
        .decode_without_bom_handling_and_without_replacement(bytes)
        .ok_or(SheetError::UnknownEncoding)
}

fn read_csv(bytes: &[u8], builder: &mut TableBuilder<'_>) -> Result<(), SheetError> {
    if bytes.contains(&0) {
        return Err(SheetError::NotASpreadsheet);
    }
    let mut text = decode_text(bytes)?;
    if !text.contains('\n') && text.contains('\r') {
        // Old Mac line ends: the csv reader splits on them, but counts lines by '\n' only.
        text = Cow::Owned(text.replace('\r', "\n"));
    }
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut record = csv::StringRecord::new();
    // Excel shows one row per line break outside quotes, empty lines included. The csv reader
    // skips empty lines and reports where it started reading, before that skip, so the row
    // number is counted here: line breaks before the record, less those inside quoted fields.
    let raw = text.as_bytes();
    let mut counted_to = 0usize;
    let mut newlines = 0usize;
    let mut newlines_in_fields = 0usize;
    loop {
        match reader.read_record(&mut record) {
            Ok(true) => {}
            Ok(false) => break,
            Err(err) => return Err(SheetError::Corrupt(err.to_string())),
        }
        let read_from = record
            .position()
            .and_then(|pos| usize::try_from(pos.byte()).ok())
            .unwrap_or(counted_to)
            .clamp(counted_to, raw.len());
        let skipped = raw[read_from..]
            .iter()
            .take_while(|&&b| matches!(b, b'\r' | b'\n'))
            .count();
        let start = read_from + skipped;
        newlines += raw[counted_to..start].iter().filter(|&&b| b == b'\n').count();
        counted_to = start;
        let number = 1 + newlines.saturating_sub(newlines_in_fields);
        newlines_in_fields += record
            .iter()
            .map(|field| field.matches('\n').count())
            .sum::<usize>();
        let cells = record
            .iter()
            .enumerate()
            .filter_map(|(col, field)| {
                let field = field.trim();
                (!field.is_empty()).then(|| (col, field.to_string()))
            })
            .collect();
        builder.push(number, cells)?;
    }
    Ok(())
}

fn read_xlsx(bytes: &[u8], builder: &mut TableBuilder<'_>) -> Result<(), SheetError> {
    check_zip(bytes)?;
    // A bug in the parser on a malformed upload must cost that upload, not the server.
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        read_first_worksheet(bytes, builder)
    }))
    .unwrap_or_else(|_| Err(SheetError::Corrupt("xlsx reader panicked".to_string())))
}

/// Streams the cells of the first worksheet row by row, so that the row limit stops the work
/// early instead of after a full in-memory range has been built.
fn read_first_worksheet(bytes: &[u8], builder: &mut TableBuilder<'_>) -> Result<(), SheetError> {
    let mut workbook = Xlsx::new(Cursor::new(bytes)).map_err(xlsx_error)?;
    let name = workbook
        .sheets_metadata()
        .iter()
        .find(|sheet| sheet.typ == SheetType::WorkSheet)
        .map(|sheet| sheet.name.clone())
        .ok_or_else(|| SheetError::Corrupt("workbook has no worksheet".to_string()))?;
    let mut reader = workbook.worksheet_cells_reader(&name).map_err(xlsx_error)?;
    let mut current_row: Option<u32> = None;
    let mut cells: Vec<(usize, String)> = Vec::new();
    while let Some(cell) = reader.next_cell().map_err(xlsx_error)? {
        let (row, col) = cell.get_position();
        if current_row != Some(row) {
            if let Some(done) = current_row {
                builder.push(done as usize + 1, std::mem::take(&mut cells))?;
            }
            current_row = Some(row);
        }
        let text = cell_text(cell.get_value());
        if !text.is_empty() {
            cells.push((col as usize, text));
        }
    }
    if let Some(done) = current_row {
        builder.push(done as usize + 1, cells)?;
    }
    Ok(())
}

fn xlsx_error(err: XlsxError) -> SheetError {
    match err {
        XlsxError::Password => SheetError::Encrypted,
        // A zip with no workbook in it (a .docx, an archive of photos) is not damaged, it is
        // just not a spreadsheet.
        XlsxError::FileNotFound(_) | XlsxError::RelationshipNotFound => SheetError::NotASpreadsheet,
        other => SheetError::Corrupt(other.to_string()),
    }
}

/// Checks the zip before calamine parses it: the declared unpacked sizes (the zip reader
/// enforces them while inflating, so their sum bounds the memory) and the shared-strings
/// count, because calamine reserves memory for `uniqueCount` strings as the file declares it,
/// and a forged count would abort the process on allocation failure.
fn check_zip(bytes: &[u8]) -> Result<(), SheetError> {
    let corrupt = |err: zip::result::ZipError| SheetError::Corrupt(err.to_string());
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).map_err(corrupt)?;
    let mut total: u64 = 0;
    let mut shared_strings = Vec::new();
    for index in 0..archive.len() {
        let entry = archive.by_index_data(index).map_err(corrupt)?;
        total = total.saturating_add(entry.size());
        let name = entry.name().map_err(corrupt)?.to_ascii_lowercase();
        if entry.size() > MAX_PART_BYTES && !name.starts_with("xl/worksheets/") {
            return Err(SheetError::UnpackedTooLarge);
        }
        if name.ends_with("sharedstrings.xml") {
            shared_strings.push((index, entry.size()));
        }
    }
    if total > MAX_UNPACKED_BYTES {
        return Err(SheetError::UnpackedTooLarge);
    }
    for (index, size) in shared_strings {
        let entry = archive.by_index(index).map_err(corrupt)?;
        // Each string takes at least `<si/>`, five bytes.
        check_unique_counts(entry, size / 5 + 16)?;
    }
    Ok(())
}

/// Fails if any `uniqueCount` attribute in the XML stream is above `limit`.
fn check_unique_counts(mut xml: impl Read, limit: u64) -> Result<(), SheetError> {
    const NEEDLE: &[u8] = b"uniqueCount";
    /// Room after the name for `="` and a number of any length worth reading.
    const TAIL: usize = 64;
    let mut window: Vec<u8> = Vec::with_capacity(64 * 1024 + TAIL);
    let mut chunk = vec![0u8; 64 * 1024];
    loop {
        let read = xml
            .read(&mut chunk)
            .map_err(|err| SheetError::Corrupt(err.to_string()))?;
        let at_end = read == 0;
        window.extend_from_slice(&chunk[..read]);
        // Occurrences too close to the end wait for the next chunk, which keeps them.
        let checked_until = if at_end {
            window.len()
        } else {
            window.len().saturating_sub(TAIL)
        };
        let mut start = 0;
        while let Some(found) = window[start..checked_until.max(start)]
            .windows(NEEDLE.len())
            .position(|w| w == NEEDLE)
        {
            let at = start + found + NEEDLE.len();
            if attribute_number(&window[at..]).is_some_and(|count| count > limit) {
                return Err(SheetError::Corrupt(format!(
                    "shared strings uniqueCount above {limit}"
                )));
            }
            start = at;
        }
        if at_end {
            return Ok(());
        }
        let keep_from = checked_until.max(start).min(window.len());
        window.drain(..keep_from);
    }
}

/// The number in `="123"` (spaces and either quote allowed), saturating when too long.
fn attribute_number(rest: &[u8]) -> Option<u64> {
    let mut bytes = rest.iter().copied().skip_while(u8::is_ascii_whitespace);
    if bytes.next()? != b'=' {
        return None;
    }
    let mut bytes = bytes.skip_while(u8::is_ascii_whitespace);
    if !matches!(bytes.next()?, b'"' | b'\'') {
        return None;
    }
    let mut value: u64 = 0;
    let mut digits = 0;
    for byte in bytes.take_while(u8::is_ascii_digit) {
        value = value.saturating_mul(10).saturating_add(u64::from(byte - b'0'));
        digits += 1;
    }
    (digits > 0).then_some(value)
}

/// The text a person sees in the cell.
fn cell_text(value: &DataRef<'_>) -> String {
    match value {
        DataRef::Int(n) => n.to_string(),
        DataRef::Float(n) => number_text(*n),
        DataRef::String(s) => s.trim().to_string(),
        DataRef::SharedString(s) => s.trim().to_string(),
        DataRef::Bool(true) => "TRUE".to_string(),
        DataRef::Bool(false) => "FALSE".to_string(),
        DataRef::DateTime(dt) => datetime_text(dt),
        DataRef::DateTimeIso(s) => iso_datetime_text(s.trim()),
        DataRef::DurationIso(s) => s.trim().to_string(),
        DataRef::Error(_) | DataRef::Empty => String::new(),
    }
}

/// Numbers as Excel shows them: at most 15 significant digits (the rest is binary noise, as in
/// 0.1 + 0.2), whole numbers without ".0", and never in scientific notation, because phone and
/// ID numbers are often stored as numbers.
fn number_text(value: f64) -> String {
    if !value.is_finite() {
        return String::new();
    }
    let rounded: f64 = format!("{value:.14e}").parse().unwrap_or(value);
    if rounded.fract() == 0.0 && rounded.abs() < 1e15 {
        // Exact: the value is a whole number well inside i64.
        return format!("{}", rounded as i64);
    }
    // Rust prints f64 in plain decimal notation, never with an exponent.
    format!("{rounded}")
}

/// Dates as `YYYY-MM-DD`; the time is added only when there is one, and a time alone (a
/// value below one day) is shown without a date.
fn datetime_text(dt: &ExcelDateTime) -> String {
    if dt.is_duration() {
        let seconds = (dt.as_f64() * 86_400.0).round() as i64;
        let sign = if seconds < 0 { "-" } else { "" };
        let seconds = seconds.unsigned_abs();
        return format!(
            "{sign}{}:{:02}:{:02}",
            seconds / 3600,
            seconds / 60 % 60,
            seconds % 60
        );
    }
    let (year, month, day, hour, minute, second, _) = dt.to_ymd_hms_milli();
    let value = dt.as_f64();
    if (0.0..1.0).contains(&value) && value > 0.0 {
        return format!("{hour:02}:{minute:02}:{second:02}");
    }
    if hour == 0 && minute == 0 && second == 0 {
        format!("{year:04}-{month:02}-{day:02}")
    } else {
        format!("{year:04}-{month:02}-{day:02} {hour:02}:{minute:02}:{second:02}")
    }
}

/// Cells of type `d` hold ISO 8601 text; shown like the serial dates above.
fn iso_datetime_text(text: &str) -> String {
    match text.split_once('T') {
        Some((date, time))
            if time
                .trim_end_matches('Z')
                .chars()
                .all(|c| matches!(c, '0' | ':' | '.')) =>
        {
            date.to_string()
        }
        Some((date, time)) => format!("{date} {}", time.trim_end_matches('Z')),
        None => text.to_string(),
    }
}

/// Header text reduced to what identifies the column: no spaces anywhere, no "required"
/// marker that templates add, ASCII case folded.
fn normalize_header(text: &str) -> String {
    let mut text: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    loop {
        let before = text.len();
        for marker in ["(必填)", "（必填）", "*", "＊"] {
            if let Some(stripped) = text.strip_suffix(marker) {
                text.truncate(stripped.len());
            }
        }
        for marker in ["*", "＊"] {
            if let Some(stripped) = text.strip_prefix(marker) {
                text = stripped.to_string();
            }
        }
        if text.len() == before {
            break;
        }
    }
    text.to_ascii_lowercase()
}

/// Turns lines of cells (column index, non-empty trimmed text) into a table: the first
/// non-blank line is the header, later non-blank lines are data rows.
struct TableBuilder<'c> {
    columns: &'c [Column],
    /// Column index in the file -> key, once the header has been read.
    header: Option<Vec<(usize, &'static str)>>,
    rows: Vec<Row>,
}

impl<'c> TableBuilder<'c> {
    fn new(columns: &'c [Column]) -> Self {
        Self {
            columns,
            header: None,
            rows: Vec::new(),
        }
    }

    fn push(&mut self, number: usize, cells: Vec<(usize, String)>) -> Result<(), SheetError> {
        if cells.is_empty() {
            return Ok(());
        }
        let Some(header) = &self.header else {
            self.header = Some(self.map_header(&cells)?);
            return Ok(());
        };
        if self.rows.len() >= MAX_ROWS {
            return Err(SheetError::TooManyRows { rows: MAX_ROWS + 1 });
        }
        let row_cells: Vec<(&'static str, String)> = header
            .iter()
            .map(|&(col, key)| {
                let text = cells
                    .iter()
                    .find(|(c, _)| *c == col)
                    .map(|(_, text)| text.clone())
                    .unwrap_or_default();
                (key, text)
            })
            .collect();
        // The same text rule as every string of a GraphQL request.
        for (key, text) in &row_cells {
            if let Some(character) = crate::formats::text::forbidden_char(text) {
                let column = self
                    .columns
                    .iter()
                    .find(|c| c.key == *key)
                    .map_or_else(|| (*key).to_owned(), display_name);
                return Err(SheetError::InvisibleCharacter {
                    row: number,
                    column,
                    character,
                });
            }
        }
        self.rows.push(Row {
            number,
            cells: row_cells.into_iter().collect(),
        });
        Ok(())
    }

    fn map_header(&self, cells: &[(usize, String)]) -> Result<Vec<(usize, &'static str)>, SheetError> {
        let mut mapping: Vec<(usize, &'static str)> = Vec::new();
        for (col, text) in cells {
            let wanted = normalize_header(text);
            let Some(column) = self.columns.iter().find(|column| {
                column
                    .headers
                    .iter()
                    .any(|alias| normalize_header(alias) == wanted)
            }) else {
                continue;
            };
            if mapping.iter().any(|&(_, key)| key == column.key) {
                return Err(SheetError::DuplicateColumn(display_name(column)));
            }
            mapping.push((*col, column.key));
        }
        let missing: Vec<String> = self
            .columns
            .iter()
            .filter(|column| column.required && !mapping.iter().any(|&(_, k)| k == column.key))
            .map(display_name)
            .collect();
        if !missing.is_empty() {
            return Err(SheetError::MissingColumns(missing));
        }
        Ok(mapping)
    }

    fn finish(self) -> Result<Table, SheetError> {
        if self.rows.is_empty() {
            return Err(SheetError::Empty);
        }
        Ok(Table { rows: self.rows })
    }
}

fn display_name(column: &Column) -> String {
    column.headers.first().copied().unwrap_or(column.key).to_string()
}

#[cfg(test)]
mod tests;
