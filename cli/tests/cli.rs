//! Runs the `bedrock-model-id` binary: on the fixture tree, on IDs, on the catalog listing, and
//! on bad input. Dates are pinned with `--as-of` so verdicts do not drift.

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use predicates::prelude::*;
use serde_json::Value;

const AS_OF: &str = "2026-12-01";

fn bin() -> Command {
    Command::cargo_bin("bedrock-model-id").expect("the binary")
}

fn fixture() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/repo")
}

/// Runs `scan --format json` in the fixture tree; returns the parsed report and the exit code.
fn scan_json(args: &[&str]) -> (Value, i32) {
    let output = bin()
        .current_dir(fixture())
        .args(["scan", "--as-of", AS_OF, "--format", "json"])
        .args(args)
        .output()
        .expect("runs");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    let report = serde_json::from_slice(&output.stdout).expect("JSON on stdout");
    (report, output.status.code().expect("exit code"))
}

#[test]
fn scan_finds_exactly_the_ids_of_the_fixture_tree() {
    let (report, code) = scan_json(&[]);
    // `file:line:column id verdict`, one a finding.
    let findings: Vec<String> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            format!(
                "{}:{}:{} {} {}",
                f["file"].as_str().unwrap(),
                f["line"].as_u64().unwrap(),
                f["column"].as_u64().unwrap(),
                f["id"].as_str().unwrap(),
                f["verdict"].as_str().unwrap(),
            )
        })
        .collect();
    let expected = [
        "./.env:2:10 amazon.nova-pro-v1:0 active",
        "./.env:3:20 amazon.titan-embed-text-v2:0 active",
        "./config/models.yaml:3:10 eu.amazon.nova-pro-v1:0 active",
        "./config/models.yaml:7:12 amazon.nova-prov1:0 unknown",
        "./config/models.yaml:9:12 meta.llama2-13b-chat-v1 end-of-life",
        "./config/models.yaml:11:13 openai.gpt-oss-120b mantle-only",
        "./infra/main.tf:3:30 anthropic.claude-3-haiku-20240307-v1:0 end-of-life",
        "./infra/main.tf:11:8 arn:aws:bedrock:us-west-2::foundation-model/meta.llama3-8b-instruct-v1:0 active",
        "./infra/main.tf:19:14 global.anthropic.claude-sonnet-4-5-20250929-v1:0 deprecated",
        "./rust/src/lib.rs:4:39 amazon.titan-embed-text-v2:0 active",
        "./rust/src/lib.rs:7:25 anthropic.claude-haiku-4-5-20251001-v1:0 not-callable",
        "./service/app.py:7:18 us.anthropic.claude-sonnet-4-5-20250929-v1:0 deprecated",
        "./service/app.py:8:19 anthropic.claude-3-haiku-20240307-v1:0 end-of-life",
        "./service/app.py:9:52 cohere.embed-english-v3:0:512 active",
        "./service/app.py:15:34 anthropic.claude-haiku-4-5-20251001-v1:0 not-callable",
        "./web/src/client.ts:6:10 us.anthropic.claude-sonnet-4-5-20250929-v1:0 deprecated",
        "./web/src/client.ts:7:11 amazon.nova-lite-v1:0 active",
    ];
    assert_eq!(findings, expected);
    // The look-alike file, the `.gitignore`d files and the skipped ones yield nothing.
    assert_eq!(code, 1, "errors among the findings");
    let skipped: Vec<_> = report["skipped"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| (s["file"].as_str().unwrap(), s["reason"].as_str().unwrap()))
        .collect();
    assert_eq!(
        skipped,
        [
            ("./assets/logo.bin", "binary"),
            ("./docs/latin1.txt", "not UTF-8")
        ]
    );
    assert_eq!(report["files_scanned"], 8);
    assert_eq!(report["errors"].as_array().unwrap().len(), 0);
}

#[test]
fn the_look_alike_file_yields_nothing() {
    let (report, code) = scan_json(&["docs/lookalikes.md"]);
    assert_eq!(report["findings"].as_array().unwrap().len(), 0, "{report}");
    assert_eq!(code, 0);
}

#[test]
fn scan_human_format_is_file_line_column_level_kind_id_message() {
    bin()
        .current_dir(fixture())
        .args(["scan", "--as-of", AS_OF, "config"])
        .assert()
        .code(1)
        .stdout(predicate::str::starts_with(
            "config/models.yaml:7:12: error[unknown] amazon.nova-prov1:0: unknown Bedrock model \
             ID `amazon.nova-prov1:0`: did you mean `amazon.nova-pro-v1:0`",
        ))
        // Ok findings only with --verbose.
        .stdout(predicate::str::contains("eu.amazon.nova-pro-v1:0").not())
        .stderr(predicate::str::contains(
            "1 file scanned, 0 skipped (binary or not UTF-8); 4 IDs found: 1 ok, 1 warning, 2 errors",
        ));
}

