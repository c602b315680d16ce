//! The crates of section 1: what each one's items are, where, and which crate of its family it
//! is measured against.

/// A family of crates: what they depend on and the one call every crate of the family starts
/// with, baseline included, so that loading the macro and the crates it names cancels out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Family {
    /// `bedrock-model-id`, starting with a `model_id!` call.
    ModelId,
    /// `bedrock-model-id`, starting with a `model_id_str!` call.
    ModelIdStr,
    /// `uuid` with its default features.
    Uuid,
    /// `uuid` with its `macro-diagnostics` feature.
    UuidDiagnostics,
    /// The generated do-nothing proc macro.
    Floor,
    /// The generated `cow_model_id` crate: `ModelId`'s design before it became `Copy`, and its
    /// `Copy` twin, outside the real crate.
    Types,
}

impl Family {
    /// The dependency line of the family's manifests; `root` is the repository's path as a
    /// TOML string.
    pub fn manifest_line(self, root: &str) -> String {
        match self {
            Family::ModelId | Family::ModelIdStr => {
                format!("bedrock-model-id = {{ path = {root} }}")
            }
            Family::Uuid => "uuid = \"1\"".to_owned(),
            Family::UuidDiagnostics => {
                "uuid = { version = \"1\", features = [\"macro-diagnostics\"] }".to_owned()
            }
            Family::Floor => "bench_floor = { path = \"../bench_floor\" }".to_owned(),
            Family::Types => "cow_model_id = { path = \"../cow_model_id\" }".to_owned(),
        }
    }
}

/// Where the items are.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Place {
    /// `pub const C<i>: T = ..;`
    Const,
    /// `pub static C<i>: T = ..;`
    Static,
    /// `pub fn c<i>() -> T { .. }`
    Fn,
}

/// What each item holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Item {
    /// `"<Active ID>"`, a `&str`.
    Literal,
    /// `"<UUID>"`, a `&str`.
    UuidLiteral,
    /// `uuid!("<UUID>")`.
    Uuid,
    /// `floor!("<Active ID>")`.
    Floor,
    /// `model_id!("<Active ID>")`.
    ModelId,
    /// `model_id!("<Legacy ID>")`.
    LegacyModelId,
    /// `::bedrock_model_id::model_id_str!("<Active ID>")`, a `&str`.
    ModelIdStr,
    /// The proc macro without the `macro_rules!` wrapper.
    Direct,
    /// `model_id!`'s expansion by hand: the catalog's ready constant.
    HandPath,
    /// The constructor call the catalog's constant is made of.
    HandCtor,
    /// The constructor of IDs with no model: text and form only.
    HandNoStatic,
    /// A `ModelId` made with no arguments.
    HandEmpty,
    /// A Legacy ID's expansion by hand.
    LegacyHand,
    /// `cow_model_id::ids::<ID>`: a `CowModelId` constant.
    CowPath,
    /// `cow_model_id::copy_ids::<ID>`: a `CopyModelId` constant.
    CopyPath,
}

/// A crate of section 1: `calls` items after one call of its family's macro.
#[derive(Debug)]
pub struct Variant {
    pub name: &'static str,
    pub family: Family,
    /// The crate of the same family with plain literals, subtracted from this one.
    pub baseline: &'static str,
    pub place: Place,
    pub item: Item,
    /// `#![allow(deprecated)]` on the crate.
    pub allow_deprecated: bool,
    /// Extra arguments of its `cargo build`.
    pub cargo_args: &'static [&'static str],
    /// What it measures, as the table says.
    pub what: &'static str,
}

impl Variant {
    /// Whether it is the baseline of its family.
    pub fn is_baseline(&self) -> bool {
        self.baseline == self.name
    }
}

/// A variant of `const` items with no extra settings.
const fn variant(
    name: &'static str,
    family: Family,
    baseline: &'static str,
    item: Item,
    what: &'static str,
) -> Variant {
    Variant {
        name,
        family,
        baseline,
        place: Place::Const,
        item,
        allow_deprecated: false,
        cargo_args: &[],
        what,
    }
}

