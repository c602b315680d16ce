//! Writes a repository-shaped tree of N files for the scan benchmark (`BENCHMARKS.md`).
//!
//! ```text
//! cargo run --release -p bedrock-model-id-cli --example gen-repo -- DIR [N]
//! ```
//!
//! N (default 10,000) files over 100 directories: Python, TypeScript, YAML, Terraform, Rust
//! and Markdown, about 60 lines each, one in ten naming a model ID, the rest look-alike noise
//! (URLs, e-mail addresses, version strings, other services' ARNs). Deterministic.

use std::fmt::Write as _;
use std::path::PathBuf;

const IDS: [&str; 6] = [
    "amazon.nova-pro-v1:0",
    "us.anthropic.claude-sonnet-4-5-20250929-v1:0",
    "anthropic.claude-3-haiku-20240307-v1:0",
    "meta.llama3-8b-instruct-v1:0",
    "amazon.nova-prov1:0",
    "arn:aws:bedrock:us-west-2::foundation-model/amazon.titan-embed-text-v2:0",
];

const NOISE: [&str; 6] = [
    "    # see https://docs.aws.amazon.com/bedrock/latest/userguide/ or mail ops@amazon.com",
    "    version = \"1.2.3\"  # boto3==1.35.0, python3.11",
    "    bucket = \"arn:aws:s3:::transcripts-{n}\"",
    "    result = compute_total(items[{n}], weight=0.{n}, label=\"batch-{n}\")",
    "    logger.info(\"processed %d records in %.2fs\", count, elapsed)",
    "    fn_arn = \"arn:aws:lambda:us-east-1:123456789012:function:worker-{n}\"",
];

const EXTENSIONS: [&str; 6] = ["py", "ts", "yaml", "tf", "rs", "md"];

fn main() -> std::io::Result<()> {
    let mut args = std::env::args().skip(1);
    let dir = PathBuf::from(args.next().expect("usage: gen-repo DIR [N]"));
    let files: usize = args
        .next()
        .map_or(10_000, |n| n.parse().expect("N is a number"));
    for i in 0..files {
        let sub = dir.join(format!("pkg{:02}", i % 100));
        std::fs::create_dir_all(&sub)?;
        let mut text = String::new();
        for line in 0..60 {
            let n = i * 60 + line;
            if line == 30 && i % 10 == 0 {
                let _ = writeln!(text, "    model_id = \"{}\"", IDS[(i / 10) % IDS.len()]);
            } else {
                let _ = writeln!(
                    text,
                    "{}",
                    NOISE[n % NOISE.len()].replace("{n}", &n.to_string())
                );
            }
        }
        let ext = EXTENSIONS[i % EXTENSIONS.len()];
        std::fs::write(sub.join(format!("module_{i:05}.{ext}")), text)?;
    }
    println!("{files} files in {}", dir.display());
    Ok(())
}