#[test]
fn scan_github_format_prints_annotations_for_warnings_and_errors() {
    let output = bin()
        .current_dir(fixture())
        .args(["scan", "--as-of", AS_OF, "--format", "github", "web"])
        .output()
        .unwrap();
    let stdout = String::from_utf8(output.stdout).unwrap();
    let lines: Vec<_> = stdout.lines().collect();
    assert_eq!(lines.len(), 1, "{stdout}");
    assert!(
        lines[0].starts_with(
            "::warning file=web/src/client.ts,line=6,col=10,title=Bedrock model ID \
             us.anthropic.claude-sonnet-4-5-20250929-v1%3A0%3A deprecated::\
             `anthropic.claude-sonnet-4-5-20250929-v1:0` (Anthropic Claude Sonnet 4.5) is Legacy"
        ),
        "{stdout}"
    );
    assert_eq!(output.status.code(), Some(0), "a warning passes by default");
}

#[test]
fn fail_on_warn_fails_on_a_warning() {
    bin()
        .current_dir(fixture())
        .args(["scan", "--as-of", AS_OF, "--fail-on", "warn", "web"])
        .assert()
        .code(1);
    bin()
        .current_dir(fixture())
        .args(["scan", "--as-of", AS_OF, "--fail-on", "error", "web"])
        .assert()
        .code(0);
}

#[test]
fn a_file_named_on_the_command_line_is_scanned_even_if_ignored() {
    let (report, _) = scan_json(&["generated/models.yaml"]);
    assert_eq!(report["findings"][0]["id"], "anthropic.claude-v1");
    assert_eq!(report["findings"][0]["verdict"], "end-of-life");
}

#[test]
fn check_prints_each_verdict_and_fails_when_one_is_refused() {
    bin()
        .args([
            "check",
            "--as-of",
            AS_OF,
            "amazon.nova-pro-v1:0",
            "us.anthropic.claude-sonnet-4-5-20250929-v1:0",
            "anthropic.claud-v2:1",
        ])
        .assert()
        .code(1)
        .stdout(predicate::str::contains(
            "ok       amazon.nova-pro-v1:0\n         base model ID, Amazon Nova Pro: Active as of 2026-12-01\n",
        ))
        .stdout(predicate::str::contains(
            "warning  us.anthropic.claude-sonnet-4-5-20250929-v1:0\n         inference-profile ID, Anthropic Claude Sonnet 4.5\n",
        ))
        .stdout(predicate::str::contains(
            "error    anthropic.claud-v2:1\n         unknown Bedrock model ID `anthropic.claud-v2:1`: did you mean `anthropic.claude-v2:1`",
        ))
        .stdout(predicate::str::ends_with(
            "3 checked as of 2026-12-01 in any region: 1 ok, 1 with a warning, 1 refused\n",
        ));
    bin()
        .args(["check", "--as-of", AS_OF, "amazon.nova-pro-v1:0"])
        .assert()
        .code(0);
}

#[test]
fn check_applies_the_region() {
    bin()
        .args([
            "check",
            "--as-of",
            AS_OF,
            "--region",
            "eu-west-1",
            "amazon.nova-pro-v1:0",
        ])
        .assert()
        .code(1)
        .stdout(predicate::str::contains("eu.amazon.nova-pro-v1:0"));
}

#[test]
fn check_judges_mantle_ids_as_runtime_ids_unless_told() {
    bin()
        .args(["check", "--as-of", AS_OF, "openai.gpt-oss-120b"])
        .assert()
        .code(1)
        .stdout(predicate::str::contains(
            "is a Bedrock Mantle model ID (OpenAI; Mantle's OpenAI Chat Completions",
        ))
        .stdout(predicate::str::contains("`openai.gpt-oss-120b-1:0`"));
    bin()
        .args(["check", "--as-of", AS_OF, "--mantle", "openai.gpt-oss-120b"])
        .assert()
        .code(0)
        .stdout(predicate::str::starts_with(
            "ok       openai.gpt-oss-120b\n",
        ));
    bin()
        .args([
            "check",
            "--as-of",
            AS_OF,
            "--mantle",
            "openai.gpt-oss-120b-1:0",
        ])
        .assert()
        .code(1);
}

