use bedrock_model_id::model_id;

fn main() {
    // The first letter is U+0430 CYRILLIC SMALL LETTER A.
    let _ = model_id!("аmazon.titan-embed-text-v2:0");
}
