//! Properties of the parser, the verdict and `ModelId`, on arbitrary and catalog-derived input.
//!
//! - No input makes `judge`, `ModelIdBuf::parse_as_of` or `str::parse::<ModelIdBuf>` panic, and every
//!   rejection explains itself: a non-empty message that echoes the input (or the model ID
//!   inside it) or says what is accepted. (`parse::parse` is private; `judge` runs it first.)
//! - Every catalog ID round-trips through `ModelId`, bare and inside a foundation-model ARN of
//!   every commercial region.
//! - One edit away from a catalog ID is an unknown ID whose suggestions include that catalog ID.
//!
//! The catalog is finite, so the round trips are checked exhaustively; random dates and edits
//! are left to proptest, with a deterministic sample of single edits beside it.

use std::collections::HashMap;
use std::sync::LazyLock;

use bedrock_model_id_core::{
    Date, Error, Form, MAX_LEN, Malformation, Model, ModelIdBuf, Partition, ProvisionedVariant,
    Region, Unreachable, catalog, judge,
};
use proptest::prelude::*;
use proptest::sample::{Index, select};

/// A day before every lifecycle event in the catalog, so every ID is Active on it.
const BEFORE_LIFECYCLE: Date = match Date::new(2023, 1, 1) {
    Some(date) => date,
    None => panic!("2023-01-01 is a date"),
};

/// How many suggestions an unknown ID gets at most.
const SUGGESTIONS: usize = 3;

/// Characters edits insert or substitute: what catalog IDs are made of, uppercase letters,
/// characters IDs never hold, and non-ASCII look-alikes (Cyrillic `а`, en dash, fullwidth
/// colon, soft hyphen) and non-look-alikes.
const EDIT_CHARS: &str =
    "abcdefghijklmnopqrstuvwxyz0123456789.:-/_ ABCXYZ\u{430}\u{2013}\u{FF1A}\u{AD}é😀";

fn all_ids() -> Vec<&'static str> {
    let mut ids: Vec<&'static str> = catalog::ids().collect();
    ids.sort_unstable();
    ids
}

/// Every catalog ID that can be called as written: all but the base IDs of models AWS allows
/// only after customization (Meta Llama 2 13B and 70B), whose PT IDs stay.
fn callable_ids() -> Vec<&'static str> {
    all_ids()
        .into_iter()
        .filter(|id| catalog::model(id).is_none_or(Model::supports_on_demand))
        .collect()
}

type Entry = (&'static Model, Option<&'static ProvisionedVariant>);

/// Every catalog ID with its model and, for a Provisioned Throughput ID, its variant.
static ENTRIES: LazyLock<HashMap<&'static str, Entry>> = LazyLock::new(|| {
    let mut entries = HashMap::new();
    for model in catalog::models() {
        entries.insert(model.id(), (model, None));
        for variant in model.provisioned() {
            entries.insert(variant.id(), (model, Some(variant)));
        }
    }
    entries
});

fn commercial_regions() -> Vec<Region> {
    Region::ALL
        .iter()
        .copied()
        .filter(|r| r.partition() == Partition::Aws)
        .collect()
}

/// What the crate's messages show of an input: escaped, and cut after 120 characters.
fn echo(text: &str) -> String {
    text.escape_debug().take(120).collect()
}

/// Levenshtein distance, for checking the edit generator.
fn levenshtein(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, &cb) in b.iter().enumerate() {
            let above = row[j + 1];
            row[j + 1] = (above + 1)
                .min(row[j] + 1)
                .min(diagonal + usize::from(ca != cb));
            diagonal = above;
        }
    }
    row[b.len()]
}

/// One character edit. Positions are taken modulo the text's length in characters.
#[derive(Clone, Debug)]
enum Edit {
    Delete(Index),
    Insert(Index, char),
    Substitute(Index, char),
}

