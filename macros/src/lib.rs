//! The `model_id!` procedural macro behind [`bedrock-model-id`](https://docs.rs/bedrock-model-id).
//!
//! This crate only reads tokens and writes code: the judgement and every message come from
//! `bedrock-model-id-core`, the same code `str::parse::<ModelIdBuf>()` runs. Use the macro
//! through `bedrock_model_id::model_id!`, which passes this one its crate path.

#![forbid(unsafe_code)]
#![deny(missing_docs)]

use bedrock_model_id_core::{
    AS_OF_VAR, CallingCrate, Date, Region, SOURCE_DATE_EPOCH_VAR, as_of, operation::Operation, plan,
};
use std::sync::atomic::{AtomicBool, Ordering};

use proc_macro2::{Delimiter, Ident, Literal, Span, TokenStream, TokenTree};
use quote::{quote, quote_spanned};

/// One macro's name and what it accepts, said in every error about the shape of its input.
struct Syntax {
    name: &'static str,
    /// Whether the `allow_unknown` option exists.
    allow_unknown: bool,
    /// Whether the `api = "..."` option exists.
    api: bool,
    accepted: &'static str,
}

const RUNTIME_SYNTAX: Syntax = Syntax {
    name: "model_id!",
    allow_unknown: true,
    api: true,
    accepted: "model_id! takes one string literal, optionally followed by \
     `, region = \"<AWS region>\"`, `, api = \"converse\"` and `, allow_unknown`, e.g. \
     `model_id!(\"amazon.titan-embed-text-v2:0\")`; for an ID known only at run time, use \
     `str::parse::<ModelIdBuf>()`",
};

const STR_SYNTAX: Syntax = Syntax {
    name: "model_id_str!",
    allow_unknown: true,
    api: true,
    accepted: "model_id_str! takes one string literal, optionally followed by \
     `, region = \"<AWS region>\"`, `, api = \"converse\"` and `, allow_unknown`, e.g. \
     `model_id_str!(\"amazon.titan-embed-text-v2:0\")`",
};

const MANTLE_SYNTAX: Syntax = Syntax {
    name: "mantle_model_id!",
    allow_unknown: false,
    api: false,
    accepted: "mantle_model_id! takes one string literal, optionally followed by \
     `, region = \"<AWS region>\"`, e.g. `mantle_model_id!(\"openai.gpt-oss-120b\")`; \
     for an ID known only at run time, use `str::parse::<MantleModelId>()`",
};

/// A compile error: where, and what.
struct Failure {
    span: Span,
    message: String,
}

fn fail<T>(span: Span, message: impl Into<String>) -> Result<T, Failure> {
    Err(Failure {
        span,
        message: message.into(),
    })
}

/// A string literal's value and where it stands.
struct StrLit {
    value: String,
    span: Span,
}