#[test]
fn check_json_is_one_object_per_id() {
    let output = bin()
        .args([
            "check",
            "--as-of",
            AS_OF,
            "--json",
            "meta.llama2-13b-chat-v1",
            "arn:aws:bedrock:us-east-1:123456789012:provisioned-model/abcd1234efgh",
        ])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let items: Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(items[0]["level"], "error");
    assert_eq!(items[0]["verdict"], "end-of-life");
    assert_eq!(items[1]["level"], "ok");
    assert_eq!(
        items[1]["recognised_as"],
        "provisioned-model ARN, account-specific resource: syntax checked"
    );
}

#[test]
fn list_gives_the_id_to_call_from_a_region() {
    let output = bin()
        .args([
            "list",
            "--as-of",
            AS_OF,
            "--region",
            "eu-west-1",
            "--provider",
            "amazon",
        ])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0));
    let stdout = String::from_utf8(output.stdout).unwrap();
    let header = stdout.lines().next().unwrap();
    assert!(header.starts_with("ID  "), "{header}");
    assert!(header.ends_with("CALL FROM eu-west-1"), "{header}");
    let nova = stdout
        .lines()
        .find(|l| l.starts_with("amazon.nova-pro-v1:0 "))
        .unwrap();
    let cells: Vec<_> = nova.split("  ").filter(|c| !c.trim().is_empty()).collect();
    assert_eq!(
        cells.iter().map(|c| c.trim()).collect::<Vec<_>>(),
        [
            "amazon.nova-pro-v1:0",
            "Amazon Nova Pro",
            "Active",
            "no",
            "eu.amazon.nova-pro-v1:0"
        ]
    );
    // Aligned: every row's last column starts where the header's does.
    let at = header.find("CALL FROM").unwrap();
    assert!(stdout.lines().all(|l| l.len() > at));
}

#[test]
fn list_callable_json_keeps_only_models_callable_from_the_region() {
    let all = bin()
        .args(["list", "--as-of", AS_OF, "--region", "eu-west-1", "--json"])
        .output()
        .unwrap();
    let callable = bin()
        .args([
            "list",
            "--as-of",
            AS_OF,
            "--region",
            "eu-west-1",
            "--json",
            "--callable",
        ])
        .output()
        .unwrap();
    let all: Value = serde_json::from_slice(&all.stdout).unwrap();
    let callable: Value = serde_json::from_slice(&callable.stdout).unwrap();
    let (all, callable) = (all.as_array().unwrap(), callable.as_array().unwrap());
    assert!(callable.len() < all.len() && !callable.is_empty());
    assert!(
        callable
            .iter()
            .all(|m| m["callable"] == true && m["call"].is_string())
    );
    assert!(
        callable
            .iter()
            .any(|m| m["call"] == "eu.amazon.nova-pro-v1:0")
    );
}

// Bad input: one clear error, exit status 2, never a panic.

fn bad_input(args: &[&str], message: &str) {
    let output = bin().current_dir(fixture()).args(args).output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{args:?}: {stderr}");
    assert!(stderr.contains(message), "{args:?}: {stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
}

#[test]
fn an_unknown_flag_is_an_error() {
    bad_input(
        &["scan", "--formt", "json"],
        "error: unexpected argument '--formt' found",
    );
    bad_input(
        &["scan", "--format", "xml"],
        "[possible values: human, json, github]",
    );
    bad_input(&["frobnicate"], "unrecognized subcommand 'frobnicate'");
    bad_input(
        &["check"],
        "the following required arguments were not provided",
    );
}

#[test]
fn a_bad_date_or_region_is_an_error_naming_what_is_accepted() {
    bad_input(
        &["check", "--as-of", "2026-13-01", "amazon.nova-pro-v1:0"],
        "expected `YYYY-MM-DD`, e.g. `2026-01-31`",
    );
    bad_input(
        &["list", "--region", "eu-west-9"],
        "unknown AWS region `eu-west-9`: did you mean",
    );
    bad_input(
        &["list", "--provider", "acme"],
        "error: unknown provider `acme`; accepted",
    );
}

#[test]
#[cfg(unix)]
fn a_missing_or_dangling_path_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let link = dir.path().join("dangling");
    std::os::unix::fs::symlink(dir.path().join("nowhere"), &link).unwrap();
    bad_input(
        &["scan", "no/such/dir"],
        "error: cannot read `no/such/dir`: No such file or directory",
    );
    bad_input(
        &["scan", link.to_str().unwrap()],
        "dangling`: No such file or directory",
    );
}

