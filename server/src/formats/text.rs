//! Text accepted at the edge. Every string a request carries (variables, literals in the
//! document, directive arguments, defaults) is checked once, after parsing and before any
//! resolver runs, so the rule is the same for every field and on both back ends: no NUL or
//! other control characters (PostgreSQL refused NUL with an internal error, SQLite stored
//! it), no bidirectional overrides (a name shown right to left), no zero-width characters
//! (two names that look the same). Tab, line feed and carriage return stay allowed.
//!
//! Spreadsheet imports read their cells through [`forbidden_char`] as well.

use async_graphql::parser::Positioned;
use async_graphql::parser::types::{ExecutableDocument, Selection, SelectionSet};
use async_graphql::{ErrorExtensionValues, Name, ServerError, ServerResult, Variables};
use async_graphql_value::{ConstValue, Value};

use crate::error::Code;

/// The first character of `s` that text may not hold, if any.
pub fn forbidden_char(s: &str) -> Option<char> {
    s.chars().find(|&c| is_forbidden(c))
}

fn is_forbidden(c: char) -> bool {
    matches!(c,
        '\u{0}'..='\u{8}' | '\u{b}' | '\u{c}' | '\u{e}'..='\u{1f}' | '\u{7f}'
        // Bidirectional marks, embeddings, overrides and isolates.
        | '\u{61c}' | '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'
        // Zero-width space, non-joiner, joiner; word joiner; byte-order mark.
        | '\u{200b}'..='\u{200d}' | '\u{2060}' | '\u{feff}')
}

/// The user-facing description of a refused character, by its code point only (the input
/// itself is never echoed).
pub fn refusal_message(field: &str, c: char) -> String {
    let kind = match c {
        '\u{0}'..='\u{1f}' | '\u{7f}' => "控制字符",
        '\u{200b}'..='\u{200d}' | '\u{2060}' | '\u{feff}' => "零宽字符",
        _ => "文字方向控制字符",
    };
    format!(
        "“{field}”中含有不可见的{kind}（U+{:04X}），请删除后重新输入（常见于从网页或文档复制的文字）",
        c as u32
    )
}

/// Checks every string a parsed request carries: its variables, and the literals, directive
/// arguments and defaults of its document. Called by the HTTP handler (`app.rs`) before the
/// engine runs, not as a schema extension: any extension makes async-graphql take its slow
/// path for every field it resolves (a boxed future per field through the extension chain),
/// which cost an exam paper of 80 questions thousands of allocations (issue 16).
pub fn check_request(document: &ExecutableDocument, variables: &Variables) -> ServerResult<()> {
    for (name, value) in variables.iter() {
        check_const(name.as_str(), value)?;
    }
    for (_, operation) in document.operations.iter() {
        for definition in &operation.node.variable_definitions {
            if let Some(default) = &definition.node.default_value {
                check_const(definition.node.name.node.as_str(), &default.node)?;
            }
        }
        check_selection_set(&operation.node.selection_set.node)?;
    }
    for fragment in document.fragments.values() {
        check_selection_set(&fragment.node.selection_set.node)?;
    }
    Ok(())
}

fn refuse(field: &str, c: char) -> ServerError {
    let mut error = ServerError::new(refusal_message(field, c), None);
    let mut extensions = ErrorExtensionValues::default();
    extensions.set("code", Code::BadUserInput.as_str());
    error.extensions = Some(extensions);
    error
}

fn check_str(field: &str, s: &str) -> ServerResult<()> {
    match forbidden_char(s) {
        Some(c) => Err(refuse(field, c)),
        None => Ok(()),
    }
}

/// Variables and defaults. Their depth is bounded by `limits::MAX_NESTING`, checked before.
fn check_const(field: &str, value: &ConstValue) -> ServerResult<()> {
    match value {
        ConstValue::String(s) => check_str(field, s),
        ConstValue::List(items) => items.iter().try_for_each(|v| check_const(field, v)),
        ConstValue::Object(fields) => fields.iter().try_for_each(|(name, v)| {
            check_str(field, name.as_str())?;
            check_const(name.as_str(), v)
        }),
        _ => Ok(()),
    }
}

fn check_value(field: &str, value: &Value) -> ServerResult<()> {
    match value {
        Value::String(s) => check_str(field, s),
        Value::List(items) => items.iter().try_for_each(|v| check_value(field, v)),
        Value::Object(fields) => fields
            .iter()
            .try_for_each(|(name, v)| check_value(name.as_str(), v)),
        _ => Ok(()),
    }
}

fn check_arguments(arguments: &[(Positioned<Name>, Positioned<Value>)]) -> ServerResult<()> {
    arguments
        .iter()
        .try_for_each(|(name, value)| check_value(name.node.as_str(), &value.node))
}

fn check_selection_set(set: &SelectionSet) -> ServerResult<()> {
    for item in &set.items {
        match &item.node {
            Selection::Field(field) => {
                check_arguments(&field.node.arguments)?;
                for directive in &field.node.directives {
                    check_arguments(&directive.node.arguments)?;
                }
                check_selection_set(&field.node.selection_set.node)?;
            }
            Selection::InlineFragment(fragment) => {
                for directive in &fragment.node.directives {
                    check_arguments(&directive.node.arguments)?;
                }
                check_selection_set(&fragment.node.selection_set.node)?;
            }
            Selection::FragmentSpread(spread) => {
                for directive in &spread.node.directives {
                    check_arguments(&directive.node.arguments)?;
                }
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::forbidden_char;

    #[test]
    fn refuses_invisible_and_control_characters_only() {
        for bad in [
            "a\u{0}b",
            "\u{202e}abc",
            "张\u{200b}三",
            "x\u{feff}",
            "\u{2066}y",
            "\u{1b}[31m",
        ] {
            assert!(forbidden_char(bad).is_some(), "{bad:?}");
        }
        for good in ["张三", "Zhāng Sān", "第一行\n第二行\t缩进", "O'Brien-Smith", "😀"] {
            assert_eq!(forbidden_char(good), None, "{good:?}");
        }
    }
}
