//! `bedrock-model-id`: check Amazon Bedrock model IDs, scan a repository for them, and list
//! which ID to call from a region, with the catalog and rules of the `bedrock-model-id` crate.

#![forbid(unsafe_code)]

/// `println!` that ends quietly when stdout is closed (`| head`) instead of panicking.
macro_rules! say {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stdout(), $($arg)*);
    }};
}

mod judgement;
mod list;
mod matcher;
mod scan;

use std::process::ExitCode;

use bedrock_model_id::{catalog::Region, lifecycle::Date};
use clap::{Args, Parser, Subcommand, ValueEnum};

use judgement::Level;

/// Exit status when an ID is refused (or, for `scan`, reaches `--fail-on`).
const REFUSED: u8 = 1;
/// Exit status for bad input: a bad flag, date or region, an unreadable path.
const BAD_INPUT: u8 = 2;

#[derive(Parser)]
#[command(
    name = "bedrock-model-id",
    version,
    about = "Check Amazon Bedrock model IDs against a catalog of models, lifecycle dates and regions",
    long_about = "Check Amazon Bedrock model IDs against the catalog of the bedrock-model-id crate: \
        which IDs exist, which are Legacy or past their end of life, and which form (bare ID or \
        cross-region inference profile) can be called from a region. No AWS credentials are \
        needed: the catalog is built in, with the data date `list` prints.\n\n\
        Exit status: 0 when everything passes, 1 when an ID is refused (for `scan`: a finding \
        at the `--fail-on` level), 2 on bad input (an unknown flag, a bad date or region, a path \
        that cannot be read)."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    Check(CheckArgs),
    Scan(ScanArgs),
    List(ListArgs),
}

/// Date and region, shared by every command.
#[derive(Args, Clone, Copy)]
struct When {
    /// Judge lifecycle as of this date (`YYYY-MM-DD`, UTC) instead of today. Pin it in CI so a
    /// run does not change verdicts from one day to the next without a code change.
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    as_of: Option<Date>,
    /// Judge for calls from this AWS region (e.g. `eu-west-1`): region-scoped lifecycle applies,
    /// and a form that cannot be called from there is refused. An ARN names its own region: another one given is an error.
    #[arg(long, value_name = "REGION", value_parser = parse_region)]
    region: Option<Region>,
}

impl When {
    fn date(self) -> Date {
        self.as_of.unwrap_or_else(Date::today_utc)
    }
}

fn parse_date(text: &str) -> Result<Date, String> {
    Date::parse(text).map_err(|e| e.to_string())
}

fn parse_region(text: &str) -> Result<Region, String> {
    Region::parse(text).map_err(|e| e.to_string())
}

/// Check model IDs given on the command line and print the verdict on each.
#[derive(Args)]
#[command(
    long_about = "Check model IDs given on the command line and print the verdict on \
    each: ok, warning (Legacy, public extended access, or something the sources cannot tell) \
    or error (unknown, malformed, past its end of life, not callable in that form or from that \
    region), with what the ID was recognised as and the full message.\n\n\
    Accepted: base model IDs, Provisioned Throughput IDs, cross-region inference-profile IDs \
    (`us.`, `eu.`, `apac.`, `jp.`, `au.`, `ca.`, `in.`, `global.`, `us-gov.`) and Bedrock ARNs. \
    IDs are judged as bedrock-runtime IDs (InvokeModel, Converse): a Bedrock Mantle ID is an \
    error that says so, unless `--mantle` is given.\n\n\
    Exit status 1 when any ID is refused."
)]
struct CheckArgs {
    /// The model IDs, inference-profile IDs or ARNs to check.
    #[arg(value_name = "ID", required = true)]
    ids: Vec<String>,
    #[command(flatten)]
    when: When,
    /// Judge the IDs as Bedrock Mantle IDs (`bedrock-mantle.<region>.api.aws`: OpenAI Chat
    /// Completions and Responses, Anthropic Messages) instead of bedrock-runtime IDs.
    #[arg(long)]
    mantle: bool,
    /// Print one JSON object per ID, in an array, instead of text.
    #[arg(long)]
    json: bool,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Format {
    /// `file:line:column: level[kind] ID: message`, one finding per line.
    Human,
    /// A JSON object with `findings`, `skipped` and `errors`.
    Json,
    /// GitHub Actions workflow annotations (`::error file=...,line=...,col=...::message`) for
    /// warnings and errors.
    Github,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum FailOn {
    /// Exit 1 when any finding is a warning or an error.
    Warn,
    /// Exit 1 when any finding is an error.
    Error,
}

/// Scan files for Bedrock model IDs and judge each one.
#[derive(Args)]
#[command(
    long_about = "Scan files for strings that look like Bedrock model IDs, \
    inference-profile IDs, Bedrock Mantle IDs or Bedrock ARNs, and judge each one: YAML, TOML \
    and `.env` configs, Terraform, Python, TypeScript, Rust, anything in text.\n\n\
    Directories are walked respecting `.gitignore`, `.ignore` and the git excludes (hidden files \
    such as `.env` are scanned; `.git` is not). A file named on the command line is scanned even \
    if ignored. Binary files (a NUL byte in the first 8 KiB) and files that are not UTF-8 are \
    skipped and counted (listed with `--verbose` and in JSON); a file named on the command line \
    that is not UTF-8 is an error.\n\n\
    A candidate starts with a provider of the catalog (`anthropic.`, `amazon.`, `meta.`, ...), \
    optionally after a profile prefix (`eu.`), with a `-` or `:` in the word after it and a \
    digit (as every catalog ID has: `amazon.nova-pro-v1:0`, `deepseek.v3.2`); or it is an ARN \
    of `bedrock`, or of a `sagemaker` endpoint. So `amazon.com`, `amazon.aws`, `openai.api-key`, \
    e-mail addresses, URLs, version strings and other services' ARNs are not reported, and \
    patterns (`anthropic.*`, `${prefix}.anthropic...`) are not either. Each literal is reported \
    once per line.\n\n\
    A Bedrock Mantle ID is a warning (the scan cannot tell whether the code calls Mantle or \
    bedrock-runtime); one Mantle no longer lists is an error.\n\n\
    Exit status 1 when a finding reaches `--fail-on`, 2 when a path could not be read (the \
    rest is still scanned)."
)]
struct ScanArgs {
    /// Files and directories to scan [default: the current directory].
    #[arg(value_name = "PATH")]
    paths: Vec<std::path::PathBuf>,
    #[command(flatten)]
    when: When,
    /// Output format.
    #[arg(long, value_enum, default_value = "human")]
    format: Format,
    /// The lowest level that makes the exit status 1.
    #[arg(long, value_enum, default_value = "error", value_name = "LEVEL")]
    fail_on: FailOn,
    /// Follow symbolic links while walking (by default links to files and directories are left
    /// out; a link named on the command line is always read). With it, a link to one of its
    /// own ancestors is reported as an error and not followed.
    #[arg(long, short = 'L')]
    follow_links: bool,
    /// Also print findings that are ok (human format), and every skipped file.
    #[arg(long, short)]
    verbose: bool,
}

