#![deny(deprecated)]

use bedrock_model_id::model_id;

// A model launched after the catalog's data date: accepted with a warning that gives the date
// (denied here to show it; `#![deny(deprecated)]` is how a project forbids the escape).
fn main() {
    let _ = model_id!("acme.launched-today-v1:0", allow_unknown);
}
