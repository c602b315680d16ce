//! Finding what a mistyped ID was meant to be: edit distance and ASCII look-alikes.

/// Optimal-string-alignment distance (Levenshtein plus adjacent transpositions), or `None` as
/// soon as it must exceed `limit`.
pub(crate) fn distance(a: &str, b: &str, limit: usize) -> Option<usize> {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    if a.len().abs_diff(b.len()) > limit {
        return None;
    }
    let width = b.len() + 1;
    let mut before: Vec<usize> = vec![0; width];
    let mut previous: Vec<usize> = (0..width).collect();
    let mut current: Vec<usize> = vec![0; width];
    for i in 1..=a.len() {
        current[0] = i;
        let mut row_min = current[0];
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut best = (previous[j] + 1)
                .min(current[j - 1] + 1)
                .min(previous[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(before[j - 2] + 1);
            }
            current[j] = best;
            row_min = row_min.min(best);
        }
        if row_min > limit {
            return None;
        }
        std::mem::swap(&mut before, &mut previous);
        std::mem::swap(&mut previous, &mut current);
    }
    Some(previous[b.len()]).filter(|&d| d <= limit)
}

/// Every candidate within a typo's reach of `input` (about one edit in four characters, at
/// least two), with its distance, unsorted.
pub(crate) fn within_reach<'c>(
    input: &str,
    candidates: impl Iterator<Item = &'c str>,
) -> Vec<(usize, &'c str)> {
    let limit = (input.chars().count() / 4).max(2);
    candidates
        .filter_map(|c| distance(input, c, limit).map(|d| (d, c)))
        .collect()
}

/// Up to `count` candidates within a typo's reach of `input`, closest first, then by name.
pub(crate) fn closest<'c>(
    input: &str,
    candidates: impl Iterator<Item = &'c str>,
    count: usize,
) -> Vec<&'c str> {
    let mut scored = within_reach(input, candidates);
    scored.sort_unstable();
    scored.into_iter().take(count).map(|(_, c)| c).collect()
}

/// A character that looks like ASCII but is not, with the ASCII it imitates and its name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LookAlike {
    /// The character found.
    pub found: char,
    /// The ASCII character it imitates.
    pub ascii: char,
    /// Its Unicode name, e.g. `CYRILLIC SMALL LETTER A`.
    pub name: &'static str,
}

const LOOK_ALIKES: &[(char, char, &str)] = &[
    ('\u{0430}', 'a', "CYRILLIC SMALL LETTER A"),
    ('\u{0435}', 'e', "CYRILLIC SMALL LETTER IE"),
    ('\u{043E}', 'o', "CYRILLIC SMALL LETTER O"),
    ('\u{0440}', 'p', "CYRILLIC SMALL LETTER ER"),
    ('\u{0441}', 'c', "CYRILLIC SMALL LETTER ES"),
    ('\u{0443}', 'y', "CYRILLIC SMALL LETTER U"),
    ('\u{0445}', 'x', "CYRILLIC SMALL LETTER HA"),
    ('\u{0455}', 's', "CYRILLIC SMALL LETTER DZE"),
    (
        '\u{0456}',
        'i',
        "CYRILLIC SMALL LETTER BYELORUSSIAN-UKRAINIAN I",
    ),
    ('\u{0458}', 'j', "CYRILLIC SMALL LETTER JE"),
    ('\u{0501}', 'd', "CYRILLIC SMALL LETTER KOMI DE"),
    ('\u{04BB}', 'h', "CYRILLIC SMALL LETTER SHHA"),
    ('\u{03BF}', 'o', "GREEK SMALL LETTER OMICRON"),
    ('\u{03B9}', 'i', "GREEK SMALL LETTER IOTA"),
    ('\u{03BD}', 'v', "GREEK SMALL LETTER NU"),
    ('\u{0131}', 'i', "LATIN SMALL LETTER DOTLESS I"),
    ('\u{2010}', '-', "HYPHEN"),
    ('\u{2011}', '-', "NON-BREAKING HYPHEN"),
    ('\u{2012}', '-', "FIGURE DASH"),
    ('\u{2013}', '-', "EN DASH"),
    ('\u{2014}', '-', "EM DASH"),
    ('\u{2212}', '-', "MINUS SIGN"),
    ('\u{00AD}', '-', "SOFT HYPHEN"),
    ('\u{2024}', '.', "ONE DOT LEADER"),
    ('\u{00B7}', '.', "MIDDLE DOT"),
    ('\u{2236}', ':', "RATIO"),
    ('\u{A789}', ':', "MODIFIER LETTER COLON"),
    ('\u{0D7}', 'x', "MULTIPLICATION SIGN"),
];

/// The look-alike at `c`, if it imitates an ASCII character.
pub fn look_alike(c: char) -> Option<LookAlike> {
    if let Some(&(found, ascii, name)) = LOOK_ALIKES.iter().find(|(found, ..)| *found == c) {
        return Some(LookAlike { found, ascii, name });
    }
    // Fullwidth forms U+FF01..=U+FF5E mirror ASCII U+0021..=U+007E.
    let code = u32::from(c);
    if (0xFF01..=0xFF5E).contains(&code) {
        let ascii = char::from_u32(code - 0xFEE0)?;
        return Some(LookAlike {
            found: c,
            ascii,
            name: "a FULLWIDTH form",
        });
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn measures_typos() {
        assert_eq!(distance("claude", "claude", 2), Some(0));
        assert_eq!(distance("claude", "clade", 2), Some(1));
        assert_eq!(distance("claude", "cluade", 2), Some(1));
        assert_eq!(distance("claude", "titan", 2), None);
        assert_eq!(distance("", "ab", 2), Some(2));
    }

    #[test]
    fn ranks_candidates() {
        let candidates = [
            "anthropic.claude-v2",
            "anthropic.claude-v2:1",
            "amazon.titan-text-lite-v1",
        ];
        assert_eq!(
            closest("anthropic.claude-v2:2", candidates.into_iter(), 3),
            ["anthropic.claude-v2:1", "anthropic.claude-v2"]
        );
    }

    #[test]
    fn knows_look_alikes() {
        assert_eq!(look_alike('\u{0430}').map(|l| l.ascii), Some('a'));
        assert_eq!(look_alike('\u{FF1A}').map(|l| l.ascii), Some(':'));
        assert_eq!(look_alike('a'), None);
    }
}
