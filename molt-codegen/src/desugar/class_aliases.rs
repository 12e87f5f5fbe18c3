//! `__rmul__ = __mul__` in a class body: the class has one function under
//! two names, so the alias becomes a copy of the method's `def` under the
//! new name, which later passes compile like any method. (Only the
//! function's `__name__` would tell the two apart.)

use ruff_python_ast::{Expr, Stmt};

/// Rewrites the method aliases in every class of `body`.
pub fn rewrite(body: &mut [Stmt]) {
    for stmt in body {
        let Stmt::ClassDef(class) = stmt else {
            continue;
        };
        for i in 0..class.body.len() {
            let Stmt::Assign(a) = &class.body[i] else {
                continue;
            };
            let ([Expr::Name(alias)], Expr::Name(target)) = (a.targets.as_slice(), &*a.value)
            else {
                continue;
            };
            // The def the name holds at this point of the class body.
            let def = class.body[..i].iter().rev().find_map(|s| match s {
                Stmt::FunctionDef(f) if f.name.id == target.id => Some(f),
                _ => None,
            });
            let Some(def) = def else { continue };
            let mut copy = def.clone();
            copy.name = ruff_python_ast::Identifier::new(alias.id.as_str(), alias.range);
            class.body[i] = Stmt::FunctionDef(copy);
        }
    }
}