impl Edit {
    fn apply(&self, text: &str) -> String {
        let mut chars: Vec<char> = text.chars().collect();
        match *self {
            Edit::Delete(at) if !chars.is_empty() => {
                chars.remove(at.index(chars.len()));
            }
            Edit::Insert(at, c) => chars.insert(at.index(chars.len() + 1), c),
            Edit::Substitute(at, c) if !chars.is_empty() => {
                let at = at.index(chars.len());
                chars[at] = c;
            }
            _ => {}
        }
        chars.into_iter().collect()
    }
}

fn edit() -> impl Strategy<Value = Edit> {
    let chars: Vec<char> = EDIT_CHARS.chars().collect();
    prop_oneof![
        any::<Index>().prop_map(Edit::Delete),
        (any::<Index>(), select(chars.clone())).prop_map(|(at, c)| Edit::Insert(at, c)),
        (any::<Index>(), select(chars)).prop_map(|(at, c)| Edit::Substitute(at, c)),
    ]
}

fn date() -> impl Strategy<Value = Date> {
    (2015u16..=2035, 1u8..=12, 1u8..=31)
        .prop_filter_map("no such day", |(y, m, d)| Date::new(y, m, d))
}

fn region() -> impl Strategy<Value = Option<Region>> {
    proptest::option::of(select(Region::ALL))
}

/// A well-formed ARN of every form, with the form it has.
fn valid_arn() -> impl Strategy<Value = (String, Form)> {
    let region = || select(Region::ALL);
    let catalog_id = || select(callable_ids());
    let account = "[0-9]{12}";
    let arn = |r: Region, account: &str, resource: String| {
        format!("arn:{}:bedrock:{r}:{account}:{resource}", r.partition())
    };
    prop_oneof![
        (region(), catalog_id()).prop_map(move |(r, id)| (
            arn(r, "", format!("foundation-model/{id}")),
            Form::FoundationModelArn
        )),
        (region(), account, catalog_id(), "[a-z0-9]{12}").prop_map(
            move |(r, account, id, suffix)| (
                arn(r, &account, format!("custom-model/{id}/{suffix}")),
                Form::CustomModelArn
            )
        ),
        (region(), account, "[a-z0-9]{12}").prop_map(move |(r, account, id)| (
            arn(r, &account, format!("provisioned-model/{id}")),
            Form::ProvisionedModelArn
        )),
        (region(), account, "[a-z0-9]{12}").prop_map(move |(r, account, id)| (
            arn(r, &account, format!("imported-model/{id}")),
            Form::ImportedModelArn
        )),
        (region(), account, "[a-z0-9]{1,64}").prop_map(move |(r, account, id)| (
            arn(r, &account, format!("application-inference-profile/{id}")),
            Form::ApplicationInferenceProfileArn
        )),
        (region(), account, "[a-z0-9]{12}").prop_map(move |(r, account, id)| (
            arn(r, &account, format!("prompt-router/{id}")),
            Form::PromptRouterArn
        )),
        (
            region(),
            account,
            "[a-z0-9-]{1,10}\\.[a-z0-9.-]{0,10}:[0-9]{1,3}"
        )
            .prop_map(move |(r, account, id)| (
                arn(r, &account, format!("default-prompt-router/{id}")),
                Form::PromptRouterArn
            )),
        (
            region(),
            prop_oneof![Just(String::new()), account],
            catalog_id()
        )
            .prop_map(move |(r, account, id)| (
                arn(r, &account, format!("inference-profile/{id}")),
                Form::InferenceProfileArn
            )),
    ]
}

/// A catalog ID with junk around it, maybe uppercased: near misses that reach the hints.
fn near_catalog_id() -> impl Strategy<Value = String> {
    (
        select(all_ids()),
        "[a-zA-Z0-9.:/ -]{0,6}",
        "[a-zA-Z0-9.:/ -]{0,6}",
        any::<bool>(),
    )
        .prop_map(|(id, before, after, upper)| {
            let text = format!("{before}{id}{after}");
            if upper { text.to_uppercase() } else { text }
        })
}

