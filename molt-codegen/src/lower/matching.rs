//! `match` (PEP 634). Each case's pattern becomes a test on the subject
//! (stored once in a temporary) and the assignments of the names it
//! captures; the cases become an `if`/`elif` chain, or, when a case has a
//! guard that may fail after its pattern matched, a chain of `if`s that
//! stops at the first case that matched.
//!
//! Tests and captures are written as Python over the subject's name and
//! lowered like the user's code, so every check Molt makes on Python
//! (types, narrowing, isinstance folding) applies to them too.

use super::{Ctx, Frame};
use crate::ir::{self, ExprKind, Place, StmtKind};
use ruff_python_ast::{self as ast, Expr, Pattern, Stmt};
use ruff_text_size::Ranged;

/// A compiled pattern: the conditions that must all hold and the names
/// it captures, as Python source over the subject.
#[derive(Default)]
struct Compiled {
    tests: Vec<String>,
    captures: Vec<(String, String)>,
}

/// The subject seen as the class a class pattern names (after that
/// pattern's `isinstance` test), in the generated Python.
pub(super) const DOWNCAST: &str = "__molt_as__";

const BUILTIN_CLASSES: [&str; 9] = [
    "int", "str", "float", "bool", "list", "dict", "tuple", "bytes", "set",
];

impl Ctx {
    pub(super) fn src(&self, e: &Expr) -> String {
        self.source[e.range().start().to_usize()..e.range().end().to_usize()].to_string()
    }

    /// The attribute names `Cls(a, b)` matches positionally: the class's
    /// `__match_args__`, or a dataclass's fields.
    fn match_args(&mut self, class: &str, range: ruff_text_size::TextRange) -> Option<Vec<String>> {
        let info = self.classes.get(class)?.clone();
        for stmt in &info.def.body {
            let Stmt::Assign(a) = stmt else { continue };
            if !matches!(a.targets.first(), Some(Expr::Name(n)) if n.id.as_str() == "__match_args__")
            {
                continue;
            }
            let Expr::Tuple(t) = &*a.value else { break };
            return t
                .elts
                .iter()
                .map(|e| match e {
                    Expr::StringLiteral(s) => Some(s.value.to_str().to_string()),
                    _ => None,
                })
                .collect();
        }
        if let Some(spec) = &info.dataclass {
            return Some(
                spec.fields
                    .iter()
                    .filter(|f| f.init)
                    .map(|f| f.name.clone())
                    .collect(),
            );
        }
        self.error(
            range,
            format!("{class}() accepts no positional sub-patterns"),
        )
        .help("define __match_args__ on the class, or match by keyword (Point(x=0))");
        None
    }

    /// Compiles `p` against `subject`; `known_len` is the length of a
    /// subject written as a tuple (`match a, b:`), whose sequence tests
    /// are then known.
    fn compile_top(
        &mut self,
        p: &Pattern,
        subject: &str,
        known_len: Option<usize>,
        out: &mut Compiled,
    ) -> Option<()> {
        match (p, known_len) {
            (Pattern::MatchSequence(s), Some(n))
                if s.patterns.len() == n
                    && !s
                        .patterns
                        .iter()
                        .any(|p| matches!(p, Pattern::MatchStar(_))) =>
            {
                for (i, item) in s.patterns.iter().enumerate() {
                    self.compile(item, &format!("{subject}[{i}]"), out)?;
                }
                Some(())
            }
            (Pattern::MatchAs(a), Some(_)) if a.pattern.is_some() => {
                self.compile_top(a.pattern.as_deref()?, subject, known_len, out)?;
                if let Some(name) = &a.name {
                    out.captures
                        .push((name.id.to_string(), subject.to_string()));
                }
                Some(())
            }
            _ => self.compile(p, subject, out),
        }
    }

