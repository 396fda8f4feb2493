//! Numbers as written in amounts: digits with thousands separators ("184,500,250", Indian
//! "1,00,000"), decimals ("9.9", ".50") and English number words ("three", "twenty-five",
//! "one hundred", "half a"), scaled by a power of ten without floating-point drift.

use super::tables::NUMBER_WORDS;

/// A number as written: its digits without separators and the count of decimal places, so that
/// "9.9" × 10⁶ is exactly 9900000.
#[derive(Debug, Clone, PartialEq)]
pub struct Written {
    /// Digits before and after the point, separators removed ("99" for "9.9").
    digits: String,
    /// Digits after the point (1 for "9.9").
    decimals: i32,
}

impl Written {
    /// Parses digits with optional thousands commas and a decimal point. `None` when `s` is not
    /// such a number.
    pub fn parse(s: &str) -> Option<Written> {
        let separator = if decimal_comma(s) { ',' } else { '.' };
        let (int, frac) = s.split_once(separator).unwrap_or((s, ""));
        let int: String = int.chars().filter(|c| *c != ',').collect();
        if !int.bytes().all(|b| b.is_ascii_digit()) || !frac.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        if int.is_empty() && frac.is_empty() {
            return None;
        }
        let decimals = i32::try_from(frac.len()).ok()?;
        Some(Written {
            digits: format!("{int}{frac}"),
            decimals,
        })
    }

    /// The number times 10^`exponent`, rounded once; `None` if not finite.
    pub fn scaled(&self, exponent: i32) -> Option<f64> {
        let shift = exponent.checked_sub(self.decimals)?;
        // Exact integer arithmetic while it fits; the digit string otherwise.
        if let Ok(mantissa) = self.digits.parse::<u128>() {
            let value = if shift >= 0 {
                10u128
                    .checked_pow(shift.unsigned_abs())
                    .and_then(|p| mantissa.checked_mul(p))
                    .map(|v| v as f64)
            } else if shift >= -22 && mantissa < (1u128 << 53) {
                // Both operands exact in f64: one correctly rounded division.
                Some(mantissa as f64 / 10f64.powi(-shift))
            } else {
                None
            };
            if let Some(v) = value {
                return v.is_finite().then_some(v);
            }
        }
        let v: f64 = format!("{}e{}", self.digits, shift).parse().ok()?;
        v.is_finite().then_some(v)
    }

    /// The number itself.
    pub fn value(&self) -> Option<f64> {
        self.scaled(0)
    }

    /// Whether it was written with a decimal point.
    pub fn has_decimals(&self) -> bool {
        self.decimals > 0
    }
}

/// Whether `s` has thousands separators ("5,000"): such a number is plainly a quantity.
pub fn has_separators(s: &str) -> bool {
    s.contains(',') && !decimal_comma(s)
}

/// Whether `s` is written with a decimal comma ("12,5", "3,75"): one comma, one or two digits
/// after it, no point. (Three digits after a comma are thousands: "3,750".)
pub fn decimal_comma(s: &str) -> bool {
    match s.split_once(',') {
        Some((int, frac)) => {
            !int.is_empty()
                && int.len() <= 3
                && (1..=2).contains(&frac.len())
                && int.bytes().chain(frac.bytes()).all(|b| b.is_ascii_digit())
        }
        None => false,
    }
}

/// The value of a run of number words ("twenty-five", "one hundred and twenty", "half a",
/// "one and a half"). Returns the value and whether it is only an article ("a", "an"),
/// which counts as one only before a magnitude ("a million dollars"). `None` when the words
/// do not make a number.
pub fn parse_words(s: &str) -> Option<(f64, bool)> {
    let words: Vec<String> = s
        .split(|c: char| c.is_whitespace() || c == '-')
        .filter(|w| !w.is_empty())
        .map(str::to_ascii_lowercase)
        .collect();
    let mut current = 0.0;
    let mut only_article = true;
    let mut i = 0;
    while i < words.len() {
        let w = words[i].as_str();
        let next = words.get(i + 1).map(String::as_str);
        match w {
            "and" if i > 0 => {}
            // "half a million", "a half million", "one and a half".
            "half" if matches!(next, Some("a" | "an")) => {
                current += 0.5;
                only_article = false;
                i += 1;
            }
            "a" | "an" if next == Some("half") => {
                current += 0.5;
                only_article = false;
                i += 1;
            }
            "half" => {
                current += 0.5;
                only_article = false;
            }
            "a" | "an" if i == 0 => current += 1.0,
            "hundred" => {
                current = if current == 0.0 {
                    100.0
                } else {
                    current * 100.0
                };
                only_article = false;
            }
            _ => {
                let (_, v) = NUMBER_WORDS.iter().find(|(n, _)| *n == w)?;
                // "twenty-five" adds; "two three" is not a number.
                let last_unit = current % 100.0;
                if last_unit != 0.0 && !(last_unit % 10.0 == 0.0 && last_unit >= 20.0 && *v < 10) {
                    return None;
                }
                current += f64::from(*v);
                only_article = false;
            }
        }
        i += 1;
    }
    (current > 0.0).then_some((current, only_article))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digits_scale_exactly() {
        let n = |s: &str, e: i32| Written::parse(s).and_then(|w| w.scaled(e));
        assert_eq!(n("9.9", 6), Some(9_900_000.0));
        assert_eq!(n("19.875", 6), Some(19_875_000.0));
        assert_eq!(n("9,301,775,420", 0), Some(9_301_775_420.0));
        assert_eq!(n("1,00,000", 0), Some(100_000.0));
        assert_eq!(n("12,5", 6), Some(12_500_000.0));
        assert_eq!(n("3,750", 0), Some(3750.0));
        assert_eq!(n("4.1556", 0), Some(4.1556));
        assert_eq!(n("5", -2), Some(0.05));
        assert_eq!(n(".50", 0), Some(0.5));
        assert_eq!(n("1.2", 9), Some(1.2e9));
        assert_eq!(n("abc", 0), None);
        assert_eq!(n(".", 0), None);
        assert!(n(&"9".repeat(400), 0).is_none());
        assert_eq!(n(&"1".repeat(45), 0), Some(1.111_111_111_111_111e44));
    }

    #[test]
    fn number_words() {
        assert_eq!(parse_words("three"), Some((3.0, false)));
        assert_eq!(parse_words("twenty-five"), Some((25.0, false)));
        assert_eq!(parse_words("one hundred and twenty"), Some((120.0, false)));
        assert_eq!(parse_words("two hundred fifty"), Some((250.0, false)));
        assert_eq!(parse_words("half a"), Some((0.5, false)));
        assert_eq!(parse_words("one and a half"), Some((1.5, false)));
        assert_eq!(parse_words("a"), Some((1.0, true)));
        assert_eq!(parse_words("a hundred"), Some((100.0, false)));
        assert_eq!(parse_words("two three"), None);
        assert_eq!(parse_words("fifteen"), Some((15.0, false)));
    }
}
