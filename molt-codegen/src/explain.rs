//! `molt check --explain`: what inference decided, for a user making a
//! program fast. Every function's signature and every class's fields, as
//! Python types, with the values that are dynamic (`object`: a run-time
//! typed value whose every use checks its type) marked.

use crate::ir::{self, Module};
use crate::types::Type;
use std::fmt::Write;

/// The report, one block per class and function, in source order.
pub fn explain(m: &Module, file: &str) -> String {
    let mut items: Vec<(u32, String)> = Vec::new();
    for c in &m.classes {
        let mut text = format!("{file}:{}: class {}\n", c.line, c.name);
        for f in &c.fields {
            let _ = writeln!(
                text,
                "    {}: {}{}",
                f.name,
                f.ty.python_name(),
                mark(&f.ty)
            );
        }
        items.push((c.line, text));
    }
    for f in &m.functions {
        items.push((f.line, function(f, file)));
    }
    items.sort_by_key(|(line, _)| *line);
    let mut out: String = items.into_iter().map(|(_, text)| text).collect();
    let globals: Vec<&ir::Global> = m.globals.iter().collect();
    if !globals.is_empty() {
        let _ = writeln!(out, "{file}: module variables");
        for g in globals {
            let _ = writeln!(out, "    {}: {}{}", g.name, g.ty.python_name(), mark(&g.ty));
        }
    }
    let dynamic = out.matches(DYNAMIC).count();
    let _ = writeln!(
        out,
        "{} dynamic value{}",
        dynamic,
        if dynamic == 1 { "" } else { "s" }
    );
    out
}

const DYNAMIC: &str = "  <- dynamic";

fn function(f: &ir::Function, file: &str) -> String {
    let params: Vec<String> = f
        .params
        .iter()
        .map(|p| format!("{}: {}", p.name, p.ty.python_name()))
        .collect();
    let mut text = format!(
        "{file}:{}: def {}({}) -> {}\n",
        f.line,
        f.name,
        params.join(", "),
        f.ret.python_name(),
    );
    let dynamic = f
        .params
        .iter()
        .map(|p| (format!("parameter {}", p.name), &p.ty))
        .chain(std::iter::once(("returns".to_string(), &f.ret)))
        .chain(f.locals.iter().map(|l| (l.name.clone(), &l.ty)))
        .filter(|(_, t)| is_dynamic(t));
    for (what, t) in dynamic {
        let sep = if what == "returns" { " " } else { ": " };
        let _ = writeln!(text, "    {what}{sep}{}{}", t.python_name(), mark(t));
    }
    text
}

/// The marker for a dynamic type, and why it costs.
fn mark(t: &Type) -> String {
    if is_dynamic(t) {
        format!(
            "{DYNAMIC}: it holds values of several types, so each use checks the type at run time"
        )
    } else {
        String::new()
    }
}

fn is_dynamic(t: &Type) -> bool {
    *t == Type::Obj || t.children().into_iter().any(is_dynamic)
}

#[cfg(test)]
mod tests {
    #[test]
    fn signatures_fields_and_dynamic_values() {
        let source = "class Box:\n    def __init__(self, v):\n        self.v = v\n\n\ndef add(a, b):\n    return a + b\n\n\ndef first(xs):\n    return xs[0]\n\n\nprint(add(1, 2), add('a', 'b'), first([1, 'a']), Box(2.5).v)\n";
        let t = crate::transpile("app.py", source).expect("translates");
        assert_eq!(
            t.explain,
            "app.py:1: class Box\n    v: float\n\
             app.py:2: def Box.__init__(self: Box, v: float) -> None\n\
             app.py:6: def add_int_int(a: int, b: int) -> int\n\
             app.py:6: def add_str_str(a: str, b: str) -> str\n\
             app.py:10: def first(xs: list[object]) -> object\n\
             \x20   parameter xs: list[object]  <- dynamic: it holds values of several types, so each use checks the type at run time\n\
             \x20   returns object  <- dynamic: it holds values of several types, so each use checks the type at run time\n\
             2 dynamic values\n"
        );
    }
}
