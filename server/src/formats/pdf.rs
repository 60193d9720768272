//! Certificates of passing (成绩证明) as PDF, one A4 page each, drawn with krilla.
//!
//! The text is set in the embedded Noto Sans SC subset (GB2312, see `server/fonts/README.md`);
//! krilla embeds only the glyphs a document uses. A character outside the subset (a rare
//! character in a name) is drawn from a full CJK font when one is found
//! (`XUEFA_CERTIFICATE_FONT=path[#face]`, else Debian's Noto Sans CJK if installed), else
//! printed as its code point, `[U+4DAE]`, so a certificate never shows a blank or a wrong
//! character.

use std::sync::LazyLock;

use krilla::Document;
use krilla::color::rgb;
use krilla::geom::{PathBuilder, Point, Rect};
use krilla::page::PageSettings;
use krilla::paint::{Fill, Stroke};
use krilla::surface::Surface;
use krilla::text::{Font, TextDirection};
use qrcode::{Color, QrCode};
use skrifa::MetadataProvider;
use skrifa::instance::{LocationRef, Size};

use crate::error::{AppError, AppResult};

static EMBEDDED: &[u8] = include_bytes!("../../fonts/NotoSansSC-GB2312.otf");

/// Debian's full font (fonts-noto-cjk); face 2 is Simplified Chinese.
const SYSTEM_FALLBACK: &str = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc#2";

/// What one certificate says.
#[derive(Clone, Debug)]
pub struct CertificateText {
    pub name: String,
    pub unit_name: String,
    pub campaign_title: String,
    pub year: i32,
    pub score: i32,
    /// `2026-09-28`
    pub passed_on: chrono::NaiveDate,
    /// The code as printed: `ABCDE-FGHIJ-KLMNO-PQRST`.
    pub code: String,
    /// The verification page's address, also in the QR code.
    pub verify_url: String,
}

struct Face {
    font: Font,
    data: &'static [u8],
    index: u32,
}

impl Face {
    fn load(data: &'static [u8], index: u32) -> Option<Face> {
        // Refuse a file skrifa cannot read before krilla holds it.
        skrifa::FontRef::from_index(data, index).ok()?;
        let font = Font::new(krilla::Data::from(data), index)?;
        Some(Face { font, data, index })
    }

    fn font_ref(&self) -> Option<skrifa::FontRef<'static>> {
        skrifa::FontRef::from_index(self.data, self.index).ok()
    }

    fn covers(&self, ch: char) -> bool {
        self.font_ref().and_then(|f| f.charmap().map(ch)).is_some()
    }

    /// Advance width of `text` at `size` points (characters without a glyph count one em).
    fn width(&self, text: &str, size: f32) -> f32 {
        let Some(font) = self.font_ref() else {
            return text.chars().count() as f32 * size;
        };
        let charmap = font.charmap();
        let metrics = font.glyph_metrics(Size::new(size), LocationRef::default());
        text.chars()
            .map(|c| {
                charmap
                    .map(c)
                    .and_then(|g| metrics.advance_width(g))
                    .unwrap_or(size)
            })
            .sum()
    }
}

struct Fonts {
    primary: Face,
    fallback: Option<Face>,
}

static FONTS: LazyLock<Option<Fonts>> = LazyLock::new(|| {
    let primary = Face::load(EMBEDDED, 0)?;
    let spec = std::env::var("XUEFA_CERTIFICATE_FONT").unwrap_or_else(|_| SYSTEM_FALLBACK.to_owned());
    let (path, index) = match spec.rsplit_once('#') {
        Some((p, i)) => (p.to_owned(), i.parse().unwrap_or(0)),
        None => (spec.clone(), 0),
    };
    let fallback = std::fs::read(&path).ok().and_then(|bytes| {
        // Read once for the life of the process.
        let data: &'static [u8] = Box::leak(bytes.into_boxed_slice());
        Face::load(data, index)
    });
    if fallback.is_none() {
        tracing::info!(
            path,
            "no fallback font for certificates: characters outside GB2312 print as code points"
        );
    }
    Some(Fonts { primary, fallback })
});

fn fonts() -> AppResult<&'static Fonts> {
    FONTS
        .as_ref()
        .ok_or_else(|| AppError::internal("the embedded certificate font cannot be read"))
}

