//! The command line: `[--runs N] [--quick] [--calls N] [--clean-runs N] [--only 1..5]...`.

/// What `--help` and every argument error print.
pub const USAGE: &str = "usage: cargo xtask bench [--runs N] [--quick] [--calls N] [--clean-runs N] \
     [--only 1|2|3|4|5]...";

/// The number of sections, as `--only` numbers them.
pub const SECTIONS: usize = 5;

/// What the command line asks for.
#[derive(Debug)]
pub enum Parsed {
    Run(Options),
    Help,
}

/// The options of a run.
#[derive(Debug)]
pub struct Options {
    /// Timed runs per variant in sections 1 and 5.
    pub runs: usize,
    /// Clean builds per crate in section 2.
    pub clean_runs: usize,
    /// Calls per generated crate in section 1.
    pub calls: usize,
    /// Fewer and smaller runs, and criterion's `--quick`: a smoke test, not figures.
    pub quick: bool,
    /// The sections to run, section 1 first.
    pub sections: [bool; SECTIONS],
}

impl Parsed {
    /// Reads the arguments after the command's name.
    pub fn from_args(args: &[&str]) -> Result<Parsed, String> {
        let mut runs = None;
        let mut clean_runs = None;
        let mut calls = None;
        let mut quick = false;
        let mut only = [false; SECTIONS];
        let mut args = args.iter();
        while let Some(&arg) = args.next() {
            let mut number = |name: &str| -> Result<usize, String> {
                let value = args
                    .next()
                    .ok_or_else(|| format!("{name} needs a value\n{USAGE}"))?;
                match value.parse::<usize>() {
                    Ok(n) if n > 0 => Ok(n),
                    _ => Err(format!(
                        "{name}: `{value}` is not a positive number\n{USAGE}"
                    )),
                }
            };
            match arg {
                "--runs" => runs = Some(number("--runs")?),
                "--clean-runs" => clean_runs = Some(number("--clean-runs")?),
                "--calls" => calls = Some(number("--calls")?),
                "--only" => match number("--only")? {
                    n @ 1..=SECTIONS => only[n - 1] = true,
                    n => return Err(format!("--only: no section {n}\n{USAGE}")),
                },
                "--quick" => quick = true,
                "-h" | "--help" => return Ok(Parsed::Help),
                other => return Err(format!("unknown argument `{other}`\n{USAGE}")),
            }
        }
        let runs = runs.unwrap_or(if quick { 3 } else { 7 });
        Ok(Parsed::Run(Options {
            runs,
            clean_runs: clean_runs.unwrap_or(if quick { 1 } else { runs }),
            calls: calls.unwrap_or(if quick { 500 } else { 2000 }),
            quick,
            sections: if only.contains(&true) {
                only
            } else {
                [true; SECTIONS]
            },
        }))
    }
}

#[cfg(test)]
mod tests {
    use super::{Options, Parsed};

    fn options(args: &[&str]) -> Options {
        match Parsed::from_args(args) {
            Ok(Parsed::Run(options)) => options,
            other => panic!("{args:?}: {other:?}"),
        }
    }

    #[test]
    fn defaults_and_quick() {
        let o = options(&["--runs", "7"]);
        assert_eq!((o.runs, o.clean_runs, o.calls), (7, 7, 2000));
        let o = options(&["--quick", "--only", "1"]);
        assert_eq!(
            (o.runs, o.calls, o.sections),
            (3, 500, [true, false, false, false, false])
        );
        let o = options(&["--only", "5"]);
        assert_eq!(o.sections, [false, false, false, false, true]);
        assert!(!options(&[]).quick);
    }

    #[test]
    fn errors_and_help() {
        assert!(Parsed::from_args(&["--runs", "0"]).is_err());
        assert!(Parsed::from_args(&["--runs"]).is_err());
        assert!(Parsed::from_args(&["--only", "6"]).is_err());
        assert!(Parsed::from_args(&["--fast"]).is_err());
        assert!(matches!(Parsed::from_args(&["--help"]), Ok(Parsed::Help)));
    }
}