/// Checks that `error`, the rejection of `input`, explains itself.
fn check_message(input: &str, error: &Error) -> Result<(), TestCaseError> {
    let message = error.to_string();
    prop_assert!(
        !message.is_empty(),
        "empty message for {input:?}: {error:?}"
    );
    match error {
        Error::Malformed(malformed) => {
            prop_assert_eq!(malformed.input(), input);
            match malformed.problem() {
                Malformation::Empty => prop_assert!(input.is_empty()),
                Malformation::TooLong { len } => {
                    prop_assert_eq!(*len, input.len());
                    prop_assert!(message.contains(&format!("at most {MAX_LEN}")), "{message}");
                }
                _ => prop_assert!(
                    message.contains(&echo(input)),
                    "{message:?} does not echo {input:?}"
                ),
            }
        }
        Error::Unknown(unknown) => {
            prop_assert_eq!(unknown.input(), input);
            prop_assert!(input.contains(unknown.model_id()));
            prop_assert!(
                message.contains(&echo(unknown.model_id())),
                "{message:?} does not echo {:?}",
                unknown.model_id()
            );
            prop_assert!(unknown.suggestions().len() <= SUGGESTIONS);
            for suggestion in unknown.suggestions() {
                prop_assert!(catalog::ids().any(|id| id == *suggestion));
                prop_assert!(message.contains(&format!("`{suggestion}`")), "{message}");
            }
            if unknown.suggestions().is_empty() && unknown.hint().is_none() {
                prop_assert!(
                    message.contains("expected a catalog model ID"),
                    "{message:?} says neither what is close nor what is accepted"
                );
            }
        }
        Error::EndOfLife(eol) => {
            prop_assert_eq!(eol.input(), input);
            let identified = eol.identified();
            let model = identified.model();
            prop_assert!(model.is_some(), "end of life without a model: {eol:?}");
            let named = identified
                .provisioned()
                .map_or(model.map_or("", Model::id), ProvisionedVariant::id);
            prop_assert!(input.contains(named), "{input:?} does not hold {named:?}");
            prop_assert!(message.contains(&format!("`{named}`")), "{message}");
            // A stated end of life, or one read off the model's absence from the listings.
            prop_assert!(
                message.contains("end of life") || message.contains("listed by bedrock-runtime"),
                "{message}"
            );
        }
        // A kind of error added after this test: it must at least name the input or the ID.
        _ => {
            let model_id = judge(input, BEFORE_LIFECYCLE, None)
                .into_result()
                .ok()
                .and_then(|(identified, _)| identified.model())
                .map(Model::id);
            prop_assert!(
                message.contains(&echo(input)) || model_id.is_some_and(|id| message.contains(id)),
                "{message:?} names neither {input:?} nor its model"
            );
        }
    }
    Ok(())
}

/// Judges `input` every public way and checks the outcomes agree and explain themselves.
fn check_input(input: &str, date: Date, region: Option<Region>) -> Result<(), TestCaseError> {
    let verdict = judge(input, date, region).into_result();
    let parsed = ModelIdBuf::parse_as_of(input, date, region);
    match (&verdict, &parsed) {
        (Ok((identified, notice)), Ok(id)) => {
            prop_assert_eq!(id.as_str(), input);
            prop_assert_eq!(id.to_string(), input);
            prop_assert_eq!(id.form(), identified.form());
            prop_assert_eq!(id.model(), identified.model());
            prop_assert_eq!(id.provisioned(), identified.provisioned());
            prop_assert_eq!(identified.region(), id.region().or(region));
            prop_assert_eq!(
                identified.model().is_none(),
                identified.form().is_account_specific()
            );
            if let Some(notice) = notice {
                prop_assert!(!notice.to_string().is_empty(), "empty notice for {input:?}");
            }
        }
        (Err(a), Err(b)) => {
            prop_assert_eq!(a, b);
            check_message(input, b)?;
        }
        _ => prop_assert!(
            false,
            "judge and parse_as_of disagree on {input:?}: {verdict:?} vs {parsed:?}"
        ),
    }
    let today = Date::today_utc();
    let from_str = input.parse::<ModelIdBuf>();
    if let Err(error) = &from_str {
        check_message(input, error)?;
    }
    // Unless the day changed meanwhile, `FromStr` is `parse_as_of` today.
    if Date::today_utc() == today {
        let as_of_today = ModelIdBuf::parse_as_of(input, today, None);
        prop_assert_eq!(
            from_str.as_ref().map(ModelIdBuf::as_str),
            as_of_today.as_ref().map(ModelIdBuf::as_str)
        );
        prop_assert_eq!(from_str.err(), as_of_today.err());
    }
    Ok(())
}

