//! A library published with `model_id!` never breaks its users' builds on a date: in a crate
//! they cannot edit (here a git dependency, which cargo checks out under its home), an end of
//! life is a warning; built on its own, where its owner can edit it, the same crate fails.
//! (Git revisions are short hashes of a fresh commit each run, so runs do not collide.)

use std::path::Path;
use std::process::{Command, Output};

mod support;

/// Claude v1.3 reached its end of life on 2024-02-28: date-driven, not a typo.
const RETIRED: &str = "anthropic.claude-v1";

fn run(command: &mut Command) -> Output {
    command.output().expect("the command runs")
}

fn git(dir: &Path, args: &[&str]) {
    let output = run(Command::new("git")
        .current_dir(dir)
        .args(["-c", "user.name=test", "-c", "user.email=test@example.com"])
        .args(args));
    assert!(output.status.success(), "git {args:?}: {output:?}");
}

fn check(dir: &Path, target: &Path) -> Output {
    check_as_of(dir, target, "2026-11-23")
}

fn check_as_of(dir: &Path, target: &Path, date: &str) -> Output {
    run(support::cargo()
        .current_dir(dir)
        .env("BEDROCK_MODEL_ID_AS_OF", date)
        .args(["check", "--target-dir"])
        .arg(target))
}

/// The checkout of `library`'s current commit that cargo made under its home.
fn checkout_of(library: &Path) -> std::path::PathBuf {
    let head =
        run(Command::new("git")
            .current_dir(library)
            .args(["rev-parse", "--short=7", "HEAD"]));
    let head = String::from_utf8_lossy(&head.stdout).trim().to_owned();
    let home = std::env::var_os("CARGO_HOME").map_or_else(
        || Path::new(&std::env::var_os("HOME").expect("HOME is set")).join(".cargo"),
        std::path::PathBuf::from,
    );
    let checkouts = home.join("git").join("checkouts");
    std::fs::read_dir(&checkouts)
        .expect("cargo's git checkouts")
        .filter_map(Result::ok)
        .filter(|entry| {
            entry
                .file_name()
                .to_string_lossy()
                .starts_with("dated-lib-")
        })
        .map(|entry| entry.path().join(&head))
        .find(|path| path.join("Cargo.toml").is_file())
        .unwrap_or_else(|| panic!("no checkout of {head} under {}", checkouts.display()))
}

#[test]
fn an_end_of_life_in_a_git_dependency_warns_and_fails_only_in_its_own_build() {
    let tmp = Path::new(env!("CARGO_TARGET_TMPDIR")).join("dependency-dates");
    let _ = std::fs::remove_dir_all(&tmp);
    let (library, app) = (tmp.join("dated-lib"), tmp.join("app"));
    // Shared with the other tests that build generated crates, so dependencies build once.
    let target = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("every-catalog-id")
        .join("target");
    let facade = env!("CARGO_MANIFEST_DIR");
    let lock = Path::new(facade).join("Cargo.lock");

    std::fs::create_dir_all(library.join("src")).unwrap();
    std::fs::write(
        library.join("Cargo.toml"),
        format!(
            "[package]\nname = \"dated-lib\"\nversion = \"0.1.0\"\nedition = \"2021\"\n\
             publish = false\n\n[dependencies]\nbedrock-model-id = {{ path = {facade:?} }}\n\n\
             [workspace]\n"
        ),
    )
    .unwrap();
    std::fs::write(
        library.join("src/lib.rs"),
        format!(
            "use bedrock_model_id::{{model_id, ModelId}};\n\
             pub const RETIRED: ModelId = model_id!({RETIRED:?});\n"
        ),
    )
    .unwrap();
    std::fs::copy(&lock, library.join("Cargo.lock")).unwrap();
    git(&library, &["init", "-q"]);
    git(&library, &["add", "."]);
    git(
        &library,
        &["commit", "-q", "-m", "a library that names a retired model"],
    );

    std::fs::create_dir_all(app.join("src")).unwrap();
    std::fs::write(
        app.join("Cargo.toml"),
        format!(
            "[package]\nname = \"app\"\nversion = \"0.0.0\"\nedition = \"2021\"\npublish = false\n\n\
             [dependencies]\ndated-lib = {{ git = \"file://{}\" }}\n\n[workspace]\n",
            library.display()
        ),
    )
    .unwrap();
    std::fs::write(
        app.join("src/lib.rs"),
        "pub fn id() -> String {\n    dated_lib::RETIRED.to_string()\n}\n",
    )
    .unwrap();
    std::fs::copy(&lock, app.join("Cargo.lock")).unwrap();

    // The dependent builds: cargo checked the library out under its home, where nobody edits it.
    let dependent = check(&app, &target);
    let stderr = String::from_utf8_lossy(&dependent.stderr);
    assert!(
        dependent.status.success(),
        "the dependent must build:\n{stderr}"
    );
    assert!(!stderr.contains("error"), "{stderr}");

    // Cargo hides a git dependency's warnings (`--cap-lints allow`), so look at the checkout
    // cargo made under its home directly: there the literal is a warning, not an error.
    let checkout = checkout_of(&library);
    // Cargo hashes a path package's outputs without its location, so the checkout and the
    // library share them: another date makes cargo rebuild each rather than replay the other.
    let in_home = check_as_of(&checkout, &target, "2026-11-24");
    let stderr = String::from_utf8_lossy(&in_home.stderr);
    assert!(
        in_home.status.success(),
        "the checkout must build:\n{stderr}"
    );
    assert!(
        stderr.contains("warning: use of deprecated constant")
            && stderr.contains("reached its end of life on 2024-02-28")
            && stderr.contains("a warning here, not an error, because this crate is a dependency"),
        "{stderr}"
    );

    // The library built on its own, where its owner can fix it: the same literal is an error.
    let own = check(&library, &target);
    let stderr = String::from_utf8_lossy(&own.stderr);
    assert!(!own.status.success(), "the library's own build must fail");
    assert!(
        stderr.contains(
            "`anthropic.claude-v1` (Anthropic Claude 1.3) reached its end of life on 2024-02-28"
        ),
        "{stderr}"
    );
}
