//! Running commands and reading what the system says about them: exit status, output, CPU time,
//! load, the symbols of a binary.

use std::fs;
use std::path::Path;
use std::process::{Command, Output};
use std::sync::OnceLock;

/// Runs `command` to its end, whatever its exit status.
pub fn run_unchecked(command: &mut Command) -> Result<Output, String> {
    command
        .output()
        .map_err(|e| format!("cannot run {command:?}: {e}"))
}

/// Runs `command`; an error with the end of its standard error if it fails.
pub fn checked(command: &mut Command) -> Result<Output, String> {
    let output = run_unchecked(command)?;
    if output.status.success() {
        Ok(output)
    } else {
        Err(format!(
            "{command:?} failed ({}):\n{}",
            output.status,
            tail(&String::from_utf8_lossy(&output.stderr), 40)
        ))
    }
}

/// The first line of a compiler's output that starts with `error`.
pub fn first_error(stderr: &str) -> String {
    stderr
        .lines()
        .find(|l| l.starts_with("error"))
        .unwrap_or("(no error line)")
        .to_owned()
}

/// The last `lines` lines of `text`.
pub fn tail(text: &str, lines: usize) -> String {
    let all: Vec<&str> = text.lines().collect();
    all[all.len().saturating_sub(lines)..].join("\n")
}

/// The packages other than `package` that cargo's output says it compiled.
pub fn compiled_others(stderr: &str, package: &str) -> Vec<String> {
    stderr
        .lines()
        .filter_map(|line| line.trim_start().strip_prefix("Compiling "))
        .filter_map(|rest| rest.split_whitespace().next())
        .filter(|name| *name != package)
        .map(str::to_owned)
        .collect()
}

/// The user and system time of the processes this one has waited for, cargo and the
/// compilers it ran included (Linux: `/proc/self/stat`, in clock ticks).
pub fn children_cpu_seconds() -> Option<f64> {
    let stat = fs::read_to_string("/proc/self/stat").ok()?;
    // Fields after the command name, which is in parentheses: state is field 3, cutime 16,
    // cstime 17.
    let fields: Vec<&str> = stat
        .get(stat.rfind(')')? + 1..)?
        .split_whitespace()
        .collect();
    let ticks = |index: usize| fields.get(index)?.parse::<f64>().ok();
    Some((ticks(13)? + ticks(14)?) / clock_ticks_per_second())
}

fn clock_ticks_per_second() -> f64 {
    static TICKS: OnceLock<f64> = OnceLock::new();
    *TICKS.get_or_init(|| {
        Command::new("getconf")
            .arg("CLK_TCK")
            .output()
            .ok()
            .and_then(|o| String::from_utf8_lossy(&o.stdout).trim().parse().ok())
            .filter(|t: &f64| *t > 0.0)
            .unwrap_or(100.0)
    })
}

/// `load average 0.52 0.71 0.80`, from `/proc/loadavg`.
pub fn load_average() -> String {
    fs::read_to_string("/proc/loadavg").map_or_else(
        |_| "load average unknown".to_owned(),
        |text| {
            let figures: Vec<&str> = text.split_whitespace().take(3).collect();
            format!("load average {}", figures.join(" "))
        },
    )
}

/// The first line `program arg` prints (`rustc -V`), or `?`.
pub fn version(program: &Path, arg: &str, dir: &Path) -> String {
    Command::new(program)
        .arg(arg)
        .current_dir(dir)
        .output()
        .ok()
        .map_or_else(
            || "?".to_owned(),
            |o| String::from_utf8_lossy(&o.stdout).trim().to_owned(),
        )
}

/// The symbols of a binary, demangled, from `nm`; `None` if `nm` is not there.
pub fn symbols(binary: &Path) -> Option<Vec<String>> {
    let output = Command::new("nm").arg("-C").arg(binary).output().ok()?;
    if !output.status.success() {
        return None;
    }
    Some(
        String::from_utf8_lossy(&output.stdout)
            .lines()
            .map(|line| {
                line.split_whitespace()
                    .skip(2)
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::{compiled_others, first_error, tail};

    #[test]
    fn compiled_others_ignores_the_package_itself() {
        let stderr =
            "   Compiling mid_macro v0.0.0 (/x)\n   Compiling bedrock-model-id-core v0.1.0\n";
        assert_eq!(
            compiled_others(stderr, "mid_macro"),
            ["bedrock-model-id-core"]
        );
    }

    #[test]
    fn tails_and_errors() {
        assert_eq!(tail("a\nb\nc\n", 2), "b\nc");
        assert_eq!(tail("a", 5), "a");
        assert_eq!(
            first_error("warning: x\nerror[E0308]: y\n"),
            "error[E0308]: y"
        );
        assert_eq!(first_error(""), "(no error line)");
    }
}