/// Checks a Bedrock model ID literal at compile time; see `bedrock_model_id::model_id!`.
///
/// Called as `__private::model_id!($crate, <user input>)` by the facade's `macro_rules!`
/// wrapper, so the expansion names the facade however the user renamed it.
#[doc(hidden)]
#[proc_macro]
pub fn model_id(input: proc_macro::TokenStream) -> proc_macro::TokenStream {
    checked_value(
        input,
        expand,
        |krate| quote!(#krate::__private::AFTER_ERROR),
    )
    .into()
}

/// The expansion of a macro whose value has a type (`ModelId`, `MantleModelId`): the first
/// expansion of a compilation also carries the tracking tokens; after an error, `after_error`
/// gives a value of the right type so the error comes alone.
fn checked_value(
    input: proc_macro::TokenStream,
    expand: fn(&TokenStream, &[TokenTree]) -> Result<TokenStream, Failure>,
    after_error: fn(&TokenStream) -> TokenStream,
) -> TokenStream {
    let mut tokens = flatten(TokenStream::from(input)).into_iter();
    let krate: TokenStream = tokens
        .by_ref()
        .take_while(|t| !matches!(t, TokenTree::Punct(p) if p.as_char() == ','))
        .collect();
    let user: Vec<TokenTree> = tokens.collect();
    let track = tracking();
    match expand(&krate, &user) {
        // A bare path when there is nothing to track: one expression less for rustc.
        Ok(value) if track.is_empty() => value,
        Ok(value) => quote! { { #track #value } },
        Err(Failure { span, message }) => {
            let error = quote_spanned! {span=> ::core::compile_error! { #message } };
            let placeholder = after_error(&krate);
            quote! { { #track #error #placeholder } }
        }
    }
}

/// Checks a Bedrock Mantle model ID literal at compile time; see
/// `bedrock_model_id::mantle_model_id!`.
///
/// Called as `__private::mantle_model_id!($crate, <user input>)` by the facade's wrapper.
#[doc(hidden)]
#[proc_macro]
pub fn mantle_model_id(input: proc_macro::TokenStream) -> proc_macro::TokenStream {
    checked_value(
        input,
        expand_mantle,
        |krate| quote!(#krate::__private::MANTLE_AFTER_ERROR),
    )
    .into()
}

fn expand_mantle(krate: &TokenStream, user: &[TokenTree]) -> Result<TokenStream, Failure> {
    let Arguments { id, region, .. } = parse_arguments(user, &MANTLE_SYNTAX)?;
    let (date, region) = date_and_region(&id, region)?;
    match plan::mantle_plan(&id.value, date, region) {
        Ok(plan) => {
            let name = Ident::new(&plan.constant, Span::call_site());
            let value = quote!(#krate::__private::mantle_ids::#name);
            Ok(match plan.warning {
                Some(warning) => warned(&id, &warning.to_string(), &value),
                None => value,
            })
        }
        Err(error) => fail(id.span, error.to_string()),
    }
}

/// The date the check judges as of, and the region given, parsed.
fn date_and_region(id: &StrLit, region: Option<StrLit>) -> Result<(Date, Option<Region>), Failure> {
    let date = as_of(
        env_var(AS_OF_VAR).as_deref(),
        env_var(SOURCE_DATE_EPOCH_VAR).as_deref(),
        Date::today_utc,
    );
    let date = match date {
        Ok(date) => date,
        Err(error) => return fail(id.span, error.to_string()),
    };
    let region = match region {
        Some(region) => match Region::parse(&region.value) {
            Ok(parsed) => Some(parsed),
            Err(error) => return fail(region.span, error.to_string()),
        },
        None => None,
    };
    Ok((date, region))
}

/// Set once this process has emitted the tracking tokens.
static TRACKED: AtomicBool = AtomicBool::new(false);

/// Tokens that make rustc record what the check read (the date variables, and the account
/// catalog's variable and file), so cargo re-runs it when they change with the source untouched.
///
/// Dep-info is per crate, and rustc runs every invocation of a crate in one process on every
/// build, so the first expansion of each compilation carries them and the others stay lean:
/// measured at about a quarter of an invocation's cost (BENCHMARKS.md). `tests/rebuild_tracking.rs`
/// checks that cargo still re-runs the check.
fn tracking() -> TokenStream {
    if TRACKED.swap(true, Ordering::Relaxed) {
        return TokenStream::new();
    }
    let account = account_catalog_tracking();
    let dates = [AS_OF_VAR, SOURCE_DATE_EPOCH_VAR]
        .into_iter()
        .filter(|var| trackable(var))
        .map(|var| quote! { let _ = ::core::option_env!(#var); });
    quote! {
        #(#dates)*
        #account
    }
}

/// Whether `option_env!(var)` compiles: `option_env!` is an error for a value that is not
/// UTF-8. Such a value is left untracked, so the only error the user sees is the macro's own
/// (when the value decides the date) or none (when `BEDROCK_MODEL_ID_AS_OF` does).
fn trackable(var: &str) -> bool {
    !matches!(std::env::var(var), Err(std::env::VarError::NotUnicode(_)))
}

#[cfg(feature = "account-catalog")]
fn account_catalog_tracking() -> TokenStream {
    account_catalog::tracking()
}

#[cfg(not(feature = "account-catalog"))]
fn account_catalog_tracking() -> TokenStream {
    TokenStream::new()
}

/// Unwraps invisible groups, which arrive when the literal was a `macro_rules!` fragment.
fn flatten(stream: TokenStream) -> Vec<TokenTree> {
    stream
        .into_iter()
        .flat_map(|token| match token {
            TokenTree::Group(group) if group.delimiter() == Delimiter::None => {
                flatten(group.stream())
            }
            other => vec![other],
        })
        .collect()
}

/// Checks a Bedrock model ID literal like `model_id!` and expands to the literal itself, a
/// `&'static str`; see `bedrock_model_id::model_id_str!`.
///
/// Called as `__private::model_id_str!($crate, <user input>)` by the facade's wrapper.
#[doc(hidden)]
#[proc_macro]
pub fn model_id_str(input: proc_macro::TokenStream) -> proc_macro::TokenStream {
    let mut tokens = flatten(TokenStream::from(input)).into_iter();
    // The crate path is not needed: the expansion is a literal.
    let _krate: TokenStream = tokens
        .by_ref()
        .take_while(|t| !matches!(t, TokenTree::Punct(p) if p.as_char() == ','))
        .collect();
    let user: Vec<TokenTree> = tokens.collect();
    // No tracking tokens: a block could not stand in a `match` pattern. The crate's
    // `model_id!` calls, if any, carry them (see `tracking`).
    let expansion = match expand_str(&user) {
        Ok(value) => value,
        Err(Failure { span, message }) => {
            let error = quote_spanned! {span=> ::core::compile_error! { #message } };
            quote! { { #error "" } }
        }
    };
    expansion.into()
}

/// Parses a call's arguments and asks core for the literal's plan: the part `model_id!` and
/// `model_id_str!` share.
fn planned(user: &[TokenTree], syntax: &Syntax) -> Result<(StrLit, plan::Plan), Failure> {
    let Arguments {
        id,
        region,
        allow_unknown,
        api,
    } = parse_arguments(user, syntax)?;
    let (date, region) = date_and_region(&id, region)?;
    // Core names the accepted values; the error stands on the value.
    let api = match api.map(|api| (api.value.parse::<Operation>(), api.span)) {
        Some((Ok(operation), _)) => Some(operation),
        Some((Err(error), span)) => return fail(span, error.to_string()),
        None => None,
    };
    let options = plan::Options {
        date,
        region,
        allow_unknown,
        api,
        caller: CallingCrate::from_env(),
    };
    // Core decides; this crate renders what it decided.
    match with_account_judge(&id, |account| plan::plan(&id.value, options, account))? {
        Ok(plan) => Ok((id, plan)),
        Err(error) => fail(id.span, error.to_string()),
    }
}

fn expand_str(user: &[TokenTree]) -> Result<TokenStream, Failure> {
    let (id, plan) = planned(user, &STR_SYNTAX)?;
    let mut literal = Literal::string(&id.value);
    literal.set_span(id.span);
    // Only the plan's warning matters for a literal.
    Ok(if let Some(warning) = &plan.warning {
        warned(&id, &warning.to_string(), &quote!(#literal))
    } else {
        quote!(#literal)
    })
}

fn expand(krate: &TokenStream, user: &[TokenTree]) -> Result<TokenStream, Failure> {
    let (id, plan) = planned(user, &RUNTIME_SYNTAX)?;
    Ok(render(krate, &id, &plan))
}

/// Runs `f` with the account catalog's judge when the feature and variable ask for one.
#[cfg(feature = "account-catalog")]
fn with_account_judge<T>(
    id: &StrLit,
    f: impl FnOnce(Option<plan::AccountJudge<'_>>) -> T,
) -> Result<T, Failure> {
    match account_catalog::load() {
        Ok(None) => Ok(f(None)),
        Ok(Some(loaded)) => {
            let judge = |input: &str, date, region| loaded.catalog.judge(input, date, region);
            Ok(f(Some(&judge)))
        }
        Err(message) => fail(id.span, message),
    }
}

/// Runs `f` with no account catalog: the feature is off.
#[cfg(not(feature = "account-catalog"))]
fn with_account_judge<T>(
    _id: &StrLit,
    f: impl FnOnce(Option<plan::AccountJudge<'_>>) -> T,
) -> Result<T, Failure> {
    Ok(f(None))
}

/// The account's own model IDs, from the file `BEDROCK_MODEL_ID_CATALOG` names.
#[cfg(feature = "account-catalog")]
mod account_catalog;

/// The variable's value; one that is not UTF-8 is passed on, to be rejected, not ignored.
fn env_var(name: &str) -> Option<String> {
    std::env::var_os(name).map(|value| value.to_string_lossy().into_owned())
}

/// The tokens of a plan: a path to a ready constant, or a `__private` constructor given the
/// constant of the listed ID it spells, or plain data for an ID with no catalog model.
fn render(krate: &TokenStream, id: &StrLit, plan: &plan::Plan) -> TokenStream {
    let text = Literal::string(&id.value);
    let private = quote!(#krate::__private);
    let form_of = |form: bedrock_model_id_core::Form| {
        let form = Ident::new(plan::form_variant(form), Span::call_site());
        quote!(#private::Form::#form)
    };
    // The region's index in `Region::ALL`, or `u8::MAX` for none.
    let region_of = |region: Option<u8>| Literal::u8_suffixed(region.unwrap_or(u8::MAX));
    let value = match &plan.value {
        plan::Value::Constant(name) => {
            let name = Ident::new(name, Span::call_site());
            quote!(#private::ids::#name)
        }
        plan::Value::Spelling {
            form,
            of,
            at,
            region,
        } => {
            let (form, region) = (form_of(*form), region_of(*region));
            let of = Ident::new(of, Span::call_site());
            let at = Literal::usize_suffixed(*at);
            quote!(#private::spelling_of(#text, #form, #private::ids::#of, #at, #region))
        }
        plan::Value::Unlisted { form, region } => {
            let (form, region) = (form_of(*form), region_of(*region));
            quote!(#private::unlisted(#text, #form, #region))
        }
    };
    match &plan.warning {
        Some(warning) => warned(id, &warning.to_string(), &value),
        None => value,
    }
}

/// A value behind a warning: the stable way for a proc macro to warn is a use of a
/// `#[deprecated]` item, spanned on the literal, so the standard `deprecated` lint reports it
/// there and users can allow or deny it.
fn warned(id: &StrLit, note: &str, value: &TokenStream) -> TokenStream {
    let item = Ident::new("model_lifecycle", id.span);
    quote! {
        {
            #[deprecated(note = #note)]
            #[allow(non_upper_case_globals)]
            const #item: () = ();
            let _ = #item;
            #value
        }
    }
}

fn describe(token: &TokenTree, next: Option<&TokenTree>, syntax: &Syntax) -> String {
    let name = syntax.name;
    match token {
        TokenTree::Ident(ident) if matches!(next, Some(TokenTree::Punct(p)) if p.as_char() == '!') =>
        {
            format!("found a macro call `{ident}!(..)`: macros inside {name} are not expanded")
        }
        TokenTree::Ident(ident) if ident == "true" || ident == "false" => {
            format!("found the boolean `{ident}`")
        }
        TokenTree::Ident(ident) => {
            format!("found the name `{ident}`: {name} reads a literal, not a constant or variable")
        }
        TokenTree::Group(group) => match group.delimiter() {
            Delimiter::Parenthesis => "found a parenthesized expression".to_owned(),
            Delimiter::Bracket => "found a bracketed expression".to_owned(),
            Delimiter::Brace => "found a block".to_owned(),
            Delimiter::None => "found an expression".to_owned(),
        },
        TokenTree::Punct(punct) => format!("found `{}`", punct.as_char()),
        TokenTree::Literal(literal) => match syn::Lit::new(literal.clone()) {
            syn::Lit::ByteStr(_) => "found a byte string; write a plain string literal".to_owned(),
            syn::Lit::CStr(_) => "found a C string; write a plain string literal".to_owned(),
            syn::Lit::Byte(_) => "found a byte literal".to_owned(),
            syn::Lit::Char(_) => "found a character literal".to_owned(),
            syn::Lit::Int(_) => "found an integer literal".to_owned(),
            syn::Lit::Float(_) => "found a floating-point literal".to_owned(),
            syn::Lit::Str(s) => format!("found a string literal with the suffix `{}`", s.suffix()),
            _ => format!("found `{literal}`"),
        },
    }
}

fn string_literal(tokens: &[TokenTree], at: usize, syntax: &Syntax) -> Result<StrLit, Failure> {
    let accepted = syntax.accepted;
    let Some(token) = tokens.get(at) else {
        let span = tokens.last().map_or_else(Span::call_site, TokenTree::span);
        return fail(span, format!("missing a string literal: {accepted}"));
    };
    if let TokenTree::Literal(literal) = token {
        // The common case, a plain literal without escapes, needs no full literal parser.
        let text = literal.to_string();
        if let Some(value) = text
            .strip_prefix('"')
            .and_then(|t| t.strip_suffix('"'))
            .filter(|v| !v.contains(['\\', '"']))
        {
            return Ok(StrLit {
                value: value.to_owned(),
                span: literal.span(),
            });
        }
        if let syn::Lit::Str(string) = syn::Lit::new(literal.clone())
            && string.suffix().is_empty()
        {
            return Ok(StrLit {
                value: string.value(),
                span: literal.span(),
            });
        }
    }
    fail(
        token.span(),
        format!(
            "{}; {accepted}",
            describe(token, tokens.get(at + 1), syntax)
        ),
    )
}

fn is_punct(token: Option<&TokenTree>, c: char) -> bool {
    matches!(token, Some(TokenTree::Punct(p)) if p.as_char() == c)
}

/// A call's arguments.
struct Arguments {
    id: StrLit,
    region: Option<StrLit>,
    allow_unknown: bool,
    api: Option<StrLit>,
}

/// `"<id>"`, then the options `region = "<region>"`, `api = "<operation>"` and `allow_unknown`
/// in any order, with an optional trailing comma.
fn parse_arguments(tokens: &[TokenTree], syntax: &Syntax) -> Result<Arguments, Failure> {
    let (name, accepted) = (syntax.name, syntax.accepted);
    if tokens.is_empty() {
        return fail(
            Span::call_site(),
            format!("{name} needs a model ID: {accepted}"),
        );
    }
    let id = string_literal(tokens, 0, syntax)?;
    let mut at = 1;
    let mut region = None;
    let mut allow_unknown = false;
    let mut api = None;
    while at < tokens.len() {
        if !is_punct(tokens.get(at), ',') {
            let what = match &tokens[at] {
                TokenTree::Literal(_) => {
                    format!("found a second literal: {name} checks one ID per call")
                }
                other => describe(other, tokens.get(at + 1), syntax),
            };
            return fail(tokens[at].span(), format!("{what}; {accepted}"));
        }
        at += 1;
        let Some(option) = tokens.get(at) else {
            break;
        };
        match option {
            TokenTree::Ident(name) if name == "region" && region.is_none() => {
                if !is_punct(tokens.get(at + 1), '=') {
                    return fail(name.span(), format!("`region` needs a value: {accepted}"));
                }
                region = Some(string_literal(tokens, at + 2, syntax)?);
                at += 3;
            }
            TokenTree::Ident(name) if name == "region" => {
                return fail(name.span(), format!("`region` is given twice; {accepted}"));
            }
            TokenTree::Ident(name) if name == "api" && syntax.api => {
                if api.is_some() {
                    return fail(name.span(), format!("`api` is given twice; {accepted}"));
                }
                if !is_punct(tokens.get(at + 1), '=') {
                    return fail(name.span(), format!("`api` needs a value: {accepted}"));
                }
                api = Some(string_literal(tokens, at + 2, syntax)?);
                at += 3;
            }
            TokenTree::Ident(name) if name == "allow_unknown" && syntax.allow_unknown => {
                if allow_unknown {
                    return fail(
                        name.span(),
                        format!("`allow_unknown` is given twice; {accepted}"),
                    );
                }
                if is_punct(tokens.get(at + 1), '=') {
                    return fail(
                        name.span(),
                        format!("`allow_unknown` takes no value; {accepted}"),
                    );
                }
                allow_unknown = true;
                at += 1;
            }
            TokenTree::Ident(name) => {
                return fail(name.span(), format!("unknown option `{name}`; {accepted}"));
            }
            TokenTree::Literal(_) => {
                return fail(
                    option.span(),
                    format!("found a second literal: {name} checks one ID per call; {accepted}"),
                );
            }
            other => {
                return fail(
                    other.span(),
                    format!(
                        "{}; {accepted}",
                        describe(other, tokens.get(at + 1), syntax)
                    ),
                );
            }
        }
    }
    Ok(Arguments {
        id,
        region,
        allow_unknown,
        api,
    })
}
