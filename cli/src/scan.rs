//! `scan`: walk files, find model-ID candidates, judge and report them.

use std::io::Write;
use std::path::{Path, PathBuf};

use bedrock_model_id::catalog::Region;

use crate::judgement::{self, Judgement, Level};
use crate::matcher;
use crate::{BAD_INPUT, FailOn, Format, REFUSED, ScanArgs};

/// Bytes looked at for a NUL, as git and ripgrep do.
const BINARY_PROBE: usize = 8 * 1024;

struct Finding {
    path: PathBuf,
    line: usize,
    column: usize,
    id: String,
    judgement: Judgement,
}

#[derive(Clone, Copy)]
enum SkipReason {
    Binary,
    NotUtf8,
}

impl SkipReason {
    const fn as_str(self) -> &'static str {
        match self {
            SkipReason::Binary => "binary",
            SkipReason::NotUtf8 => "not UTF-8",
        }
    }
}

#[derive(Default)]
struct Report {
    findings: Vec<Finding>,
    skipped: Vec<(PathBuf, SkipReason)>,
    errors: Vec<String>,
    files: usize,
}

enum Content {
    Text(String),
    Skipped(SkipReason),
}

fn read(path: &Path) -> Result<Content, String> {
    let bytes =
        std::fs::read(path).map_err(|e| format!("cannot read `{}`: {e}", path.display()))?;
    if bytes[..bytes.len().min(BINARY_PROBE)].contains(&0) {
        return Ok(Content::Skipped(SkipReason::Binary));
    }
    match String::from_utf8(bytes) {
        Ok(text) => Ok(Content::Text(text)),
        Err(_) => Ok(Content::Skipped(SkipReason::NotUtf8)),
    }
}

fn scan_text(path: &Path, text: &str, args: &ScanArgs, report: &mut Report) {
    let as_of = args.when.date();
    if !matcher::may_contain(text) {
        return;
    }
    for (index, line) in text.lines().enumerate() {
        for candidate in matcher::candidates(line) {
            report.findings.push(Finding {
                path: path.to_owned(),
                line: index + 1,
                column: line[..candidate.start].chars().count() + 1,
                id: candidate.text.to_owned(),
                judgement: judgement::scanned(candidate.text, as_of, args.when.region),
            });
        }
    }
}

fn scan_file(path: &Path, explicit: bool, args: &ScanArgs, report: &mut Report) {
    let content = read(path);
    if content.is_ok() {
        report.files += 1;
    }
    match content {
        Ok(Content::Text(text)) => scan_text(path, &text, args, report),
        Ok(Content::Skipped(SkipReason::NotUtf8)) if explicit => report.errors.push(format!(
            "`{}` is not UTF-8 text: scan reads UTF-8 files only (convert it, or leave it out)",
            path.display()
        )),
        Ok(Content::Skipped(reason)) => report.skipped.push((path.to_owned(), reason)),
        Err(message) => report.errors.push(message),
    }
}

fn walk_error(error: &ignore::Error) -> String {
    let text = error.to_string();
    if text.contains("File system loop found") {
        format!("{text}: a symbolic link loop, not followed")
    } else {
        text
    }
}

fn walk(root: &Path, args: &ScanArgs, report: &mut Report) {
    let walker = ignore::WalkBuilder::new(root)
        .hidden(false)
        .require_git(false)
        .follow_links(args.follow_links)
        .filter_entry(|entry| entry.file_name() != ".git")
        .sort_by_file_path(Path::cmp)
        .build();
    for entry in walker {
        match entry {
            Ok(entry) => {
                if entry.file_type().is_some_and(|t| t.is_file()) {
                    scan_file(entry.path(), false, args, report);
                } else if entry.path_is_symlink() && !args.follow_links {
                    // Not followed, by default: neither loops nor files outside the tree.
                } else if entry.file_type().is_none() {
                    report
                        .errors
                        .push(format!("`{}`: unknown file type", entry.path().display()));
                }
            }
            Err(error) => report.errors.push(walk_error(&error)),
        }
    }
}

