//! The rules' translated trees, put together from the fragments' trees.
//!
//! Expanded as text, the shared fragments (month names, numbers, units…) make up most of the
//! rules' sources, and parsing and translating them again in every rule that uses them was
//! most of the grammar's startup. Here each fragment is parsed and translated once, and a rule
//! (or a fragment made of others) is parsed with each `%NAME%` placeholder written as an empty
//! named group, whose place in the translated tree then takes a copy of the fragment's tree.
//! This gives the language of the text expansion only where a tree can stand for the text, so
//! a rule or fragment is parsed as the expanded text instead whenever:
//! - a placeholder lies where flags other than the grammar's own (`(?i-u)`) are in force (in
//!   a `(?-i:…)` group, or after a `(?x)`), or a fragment sets flags for what follows it;
//! - a repetition applies to a placeholder whose fragment is not a single atom (`%F%?` with F
//!   = `ab`: the text repeats the `b` only), or an alternation fragment stands in a sequence;
//! - the fragment's text would run into the text around it (it begins with a repetition
//!   operator, or the placeholder is escaped, sits in a class, or is not found in the tree).
//!
//! Captures do not matter: the automata are compiled without them.

use regex_syntax::ast::{self, Ast, GroupKind};
use regex_syntax::hir::{self, Hir, HirKind};

/// The name of the empty group that stands for placeholder `k` of a text.
const MARK: &str = "zzdatefragment";

/// A fragment's tree and how it may be placed.
struct Piece {
    hir: Hir,
    /// A single group, class, literal or `.`: a repetition after it repeats all of it.
    atom: bool,
    /// Alternatives at its top: it can stand only as a whole alternative.
    alternation: bool,
    /// Sets flags that outlast it (a bare `(?x)`): only its text will do.
    leaks_flags: bool,
}

/// Builds the translated trees of texts with `%NAME%` placeholders, reusing each fragment's.
pub(super) struct Splicer<'f> {
    fragments: &'f [(&'static str, String)],
    /// Each fragment's piece, once built; `None` inside when it cannot be spliced.
    pieces: Vec<Option<Option<Piece>>>,
}

impl<'f> Splicer<'f> {
    pub(super) fn new(fragments: &'f [(&'static str, String)]) -> Splicer<'f> {
        Splicer {
            fragments,
            pieces: fragments.iter().map(|_| None).collect(),
        }
    }

    /// The tree of `pattern` (with placeholders) under the grammar's flags, or `None` when it
    /// must be parsed as its expanded text.
    pub(super) fn tree(&mut self, pattern: &str) -> Option<Hir> {
        self.build(pattern, 0).map(|p| p.hir)
    }

    /// Fragment `i`'s piece, built on first use.
    fn piece(&mut self, i: usize, depth: usize) -> Option<&Piece> {
        if self.pieces[i].is_none() {
            let fragments = self.fragments;
            let text = &fragments[i].1;
            let piece = self.build(text, depth + 1).or_else(|| {
                // Parsed as its expanded text, once.
                let expanded = super::expand(text, fragments);
                (!expanded.contains('%'))
                    .then(|| parse(&expanded))
                    .flatten()
            });
            self.pieces[i] = Some(piece);
        }
        self.pieces[i].as_ref().and_then(Option::as_ref)
    }

    /// `text`'s piece, its placeholders spliced; `None` if that cannot be done.
    fn build(&mut self, text: &str, depth: usize) -> Option<Piece> {
        if depth > 8 {
            return None;
        }
        let mut skeleton = String::with_capacity(text.len());
        let mut used: Vec<usize> = Vec::new();
        let mut rest = text;
        while let Some(open) = rest.find('%') {
            let after = &rest[open + 1..];
            let fragment = after.find('%').and_then(|close| {
                let name = &after[..close];
                let i = self.fragments.iter().position(|(n, _)| *n == name)?;
                Some((i, close))
            });
            let Some((i, close)) = fragment else {
                skeleton.push_str(&rest[..=open]);
                rest = after;
                continue;
            };
            skeleton.push_str(&rest[..open]);
            // An escape or a repetition count the fragment's text would complete.
            if skeleton.ends_with('\\') || skeleton.rfind('{') > skeleton.rfind('}') {
                return None;
            }
            skeleton.push_str(&format!("(?P<{MARK}{}>)", used.len()));
            used.push(i);
            rest = &after[close + 1..];
        }
        skeleton.push_str(rest);
        if used.is_empty() {
            return parse(text);
        }
        let parsed = ast::parse::Parser::new().parse(&skeleton).ok()?;
        let mut places = vec![None; used.len()];
        if !placements(&parsed, false, Place::Alone, &mut places) {
            return None;
        }
        // Every placeholder is in the tree, where the grammar's flags hold.
        let places: Vec<Place> = places.into_iter().collect::<Option<_>>()?;
        let fragments = self.fragments;
        for (&i, place) in used.iter().zip(&places) {
            let text = &fragments[i].1;
            if text.starts_with(['?', '*', '+', '{']) {
                return None;
            }
            let piece = self.piece(i, depth)?;
            let fits = !piece.leaks_flags
                && match place {
                    Place::Repeated => piece.atom,
                    Place::InSequence => !piece.alternation,
                    Place::Alone => true,
                };
            if !fits {
                return None;
            }
        }
        let skeleton_hir = translate(&skeleton, &parsed)?;
        let mut found = 0;
        let hir = self.splice(skeleton_hir, &used, &mut found);
        (found == used.len()).then(|| Piece {
            hir,
            atom: is_atom(&parsed),
            alternation: matches!(parsed, Ast::Alternation(_)),
            leaks_flags: leaks_flags(&parsed),
        })
    }

    /// `hir` with each placeholder group replaced by a copy of its fragment's tree; `found`
    /// counts the replaced groups.
    fn splice(&mut self, hir: Hir, used: &[usize], found: &mut usize) -> Hir {
        if !holds_mark(&hir) {
            return hir;
        }
        match hir.into_kind() {
            HirKind::Capture(cap) => {
                let k = cap
                    .name
                    .as_deref()
                    .and_then(|n| n.strip_prefix(MARK))
                    .and_then(|k| k.parse::<usize>().ok());
                match k.and_then(|k| used.get(k)) {
                    Some(&i) => {
                        *found += 1;
                        // Built above, when its place was checked.
                        match self.pieces[i].as_ref().and_then(Option::as_ref) {
                            Some(piece) => piece.hir.clone(),
                            None => Hir::fail(),
                        }
                    }
                    None => Hir::capture(hir::Capture {
                        sub: Box::new(self.splice(*cap.sub, used, found)),
                        ..cap
                    }),
                }
            }
            HirKind::Repetition(rep) => Hir::repetition(hir::Repetition {
                sub: Box::new(self.splice(*rep.sub, used, found)),
                ..rep
            }),
            HirKind::Concat(subs) => Hir::concat(
                subs.into_iter()
                    .map(|h| self.splice(h, used, found))
                    .collect(),
            ),
            HirKind::Alternation(subs) => Hir::alternation(
                subs.into_iter()
                    .map(|h| self.splice(h, used, found))
                    .collect(),
            ),
            HirKind::Empty | HirKind::Literal(_) | HirKind::Class(_) | HirKind::Look(_) => {
                unreachable!("a leaf holds no placeholder")
            }
        }
    }
}