/// Checks a `ModelId` made from the catalog ID `id` (or from `text` holding it).
fn check_catalog_id(id: &str, text: &str, parsed: &ModelIdBuf) -> Result<(), TestCaseError> {
    let (model, variant) = ENTRIES[id];
    prop_assert_eq!(parsed.as_str(), text);
    prop_assert_eq!(parsed.to_string(), text);
    prop_assert_eq!(String::from(parsed), text);
    prop_assert_eq!(String::from(parsed.clone()), text);
    prop_assert_eq!(parsed.model().map(Model::id), Some(model.id()));
    prop_assert_eq!(
        parsed.provisioned().map(ProvisionedVariant::id),
        variant.map(ProvisionedVariant::id)
    );
    if variant.is_some() {
        prop_assert!(
            id.starts_with(&format!("{}:", model.id())),
            "Provisioned Throughput ID {id:?} does not extend its base {:?}",
            model.id()
        );
    } else {
        prop_assert_eq!(model.id(), id);
    }
    Ok(())
}

#[test]
fn the_fixed_date_precedes_every_lifecycle_event() {
    let first = catalog::models()
        .flat_map(|m| m.lifecycle().rules())
        .flat_map(|r| [r.legacy(), r.extended_access(), r.end_of_life()])
        .flatten()
        .min();
    assert!(
        first.is_some_and(|first| BEFORE_LIFECYCLE < first),
        "{first:?}"
    );
}

#[test]
fn customization_only_models_are_not_callable_on_demand() {
    let only_customized: Vec<&Model> = catalog::models()
        .filter(|m| !m.supports_on_demand())
        .collect();
    assert_eq!(only_customized.len(), 2);
    for model in only_customized {
        for input in [
            model.id().to_owned(),
            format!("arn:aws:bedrock:us-east-1::foundation-model/{}", model.id()),
        ] {
            match ModelIdBuf::parse_as_of(&input, BEFORE_LIFECYCLE, None) {
                Err(Error::NotCallable(not_callable)) => {
                    assert_eq!(
                        not_callable.reason(),
                        Unreachable::CustomizationOnly,
                        "{input}"
                    );
                    assert!(
                        not_callable
                            .to_string()
                            .contains("only after customization")
                    );
                }
                other => panic!("{input}: {other:?}"),
            }
        }
    }
}

#[test]
fn every_catalog_id_round_trips() {
    for id in callable_ids() {
        let parsed = ModelIdBuf::parse_as_of(id, BEFORE_LIFECYCLE, None)
            .unwrap_or_else(|e| panic!("{id}: {e}"));
        let (_, variant) = ENTRIES[id];
        let form = if variant.is_some() {
            Form::Provisioned
        } else {
            Form::OnDemand
        };
        assert_eq!(parsed.form(), form, "{id}");
        assert_eq!(parsed.region(), None, "{id}");
        check_catalog_id(id, id, &parsed).unwrap_or_else(|e| panic!("{id}: {e}"));
        assert_eq!(catalog::model(id).is_some(), variant.is_none(), "{id}");
    }
}

