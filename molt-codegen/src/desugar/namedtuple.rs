//! `collections.namedtuple`: `Pair = namedtuple("Pair", ["left", "right"])`
//! is the class `class Pair(NamedTuple): left: object; right: object`,
//! its fields run-time typed as CPython leaves them.

use super::Desugar;
use ruff_python_ast::{Expr, Stmt};
use ruff_text_size::Ranged;

impl Desugar {
    /// The class a module-level `namedtuple(...)` assignment makes.
    pub(super) fn namedtuple_class(&self, stmt: &Stmt) -> Option<Stmt> {
        let Stmt::Assign(a) = stmt else { return None };
        let ([Expr::Name(target)], Expr::Call(c)) = (a.targets.as_slice(), &*a.value) else {
            return None;
        };
        let is_namedtuple = self.library(&c.func, "collections") == Some("namedtuple");
        if !is_namedtuple {
            return None;
        }
        let fields = match (c.arguments.args.as_ref(), c.arguments.keywords.is_empty()) {
            ([Expr::StringLiteral(name), names], true)
                if name.value.to_str() == target.id.as_str() =>
            {
                field_names(names)
            }
            _ => None,
        };
        let Some(fields) = fields else {
            self.error(
                c.range(),
                "namedtuple() takes the class's name, as assigned, and its field names as literals"
                    .into(),
                "write P = namedtuple(\"P\", [\"x\", \"y\"]) or namedtuple(\"P\", \"x y\"), or a typing.NamedTuple class",
            );
            return None;
        };
        let body: Vec<String> = fields
            .iter()
            .map(|f| format!("    {f}: object\n"))
            .collect();
        let src = format!("class {}(NamedTuple):\n{}", target.id, body.concat());
        let mut class = super::parse_stmt(&src, a.range);
        if let Stmt::ClassDef(cd) = &mut class {
            cd.name.range = target.range;
        }
        Some(class)
    }
}

/// `["x", "y"]`, `("x", "y")`, `"x y"` or `"x, y"`.
fn field_names(e: &Expr) -> Option<Vec<String>> {
    let names: Vec<String> = match e {
        Expr::StringLiteral(s) => s
            .value
            .to_str()
            .split(|c: char| c == ',' || c.is_whitespace())
            .filter(|n| !n.is_empty())
            .map(str::to_string)
            .collect(),
        Expr::List(l) => l.elts.iter().map(string).collect::<Option<_>>()?,
        Expr::Tuple(t) => t.elts.iter().map(string).collect::<Option<_>>()?,
        _ => return None,
    };
    let valid = names
        .iter()
        .all(|n| n.chars().all(|c| c.is_alphanumeric() || c == '_') && !n.starts_with('_'));
    (valid && !names.is_empty()).then_some(names)
}

fn string(e: &Expr) -> Option<String> {
    match e {
        Expr::StringLiteral(s) => Some(s.value.to_str().to_string()),
        _ => None,
    }
}
