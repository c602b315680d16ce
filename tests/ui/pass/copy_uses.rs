// Every use a `Cow`-holding `ModelId` refused (E0716, E0015/E0493, E0507), now compiling: a
// `&str` borrowed from a constant for an SDK call, `const` items computed from a constant, a
// `match` in a `const`, a `static` passed by value, and a constant's text as a `match` pattern.
use bedrock_model_id::catalog::Form;
use bedrock_model_id::{ModelId, model_id, model_id_str};

const HAIKU: ModelId = model_id!("us.anthropic.claude-haiku-4-5-20251001-v1:0");
static NOVA: ModelId = model_id!("amazon.nova-pro-v1:0");

// `const S: &str = HAIKU.as_str();` was E0015/E0493.
const HAIKU_TEXT: &str = HAIKU.as_str();
// `match HAIKU.form() {..}` in a `const` was refused.
const IS_PROFILE: bool = match HAIKU.form() {
    Form::InferenceProfile => true,
    _ => false,
};
const PROVIDER: &str = match HAIKU.model() {
    Some(model) => model.provider(),
    None => "unknown",
};

/// Stands in for the AWS SDK's `client.converse().model_id(s)`.
fn model_id_param(s: &str) -> usize {
    s.len()
}

fn by_value(id: ModelId) -> &'static str {
    id.as_str()
}

fn family(id: &str) -> &'static str {
    match id {
        // A `const &str` from a constant is a pattern, and so is `model_id_str!`.
        HAIKU_TEXT => "haiku",
        model_id_str!("amazon.nova-pro-v1:0") => "nova",
        _ => "other",
    }
}

fn main() {
    // `let s: &str = HAIKU.as_str();` was E0716: the temporary was dropped while borrowed.
    let s: &str = HAIKU.as_str();
    assert_eq!(model_id_param(s), 43);
    // A `static` passed by value was E0507.
    assert_eq!(by_value(NOVA), "amazon.nova-pro-v1:0");
    let copy = NOVA;
    assert_eq!(copy, NOVA);
    assert!(IS_PROFILE);
    assert_eq!(PROVIDER, "Anthropic");
    assert_eq!(family(HAIKU.as_str()), "haiku");
    assert_eq!(family(NOVA.as_str()), "nova");
}