#[test]
#[cfg(unix)]
fn an_unreadable_file_is_an_error_and_the_rest_is_scanned() {
    let dir = tempfile::tempdir().unwrap();
    let secret = dir.path().join("secret.yaml");
    std::fs::write(&secret, "model: amazon.nova-pro-v1:0\n").unwrap();
    std::fs::write(dir.path().join("ok.yaml"), "model: amazon.nova-lite-v1:0\n").unwrap();
    // Root reads a file without permissions, so this case bites only for other users;
    // `a_file_that_fails_to_read_is_an_error` covers root.
    std::fs::set_permissions(&secret, std::os::unix::fs::PermissionsExt::from_mode(0o000)).unwrap();
    let permissions_bite = std::fs::read(&secret).is_err();
    let output = bin()
        .args(["scan", "--as-of", AS_OF, "--format", "json"])
        .arg(dir.path())
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    let report: Value = serde_json::from_slice(&output.stdout).unwrap();
    let ids: Vec<_> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["id"].as_str().unwrap())
        .collect();
    assert!(ids.contains(&"amazon.nova-lite-v1:0"));
    if permissions_bite {
        assert_eq!(output.status.code(), Some(2));
        assert!(
            stderr.contains("secret.yaml`: Permission denied"),
            "{stderr}"
        );
    } else {
        assert_eq!(output.status.code(), Some(0));
    }
    std::fs::set_permissions(&secret, std::os::unix::fs::PermissionsExt::from_mode(0o644)).unwrap();
}

#[test]
#[cfg(unix)]
fn a_file_that_fails_to_read_is_an_error() {
    // Reading `/proc/self/mem` from offset 0 fails (EIO) for every user, root included.
    if Path::new("/proc/self/mem").exists() {
        bad_input(
            &["scan", "/proc/self/mem"],
            "error: cannot read `/proc/self/mem`: ",
        );
    }
}

#[test]
fn a_non_utf8_file_named_on_the_command_line_is_an_error() {
    bad_input(
        &["scan", "docs/latin1.txt"],
        "error: `docs/latin1.txt` is not UTF-8 text: scan reads UTF-8 files only",
    );
}

#[test]
#[cfg(unix)]
fn a_symlink_loop_is_not_followed_by_default_and_an_error_when_following() {
    let dir = tempfile::tempdir().unwrap();
    let inner = dir.path().join("a/b");
    std::fs::create_dir_all(&inner).unwrap();
    std::fs::write(inner.join("m.env"), "MODEL=amazon.nova-pro-v1:0\n").unwrap();
    std::os::unix::fs::symlink(dir.path().join("a"), inner.join("loop")).unwrap();
    let output = bin()
        .args(["scan", "--as-of", AS_OF])
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0));
    let output = bin()
        .args(["scan", "--as-of", AS_OF, "--follow-links", "-v"])
        .arg(dir.path())
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("File system loop found")
            && stderr.contains("a symbolic link loop, not followed"),
        "{stderr}"
    );
    assert!(!stderr.contains("panicked"));
    // The file is still scanned, once.
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert_eq!(
        stdout.matches("amazon.nova-pro-v1:0").count(),
        1,
        "{stdout}"
    );
}

#[test]
fn every_command_has_reviewed_help() {
    bin()
        .arg("--help")
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "Exit status: 0 when everything passes",
        ));
    bin()
        .args(["check", "--help"])
        .assert()
        .success()
        .stdout(predicate::str::contains("a Bedrock Mantle ID is an error"))
        .stdout(predicate::str::contains("--mantle"));
    bin()
        .args(["scan", "--help"])
        .assert()
        .success()
        .stdout(predicate::str::contains("respecting `.gitignore`"))
        .stdout(predicate::str::contains("--fail-on <LEVEL>"));
    bin()
        .args(["list", "--help"])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "the exact ID to call from that region",
        ));
}

#[test]
fn scan_applies_the_region_to_every_finding() {
    let (report, _) = scan_json(&["--region", "eu-west-1", ".env"]);
    // `amazon.nova-pro-v1:0` is called through `eu.` from eu-west-1.
    assert_eq!(report["findings"][0]["id"], "amazon.nova-pro-v1:0");
    assert_eq!(report["findings"][0]["verdict"], "not-callable");
    assert!(
        report["findings"][0]["message"]
            .as_str()
            .unwrap()
            .contains("eu.amazon.nova-pro-v1:0")
    );
    assert_eq!(report["region"], "eu-west-1");
}
