//! Response compression, negotiated from `Accept-Encoding`: the pages' files come with the
//! Brotli and gzip twins the build writes (`web/dist/**/*.br`, `*.gz`), GraphQL answers are
//! gzipped here (an 80-question paper: 27 KB as JSON, a few KB on the wire of a rural 3G
//! phone). Only responses: a compressed request body is never inflated, so the body limits
//! hold for what is read.

use std::io::Write;

use flate2::Compression;
use flate2::write::GzEncoder;
use poem::http::{HeaderMap, header};

/// Below this a response is sent as it is: the gzip frame would eat the gain.
pub const MIN_BYTES: usize = 1024;

/// Fast and still a fifth of JSON's size; the higher levels cost CPU for a few more percent.
const GZIP_LEVEL: u32 = 4;

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

/// `body` gzipped when the request takes gzip and the body is worth it, else `None`.
pub fn gzip_for(headers: &HeaderMap, body: &[u8]) -> Option<Vec<u8>> {
    if body.len() < MIN_BYTES || !accepted(headers).gzip {
        return None;
    }
    let mut encoder = GzEncoder::new(Vec::with_capacity(body.len() / 4), Compression::new(GZIP_LEVEL));
    encoder.write_all(body).ok()?;
    encoder.finish().ok()
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
