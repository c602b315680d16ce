// Any warning fails the case: pass cases must compile cleanly.
#![deny(warnings)]

use bedrock_model_id::model_id;

// The macro judges a literal by its value, not by how it is spelled.
fn main() {
    let raw = model_id!(r"amazon.titan-embed-text-v2:0");
    let hashed = model_id!(r#"amazon.titan-embed-text-v2:0"#);
    let escaped = model_id!("\x61mazon.titan-embed-text-v2:0");
    let unicode = model_id!("\u{61}mazon.titan-embed-text-v2:0");
    for id in [raw, hashed, escaped, unicode] {
        assert_eq!(id.as_str(), "amazon.titan-embed-text-v2:0");
        assert!(id.model().is_some());
    }
}