/// Every crate of section 1, in the order of the table and of each round.
pub const VARIANTS: &[Variant] = &[
    variant(
        "mid_lit",
        Family::ModelId,
        "mid_lit",
        Item::Literal,
        "`pub const C: &str = \"<model ID>\";` (baseline of model_id!)",
    ),
    variant(
        "mid_macro",
        Family::ModelId,
        "mid_lit",
        Item::ModelId,
        "`pub const C: ModelId = model_id!(\"<Active ID>\");`",
    ),
    variant(
        "mid_str_lit",
        Family::ModelIdStr,
        "mid_str_lit",
        Item::Literal,
        "`pub const C: &str = \"<model ID>\";` (baseline of model_id_str!)",
    ),
    variant(
        "mid_str_macro",
        Family::ModelIdStr,
        "mid_str_lit",
        Item::ModelIdStr,
        "`pub const C: &str = model_id_str!(\"<Active ID>\");`: expands to the literal",
    ),
    variant(
        "uuid_lit",
        Family::Uuid,
        "uuid_lit",
        Item::UuidLiteral,
        "`pub const C: &str = \"<UUID>\";` (baseline of uuid!)",
    ),
    variant(
        "uuid_macro",
        Family::Uuid,
        "uuid_lit",
        Item::Uuid,
        "`pub const C: Uuid = uuid!(\"<UUID>\");`, uuid default features",
    ),
    variant(
        "uuidd_lit",
        Family::UuidDiagnostics,
        "uuidd_lit",
        Item::UuidLiteral,
        "`pub const C: &str = \"<UUID>\";` (baseline, uuid with macro-diagnostics)",
    ),
    variant(
        "uuidd_macro",
        Family::UuidDiagnostics,
        "uuidd_lit",
        Item::Uuid,
        "`pub const C: Uuid = uuid!(\"<UUID>\");`, uuid feature macro-diagnostics",
    ),
    variant(
        "floor_lit",
        Family::Floor,
        "floor_lit",
        Item::Literal,
        "`pub const C: &str = \"<model ID>\";` (baseline of floor!)",
    ),
    variant(
        "floor_macro",
        Family::Floor,
        "floor_lit",
        Item::Floor,
        "`pub const C: &str = floor!(\"<model ID>\");`, the do-nothing proc macro",
    ),
    variant(
        "cow_lit",
        Family::Types,
        "cow_lit",
        Item::Literal,
        "`pub const C: &str = \"<model ID>\";` (baseline of the generated types)",
    ),
    variant(
        "cow_hand_path",
        Family::Types,
        "cow_lit",
        Item::CowPath,
        "before: `pub const C: CowModelId = cow_model_id::ids::<ID>;` (text: Cow<'static, str>)",
    ),
    variant(
        "copy_hand_path",
        Family::Types,
        "cow_lit",
        Item::CopyPath,
        "after: `pub const C: CopyModelId = cow_model_id::copy_ids::<ID>;` (text: &'static str, Copy)",
    ),
    Variant {
        cargo_args: &["--config", "profile.dev.build-override.opt-level=3"],
        ..variant(
            "mid_macro_opt",
            Family::ModelId,
            "mid_lit",
            Item::ModelId,
            "as mid_macro, with the proc macro and its crates optimized: build-override opt-level=3",
        )
    },
    variant(
        "mid_direct",
        Family::ModelId,
        "mid_lit",
        Item::Direct,
        "`__private::model_id!(::bedrock_model_id, \"..\")`: no macro_rules wrapper",
    ),
    variant(
        "mid_hand_path",
        Family::ModelId,
        "mid_lit",
        Item::HandPath,
        "hand-written expansion: the catalog's constant, `__private::ids::<ID>` (what model_id! expands to)",
    ),
    variant(
        "mid_hand_ctor",
        Family::ModelId,
        "mid_lit",
        Item::HandCtor,
        "the constructor call instead, `__private::spelling_of(\"..\", Form::.., ids::<ID>, 0, 255)` (what an ARN of a listed ID expands to)",
    ),
    variant(
        "mid_hand_nostatic",
        Family::ModelId,
        "mid_lit",
        Item::HandNoStatic,
        "constructor without the model: `__private::unlisted(\"..\", Form::.., 255)`",
    ),
    variant(
        "mid_hand_empty",
        Family::ModelId,
        "mid_lit",
        Item::HandEmpty,
        "`__private::unlisted(\"\", Form::OnDemand, 255)`: a `ModelId` constructor with the least data",
    ),
    variant(
        "mid_legacy_macro",
        Family::ModelId,
        "mid_lit",
        Item::LegacyModelId,
        "`model_id!(\"<Legacy ID>\")`: one `deprecated` warning per call",
    ),
    Variant {
        allow_deprecated: true,
        ..variant(
            "mid_legacy_allowed",
            Family::ModelId,
            "mid_lit",
            Item::LegacyModelId,
            "`model_id!(\"<Legacy ID>\")` under `#![allow(deprecated)]`: no warning printed",
        )
    },
    variant(
        "mid_legacy_hand",
        Family::ModelId,
        "mid_lit",
        Item::LegacyHand,
        "hand-written Legacy expansion: tracking + `#[deprecated] const` + constructor",
    ),
    Variant {
        place: Place::Static,
        ..variant(
            "mid_static_lit",
            Family::ModelId,
            "mid_static_lit",
            Item::Literal,
            "`pub static C: &str = \"<model ID>\";` (baseline of static items)",
        )
    },
    Variant {
        place: Place::Static,
        ..variant(
            "mid_static_macro",
            Family::ModelId,
            "mid_static_lit",
            Item::ModelId,
            "`pub static C: ModelId = model_id!(\"<Active ID>\");`: a static, not a const",
        )
    },
    Variant {
        place: Place::Fn,
        ..variant(
            "mid_fn_lit",
            Family::ModelId,
            "mid_fn_lit",
            Item::Literal,
            "`pub fn c() -> &'static str { \"<model ID>\" }` (baseline of calls in fn bodies)",
        )
    },
    Variant {
        place: Place::Fn,
        ..variant(
            "mid_fn_macro",
            Family::ModelId,
            "mid_fn_lit",
            Item::ModelId,
            "`pub fn c() -> ModelId { model_id!(\"<Active ID>\") }`: in a fn body, not a const",
        )
    },
];

/// The variant named `name`.
#[cfg(test)]
pub fn find(name: &str) -> Option<&'static Variant> {
    VARIANTS.iter().find(|v| v.name == name)
}

#[cfg(test)]
mod tests {
    use super::{Item, VARIANTS, find};

    #[test]
    fn names_are_distinct_and_every_baseline_is_one_of_the_family() {
        for (index, variant) in VARIANTS.iter().enumerate() {
            assert!(
                VARIANTS[..index].iter().all(|v| v.name != variant.name),
                "{} twice",
                variant.name
            );
            let baseline = find(variant.baseline).expect("the baseline is a variant");
            assert!(baseline.is_baseline(), "{}", variant.name);
            assert_eq!(baseline.family, variant.family, "{}", variant.name);
            assert_eq!(baseline.place, variant.place, "{}", variant.name);
            assert!(
                matches!(baseline.item, Item::Literal | Item::UuidLiteral),
                "{}",
                variant.name
            );
        }
    }
}
