//! `AccountCatalog` through the public API: loading the file `model_id!` reads, and parsing
//! and deserializing IDs with it.
#![cfg(feature = "aws-json")]

use std::path::Path;

use bedrock_model_id_core::{AccountCatalog, CATALOG_VAR, Date, Error, ModelIdBuf};

fn fixture() -> AccountCatalog {
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/account_catalog/round_trip.json");
    AccountCatalog::from_file(path).unwrap()
}

#[test]
fn the_fixture_loads_and_its_ids_parse() {
    let catalog = fixture();
    assert_eq!(catalog.len(), 5);
    let day = Date::today_utc();
    for id in catalog.ids() {
        let parsed = catalog.parse_model_id(id).unwrap();
        assert_eq!(parsed, id);
        assert_eq!(catalog.parse_model_id_as_of(id, day, None).unwrap(), parsed);
        let built_in = id.parse::<ModelIdBuf>();
        match built_in {
            Ok(built_in) => assert_eq!(built_in.model(), parsed.model()),
            Err(Error::Unknown(_)) => assert!(parsed.model().is_none()),
            Err(other) => panic!("{id}: {other}"),
        }
    }
}

#[test]
fn errors_name_the_file() {
    let missing = Path::new("/nonexistent/listing.json");
    let error = AccountCatalog::from_file(missing).unwrap_err();
    assert_eq!(error.path(), Some(missing));
    assert!(
        error
            .to_string()
            .contains("cannot read `/nonexistent/listing.json`")
    );
    assert_eq!(CATALOG_VAR, "BEDROCK_MODEL_ID_CATALOG");
}

#[cfg(feature = "serde")]
#[test]
fn serde_round_trips_every_listed_id() {
    use serde::de::DeserializeSeed;
    let catalog = fixture();
    for id in catalog.ids() {
        let parsed = catalog.parse_model_id(id).unwrap();
        let json = serde_json::to_string(&parsed).unwrap();
        let mut de = serde_json::Deserializer::from_str(&json);
        let back = catalog.model_id_seed().deserialize(&mut de).unwrap();
        assert_eq!(
            (back.as_str(), back.form(), back.model()),
            (parsed.as_str(), parsed.form(), parsed.model())
        );
        // A config file: a list of IDs, each through the seed.
        let list = format!("[{json}, {json}]");
        let values: Vec<serde_json::Value> = serde_json::from_str(&list).unwrap();
        for value in values {
            assert_eq!(catalog.deserialize_model_id(value).unwrap(), parsed);
        }
    }
}