/// How a text is split between the fonts: runs of (face, text).
fn runs<'a>(fonts: &'a Fonts, text: &str) -> Vec<(&'a Face, String)> {
    let mut out: Vec<(&Face, String)> = Vec::new();
    for ch in text.chars() {
        let (face, piece) = if fonts.primary.covers(ch) {
            (&fonts.primary, ch.to_string())
        } else if let Some(fb) = fonts.fallback.as_ref().filter(|f| f.covers(ch)) {
            (fb, ch.to_string())
        } else {
            (&fonts.primary, format!("[U+{:04X}]", ch as u32))
        };
        match out.last_mut() {
            Some((last, s)) if std::ptr::eq(*last, face) => s.push_str(&piece),
            _ => out.push((face, piece)),
        }
    }
    out
}

/// The characters of `text` that no font at hand can draw (printed as code points).
pub fn undrawable(text: &str) -> AppResult<Vec<char>> {
    let fonts = fonts()?;
    Ok(text
        .chars()
        .filter(|&c| !fonts.primary.covers(c) && !fonts.fallback.as_ref().is_some_and(|f| f.covers(c)))
        .collect())
}

/// Whether a full fallback font was found for characters outside the embedded subset.
pub fn has_fallback_font() -> bool {
    FONTS.as_ref().is_some_and(|f| f.fallback.is_some())
}

enum Align {
    Left,
    Center,
}

fn text_width(fonts: &Fonts, text: &str, size: f32) -> f32 {
    runs(fonts, text).iter().map(|(f, s)| f.width(s, size)).sum()
}

/// Draws one line of text with its baseline at `y`.
fn line(surface: &mut Surface<'_>, fonts: &Fonts, x: f32, y: f32, size: f32, text: &str, align: Align) {
    let mut x = match align {
        Align::Left => x,
        Align::Center => x - text_width(fonts, text, size) / 2.0,
    };
    for (face, piece) in runs(fonts, text) {
        surface.draw_text(
            Point::from_xy(x, y),
            face.font.clone(),
            size,
            &piece,
            false,
            TextDirection::Auto,
        );
        x += face.width(&piece, size);
    }
}

fn color(r: u8, g: u8, b: u8) -> krilla::paint::Paint {
    rgb::Color::new(r, g, b).into()
}

fn rect(surface: &mut Surface<'_>, x: f32, y: f32, w: f32, h: f32) {
    let mut pb = PathBuilder::new();
    if let Some(r) = Rect::from_xywh(x, y, w, h) {
        pb.push_rect(r);
    }
    if let Some(path) = pb.finish() {
        surface.draw_path(&path);
    }
}

/// The QR code of `data`, `side` points wide, top left at (x, y).
fn qr(surface: &mut Surface<'_>, data: &str, x: f32, y: f32, side: f32) -> AppResult<()> {
    let code = QrCode::new(data.as_bytes()).map_err(|e| AppError::internal(format!("qr: {e}")))?;
    let width = code.width();
    let colors = code.to_colors();
    // A quiet zone of 4 modules each side.
    let module = side / (width as f32 + 8.0);
    surface.set_stroke(None);
    surface.set_fill(Some(Fill {
        paint: color(0, 0, 0),
        ..Fill::default()
    }));
    let mut pb = PathBuilder::new();
    for (i, c) in colors.iter().enumerate() {
        if *c == Color::Dark {
            let (col, row) = ((i % width) as f32, (i / width) as f32);
            if let Some(r) =
                Rect::from_xywh(x + (col + 4.0) * module, y + (row + 4.0) * module, module, module)
            {
                pb.push_rect(r);
            }
        }
    }
    if let Some(path) = pb.finish() {
        surface.draw_path(&path);
    }
    Ok(())
}

