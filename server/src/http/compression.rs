//! Response compression, negotiated from `Accept-Encoding`: the pages' files come with the
//! Brotli and gzip twins the build writes (`web/dist/**/*.br`, `*.gz`), GraphQL answers are
//! compressed here, Brotli when the request takes it, else gzip (an 80-question paper: 27 KB
//! as JSON, under 3 KB on the wire of a rural 3G phone). Only responses: a compressed request
//! body is never inflated, so the body limits hold for what is read.

use std::io::Write;

use flate2::Compression;
use flate2::write::GzEncoder;
use poem::http::{HeaderMap, header};

/// Below this a response is sent as it is: the gzip frame would eat the gain.
pub const MIN_BYTES: usize = 1024;

/// Fast and still a fifth of JSON's size; the higher levels cost CPU for a few more percent.
const GZIP_LEVEL: u32 = 4;

/// Brotli's quality 5 costs about what gzip's level 4 does and sends a tenth to a fifth less
/// (its 11, what the build uses for the files, is far too slow for answers made per request).
const BROTLI_QUALITY: u32 = 5;

/// Brotli's window, 2^20 bytes: past the largest answer, and small enough for a phone's memory.
const BROTLI_WINDOW: u32 = 20;

/// The content codings a request takes (`q=0` refuses one; `*` stands for any not named).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Accepted {
    pub brotli: bool,
    pub gzip: bool,
}

pub fn accepted(headers: &HeaderMap) -> Accepted {
    let (mut brotli, mut gzip, mut star) = (None, None, None);
    for value in headers
        .get_all(header::ACCEPT_ENCODING)
        .iter()
        .filter_map(|v| v.to_str().ok())
    {
        for item in value.split(',') {
            let mut parts = item.split(';');
            let coding = parts.next().unwrap_or("").trim().to_ascii_lowercase();
            let wanted = parts
                .filter_map(|p| p.trim().strip_prefix("q="))
                .filter_map(|q| q.trim().parse::<f32>().ok())
                .next_back()
                .is_none_or(|q| q > 0.0);
            match coding.as_str() {
                "br" => brotli = Some(wanted),
                "gzip" | "x-gzip" => gzip = Some(wanted),
                "*" => star = Some(wanted),
                _ => {}
            }
        }
    }
    let star = star.unwrap_or(false);
    Accepted {
        brotli: brotli.unwrap_or(star),
        gzip: gzip.unwrap_or(star),
    }
}

/// `body` compressed as the request takes it and the body is worth it: Brotli when the
/// request takes it, else gzip, with the `Content-Encoding` it gets; `None` sends it as it is.
/// Weights only refuse a coding (`q=0`, as in `accepted`): a request that takes both gets
/// Brotli, the smaller (no browser weighs gzip above it).
pub fn compress_for(headers: &HeaderMap, body: &[u8]) -> Option<(&'static str, Vec<u8>)> {
    if body.len() < MIN_BYTES {
        return None;
    }
    let taken = accepted(headers);
    if taken.brotli {
        return brotli(body).map(|bytes| ("br", bytes));
    }
    if taken.gzip {
        return gzip(body).map(|bytes| ("gzip", bytes));
    }
    None
}

fn gzip(body: &[u8]) -> Option<Vec<u8>> {
    let mut encoder = GzEncoder::new(Vec::with_capacity(body.len() / 4), Compression::new(GZIP_LEVEL));
    encoder.write_all(body).ok()?;
    encoder.finish().ok()
}

fn brotli(body: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(body.len() / 5);
    let params = brotli::enc::BrotliEncoderParams {
        quality: BROTLI_QUALITY as i32,
        lgwin: BROTLI_WINDOW as i32,
        size_hint: body.len(),
        ..Default::default()
    };
    brotli::BrotliCompress(&mut &body[..], &mut out, &params).ok()?;
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::accepted;
    use poem::http::{HeaderMap, HeaderValue, header};

    /// (Brotli, gzip) as a request with this `Accept-Encoding` takes them.
    fn of(value: &str) -> (bool, bool) {
        let mut headers = HeaderMap::new();
        if let Ok(value) = HeaderValue::from_str(value) {
            headers.insert(header::ACCEPT_ENCODING, value);
        }
        let taken = accepted(&headers);
        (taken.brotli, taken.gzip)
    }

    #[test]
    fn codings_are_read_with_their_weights() {
        assert_eq!(of("gzip, deflate, br, zstd"), (true, true));
        assert_eq!(of("gzip"), (false, true));
        assert_eq!(of("br;q=1.0, gzip;q=0"), (true, false));
        assert_eq!(of("*"), (true, true));
        assert_eq!(of("*;q=0, gzip"), (false, true));
        assert_eq!(of("identity"), (false, false));
        assert_eq!(of(""), (false, false));
    }
}

#[cfg(test)]
mod round_trip {
    use super::{MIN_BYTES, compress_for};
    use poem::http::{HeaderMap, HeaderValue, header};
    use std::io::Read;

    fn asking(value: &str) -> HeaderMap {
        let mut headers = HeaderMap::new();
        headers.insert(header::ACCEPT_ENCODING, HeaderValue::from_str(value).unwrap());
        headers
    }

    #[test]
    fn brotli_first_then_gzip_and_both_decode_to_the_body() {
        let body: Vec<u8> = (0..400)
            .flat_map(|i| format!(r#"{{"id":"q{i}","stem":"第{i}题","options":["A","B"]}},"#).into_bytes())
            .collect();
        let (coding, bytes) = compress_for(&asking("gzip, deflate, br"), &body).unwrap();
        assert_eq!(coding, "br");
        let mut decoded = Vec::new();
        brotli::Decompressor::new(&bytes[..], 4096)
            .read_to_end(&mut decoded)
            .unwrap();
        assert_eq!(decoded, body);

        let (coding, bytes) = compress_for(&asking("gzip, br;q=0"), &body).unwrap();
        assert_eq!(coding, "gzip");
        let mut decoded = Vec::new();
        flate2::read::GzDecoder::new(&bytes[..])
            .read_to_end(&mut decoded)
            .unwrap();
        assert_eq!(decoded, body);

        assert!(compress_for(&asking("identity"), &body).is_none());
        assert!(compress_for(&asking("br"), &body[..MIN_BYTES - 1]).is_none());
    }
}
