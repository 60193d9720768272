//! Limits checked on a GraphQL request before anything recursive reads it.
//!
//! The GraphQL parser descends once per nested bracket, brace or parenthesis: a few thousand
//! levels of `[[[…` in a 4 KB request used to overflow a worker's stack and kill the process.
//! These scans are linear, allocate nothing, and skip strings and comments, so they run on
//! any input first; only a request that passes them reaches the parser.

/// Deepest nesting of `{`, `[` and `(` accepted in a GraphQL document, and of `{` and `[`
/// in JSON variables. A real query of this API nests less than 30 levels (selection depth is
/// capped at 12 by the schema).
pub const MAX_NESTING: usize = 64;

/// Largest GraphQL request: the JSON body, or the `operations` of a multipart request
/// (file parts have their own limit).
pub const MAX_GRAPHQL_BYTES: usize = 1024 * 1024;

/// The deepest nesting of brackets in GraphQL text, skipping strings, block strings and
/// comments. Stops counting once past `stop_above`. Unbalanced text is fine: a closing
/// bracket never takes the depth below zero.
pub fn graphql_nesting(text: &str, stop_above: usize) -> usize {
    let bytes = text.as_bytes();
    let mut depth = 0usize;
    let mut deepest = 0usize;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'#' => {
                while i < bytes.len() && bytes[i] != b'\n' && bytes[i] != b'\r' {
                    i += 1;
                }
            }
            b'"' if bytes[i..].starts_with(b"\"\"\"") => {
                i += 3;
                loop {
                    if i >= bytes.len() {
                        break;
                    }
                    if bytes[i..].starts_with(b"\\\"\"\"") {
                        i += 4;
                    } else if bytes[i..].starts_with(b"\"\"\"") {
                        i += 2;
                        break;
                    } else {
                        i += 1;
                    }
                }
            }
            b'"' => {
                i += 1;
                while i < bytes.len() {
                    match bytes[i] {
                        b'\\' => i += 1,
                        b'"' | b'\n' | b'\r' => break,
                        _ => {}
                    }
                    i += 1;
                }
            }
            b'{' | b'[' | b'(' => {
                depth += 1;
                if depth > deepest {
                    deepest = depth;
                    if deepest > stop_above {
                        return deepest;
                    }
                }
            }
            b'}' | b']' | b')' => depth = depth.saturating_sub(1),
            _ => {}
        }
        i += 1;
    }
    deepest
}

/// The deepest nesting of objects and arrays in JSON text, skipping strings. Stops counting
/// once past `stop_above`.
pub fn json_nesting(bytes: &[u8], stop_above: usize) -> usize {
    let mut depth = 0usize;
    let mut deepest = 0usize;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'"' => {
                i += 1;
                while i < bytes.len() {
                    match bytes[i] {
                        b'\\' => i += 1,
                        b'"' => break,
                        _ => {}
                    }
                    i += 1;
                }
            }
            b'{' | b'[' => {
                depth += 1;
                if depth > deepest {
                    deepest = depth;
                    if deepest > stop_above {
                        return deepest;
                    }
                }
            }
            b'}' | b']' => depth = depth.saturating_sub(1),
            _ => {}
        }
        i += 1;
    }
    deepest
}

/// Why a JSON body is refused before it is deserialized: too deep. (serde_json refuses
/// more than 128 levels by itself; this keeps one limit and one message for every path.)
/// The body's own object adds one level.
pub fn check_json_body(bytes: &[u8]) -> Result<(), String> {
    if json_nesting(bytes, MAX_NESTING + 1) > MAX_NESTING + 1 {
        return Err(too_deep());
    }
    Ok(())
}

/// Why a parsed request is refused before its document is parsed: the document or the
/// variables nest too deeply, or (for multipart `operations`) the whole is too large.
pub fn check_request(request: &async_graphql::Request) -> Result<(), Refusal> {
    let deep = || Refusal {
        too_large: false,
        message: too_deep(),
    };
    if graphql_nesting(&request.query, MAX_NESTING) > MAX_NESTING {
        return Err(deep());
    }
    // Serialising is bounded: serde_json refused anything over 128 levels when reading.
    let variables = serde_json::to_vec(&request.variables).map_err(|_| deep())?;
    if json_nesting(&variables, MAX_NESTING) > MAX_NESTING {
        return Err(deep());
    }
    let extensions = serde_json::to_vec(&request.extensions).map_err(|_| deep())?;
    if json_nesting(&extensions, MAX_NESTING) > MAX_NESTING {
        return Err(deep());
    }
    let size = request.query.len()
        + request.operation_name.as_ref().map_or(0, String::len)
        + variables.len()
        + extensions.len();
    if size > MAX_GRAPHQL_BYTES {
        return Err(Refusal {
            too_large: true,
            message: format!(
                "GraphQL 请求过大：查询与变量合计不得超过 {} MB（上传的文件另计）",
                MAX_GRAPHQL_BYTES / (1024 * 1024)
            ),
        });
    }
    Ok(())
}

/// A request refused by [`check_request`]: too large (413) or too deep (400).
#[derive(Debug)]
pub struct Refusal {
    pub too_large: bool,
    pub message: String,
}

fn too_deep() -> String {
    format!("请求嵌套过深：括号嵌套不得超过 {MAX_NESTING} 层，请简化查询或变量")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_brackets_outside_strings_and_comments() {
        assert_eq!(graphql_nesting("{ a(x: [[1]]) { b } }", 100), 4);
        assert_eq!(graphql_nesting("{ a(x: \"[[[[\\\"[[\") }", 100), 2);
        assert_eq!(graphql_nesting("{ a(x: \"\"\"[[[\\\"\"\"[[\"\"\") }", 100), 2);
        assert_eq!(graphql_nesting("# [[[[[\n{ a }", 100), 1);
        assert_eq!(graphql_nesting("]]]]{", 100), 1);
        assert_eq!(graphql_nesting(&"[".repeat(10_000), 64), 65);
        assert_eq!(json_nesting(b"{\"a\": [\"]]]{{{\\\"\", {}]}", 100), 3);
        assert_eq!(json_nesting(&[b'['; 5000], 64), 65);
    }
}