fn page(surface: &mut Surface<'_>, fonts: &Fonts, c: &CertificateText) -> AppResult<()> {
    const W: f32 = 595.28;
    const H: f32 = 841.89;
    let ink = color(32, 32, 32);
    let red = color(176, 30, 35);

    // Border: a red frame and a thin inner line.
    surface.set_fill(None);
    surface.set_stroke(Some(Stroke {
        paint: red.clone(),
        width: 4.0,
        ..Stroke::default()
    }));
    rect(surface, 36.0, 36.0, W - 72.0, H - 72.0);
    surface.set_stroke(Some(Stroke {
        paint: red.clone(),
        width: 0.8,
        ..Stroke::default()
    }));
    rect(surface, 46.0, 46.0, W - 92.0, H - 92.0);
    surface.set_stroke(None);

    surface.set_fill(Some(Fill {
        paint: red,
        ..Fill::default()
    }));
    line(
        surface,
        fonts,
        W / 2.0,
        150.0,
        32.0,
        "学法考法成绩证明",
        Align::Center,
    );
    surface.set_fill(Some(Fill {
        paint: ink.clone(),
        ..Fill::default()
    }));
    line(
        surface,
        fonts,
        W / 2.0,
        185.0,
        13.0,
        &c.campaign_title,
        Align::Center,
    );

    let rows = [
        ("姓　　名", c.name.clone()),
        ("工作单位", c.unit_name.clone()),
        ("年　　度", format!("{} 年度", c.year)),
        ("考试成绩", format!("{} 分（合格）", c.score)),
        ("考试日期", c.passed_on.format("%Y 年 %-m 月 %-d 日").to_string()),
    ];
    let mut y = 270.0;
    for (label, value) in rows {
        line(surface, fonts, 100.0, y, 16.0, &format!("{label}："), Align::Left);
        line(surface, fonts, 200.0, y, 16.0, &value, Align::Left);
        y += 40.0;
    }
    line(
        surface,
        fonts,
        100.0,
        y + 30.0,
        14.0,
        &format!(
            "兹证明该同志参加 {} 年度国家工作人员学法考法考试，成绩合格。",
            c.year
        ),
        Align::Left,
    );

    // Verification: the QR code and the code.
    let qr_side = 130.0;
    let qr_x = W - 100.0 - qr_side;
    let qr_y = H - 110.0 - qr_side;
    qr(surface, &c.verify_url, qr_x, qr_y, qr_side)?;
    surface.set_fill(Some(Fill {
        paint: ink,
        ..Fill::default()
    }));
    line(surface, fonts, 100.0, qr_y + 40.0, 12.0, "验证码：", Align::Left);
    line(surface, fonts, 100.0, qr_y + 62.0, 15.0, &c.code, Align::Left);
    line(
        surface,
        fonts,
        100.0,
        qr_y + 90.0,
        10.0,
        "扫描右侧二维码或打开以下网址查验真伪：",
        Align::Left,
    );
    line(
        surface,
        fonts,
        100.0,
        qr_y + 106.0,
        8.0,
        &c.verify_url,
        Align::Left,
    );
    Ok(())
}

/// One PDF with a page per certificate.
pub fn certificates(list: &[CertificateText]) -> AppResult<Vec<u8>> {
    let fonts = fonts()?;
    let mut document = Document::new();
    for c in list {
        let settings =
            PageSettings::from_wh(595.28, 841.89).ok_or_else(|| AppError::internal("pdf: page size"))?;
        let mut p = document.start_page_with(settings);
        let mut surface = p.surface();
        page(&mut surface, fonts, c)?;
        surface.finish();
        p.finish();
    }
    document
        .finish()
        .map_err(|e| AppError::internal(format!("pdf: {e:?}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample(name: &str) -> CertificateText {
        CertificateText {
            name: name.to_owned(),
            unit_name: "蒸湘区司法局".into(),
            campaign_title: "2026年度国家工作人员学法考法".into(),
            year: 2026,
            score: 86,
            passed_on: chrono::NaiveDate::from_ymd_opt(2026, 9, 28).unwrap_or_default(),
            code: "ABCDE-FGHIJ-KLMNO-PQRST".into(),
            verify_url: "http://127.0.0.1:8000/verify/ABCDEFGHIJKLMNOPQRST".into(),
        }
    }

    #[test]
    fn a_certificate_is_a_small_pdf_with_a_subset_font() {
        let pdf = certificates(&[sample("张三明"), sample("李四")]).expect("pdf");
        assert!(pdf.starts_with(b"%PDF-"));
        // Far less than the 1.5 MB font: only the glyphs used are embedded.
        assert!(pdf.len() < 400_000, "{} bytes", pdf.len());
    }

    #[test]
    fn gb2312_characters_come_from_the_embedded_font() {
        let fonts = fonts().expect("fonts");
        for ch in "张王李赵刘陈杨黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤".chars() {
            assert!(fonts.primary.covers(ch), "{ch}");
        }
    }

    #[test]
    fn a_rare_character_falls_back_or_prints_its_code_point() {
        let fonts = fonts().expect("fonts");
        let rare = '\u{4DAE}'; // 䶮, CJK Extension A: not in GB2312
        assert!(!fonts.primary.covers(rare));
        let split = runs(fonts, "王䶮");
        if has_fallback_font() {
            assert_eq!(split.len(), 2);
            assert_eq!(split[1].1, "䶮");
            assert!(undrawable("王䶮").expect("fonts").is_empty());
        } else {
            assert_eq!(split.len(), 1);
            assert_eq!(split[0].1, "王[U+4DAE]");
            assert_eq!(undrawable("王䶮").expect("fonts"), vec![rare]);
        }
        assert!(
            certificates(&[sample("王䶮")])
                .expect("pdf")
                .starts_with(b"%PDF-")
        );
    }
}