    fn compile(&mut self, p: &Pattern, subject: &str, out: &mut Compiled) -> Option<()> {
        match p {
            Pattern::MatchValue(v) => out
                .tests
                .push(format!("{subject} == ({})", self.src(&v.value))),
            Pattern::MatchSingleton(s) => out.tests.push(match s.value {
                ast::Singleton::None => format!("{subject} is None"),
                // `True` matches only the bool, not 1.
                ast::Singleton::True => format!("(isinstance({subject}, bool) and {subject})"),
                ast::Singleton::False => {
                    format!("(isinstance({subject}, bool) and not {subject})")
                }
            }),
            Pattern::MatchAs(a) => {
                if let Some(inner) = &a.pattern {
                    self.compile(inner, subject, out)?;
                }
                if let Some(name) = &a.name {
                    out.captures
                        .push((name.id.to_string(), subject.to_string()));
                }
            }
            Pattern::MatchOr(o) => {
                // The first alternative that matches binds the names: each
                // capture is the value its alternative gives.
                let mut alternatives: Vec<(String, Compiled)> = Vec::new();
                for alt in &o.patterns {
                    let mut c = Compiled::default();
                    self.compile(alt, subject, &mut c)?;
                    let test = if c.tests.is_empty() {
                        "True".to_string()
                    } else {
                        format!("({})", c.tests.join(" and "))
                    };
                    alternatives.push((test, c));
                }
                let mut names: Vec<String> = alternatives[0]
                    .1
                    .captures
                    .iter()
                    .map(|(n, _)| n.clone())
                    .collect();
                names.sort();
                for (_, c) in &alternatives[1..] {
                    let mut mine: Vec<String> = c.captures.iter().map(|(n, _)| n.clone()).collect();
                    mine.sort();
                    if mine != names {
                        self.error(o.range, "alternative patterns bind different names")
                            .help("make every alternative of a `|` pattern capture the same names");
                        return None;
                    }
                }
                for name in &names {
                    let capture = |c: &Compiled| {
                        c.captures
                            .iter()
                            .find(|(n, _)| n == name)
                            .map(|(_, v)| v.clone())
                            .unwrap_or_default()
                    };
                    let (_, last) = alternatives.last()?;
                    let mut value = capture(last);
                    for (test, c) in alternatives[..alternatives.len() - 1].iter().rev() {
                        value = format!("({} if {test} else {value})", capture(c));
                    }
                    out.captures.push((name.clone(), value));
                }
                let tests: Vec<&str> = alternatives.iter().map(|(t, _)| t.as_str()).collect();
                out.tests.push(format!("({})", tests.join(" or ")));
            }
            Pattern::MatchSequence(s) => {
                let star = s
                    .patterns
                    .iter()
                    .position(|p| matches!(p, Pattern::MatchStar(_)));
                let n = s.patterns.len();
                out.tests
                    .push(format!("isinstance({subject}, (list, tuple))"));
                out.tests.push(match star {
                    None => format!("len({subject}) == {n}"),
                    Some(_) => format!("len({subject}) >= {}", n - 1),
                });
                for (i, item) in s.patterns.iter().enumerate() {
                    let element = match star {
                        Some(st) if i > st => format!("{subject}[-{}]", n - i),
                        _ => format!("{subject}[{i}]"),
                    };
                    match item {
                        Pattern::MatchStar(st) => {
                            if let Some(name) = &st.name {
                                let after = n - i - 1;
                                let slice = if after == 0 {
                                    format!("list({subject}[{i}:])")
                                } else {
                                    format!("list({subject}[{i}:len({subject}) - {after}])")
                                };
                                out.captures.push((name.id.to_string(), slice));
                            }
                        }
                        p => self.compile(p, &element, out)?,
                    }
                }
            }
            Pattern::MatchMapping(m) => {
                out.tests.push(format!("isinstance({subject}, dict)"));
                let mut keys = Vec::new();
                for (k, p) in m.keys.iter().zip(&m.patterns) {
                    let key = self.src(k);
                    out.tests.push(format!("({key}) in {subject}"));
                    self.compile(p, &format!("{subject}[{key}]"), out)?;
                    keys.push(key);
                }
                if let Some(rest) = &m.rest {
                    out.captures.push((
                        rest.id.to_string(),
                        format!(
                            "{{key: item for key, item in {subject}.items() if key not in ({},)}}",
                            keys.join(", ")
                        ),
                    ));
                }
            }
            Pattern::MatchClass(c) => {
                let Expr::Name(cls) = &*c.cls else {
                    self.error(c.cls.range(), "a class pattern names a class")
                        .help("write ClassName(...)");
                    return None;
                };
                let class = cls.id.as_str();
                out.tests.push(format!("isinstance({subject}, {class})"));
                if BUILTIN_CLASSES.contains(&class) {
                    // `int(n)` matches the value itself.
                    match c.arguments.patterns.as_slice() {
                        [] => {}
                        [p] => self.compile(p, subject, out)?,
                        _ => {
                            self.error(
                                c.range,
                                format!("{class}() accepts one positional sub-pattern"),
                            )
                            .help(format!("write {class}(name)"));
                            return None;
                        }
                    }
                } else {
                    if !self.classes.contains_key(class) {
                        self.error(
                            cls.range,
                            format!("`{class}` is not a class of this program"),
                        )
                        .help("match against a class defined in this module or a builtin type");
                        return None;
                    }
                    if !c.arguments.patterns.is_empty() {
                        let names = self.match_args(class, c.range)?;
                        if c.arguments.patterns.len() > names.len() {
                            self.error(
                                c.range,
                                format!(
                                    "{class}() accepts {} positional sub-patterns ({} given)",
                                    names.len(),
                                    c.arguments.patterns.len()
                                ),
                            )
                            .help("match fewer values by position");
                            return None;
                        }
                        for (p, attr) in c.arguments.patterns.iter().zip(names) {
                            self.compile(
                                p,
                                &format!("{DOWNCAST}({subject}, {class}).{attr}"),
                                out,
                            )?;
                        }
                    }
                    for k in &c.arguments.keywords {
                        self.compile(
                            &k.pattern,
                            &format!("{DOWNCAST}({subject}, {class}).{}", k.attr.id),
                            out,
                        )?;
                    }
                }
            }
            Pattern::MatchStar(s) => {
                self.error(s.range, "a star pattern stands only in a sequence pattern")
                    .help("write [first, *rest]");
                return None;
            }
        }
        Some(())
    }

