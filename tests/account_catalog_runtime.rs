//! The account catalog at run time: the file `model_id!` reads (`BEDROCK_MODEL_ID_CATALOG`)
//! loaded by `AccountCatalog::from_file`, so `parse_model_id` and serde accept every value the
//! macro accepts, and the macro's errors for a missing, malformed or misshapen file.

#[path = "support/toolchain.rs"]
mod toolchain;

use std::fmt::Write as _;
use std::path::Path;

use bedrock_model_id::ModelIdBuf;
use bedrock_model_id_core::{AccountCatalog, Date, Error};

fn set_env(as_of: &str, catalog: &Path) {
    // SAFETY: this binary holds this one test, which changes the environment only between
    // trybuild runs, before it starts their child processes; nothing else runs concurrently.
    unsafe {
        std::env::set_var("BEDROCK_MODEL_ID_AS_OF", as_of);
        std::env::set_var("BEDROCK_MODEL_ID_CATALOG", catalog);
    }
}

/// What makes two `ModelId`s the same value, beyond their text (which `==` compares).
fn parts(id: &ModelIdBuf) -> (&str, bedrock_model_id::catalog::Form, Option<&'static str>) {
    (
        id.as_str(),
        id.form(),
        id.model().map(bedrock_model_id_core::Model::id),
    )
}

/// Every form of each listed ID the checks accept: the ID, its foundation-model ARN, and for
/// IDs only the account knows, an inference profile.
fn inputs(catalog: &AccountCatalog) -> Vec<String> {
    let mut inputs = Vec::new();
    for id in catalog.ids() {
        inputs.push(id.to_owned());
        inputs.push(format!("arn:aws:bedrock:us-east-1::foundation-model/{id}"));
        if matches!(id.parse::<ModelIdBuf>(), Err(Error::Unknown(_))) {
            inputs.push(format!("us.{id}"));
        }
    }
    inputs
}

/// A program that makes each input with `model_id!` and checks it is what `parse_model_id`
/// and the serde seed make at run time, from the same file.
fn round_trip_program(inputs: &[String]) -> String {
    let mut program = String::from(
        "#![allow(deprecated)]\n\
         use bedrock_model_id::{{ModelId, ModelIdBuf, model_id}};\n\
         use bedrock_model_id_core::AccountCatalog;\n\n\
         const IDS: &[(&str, ModelId)] = &[\n",
    );
    for input in inputs {
        writeln!(program, "    ({input:?}, model_id!({input:?})),").unwrap();
    }
    program.push_str(
        "];\n\n\
         fn parts(id: &ModelIdBuf) -> (&str, bedrock_model_id::catalog::Form, Option<&'static str>) {\n\
         \x20   (id.as_str(), id.form(), id.model().map(|m| m.id()))\n\
         }\n\n\
         fn main() {\n\
         \x20   let file = std::env::var_os(\"BEDROCK_MODEL_ID_CATALOG\").unwrap();\n\
         \x20   let catalog = AccountCatalog::from_file(file).unwrap();\n\
         \x20   for (input, made) in IDS {\n\
         \x20       let parsed = catalog.parse_model_id(input).unwrap();\n\
         \x20       assert_eq!(parts(&ModelIdBuf::from(*made)), parts(&parsed), \"{input}\");\n\
         \x20       let json = serde_json::to_string(made).unwrap();\n\
         \x20       let mut de = serde_json::Deserializer::from_str(&json);\n\
         \x20       let back = catalog.deserialize_model_id(&mut de).unwrap();\n\
         \x20       assert_eq!(parts(&ModelIdBuf::from(*made)), parts(&back), \"{input}\");\n\
         \x20   }\n\
         }\n",
    );
    program
}

#[test]
fn account_catalog_at_run_time() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/account_catalog");
    let listing = dir.join("round_trip.json");
    let catalog = AccountCatalog::from_file(&listing).unwrap();
    let today = Date::today_utc();
    let inputs = inputs(&catalog);

    // At run time: each input is accepted, the same as of today and by `FromStr`'s date, and
    // serde gives back an equal value.
    for input in &inputs {
        let id = catalog
            .parse_model_id(input)
            .unwrap_or_else(|e| panic!("{input}: {e}"));
        assert_eq!(id, input.as_str());
        let as_of = catalog.parse_model_id_as_of(input, today, None).unwrap();
        assert_eq!(parts(&id), parts(&as_of));
        let json = serde_json::to_string(&id).unwrap();
        assert_eq!(json, format!("{input:?}"));
        let mut de = serde_json::Deserializer::from_str(&json);
        let back = catalog.deserialize_model_id(&mut de).unwrap();
        assert_eq!(parts(&id), parts(&back));
        // The built-in catalog alone knows the built-in IDs only.
        let built_in = input.parse::<ModelIdBuf>();
        assert_eq!(built_in.is_ok(), id.model().is_some(), "{input}");
    }

    // Through the macro, with the same file and today's date: every input compiles to the
    // value run-time parsing makes.
    let program = Path::new(env!("CARGO_TARGET_TMPDIR")).join("account_catalog_round_trip.rs");
    std::fs::write(&program, round_trip_program(&inputs)).unwrap();
    set_env(&today.to_string(), &listing);
    {
        let t = trybuild::TestCases::new();
        t.pass(&program);
    }

    if !toolchain::SNAPSHOTS_MATCH {
        toolchain::note_skipped("account_catalog_runtime");
        return;
    }
    let as_of = "2026-11-23";
    set_env(as_of, &dir.join("does-not-exist.json"));
    {
        let t = trybuild::TestCases::new();
        t.compile_fail("tests/account_catalog/missing_file/*.rs");
    }
    set_env(as_of, &dir.join("malformed.json"));
    {
        let t = trybuild::TestCases::new();
        t.compile_fail("tests/account_catalog/malformed/*.rs");
    }
    set_env(as_of, &dir.join("uppercase.json"));
    let t = trybuild::TestCases::new();
    t.compile_fail("tests/account_catalog/uppercase/*.rs");
}