#[test]
fn every_catalog_id_round_trips_in_a_foundation_model_arn_of_every_commercial_region() {
    let regions = commercial_regions();
    assert!(!regions.is_empty());
    for id in callable_ids() {
        for &region in &regions {
            let arn = format!("arn:aws:bedrock:{region}::foundation-model/{id}");
            let parsed = ModelIdBuf::parse_as_of(&arn, BEFORE_LIFECYCLE, None)
                .unwrap_or_else(|e| panic!("{arn}: {e}"));
            assert_eq!(parsed.form(), Form::FoundationModelArn, "{arn}");
            assert_eq!(parsed.region(), Some(region), "{arn}");
            check_catalog_id(id, &arn, &parsed).unwrap_or_else(|e| panic!("{arn}: {e}"));
        }
    }
}

#[test]
fn lengths_around_the_limit() {
    for len in MAX_LEN - 2..=MAX_LEN + 2 {
        for input in [
            "a".repeat(len),
            format!("arn:{}", ":".repeat(len - 4)),
            format!("anthropic.claude-v2:1{}", "é".repeat((len - 21) / 2)),
        ] {
            check_input(&input, BEFORE_LIFECYCLE, None).unwrap_or_else(|e| panic!("{len}: {e}"));
            let too_long = matches!(
                ModelIdBuf::parse_as_of(&input, BEFORE_LIFECYCLE, None),
                Err(Error::Malformed(ref m)) if matches!(m.problem(), Malformation::TooLong { .. })
            );
            assert_eq!(too_long, input.len() > MAX_LEN, "{} bytes", input.len());
        }
    }
}

