// Any warning fails the case: pass cases must compile cleanly.
#![deny(warnings)]

use bedrock_model_id::{ModelId, model_id};

// A literal passed through `macro_rules!` fragments arrives in an invisible group.
macro_rules! from_literal {
    ($id:literal) => {
        model_id!($id)
    };
}

macro_rules! from_expr {
    ($id:expr) => {
        model_id!($id)
    };
}

const A: ModelId = from_literal!("meta.llama3-70b-instruct-v1:0");
const B: ModelId = from_expr!("meta.llama3-70b-instruct-v1:0");

fn main() {
    assert_eq!(A, B);
}