/// Scans the paths and prints the findings; the exit status says whether one reached
/// `--fail-on`, or a path could not be read.
pub fn run(args: &ScanArgs) -> u8 {
    let paths = if args.paths.is_empty() {
        vec![PathBuf::from(".")]
    } else {
        args.paths.clone()
    };
    let mut report = Report::default();
    for path in &paths {
        match std::fs::metadata(path) {
            Ok(meta) if meta.is_dir() => walk(path, args, &mut report),
            Ok(_) => scan_file(path, true, args, &mut report),
            Err(e) => report
                .errors
                .push(format!("cannot read `{}`: {e}", path.display())),
        }
    }
    print(&report, args);
    let threshold = match args.fail_on {
        FailOn::Warn => Level::Warning,
        FailOn::Error => Level::Error,
    };
    if !report.errors.is_empty() {
        return BAD_INPUT;
    }
    let failed = report
        .findings
        .iter()
        .any(|f| f.judgement.level >= threshold);
    if failed { REFUSED } else { 0 }
}

/// `%`, `\r`, `\n` (and `:` and `,` in properties) escaped, as GitHub's workflow commands want.
fn escape_data(text: &str) -> String {
    text.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

fn escape_property(text: &str) -> String {
    escape_data(text).replace(':', "%3A").replace(',', "%2C")
}

fn print(report: &Report, args: &ScanArgs) {
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    match args.format {
        Format::Human => print_human(&mut out, report, args.verbose),
        Format::Github => print_github(&mut out, report),
        Format::Json => print_json(&mut out, report, args),
    }
    let _ = out.flush();
    for error in &report.errors {
        eprintln!("error: {error}");
    }
    if args.verbose {
        for (path, reason) in &report.skipped {
            eprintln!("skipped: {} ({})", path.display(), reason.as_str());
        }
    }
    if args.format != Format::Json {
        let count = |level| {
            report
                .findings
                .iter()
                .filter(|f| f.judgement.level == level)
                .count()
        };
        let scanned = report.files - report.skipped.len();
        eprintln!(
            "{} scanned, {} skipped (binary or not UTF-8); {} found: {} ok, {}, {} (as of {})",
            plural(scanned, "file"),
            report.skipped.len(),
            plural(report.findings.len(), "ID"),
            count(Level::Ok),
            plural(count(Level::Warning), "warning"),
            plural(count(Level::Error), "error"),
            args.when.date()
        );
    }
}

/// `path:line:column: level[kind] id: message`, one a finding; `ok` ones only when `verbose`.
fn print_human(out: &mut impl Write, report: &Report, verbose: bool) {
    for f in &report.findings {
        if f.judgement.level == Level::Ok && !verbose {
            continue;
        }
        let _ = writeln!(
            out,
            "{}:{}:{}: {}[{}] {}: {}",
            f.path.display(),
            f.line,
            f.column,
            f.judgement.level.as_str(),
            f.judgement.kind,
            f.id,
            f.judgement.message
        );
    }
}

/// A GitHub workflow command (`::warning` or `::error`) per finding that is not `ok`.
fn print_github(out: &mut impl Write, report: &Report) {
    for f in &report.findings {
        let command = match f.judgement.level {
            Level::Ok => continue,
            Level::Warning => "warning",
            Level::Error => "error",
        };
        let _ = writeln!(
            out,
            "::{command} file={},line={},col={},title={}::{}",
            escape_property(&f.path.to_string_lossy()),
            f.line,
            f.column,
            escape_property(&format!("Bedrock model ID {}: {}", f.id, f.judgement.kind)),
            escape_data(&f.judgement.message)
        );
    }
}

/// One JSON object: the date and region judged by, the findings, the skipped files, the errors.
fn print_json(out: &mut impl Write, report: &Report, args: &ScanArgs) {
    let findings: Vec<_> = report
        .findings
        .iter()
        .map(|f| {
            serde_json::json!({
                "file": f.path.to_string_lossy(),
                "line": f.line,
                "column": f.column,
                "id": f.id,
                "level": f.judgement.level.as_str(),
                "verdict": f.judgement.kind,
                "recognised_as": (!f.judgement.recognised.is_empty())
                    .then_some(&f.judgement.recognised),
                "message": f.judgement.message,
            })
        })
        .collect();
    let skipped: Vec<_> = report
        .skipped
        .iter()
        .map(|(path, reason)| {
            serde_json::json!({"file": path.to_string_lossy(), "reason": reason.as_str()})
        })
        .collect();
    let value = serde_json::json!({
        "as_of": args.when.date().to_string(),
        "region": args.when.region.map(Region::name),
        "files_scanned": report.files - report.skipped.len(),
        "findings": findings,
        "skipped": skipped,
        "errors": report.errors,
    });
    let _ = writeln!(
        out,
        "{}",
        serde_json::to_string_pretty(&value).expect("JSON")
    );
}

fn plural(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}