    fn parse_snippet(&mut self, text: &str, at: ruff_text_size::TextRange) -> Option<Expr> {
        match ruff_python_parser::parse_expression(text) {
            Ok(parsed) => Some(*parsed.into_syntax().body),
            Err(e) => {
                self.error(at, format!("molt could not translate this pattern: {e}"))
                    .help("simplify the pattern");
                None
            }
        }
    }

    /// The guard with each captured name replaced by what it captures, so
    /// that it can be tested before the names are assigned.
    fn guard_text(&self, guard: &Expr, captures: &[(String, String)]) -> String {
        use ruff_python_ast::visitor::{self, Visitor};
        struct Names(Vec<(ruff_text_size::TextRange, String)>);
        impl<'b> Visitor<'b> for Names {
            fn visit_expr(&mut self, e: &'b Expr) {
                if let Expr::Name(n) = e {
                    self.0.push((n.range, n.id.to_string()));
                }
                visitor::walk_expr(self, e);
            }
        }
        let mut names = Names(Vec::new());
        names.visit_expr(guard);
        let start = guard.range().start().to_usize();
        let mut text = self.src(guard);
        for (range, name) in names.0.iter().rev() {
            if let Some((_, value)) = captures.iter().rev().find(|(n, _)| n == name) {
                let (a, b) = (
                    range.start().to_usize() - start,
                    range.end().to_usize() - start,
                );
                text.replace_range(a..b, &format!("({value})"));
            }
        }
        text
    }

    pub(super) fn lower_match(
        &mut self,
        frame: &mut Frame,
        m: &ast::StmtMatch,
        out: &mut Vec<ir::Stmt>,
    ) {
        let line = self.line(m.range);
        let Some(subject) = self.lower_expr(frame, &m.subject) else {
            return;
        };
        let ty = self.u.fresh();
        let name = self.temporary(frame, "subject", ty);
        let known_len = match &*m.subject {
            Expr::Tuple(t) if !t.elts.iter().any(|e| matches!(e, Expr::Starred(_))) => {
                Some(t.elts.len())
            }
            _ => None,
        };
        let mut cases = Vec::new();
        for case in &m.cases {
            let mut compiled = Compiled::default();
            if self
                .compile_top(&case.pattern, &name, known_len, &mut compiled)
                .is_some()
            {
                cases.push((case, compiled));
            }
        }
        // A subject no pattern looks at is evaluated for its effects only.
        let used = cases.iter().any(|(_, c)| {
            c.tests
                .iter()
                .chain(c.captures.iter().map(|(_, v)| v))
                .any(|t| t.contains(&name))
        });
        out.push(ir::Stmt {
            line,
            kind: if used {
                StmtKind::Assign {
                    place: Place::Local(name.clone()),
                    value: subject,
                }
            } else {
                StmtKind::Expr(subject)
            },
        });
        // Each case: (test, statements run when it matches). A guard joins
        // the test, over what the names would capture.
        let mut arms: Vec<(ir::Expr, Vec<ir::Stmt>)> = Vec::new();
        for (case, compiled) in cases {
            let case_line = self.line(case.range);
            let mut tests = compiled.tests.clone();
            if let Some(g) = &case.guard {
                tests.push(format!("({})", self.guard_text(g, &compiled.captures)));
            }
            let test_text = if tests.is_empty() {
                "True".to_string()
            } else {
                tests.join(" and ")
            };
            let Some(test) = self.parse_snippet(&test_text, case.pattern.range()) else {
                continue;
            };
            let Some(test) = self.lower_condition(frame, &test) else {
                continue;
            };
            let mut body = Vec::new();
            let body_reads = super::names_read(&case.body);
            for (target, value) in &compiled.captures {
                let Some(value) = self.parse_snippet(value, case.pattern.range()) else {
                    continue;
                };
                let Some(value) = self.lower_expr(frame, &value) else {
                    continue;
                };
                let Some((place, ty)) = self.place(frame, target, case.pattern.range()) else {
                    continue;
                };
                // A capture nothing can read is not assigned (Rust warns of
                // dead stores); it keeps its type.
                if !body_reads.contains(target) && !frame.reads_later(target) {
                    let _ = self.u.unify(&ty, &value.ty);
                    continue;
                }
                body.push(ir::Stmt {
                    line: case_line,
                    kind: StmtKind::Assign { place, value },
                });
            }
            body.extend(self.lower_block(frame, &case.body));
            arms.push((test, body));
        }
        // An `if`/`elif` chain; an unconditional last case is its `else`.
        let mut chain: Vec<ir::Stmt> = Vec::new();
        for (test, body) in arms.into_iter().rev() {
            if matches!(test.kind, ExprKind::Bool(true)) && chain.is_empty() {
                chain = body;
                continue;
            }
            chain = vec![ir::Stmt {
                line,
                kind: StmtKind::If {
                    cond: test,
                    then: body,
                    orelse: chain,
                },
            }];
        }
        out.extend(chain);
    }
}