/// List the models the catalog knows, with their lifecycle and the ID to call from a region.
#[derive(Args)]
#[command(
    long_about = "List the bedrock-runtime models the catalog knows, as an aligned \
    table: ID, provider and name, lifecycle on the date (`--as-of`), whether the bare ID is served \
    on demand (from `--region`, else anywhere), and the inference-profile prefixes it offers.\n\n\
    With `--region`, the last column is the exact ID to call from that region: the bare ID \
    where the region serves it on demand, else the inference profile that routes from there \
    (e.g. `eu.` + ID), or `-` when nothing is callable from there."
)]
struct ListArgs {
    #[command(flatten)]
    when: When,
    /// Only models of this provider: its name (`Anthropic`) or ID prefix (`anthropic`), any
    /// case.
    #[arg(long, value_name = "PROVIDER")]
    provider: Option<String>,
    /// Only models that can be called on the date (and from `--region`, if given): not past
    /// their end of life, still listed, with an ID that is accepted.
    #[arg(long)]
    callable: bool,
    /// Print a JSON array instead of the table.
    #[arg(long)]
    json: bool,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Check(args) => Ok(check(&args)),
        Command::Scan(args) => Ok(scan::run(&args)),
        Command::List(args) => list::run(&args),
    };
    match result {
        Ok(code) => ExitCode::from(code),
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::from(BAD_INPUT)
        }
    }
}

/// Judges each ID; the exit status says whether one was refused.
fn check(args: &CheckArgs) -> u8 {
    let as_of = args.when.date();
    let region = args.when.region;
    let judged: Vec<_> = args
        .ids
        .iter()
        .map(|id| {
            let judgement = if args.mantle {
                judgement::mantle(id, as_of, region)
            } else {
                judgement::runtime(id, as_of, region)
            };
            (id, judgement)
        })
        .collect();
    let refused = judged
        .iter()
        .filter(|(_, j)| j.level == Level::Error)
        .count();
    if args.json {
        let items: Vec<_> = judged
            .iter()
            .map(|(id, j)| {
                serde_json::json!({
                    "id": id,
                    "level": j.level.as_str(),
                    "verdict": j.kind,
                    "recognised_as": (!j.recognised.is_empty()).then_some(&j.recognised),
                    "message": j.message,
                    "as_of": as_of.to_string(),
                    "region": region.map(Region::name),
                })
            })
            .collect();
        say!("{}", serde_json::to_string_pretty(&items).expect("JSON"));
    } else {
        for (id, j) in &judged {
            say!("{:<8} {id}", j.level.as_str());
            if !j.recognised.is_empty() && !j.message.starts_with(&j.recognised) {
                say!("         {}", j.recognised);
            }
            say!("         {}", j.message);
        }
        let warnings = judged
            .iter()
            .filter(|(_, j)| j.level == Level::Warning)
            .count();
        let place = region.map_or_else(|| "any region".to_owned(), |r| r.to_string());
        say!(
            "\n{} checked as of {as_of} in {place}: {} ok, {warnings} with a warning, {refused} refused",
            judged.len(),
            judged.len() - refused - warnings
        );
    }
    if refused > 0 { REFUSED } else { 0 }
}
