//! The pieces every message is written with: an input echoed safely, and lists in prose.

/// How long an echoed input may be before it is shortened in messages.
const ECHO_LIMIT: usize = 120;

pub(crate) fn echo(input: &str) -> String {
    let escaped = input.escape_debug().to_string();
    match escaped.char_indices().nth(ECHO_LIMIT) {
        Some((cut, _)) => format!("{}…", &escaped[..cut]),
        None => escaped,
    }
}

/// `a`, `b` or `c`, from items already formatted.
pub(crate) fn plain_list(items: &[&str], conjunction: &str) -> String {
    match items {
        [] => String::new(),
        [one] => (*one).to_owned(),
        [rest @ .., last] => format!("{} {conjunction} {last}", rest.join(", ")),
    }
}

/// `` `a`, `b` or `c` ``: each item in backticks.
pub(crate) fn code_list(items: &[&str], conjunction: &str) -> String {
    let quoted: Vec<String> = items.iter().map(|s| format!("`{s}`")).collect();
    let quoted: Vec<&str> = quoted.iter().map(String::as_str).collect();
    plain_list(&quoted, conjunction)
}