/// Where a placeholder stands in its text's syntax tree.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Place {
    /// The whole of a group, an alternative or the text.
    Alone,
    /// One item of a sequence.
    InSequence,
    /// Under a repetition operator.
    Repeated,
}

/// Records where each placeholder group of `ast` stands; false if one stands where other
/// flags are in force (`flagged`).
fn placements(ast: &Ast, flagged: bool, place: Place, places: &mut [Option<Place>]) -> bool {
    match ast {
        Ast::Group(group) => {
            if let GroupKind::CaptureName { name, .. } = &group.kind
                && let Some(k) = name.name.strip_prefix(MARK)
            {
                let Some(slot) = k.parse::<usize>().ok().and_then(|k| places.get_mut(k)) else {
                    return false;
                };
                *slot = Some(place);
                return !flagged;
            }
            let flagged = flagged
                || matches!(&group.kind, GroupKind::NonCapturing(flags) if !flags.items.is_empty());
            placements(&group.ast, flagged, Place::Alone, places)
        }
        Ast::Repetition(rep) => placements(&rep.ast, flagged, Place::Repeated, places),
        Ast::Alternation(alt) => {
            // A bare `(?x)` in one alternative holds in the next ones too.
            let flagged = flagged || alt.asts.iter().any(leaks_flags);
            alt.asts
                .iter()
                .all(|a| placements(a, flagged, Place::Alone, places))
        }
        Ast::Concat(concat) => {
            let mut flagged = flagged;
            concat.asts.iter().all(|a| {
                flagged |= matches!(a, Ast::Flags(_));
                placements(a, flagged, Place::InSequence, places)
            })
        }
        _ => true,
    }
}

/// Whether `ast` sets flags that hold after it (a bare `(?x)` at its top).
fn leaks_flags(ast: &Ast) -> bool {
    match ast {
        Ast::Flags(_) => true,
        Ast::Concat(concat) => concat.asts.iter().any(leaks_flags),
        Ast::Alternation(alt) => alt.asts.iter().any(leaks_flags),
        _ => false,
    }
}

/// Whether a repetition operator after `ast`'s text repeats all of it.
fn is_atom(ast: &Ast) -> bool {
    matches!(
        ast,
        Ast::Group(_)
            | Ast::Literal(_)
            | Ast::Dot(_)
            | Ast::ClassUnicode(_)
            | Ast::ClassPerl(_)
            | Ast::ClassBracketed(_)
    )
}

/// Whether `hir` holds a placeholder group.
fn holds_mark(hir: &Hir) -> bool {
    match hir.kind() {
        HirKind::Capture(cap) => {
            cap.name.as_deref().is_some_and(|n| n.starts_with(MARK)) || holds_mark(&cap.sub)
        }
        HirKind::Repetition(rep) => holds_mark(&rep.sub),
        HirKind::Concat(subs) | HirKind::Alternation(subs) => subs.iter().any(holds_mark),
        HirKind::Empty | HirKind::Literal(_) | HirKind::Class(_) | HirKind::Look(_) => false,
    }
}

/// `text`'s tree under the grammar's flags, without placeholders.
fn parse(text: &str) -> Option<Piece> {
    let parsed = ast::parse::Parser::new().parse(text).ok()?;
    let hir = translate(text, &parsed)?;
    Some(Piece {
        hir,
        atom: is_atom(&parsed),
        alternation: matches!(parsed, Ast::Alternation(_)),
        leaks_flags: leaks_flags(&parsed),
    })
}

/// Translates under the grammar's flags, `(?i-u)`.
fn translate(text: &str, parsed: &Ast) -> Option<Hir> {
    hir::translate::TranslatorBuilder::new()
        .case_insensitive(true)
        .unicode(false)
        .build()
        .translate(text, parsed)
        .ok()
}
