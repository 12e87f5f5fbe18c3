//! `%`-formatting of the program's own instances: `"at %r" % (square,)`
//! formats the instance by its `__repr__` (`%s` by its `__str__`), so
//! each such argument becomes `repr(x)` or `str(x)` and its conversion
//! `%s`, which formats a str as it is. Only literal templates are
//! rewritten: the conversions must be known when translating.

use crate::ir::{Builtin, Expr, ExprKind};
use crate::types::Type;

/// The conversion characters of a literal template in order (`"%5.2f %r"`
/// gives `['f', 'r']`), or None when the template takes its widths from
/// the arguments (`*`), names its keys (`%(k)s`) or is malformed.
pub fn conversions(template: &str) -> Option<Vec<char>> {
    let mut out = Vec::new();
    let mut chars = template.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '%' {
            continue;
        }
        while let Some(&f) = chars.peek() {
            match f {
                '(' | '*' => return None,
                '#' | '0' | '-' | ' ' | '+' | '.' | 'h' | 'l' | 'L' => {}
                d if d.is_ascii_digit() => {}
                _ => break,
            }
            chars.next();
        }
        match chars.next()? {
            '%' => {}
            conv => out.push(conv),
        }
    }
    Some(out)
}

/// Whether `%`-formatting a value of type `t` at conversion `conv` is an
/// instance formatted by `str()` or `repr()`.
pub fn formats_instance(t: &Type, conv: char) -> bool {
    matches!(t, Type::Object(_)) && matches!(conv, 's' | 'r' | 'a')
}

/// Rewrites `template % args` whose arguments include instances at `%s`
/// or `%r`: such an argument becomes `str(x)` or `repr(x)` and its
/// conversion `%s`.
pub fn format_instances(template: &mut Expr, args: &mut Expr) {
    let ExprKind::Str(text) = &template.kind else {
        return;
    };
    let Some(convs) = conversions(text) else {
        return;
    };
    let items: Vec<&mut Expr> = match &mut args.kind {
        ExprKind::Tuple(items) => items.iter_mut().collect(),
        _ if !matches!(args.ty, Type::Tuple(_)) => vec![args],
        _ => return,
    };
    if items.len() != convs.len() {
        return;
    }
    let mut changed = Vec::new();
    for (i, (item, conv)) in items.into_iter().zip(&convs).enumerate() {
        if !formats_instance(&item.ty, *conv) {
            continue;
        }
        let func = if *conv == 's' {
            Builtin::Str
        } else {
            Builtin::Repr
        };
        let inner = std::mem::replace(item, Expr::new(ExprKind::None, Type::None, item.span));
        let span = inner.span;
        *item = Expr::new(
            ExprKind::Builtin {
                func,
                args: vec![inner],
                kwargs: Vec::new(),
            },
            Type::Str,
            span,
        );
        changed.push(i);
    }
    if changed.is_empty() {
        return;
    }
    // The tuple's type follows its rewritten items.
    if let (ExprKind::Tuple(items), Type::Tuple(types)) = (&args.kind, &mut args.ty) {
        for (t, item) in types.iter_mut().zip(items) {
            *t = item.ty.clone();
        }
    }
    template.kind = ExprKind::Str(rewrite_conversions(text, &changed));
}

/// The template with the conversions at `indexes` turned into `s`.
fn rewrite_conversions(template: &str, indexes: &[usize]) -> String {
    let mut out = String::with_capacity(template.len());
    let mut chars = template.chars().peekable();
    let mut index = 0;
    while let Some(c) = chars.next() {
        out.push(c);
        if c != '%' {
            continue;
        }
        while let Some(&f) = chars.peek() {
            if f.is_ascii_digit() || "#0- +.hlL".contains(f) {
                out.push(f);
                chars.next();
            } else {
                break;
            }
        }
        match chars.next() {
            Some('%') => out.push('%'),
            Some(conv) => {
                out.push(if indexes.contains(&index) { 's' } else { conv });
                index += 1;
            }
            None => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_conversions() {
        assert_eq!(conversions("a %r: %5.2f %% %s"), Some(vec!['r', 'f', 's']));
        assert_eq!(conversions("%(k)s"), None);
        assert_eq!(conversions("%*d"), None);
    }

    #[test]
    fn rewrites_chosen_conversions() {
        assert_eq!(rewrite_conversions("%r %d %-4r%%", &[0, 2]), "%s %d %-4s%%");
    }
}
