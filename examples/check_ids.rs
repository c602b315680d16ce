//! Checks Bedrock model IDs and prints what the catalog knows of each.
//!
//! ```text
//! cargo run --example check_ids
//! cargo run --example check_ids -- [--as-of YYYY-MM-DD] [--region REGION] [ID ...]
//! ```
//!
//! With no IDs it checks a few, including the one checked at compile time below.

use std::process::ExitCode;

use bedrock_model_id::{
    ModelId,
    catalog::Region,
    lifecycle::Date,
    model_id,
    verdict::{Verdict, judge},
};

/// Checked while this example compiled: a typo here would be a compile error.
const EMBEDDINGS: ModelId = model_id!("amazon.titan-embed-text-v2:0");

const USAGE: &str = "usage: check_ids [--as-of YYYY-MM-DD] [--region REGION] [ID ...]";

struct Options {
    as_of: Date,
    region: Option<Region>,
    ids: Vec<String>,
}

fn options(mut args: impl Iterator<Item = String>) -> Result<Options, String> {
    let mut options = Options {
        as_of: Date::today_utc(),
        region: None,
        ids: Vec::new(),
    };
    while let Some(arg) = args.next() {
        let mut value = |flag: &str| args.next().ok_or(format!("{flag} needs a value; {USAGE}"));
        match arg.as_str() {
            "--as-of" => {
                options.as_of = Date::parse(&value("--as-of")?).map_err(|e| e.to_string())?;
            }
            "--region" => {
                options.region =
                    Some(Region::parse(&value("--region")?).map_err(|e| e.to_string())?);
            }
            "-h" | "--help" => return Err(USAGE.to_owned()),
            flag if flag.starts_with("--") => {
                return Err(format!("unknown option `{flag}`; {USAGE}"));
            }
            _ => options.ids.push(arg),
        }
    }
    if options.ids.is_empty() {
        options.ids = [
            EMBEDDINGS.as_str(),
            "cohere.embed-english-v3:0:512",
            "eu.amazon.nova-pro-v1:0",
            "us.anthropic.claude-sonnet-4-5-20250929-v1:0",
            "anthropic.claude-haiku-4-5-20251001-v1:0",
            "anthropic.claude-3-haiku-20240307-v1:0",
            "anthropic.claud-v2:1",
            "arn:aws:bedrock:us-west-2::foundation-model/meta.llama3-8b-instruct-v1:0",
            "arn:aws:bedrock:us-east-1:1234:provisioned-model/abcd1234efgh",
        ]
        .map(String::from)
        .to_vec();
    }
    Ok(options)
}

fn describe(id: &str, verdict: Verdict) -> String {
    let what = |identified: bedrock_model_id::verdict::Identified| {
        let model = identified.model().map_or_else(
            || "account-specific resource: syntax checked".to_owned(),
            bedrock_model_id::catalog::Model::describe,
        );
        format!("{}, {model}", identified.form().describe())
    };
    match verdict {
        Verdict::Active(identified) => {
            format!("ok       {id}\n         {}, Active", what(identified))
        }
        Verdict::Deprecated(identified, notice) => {
            format!(
                "warning  {id}\n         {}\n         {notice}",
                what(identified)
            )
        }
        Verdict::EndOfLife(eol) => format!("error    {id}\n         {eol}"),
        Verdict::Unknown(unknown) => format!("error    {id}\n         {unknown}"),
        Verdict::Malformed(malformed) => format!("error    {id}\n         {malformed}"),
        Verdict::Unverified(identified, unverified) => {
            format!(
                "warning  {id}\n         {}\n         {unverified}",
                what(identified)
            )
        }
        Verdict::NotCallable(not_callable) => format!("error    {id}\n         {not_callable}"),
        Verdict::MantleOnly(mantle) => format!("error    {id}\n         {mantle}"),
        other => format!("?        {id}\n         {other:?}"),
    }
}

fn main() -> ExitCode {
    let options = match options(std::env::args().skip(1)) {
        Ok(options) => options,
        Err(message) => {
            eprintln!("{message}");
            return ExitCode::from(2);
        }
    };
    let region = options
        .region
        .map_or_else(|| "any region".to_owned(), |r| r.to_string());
    println!(
        "Checking {} model IDs as of {} in {region}:\n",
        options.ids.len(),
        options.as_of
    );
    let mut rejected = 0;
    for id in &options.ids {
        let verdict = judge(id, options.as_of, options.region);
        rejected += usize::from(verdict.clone().into_result().is_err());
        println!("{}\n", describe(id, verdict));
    }
    println!(
        "{} accepted, {rejected} rejected",
        options.ids.len() - rejected
    );
    ExitCode::SUCCESS
}