/// Single edits of every catalog ID at its start, middle and end, with a lowercase letter, an
/// uppercase one and a Cyrillic look-alike: a deterministic sample the proptest above
/// randomizes. (Every edit at every position, with every character the IDs use, was checked
/// once in release, 111 s: no failures.)
#[test]
fn single_edit_sample() {
    let ids = all_ids();
    let chars = ['x', 'A', '\u{430}'];
    let check = |id: &'static str| {
        let mut failures = Vec::new();
        let original: Vec<char> = id.chars().collect();
        let mut mutations = Vec::new();
        let positions = [0, original.len() / 2, original.len() - 1];
        for at in positions {
            let mut deleted = original.clone();
            deleted.remove(at);
            mutations.push(deleted);
        }
        for at in positions {
            for &c in &chars {
                let mut inserted = original.clone();
                inserted.insert(at, c);
                mutations.push(inserted);
                if at < original.len() && original[at] != c {
                    let mut substituted = original.clone();
                    substituted[at] = c;
                    mutations.push(substituted);
                }
            }
        }
        for mutated in mutations {
            let mutated: String = mutated.into_iter().collect();
            if ids.binary_search(&mutated.as_str()).is_ok() {
                continue;
            }
            match ModelIdBuf::parse_as_of(&mutated, BEFORE_LIFECYCLE, None) {
                Err(Error::Unknown(unknown)) if unknown.suggestions().contains(&id) => {}
                Err(Error::Unknown(unknown)) => {
                    failures.push(format!("{id} -> {mutated:?}: {:?}", unknown.suggestions()));
                }
                other => failures.push(format!("{id} -> {mutated:?}: {other:?}")),
            }
        }
        failures
    };
    let threads = std::thread::available_parallelism().map_or(1, usize::from);
    let chunk = ids.len().div_ceil(threads);
    let failures: Vec<String> = std::thread::scope(|scope| {
        let workers: Vec<_> = ids
            .chunks(chunk)
            .map(|chunk| scope.spawn(|| chunk.iter().flat_map(|id| check(id)).collect::<Vec<_>>()))
            .collect();
        workers
            .into_iter()
            .flat_map(|w| w.join().unwrap())
            .collect()
    });
    assert!(
        failures.is_empty(),
        "{} single edits are not suggested back:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn arbitrary_text_never_panics(input in "\\PC*", date in date(), region in region()) {
        check_input(&input, date, region)?;
    }

    #[test]
    fn id_like_text_never_panics(
        input in "[a-zA-Z0-9.:/-]{0,80}",
        date in date(),
        region in region(),
    ) {
        check_input(&input, date, region)?;
    }

    #[test]
    fn valid_arns_are_accepted_before_any_lifecycle_event((arn, form) in valid_arn()) {
        let parsed = ModelIdBuf::parse_as_of(&arn, BEFORE_LIFECYCLE, None);
        prop_assert!(parsed.is_ok(), "{arn}: {parsed:?}");
        let parsed = parsed.unwrap();
        prop_assert_eq!(parsed.form(), form);
        prop_assert_eq!(parsed.as_str(), arn.as_str());
        let region = arn.split(':').nth(3).unwrap();
        prop_assert_eq!(parsed.region().map(Region::name), Some(region));
        check_input(&arn, BEFORE_LIFECYCLE, None)?;
    }

    #[test]
    fn edited_arns_never_panic(
        (arn, _) in valid_arn(),
        edits in proptest::collection::vec(edit(), 1..=3),
        date in date(),
        region in region(),
    ) {
        // Edit after `arn:`, so the ARN parser sees every edited input.
        let mut rest = arn["arn:".len()..].to_owned();
        for edit in &edits {
            rest = edit.apply(&rest);
        }
        check_input(&format!("arn:{rest}"), date, region)?;
    }

    #[test]
    fn every_catalog_id_round_trips_on_any_day_before_its_lifecycle(
        id in select(callable_ids()),
        date in (2000u16..=2023, 1u8..=12, 1u8..=28)
            .prop_map(|(y, m, d)| Date::new(y, m, d).unwrap())
            .prop_filter("before 2023-01-01", |d| *d <= BEFORE_LIFECYCLE),
    ) {
        let parsed = ModelIdBuf::parse_as_of(id, date, None);
        prop_assert!(parsed.is_ok(), "{id} on {date}: {parsed:?}");
        check_catalog_id(id, id, &parsed.unwrap())?;
    }

    #[test]
    fn one_edit_from_a_catalog_id_suggests_it(id in select(all_ids()), edit in edit()) {
        let mutated = edit.apply(id);
        let result = ModelIdBuf::parse_as_of(&mutated, BEFORE_LIFECYCLE, None);
        if catalog::ids().any(|known| known == mutated) {
            // A catalog ID (the edit may give it back unchanged); a base ID usable only after
            // customization (Llama 2 13B and 70B) is refused as such, not as unknown.
            let customization_only = matches!(
                &result,
                Err(Error::NotCallable(n)) if n.reason() == Unreachable::CustomizationOnly
            );
            prop_assert!(result.is_ok() || customization_only, "{mutated}: {result:?}");
            return Ok(());
        }
        prop_assert_eq!(levenshtein(id, &mutated), 1, "{:?} from {}", edit, id);
        if bedrock_model_id_core::mantle::mantle_model(&mutated).is_some() {
            // One edit away lies a Bedrock Mantle ID (`xai.grok-4.6` to `xai.grok-4.3`): that
            // is its own error, naming Mantle.
            prop_assert!(matches!(result, Err(Error::MantleOnly(_))), "{mutated}: {result:?}");
            return Ok(());
        }
        match &result {
            Err(error @ Error::Unknown(unknown)) => {
                check_message(&mutated, error)?;
                prop_assert!(
                    unknown.suggestions().contains(&id),
                    "{mutated:?} ({edit:?} of {id}) suggests {:?}",
                    unknown.suggestions()
                );
            }
            other => prop_assert!(false, "{mutated:?} ({edit:?} of {id}): {other:?}"),
        }
    }
}

proptest! {
    // Near misses reach the suggestion search, the slowest path, four times a case.
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn near_misses_never_panic(input in near_catalog_id(), date in date(), region in region()) {
        check_input(&input, date, region)?;
    }
}
