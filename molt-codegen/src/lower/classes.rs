//! Lowering of class definitions: a class's fields (from class-level
//! annotations and every `self.x = ...` in its methods), its methods (own
//! and inherited, each compiled for the class whose instance `self` is),
//! its class attributes, and which fields `__init__` always sets.

use super::{docstring, span, Ctx, Frame};
use crate::ir::{self, ExprKind, MethodInfo, MethodKind};
use crate::types::{Signature, Type};
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::Ranged;
use std::collections::{BTreeMap, BTreeSet};

/// What lowering knows about a class before its methods are lowered.
#[derive(Debug, Clone)]
pub(super) struct ClassInfo {
    /// The classes it derives from, as written.
    pub bases: Vec<String>,
    /// Its ancestors in method resolution order (CPython's C3
    /// linearization, without the class itself).
    pub mro: Vec<String>,
    /// Fields and their types, inherited first.
    pub fields: Vec<(String, Type)>,
    /// Fields `__init__` sets before anything can read them.
    pub always_set: BTreeSet<String>,
    /// Every method callable on an instance, own and inherited, with its
    /// kind and the class whose body it runs.
    pub methods: BTreeMap<String, (MethodKind, String)>,
    /// Class attributes (`count = 0` in the class body), stored as the
    /// module global `Class.name`.
    pub attrs: BTreeSet<String>,
    /// Class attributes the module assigns after the class
    /// (`Vector.UP = Vector(0, 1, 0)`): its own, like those in its body.
    pub assigned_attrs: BTreeSet<String>,
    pub def: ast::StmtClassDef,
    /// What `@dataclass` made of the class.
    pub dataclass: Option<super::dataclasses::DataclassSpec>,
    /// Declares `__slots__`.
    pub slotted: bool,
}

/// The copy of a method that `super().name()` calls from a subclass:
/// `Base.name`'s body run on the subclass's instance.
fn super_copy_name(defining: &str, method: &str) -> String {
    format!("{}_{}", snake(defining), method.trim_matches('_'))
}

pub(super) fn snake(name: &str) -> String {
    let mut out = String::new();
    for (i, c) in name.chars().enumerate() {
        if c.is_uppercase() {
            if i > 0 {
                out.push('_');
            }
            out.extend(c.to_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}

fn method_kind(f: &ast::StmtFunctionDef) -> Result<MethodKind, &ast::Decorator> {
    match f.decorator_list.as_slice() {
        [] => Ok(MethodKind::Instance),
        [d] => match &d.expression {
            Expr::Name(n) if n.id.as_str() == "staticmethod" => Ok(MethodKind::Static),
            Expr::Name(n) if n.id.as_str() == "classmethod" => Ok(MethodKind::Class),
            Expr::Name(n) if n.id.as_str() == "property" => Ok(MethodKind::Property),
            Expr::Attribute(a) if a.attr.as_str() == "setter" => Ok(MethodKind::Setter),
            _ => Err(d),
        },
        [_, d, ..] => Err(d),
    }
}

/// `self.name` where `self` is the method's first parameter.
fn self_attr<'a>(e: &'a Expr, self_name: &str) -> Option<&'a str> {
    match e {
        Expr::Attribute(a) if matches!(&*a.value, Expr::Name(n) if n.id.as_str() == self_name) => {
            Some(a.attr.as_str())
        }
        _ => None,
    }
}

/// Every `self.x` assigned in a method body, with its annotation if any.
fn assigned_fields<'a>(
    body: &'a [Stmt],
    self_name: &str,
    out: &mut Vec<(String, Option<&'a Expr>, ruff_text_size::TextRange)>,
) {
    for stmt in body {
        match stmt {
            Stmt::Assign(a) => {
                for t in &a.targets {
                    let targets: Vec<&Expr> = match t {
                        Expr::Tuple(t) => t.elts.iter().collect(),
                        t => vec![t],
                    };
                    for t in targets {
                        if let Some(name) = self_attr(t, self_name) {
                            out.push((name.to_string(), None, t.range()));
                        }
                    }
                }
            }
            Stmt::AugAssign(a) => {
                if let Some(name) = self_attr(&a.target, self_name) {
                    out.push((name.to_string(), None, a.target.range()));
                }
            }
            Stmt::AnnAssign(a) => {
                if let Some(name) = self_attr(&a.target, self_name) {
                    out.push((name.to_string(), Some(&*a.annotation), a.target.range()));
                }
            }
            Stmt::If(s) => {
                assigned_fields(&s.body, self_name, out);
                for c in &s.elif_else_clauses {
                    assigned_fields(&c.body, self_name, out);
                }
            }
            Stmt::While(s) => {
                assigned_fields(&s.body, self_name, out);
                assigned_fields(&s.orelse, self_name, out);
            }
            Stmt::For(s) => {
                assigned_fields(&s.body, self_name, out);
                assigned_fields(&s.orelse, self_name, out);
            }
            _ => {}
        }
    }
}

/// Whether `name` occurs anywhere in the statement or expression.
fn mentions_stmt(stmt: &Stmt, name: &str) -> bool {
    use ruff_python_ast::visitor::{self, Visitor};
    struct Finder<'n> {
        name: &'n str,
        found: bool,
    }
    impl<'b> Visitor<'b> for Finder<'_> {
        fn visit_expr(&mut self, expr: &'b Expr) {
            if let Expr::Name(n) = expr {
                if n.id.as_str() == self.name {
                    self.found = true;
                }
            }
            if let Expr::Call(c) = expr {
                // `super()` stands for `self`.
                if matches!(&*c.func, Expr::Name(n) if n.id.as_str() == "super") {
                    self.found = true;
                }
            }
            visitor::walk_expr(self, expr);
        }
    }
    let mut f = Finder { name, found: false };
    f.visit_stmt(stmt);
    f.found
}

fn mentions_expr(e: &Expr, name: &str) -> bool {
    let stmt = Stmt::Expr(ast::StmtExpr {
        value: Box::new(e.clone()),
        range: e.range(),
        node_index: Default::default(),
    });
    mentions_stmt(&stmt, name)
}

fn string_literal(e: &Expr) -> Option<String> {
    match e {
        Expr::StringLiteral(s) => Some(s.value.to_str().to_string()),
        _ => None,
    }
}

/// `super().name(args)`: the method name and call.
pub(super) fn super_call(c: &ast::ExprCall) -> Option<&str> {
    let Expr::Attribute(a) = &*c.func else {
        return None;
    };
    let Expr::Call(inner) = &*a.value else {
        return None;
    };
    let is_super = matches!(&*inner.func, Expr::Name(n) if n.id.as_str() == "super")
        && inner.arguments.args.is_empty();
    is_super.then_some(a.attr.as_str())
}

impl Ctx {
    /// Records every module-level class, its base, fields, methods and
    /// attributes, so that annotations and calls can name them.
    pub(super) fn declare_classes(&mut self, body: &[Stmt]) {
        for stmt in body {
            let Stmt::ClassDef(c) = stmt else { continue };
            let rich = self.is_rich_exception(c.name.id.as_str());
            if self.defines_exception(c) && !rich {
                continue;
            }
            if let Some(int) = self.enum_base(c) {
                self.declare_enum(c, int);
                continue;
            }
            let name = c.name.id.to_string();
            let mut bases = Vec::new();
            let mut named_tuple = false;
            if rich {
                // Its base is one of the program's classes only when that
                // is a rich exception class too.
                let exc_base = self.exceptions[name.as_str()].base.clone();
                bases.extend(self.classes.contains_key(&exc_base).then_some(exc_base));
            } else if let Some(args) = &c.arguments {
                if let Some(k) = args.keywords.first() {
                    self.error(k.range, "class keywords (metaclass=...) are not supported")
                        .help("derive from classes only");
                    continue;
                }
                let mut ok = true;
                for b in args.args.iter() {
                    match b {
                        Expr::Name(b) if b.id.as_str() == "object" => {}
                        // A record: a frozen, ordered dataclass that is also
                        // a tuple of its fields.
                        Expr::Name(b)
                            if b.id.as_str() == "NamedTuple"
                                && args.args.len() == 1
                                && (self.imports.contains("NamedTuple")
                                    || self.imports.contains("namedtuple")) =>
                        {
                            named_tuple = true;
                        }
                        Expr::Name(b) if self.classes.contains_key(b.id.as_str()) => {
                            bases.push(b.id.to_string());
                        }
                        // (`object` is taken above.)
                        Expr::Name(b) if super::BUILTIN_TYPES.contains(&b.id.as_str()) => {
                            self.error(
                                b.range,
                                format!("a class deriving from the builtin `{}` is not supported", b.id),
                            )
                            .help(format!(
                                "hold a {0} in an attribute instead (self.items = {0}()); a subclass that adds nothing and is only called works as {0}",
                                b.id
                            ));
                            ok = false;
                        }
                        other => {
                            self.error(
                                other.range(),
                                "a class can derive only from classes defined earlier in this module",
                            )
                            .help("define the base class above this one");
                            ok = false;
                        }
                    }
                }
                if !ok {
                    continue;
                }
            }
            let Some(mro) = self.linearize(&bases) else {
                self.error(
                    c.arguments
                        .as_ref()
                        .map(|a| a.range)
                        .unwrap_or(c.name.range),
                    format!(
                        "Cannot create a consistent method resolution order (MRO) for bases {}",
                        bases.join(", ")
                    ),
                )
                .help("list the bases so that each class comes before its own bases");
                continue;
            };
            let special = |k: &ClassInfo| k.dataclass.is_some();
            if bases.len() > 1 && (rich || bases.iter().any(|b| special(&self.classes[b]))) {
                self.error(
                    c.name.range,
                    "multiple inheritance of dataclasses and exception classes is not supported",
                )
                .help("derive from one dataclass, or use a plain class");
                continue;
            }
            let base = bases.first().cloned();
            let mut dataclass = named_tuple.then(|| super::dataclasses::DataclassSpec {
                eq: true,
                order: true,
                frozen: true,
                named_tuple: true,
                ..Default::default()
            });
            if let (Some(d), true) = (c.decorator_list.first(), named_tuple) {
                self.error(d.range, "a decorated NamedTuple class is not supported")
                    .help("remove the decorator");
                continue;
            }
            if let Some(d) = c.decorator_list.first() {
                match self.dataclass_options(d) {
                    Some(spec) if c.decorator_list.len() == 1 => dataclass = Some(spec),
                    _ => {
                        self.error(d.range, "this class decorator is not supported")
                            .help("Molt supports @dataclass and @dataclass(eq=..., order=..., frozen=...)");
                        continue;
                    }
                }
            }
            if self.classes.contains_key(&name) || self.funcs.contains_key(&name) {
                self.error(c.name.range, format!("`{name}` is defined twice"))
                    .help("give each class its own name");
                continue;
            }
            let inherited = base.as_ref().map(|b| self.classes[b].clone());
            let mut def = if rich {
                self.rich_exception_def(c)
            } else {
                c.clone()
            };
            let dataclass = dataclass.map(|spec| {
                let base_spec = inherited.as_ref().and_then(|b| b.dataclass.clone());
                self.make_dataclass(&mut def, spec, base_spec.as_ref())
            });
            let info = ClassInfo {
                bases,
                mro,
                fields: inherited
                    .as_ref()
                    .map(|b| b.fields.clone())
                    .unwrap_or_default(),
                always_set: BTreeSet::new(),
                methods: BTreeMap::new(),
                attrs: BTreeSet::new(),
                assigned_attrs: BTreeSet::new(),
                def,
                dataclass,
                slotted: false,
            };
            self.classes.insert(name.clone(), info);
            self.class_order.push(name);
        }
        // `Vector.UP = Vector(0, 1, 0)` after the class: a class attribute
        // too, set where the module assigns it.
        for stmt in body {
            let Stmt::Assign(a) = stmt else { continue };
            for t in &a.targets {
                if let Expr::Attribute(attr) = t {
                    if let Expr::Name(n) = &*attr.value {
                        if let Some(info) = self.classes.get_mut(n.id.as_str()) {
                            info.attrs.insert(attr.attr.id.to_string());
                            info.assigned_attrs.insert(attr.attr.id.to_string());
                        }
                    }
                }
            }
        }
        for name in self.class_order.clone() {
            self.collect_members(&name);
        }
        // CPython looks `Sub.UP` up in `Sub`, then its bases, at each read;
        // Molt settles each class attribute's owner once, which differs when
        // a subclass gets its own value while a base has one.
        for stmt in body {
            let Stmt::Assign(a) = stmt else { continue };
            for t in &a.targets {
                let Expr::Attribute(attr) = t else { continue };
                let Expr::Name(n) = &*attr.value else {
                    continue;
                };
                let Some(info) = self.classes.get(n.id.as_str()) else {
                    continue;
                };
                let name = attr.attr.id.as_str();
                if defines_in_body(&info.def, name) {
                    continue;
                }
                let shadowed = info.mro.iter().find(|base| {
                    self.classes[*base].attrs.contains(name)
                        && self.owner_of_attr(base, name) == **base
                });
                if let Some(base) = shadowed.cloned() {
                    self.error(
                        t.range(),
                        format!("`{}.{name}` would hide `{base}.{name}`: a subclass's own value for a base's class attribute is not supported", n.id),
                    )
                    .help(format!("assign `{base}.{name}`, or give the subclass's attribute another name"));
                }
            }
        }
    }

    /// Fields, methods and attributes from the class body.
    fn collect_members(&mut self, class: &str) {
        let c = self.classes[class].def.clone();
        // A subclass sees the fields, methods and attributes of its
        // ancestors; of two that define a method, the one first in the
        // method resolution order.
        let mut fields = self.classes[class].fields.clone();
        let mut methods = self.classes[class].methods.clone();
        let mut attrs = self.classes[class].attrs.clone();
        for ancestor in self.classes[class].mro.clone().iter().rev() {
            for (f, t) in self.classes[ancestor].fields.clone() {
                if !fields.iter().any(|(n, _)| *n == f) {
                    fields.push((f, t));
                }
            }
            let own = self.classes[ancestor]
                .methods
                .iter()
                .filter(|(_, (_, defining))| defining == ancestor)
                .map(|(n, m)| (n.clone(), m.clone()))
                .collect::<Vec<_>>();
            methods.extend(own);
            attrs.extend(self.classes[ancestor].attrs.iter().cloned());
        }
        let body = if docstring(&c.body).is_some() {
            &c.body[1..]
        } else {
            &c.body[..]
        };
        let mut declared: Vec<(String, Type)> = Vec::new();
        let mut slots: Option<Vec<String>> = None;
        for stmt in body {
            match stmt {
                Stmt::FunctionDef(f) => match method_kind(f) {
                    Ok(kind) => {
                        methods.insert(f.name.id.to_string(), (kind, class.to_string()));
                        if kind == MethodKind::Setter {
                            methods
                                .insert(format!("{}.setter", f.name.id), (kind, class.to_string()));
                            methods.insert(
                                f.name.id.to_string(),
                                (MethodKind::Property, self.property_owner(class, &f.name.id)),
                            );
                        }
                    }
                    Err(d) => {
                        self.error(d.range, "this decorator is not supported on methods")
                            .help("use @staticmethod, @classmethod, @property or @name.setter");
                    }
                },
                Stmt::AnnAssign(a) => {
                    let Expr::Name(n) = &*a.target else {
                        self.error(a.target.range(), "this class attribute is not supported")
                            .help("declare a field as `name: type`");
                        continue;
                    };
                    if a.value.is_some() {
                        attrs.insert(n.id.to_string());
                    } else if let Some(t) = self.annotation(&a.annotation) {
                        declared.push((n.id.to_string(), t));
                    }
                }
                // `__slots__`: the fields instances may have (checked below).
                Stmt::Assign(a) if matches!(a.targets.as_slice(), [Expr::Name(n)] if n.id.as_str() == "__slots__") =>
                {
                    let names: Option<Vec<String>> = match &*a.value {
                        Expr::Tuple(t) => t.elts.iter().map(string_literal).collect(),
                        Expr::List(t) => t.elts.iter().map(string_literal).collect(),
                        one => string_literal(one).map(|n| vec![n]),
                    };
                    match names {
                        Some(names) => slots = Some(names),
                        None => {
                            self.error(
                                a.value.range(),
                                "__slots__ must list the field names as strings",
                            )
                            .help("write __slots__ = (\"x\", \"y\")");
                        }
                    }
                }
                Stmt::Assign(a) => {
                    for t in &a.targets {
                        match t {
                            Expr::Name(n) => {
                                attrs.insert(n.id.to_string());
                            }
                            other => {
                                self.error(other.range(), "this class attribute is not supported")
                                    .help("assign a plain name in the class body");
                            }
                        }
                    }
                }
                Stmt::Pass(_) => {}
                Stmt::Expr(e)
                    if matches!(&*e.value, Expr::StringLiteral(_) | Expr::EllipsisLiteral(_)) => {}
                other => {
                    self.error(
                        other.range(),
                        "this statement is not supported in a class body",
                    )
                    .help("define methods and class attributes only");
                }
            }
        }
        for (name, ty) in declared {
            self.add_field(&mut fields, &name, ty, c.name.range);
        }
        for stmt in body {
            let Stmt::FunctionDef(f) = stmt else { continue };
            let Some(first) = f.parameters.args.first() else {
                continue;
            };
            if matches!(method_kind(f), Ok(MethodKind::Static | MethodKind::Class)) {
                continue;
            }
            let mut assigned = Vec::new();
            assigned_fields(&f.body, first.parameter.name.id.as_str(), &mut assigned);
            for (name, ann, at) in assigned {
                // Assigning a property runs its setter.
                if matches!(methods.get(&name), Some((MethodKind::Property, _))) {
                    continue;
                }
                let ty = match ann {
                    Some(a) => match self.annotation(a) {
                        Some(t) => t,
                        None => continue,
                    },
                    None => self.u.fresh(),
                };
                if attrs.contains(&name) {
                    self.error(
                        f.range,
                        format!("`{name}` is both a class attribute of `{class}` and set on its instances"),
                    )
                    .help("give the instance field its own name, or set it in __init__ without a class-level value");
                    continue;
                }
                if let Some(slots) = &slots {
                    if !slots.contains(&name) && !fields.iter().any(|(n, _)| *n == name) {
                        self.error(
                            at,
                            format!("'{class}' object has no attribute '{name}': it is not in __slots__"),
                        )
                        .help(format!("add \"{name}\" to {class}.__slots__"));
                        continue;
                    }
                }
                self.add_field(&mut fields, &name, ty, f.name.range);
            }
        }
        let outside: Vec<String> = self
            .outside_fields
            .iter()
            .filter(|(c, _)| c == class)
            .map(|(_, name)| name.clone())
            .collect();
        for name in outside {
            if fields.iter().any(|(n, _)| *n == name) {
                continue;
            }
            let ty = self.u.fresh();
            self.add_field(&mut fields, &name, ty, c.name.range);
        }
        let info = self.classes.get_mut(class).expect("declared");
        info.slotted = slots.is_some();
        info.fields = fields;
        info.methods = methods;
        info.attrs = attrs;
        let always = self.always_set(class);
        self.classes.get_mut(class).expect("declared").always_set = always;
        for attr in self.classes[class].attrs.clone() {
            let global = format!("{class}.{attr}");
            if self.owner_of_attr(class, &attr) == class {
                let ty = self.u.fresh();
                self.shared.insert(global.clone());
                self.global_types.insert(global, ty);
            }
        }
    }

    fn add_field(
        &mut self,
        fields: &mut Vec<(String, Type)>,
        name: &str,
        ty: Type,
        at: ruff_text_size::TextRange,
    ) {
        if let Some((_, existing)) = fields.iter().find(|(n, _)| n == name) {
            let existing = existing.clone();
            if self.u.unify(&existing, &ty).is_err() {
                self.error(at, format!("field `{name}` is given two different types"))
                    .help("give each field one type");
            }
            return;
        }
        fields.push((name.to_string(), ty));
    }

    /// The class that defines the property a setter belongs to.
    fn property_owner(&self, class: &str, name: &str) -> String {
        match self.classes[class].methods.get(name) {
            Some((MethodKind::Property, owner)) => owner.clone(),
            _ => class.to_string(),
        }
    }

    /// The class whose body defines the class attribute `attr` seen from `class`.
    pub(super) fn owner_of_attr(&self, class: &str, attr: &str) -> String {
        let order = std::iter::once(class.to_string()).chain(self.classes[class].mro.clone());
        for c in order {
            let info = &self.classes[&c];
            let own = defines_in_body(&info.def, attr) || info.assigned_attrs.contains(attr);
            if own {
                return c;
            }
        }
        class.to_string()
    }

    /// `[c.__name__ for c in C.__mro__]`: the names of the classes in
    /// `C`'s method resolution order, known when Molt compiles (classes
    /// are not values).
    pub(super) fn mro_names(&self, c: &ast::ExprListComp) -> Option<Vec<String>> {
        let [g] = c.generators.as_slice() else {
            return None;
        };
        let (Expr::Name(var), Expr::Attribute(mro)) = (&g.target, &g.iter) else {
            return None;
        };
        let Expr::Name(class) = &*mro.value else {
            return None;
        };
        let name_of_var = matches!(&*c.elt, Expr::Attribute(a)
            if a.attr.id.as_str() == "__name__"
                && matches!(&*a.value, Expr::Name(v) if v.id == var.id));
        if mro.attr.id.as_str() != "__mro__" || !g.ifs.is_empty() || !name_of_var {
            return None;
        }
        let info = self.classes.get(class.id.as_str())?;
        Some(
            std::iter::once(class.id.to_string())
                .chain(info.mro.iter().cloned())
                .chain(std::iter::once("object".to_string()))
                .collect(),
        )
    }

    /// The C3 linearization of a class with these bases, without the
    /// class itself: CPython's method resolution order. `None` when the
    /// bases admit none.
    fn linearize(&self, bases: &[String]) -> Option<Vec<String>> {
        let mut lists: Vec<Vec<String>> = bases
            .iter()
            .map(|b| {
                std::iter::once(b.clone())
                    .chain(self.classes[b].mro.iter().cloned())
                    .collect()
            })
            .collect();
        lists.push(bases.to_vec());
        let mut out = Vec::new();
        while lists.iter().any(|l| !l.is_empty()) {
            // The first head that is in no other list's tail.
            let head = lists
                .iter()
                .filter_map(|l| l.first())
                .find(|h| !lists.iter().any(|l| l[1.min(l.len())..].contains(h)))?
                .clone();
            for l in &mut lists {
                l.retain(|c| *c != head);
            }
            out.push(head);
        }
        Some(out)
    }

    /// The method AST named `name` that instances of `class` run.
    pub(super) fn method_def(&self, defining: &str, name: &str) -> Option<ast::StmtFunctionDef> {
        self.classes[defining]
            .def
            .body
            .iter()
            .find_map(|s| match s {
                Stmt::FunctionDef(f)
                    if f.name.id.as_str() == name && (method_kind(f) != Ok(MethodKind::Setter)) =>
                {
                    Some(f.clone())
                }
                _ => None,
            })
    }

    fn setter_def(&self, defining: &str, name: &str) -> Option<ast::StmtFunctionDef> {
        self.classes[defining]
            .def
            .body
            .iter()
            .find_map(|s| match s {
                Stmt::FunctionDef(f)
                    if f.name.id.as_str() == name && method_kind(f) == Ok(MethodKind::Setter) =>
                {
                    Some(f.clone())
                }
                _ => None,
            })
    }

    /// The fields `__init__` (with the `super().__init__` it starts
    /// with) sets before `self` is used any other way.
    fn always_set(&self, class: &str) -> BTreeSet<String> {
        let mut set = BTreeSet::new();
        let Some((_, defining)) = self.classes[class].methods.get("__init__") else {
            return set;
        };
        self.init_prefix(class, defining, &mut set);
        set
    }

    /// The class whose `method` `super().method()` in `defining`'s body
    /// runs, for an instance of `class`: the next class after `defining`
    /// in `class`'s method resolution order that defines it.
    pub(super) fn super_owner(&self, class: &str, defining: &str, method: &str) -> Option<String> {
        let order: Vec<String> = std::iter::once(class.to_string())
            .chain(self.classes[class].mro.iter().cloned())
            .collect();
        let at = order.iter().position(|c| c == defining)?;
        order[at + 1..]
            .iter()
            .find(|c| {
                self.classes[*c]
                    .methods
                    .get(method)
                    .is_some_and(|(_, owner)| owner == *c)
            })
            .cloned()
    }

    /// Adds the fields the `__init__` defined in `defining` sets first;
    /// false if it used `self` before its end.
    fn init_prefix(&self, class: &str, defining: &str, set: &mut BTreeSet<String>) -> bool {
        let Some(f) = self.method_def(defining, "__init__") else {
            return true;
        };
        let Some(first) = f.parameters.args.first() else {
            return false;
        };
        let me = first.parameter.name.id.as_str();
        for stmt in &f.body {
            match stmt {
                Stmt::Assign(a) if a.targets.len() == 1 && !mentions_expr(&a.value, me) => {
                    match self_attr(&a.targets[0], me) {
                        Some(name) => {
                            set.insert(name.to_string());
                        }
                        None if !mentions_stmt(stmt, me) => {}
                        None => return false,
                    }
                }
                Stmt::AnnAssign(a) if a.value.as_ref().is_some_and(|v| !mentions_expr(v, me)) => {
                    match self_attr(&a.target, me) {
                        Some(name) => {
                            set.insert(name.to_string());
                        }
                        None if !mentions_stmt(stmt, me) => {}
                        None => return false,
                    }
                }
                Stmt::Expr(e) if matches!(&*e.value, Expr::Call(c) if super_call(c) == Some("__init__") && !c.arguments.args.iter().any(|a| mentions_expr(a, me))) =>
                {
                    let Some(init_owner) = self.super_owner(class, defining, "__init__") else {
                        continue;
                    };
                    if !self.init_prefix(class, &init_owner, set) {
                        return false;
                    }
                }
                s if !mentions_stmt(s, me) => {}
                _ => return false,
            }
        }
        true
    }

    /// The signature of a method run on instances of `self_class`.
    pub(super) fn method_signature(
        &mut self,
        f: &ast::StmtFunctionDef,
        kind: MethodKind,
        self_class: &str,
    ) -> Option<Signature> {
        let first = match kind {
            MethodKind::Static => None,
            MethodKind::Class => Some(None),
            _ => Some(Some(Type::Object(self_class.to_string()))),
        };
        self.params_signature(f, first)
    }

    /// Signatures of every method of every class, as `Class.method`.
    pub(super) fn declare_methods(&mut self) {
        for class in self.class_order.clone() {
            let methods = self.classes[&class].methods.clone();
            for (name, (kind, defining)) in methods {
                let f = if kind == MethodKind::Setter {
                    let Some(prop) = name.strip_suffix(".setter") else {
                        continue;
                    };
                    self.setter_def(&defining, prop)
                } else {
                    self.method_def(&defining, &name)
                };
                let Some(f) = f else { continue };
                let key = format!("{class}.{name}");
                self.record_params(&key, &f, kind != MethodKind::Static);
                if name == "__init__" {
                    if let Some(spec) = self.classes[&defining].dataclass.clone() {
                        self.dataclass_defaults(&key, &spec);
                    }
                }
                if let Some(sig) = self.method_signature(&f, kind, &class) {
                    self.funcs.insert(key, sig);
                }
            }
        }
    }

    /// Lowers every class: its methods as functions named `Class.method`
    /// and its description for the emitter.
    pub(super) fn lower_classes(&mut self) -> (Vec<ir::Class>, Vec<ir::Function>) {
        let mut classes = Vec::new();
        let mut functions = Vec::new();
        for class in self.class_order.clone() {
            let info = self.classes[&class].clone();
            let mut methods = Vec::new();
            for (name, (kind, defining)) in &info.methods {
                let f = if *kind == MethodKind::Setter {
                    let Some(prop) = name.strip_suffix(".setter") else {
                        continue;
                    };
                    self.setter_def(defining, prop)
                } else {
                    self.method_def(defining, name)
                };
                let Some(f) = f else { continue };
                let qualified = format!("{class}.{name}");
                if let Some(func) = self.lower_method(&f, *kind, &class, defining, &qualified) {
                    functions.push(func);
                    methods.push(MethodInfo {
                        name: name.clone(),
                        kind: *kind,
                        shares_self: false,
                    });
                }
            }
            classes.push(ir::Class {
                name: class.clone(),
                doc: docstring(&info.def.body),
                bases: info.bases.clone(),
                mro: info.mro.clone(),
                fields: info
                    .fields
                    .iter()
                    .map(|(n, t)| ir::ClassField {
                        name: n.clone(),
                        ty: t.clone(),
                        always_set: info.always_set.contains(n),
                    })
                    .collect(),
                methods,
                dataclass: info.dataclass.as_ref().is_some_and(|d| !d.named_tuple),
                frozen: info.dataclass.as_ref().is_some_and(|d| d.frozen),
                named_tuple: info.dataclass.as_ref().is_some_and(|d| d.named_tuple),
                slotted: info.slotted,
                exact_eq: info
                    .dataclass
                    .as_ref()
                    .is_some_and(|d| d.generated.iter().any(|m| m == "__eq__")),
                attrs: info
                    .attrs
                    .iter()
                    .filter(|a| self.owner_of_attr(&class, a) == class)
                    .cloned()
                    .collect(),
                line: self.line(info.def.range),
            });
        }
        // `super().m()` copies, which may ask for more.
        let mut done = BTreeSet::new();
        while let Some(request) = self
            .super_requests
            .iter()
            .find(|r| !done.contains(*r))
            .cloned()
        {
            done.insert(request.clone());
            let (self_class, defining, name) = request;
            let Some(f) = self.method_def(&defining, &name) else {
                continue;
            };
            let copy = super_copy_name(&defining, &name);
            let qualified = format!("{self_class}.{copy}");
            if let Some(func) =
                self.lower_method(&f, MethodKind::Instance, &self_class, &defining, &qualified)
            {
                functions.push(func);
                if let Some(c) = classes.iter_mut().find(|c| c.name == self_class) {
                    c.methods.push(MethodInfo {
                        name: copy,
                        kind: MethodKind::Instance,
                        shares_self: false,
                    });
                }
            }
        }
        (classes, functions)
    }

    fn lower_method(
        &mut self,
        f: &ast::StmtFunctionDef,
        kind: MethodKind,
        self_class: &str,
        defining: &str,
        qualified: &str,
    ) -> Option<ir::Function> {
        let sig = match self.funcs.get(qualified) {
            Some(sig) => sig.clone(),
            None => self.method_signature(f, kind, self_class)?,
        };
        self.funcs.insert(qualified.to_string(), sig.clone());
        let mut names = super::args::param_names(&f.parameters);
        let cls = if kind == MethodKind::Class && !names.is_empty() {
            Some(names.remove(0))
        } else {
            None
        };
        let class = ClassFrame {
            self_class: self_class.to_string(),
            defining: defining.to_string(),
            self_name: match kind {
                MethodKind::Static | MethodKind::Class => None,
                _ => names.first().cloned(),
            },
            cls_name: cls,
        };
        Some(self.lower_def(f, qualified, names, sig, Some(class)))
    }

    /// Whether `e` names a class (`Point`, or `cls` in a classmethod).
    pub(super) fn names_class(&self, frame: &Frame, e: &Expr) -> bool {
        let Expr::Name(n) = e else { return false };
        (!frame.types.contains_key(n.id.as_str()) && self.classes.contains_key(n.id.as_str()))
            || frame.class.as_ref().and_then(|c| c.cls_name.as_deref()) == Some(n.id.as_str())
    }

    /// `object.name = value`, `object.name op= value`, and the same on a
    /// class attribute (`Counter.count += 1`).
    pub(super) fn lower_set_attr(
        &mut self,
        frame: &mut Frame,
        target: &ast::ExprAttribute,
        op: Option<crate::ir::BinOp>,
        value: &Expr,
    ) -> Option<ir::StmtKind> {
        if self.names_class(frame, &target.value) {
            let (global, _) = self.class_attr(frame, target)??;
            let value = self.lower_expr(frame, value)?;
            let place = ir::Place::Global(global);
            return Some(match op {
                None => ir::StmtKind::Assign { place, value },
                Some(op) => ir::StmtKind::AugAssign { place, op, value },
            });
        }
        let object = self.lower_expr(frame, &target.value)?;
        let value = self.lower_expr(frame, value)?;
        Some(ir::StmtKind::SetAttr {
            object,
            name: target.attr.to_string(),
            op,
            value,
        })
    }

    /// `Class.attr` where `Class` names a class: its class attribute.
    pub(super) fn class_attr(
        &mut self,
        frame: &Frame,
        a: &ast::ExprAttribute,
    ) -> Option<Option<(String, Type)>> {
        let class = match &*a.value {
            Expr::Name(n)
                if !frame.types.contains_key(n.id.as_str())
                    && self.classes.contains_key(n.id.as_str()) =>
            {
                n.id.to_string()
            }
            Expr::Name(n)
                if frame.class.as_ref().and_then(|c| c.cls_name.as_deref())
                    == Some(n.id.as_str()) =>
            {
                frame.class.as_ref()?.self_class.clone()
            }
            _ => return None,
        };
        let attr = a.attr.as_str();
        if !self.classes[&class].attrs.contains(attr) {
            self.error(
                a.range,
                format!("type object '{class}' has no attribute '{attr}'"),
            )
            .help("Molt's classes are closed: define the attribute in the class body");
            return Some(None);
        }
        let owner = self.owner_of_attr(&class, attr);
        let global = format!("{owner}.{attr}");
        let ty = self.global_types[&global].clone();
        Some(Some((global, ty)))
    }

    /// The calls that name a class: `Point(1, 2)`, `cls(...)`,
    /// `Point.origin()`, `super().m(...)`. `None` if `c` is none of them.
    pub(super) fn lower_class_call(
        &mut self,
        frame: &mut Frame,
        c: &ast::ExprCall,
    ) -> Option<Option<ir::Expr>> {
        let r = span(c.range());
        let class_of = |cx: &Ctx, e: &Expr| -> Option<String> {
            let Expr::Name(n) = e else { return None };
            if frame.types.contains_key(n.id.as_str()) {
                return None;
            }
            if cx.classes.contains_key(n.id.as_str()) {
                return Some(n.id.to_string());
            }
            let cf = frame.class.as_ref()?;
            (cf.cls_name.as_deref() == Some(n.id.as_str())).then(|| cf.self_class.clone())
        };
        if let Expr::Name(f) = &*c.func {
            if f.id.as_str() == "issubclass" && !frame.types.contains_key("issubclass") {
                return Some(self.lower_issubclass(frame, c));
            }
        }
        if let Some(name) = self.names_enum(frame, &c.func) {
            let [arg] = c.arguments.args.as_ref() else {
                self.error(c.arguments.range, format!("{name}() takes one value"))
                    .help(format!(
                        "write {name}(value) to get the member with that value"
                    ));
                return Some(None);
            };
            return Some(self.enum_lookup(frame, &name, arg, false, c.range()));
        }
        if let Some(class) = class_of(self, &c.func) {
            let init = format!("{class}.__init__");
            let args = self.bind_args(frame, c, &init, &init)?;
            return Some(Some(ir::Expr::new(
                ExprKind::New {
                    class: class.clone(),
                    args,
                },
                Type::Object(class),
                r,
            )));
        }
        let Expr::Attribute(a) = &*c.func else {
            return None;
        };
        if let Some(method) = super_call(c) {
            let Some(cf) = frame.class.clone() else {
                self.error(c.func.range(), "super() is only supported inside methods")
                    .help("call the base class's method from a method");
                return Some(None);
            };
            let Some(self_name) = cf.self_name.clone() else {
                self.error(
                    c.func.range(),
                    "super() is only supported in instance methods",
                )
                .help("call the base class's method from an instance method");
                return Some(None);
            };
            let found = self.super_owner(&cf.self_class, &cf.defining, method);
            let Some(owner) = found else {
                self.error(
                    a.range,
                    format!("'super' object has no attribute '{method}'"),
                )
                .help("call a method the base class defines");
                return Some(None);
            };
            let resolved = self.classes[&cf.self_class]
                .methods
                .get(method)
                .map(|m| m.1.clone());
            let name = if resolved.as_deref() == Some(owner.as_str()) {
                method.to_string()
            } else {
                self.super_requests.insert((
                    cf.self_class.clone(),
                    owner.clone(),
                    method.to_string(),
                ));
                super_copy_name(&owner, method)
            };
            let key = format!("{}.{name}", cf.self_class);
            let args = self.bind_args(frame, c, &key, &format!("{}.{method}", cf.self_class))?;
            let receiver = ir::Expr::new(
                ExprKind::Local(self_name),
                Type::Object(cf.self_class.clone()),
                span(a.value.range()),
            );
            let ty = self.u.fresh();
            return Some(Some(ir::Expr::new(
                ExprKind::Method {
                    receiver: Box::new(receiver),
                    name,
                    args,
                    kwargs: Vec::new(),
                },
                ty,
                r,
            )));
        }
        let class = class_of(self, &a.value)?;
        let method = a.attr.as_str();
        match self.classes[&class].methods.get(method).cloned() {
            Some((MethodKind::Static | MethodKind::Class, _)) => {
                let func = format!("{class}.{method}");
                let args = self.bind_args(frame, c, &func, &func)?;
                let ty = match self.funcs.get(&func) {
                    Some(sig) => sig.ret.clone(),
                    None => self.u.fresh(),
                };
                Some(Some(ir::Expr::new(ExprKind::Call { func, args }, ty, r)))
            }
            _ => {
                self.error(
                    c.func.range(),
                    format!("calling `{class}.{method}` through the class is not supported yet"),
                )
                .help(
                    "call static and class methods through the class, other methods on an instance",
                );
                Some(None)
            }
        }
    }

    /// `issubclass(B, A)` and `issubclass(B, (A, C))`: known now.
    fn lower_issubclass(&mut self, frame: &mut Frame, c: &ast::ExprCall) -> Option<ir::Expr> {
        let class_name = |e: &Expr| match e {
            Expr::Name(n)
                if self.classes.contains_key(n.id.as_str())
                    || self.is_exception_class(n.id.as_str())
                    || n.id.as_str() == "object" =>
            {
                Some(n.id.to_string())
            }
            _ => None,
        };
        let args = &c.arguments.args;
        let (Some(sub), Some(of)) = (args.first(), args.get(1)) else {
            self.error(c.range(), "issubclass() takes two arguments")
                .help("write issubclass(B, A)");
            return None;
        };
        let bases: Vec<&Expr> = match of {
            Expr::Tuple(t) => t.elts.iter().collect(),
            one => vec![one],
        };
        // A class known at run time only: an exception class `__exit__` got.
        if class_name(sub).is_none()
            && !matches!(sub, Expr::Name(n) if self.classes.contains_key(n.id.as_str()))
        {
            if let Some(names) = bases
                .iter()
                .map(|b| class_name(b))
                .collect::<Option<Vec<String>>>()
            {
                let value = self.lower_expr(frame, sub)?;
                return Some(ir::Expr::new(
                    ExprKind::Builtin {
                        func: ir::Builtin::Issubclass,
                        args: vec![
                            value,
                            ir::Expr::new(
                                ExprKind::Str(names.join(",")),
                                Type::Str,
                                span(of.range()),
                            ),
                        ],
                        kwargs: Vec::new(),
                    },
                    Type::Bool,
                    span(c.range()),
                ));
            }
        }
        let (Some(sub), Some(bases)) = (
            class_name(sub),
            bases
                .iter()
                .map(|b| class_name(b))
                .collect::<Option<Vec<String>>>(),
        ) else {
            self.error(
                c.range(),
                "issubclass() is supported on the program's classes by name",
            )
            .help("write issubclass(B, A) with class names");
            return None;
        };
        let result = bases
            .iter()
            .any(|b| b == "object" || self.u.is_subclass(&sub, b));
        Some(ir::Expr::new(
            ExprKind::Bool(result),
            Type::Bool,
            span(c.range()),
        ))
    }

    /// A class body's attribute assignments, run where the class statement
    /// stands in the module.
    pub(super) fn lower_class_statement(
        &mut self,
        frame: &mut Frame,
        c: &ast::StmtClassDef,
        out: &mut Vec<ir::Stmt>,
    ) {
        let class = c.name.id.to_string();
        let Some(info) = self.classes.get(&class) else {
            return;
        };
        // The body as Molt reads it (a dataclass's fields are not attributes).
        let body = info.def.body.clone();
        let _ = c;
        for stmt in &body {
            let (target, value) = match stmt {
                Stmt::Assign(a) if a.targets.len() == 1 => (&a.targets[0], &*a.value),
                Stmt::AnnAssign(a) => match a.value.as_deref() {
                    Some(v) => (&*a.target, v),
                    None => continue,
                },
                _ => continue,
            };
            let Expr::Name(n) = target else { continue };
            let global = format!("{class}.{}", n.id);
            let Some(ty) = self.global_types.get(&global).cloned() else {
                continue;
            };
            if let Stmt::AnnAssign(a) = stmt {
                if let Some(t) = self.annotation(&a.annotation) {
                    let _ = self.u.unify(&ty, &t);
                }
            }
            // The class body sees its earlier attributes by their plain names.
            if let Some(value) = self.lower_expr(frame, value) {
                out.push(ir::Stmt {
                    line: self.line(stmt.range()),
                    kind: ir::StmtKind::Assign {
                        place: ir::Place::Global(global),
                        value,
                    },
                });
            }
        }
    }
}

/// The method being lowered, when it is one.
#[derive(Debug, Clone)]
pub(super) struct ClassFrame {
    /// The class of `self`.
    pub self_class: String,
    /// The class whose body defines the method (where `super()` starts).
    pub defining: String,
    pub self_name: Option<String>,
    pub cls_name: Option<String>,
}

/// Whether the class body assigns the class attribute `attr`.
fn defines_in_body(def: &ast::StmtClassDef, attr: &str) -> bool {
    def.body.iter().any(|s| match s {
        Stmt::Assign(a) => a
            .targets
            .iter()
            .any(|t| matches!(t, Expr::Name(n) if n.id.as_str() == attr)),
        Stmt::AnnAssign(a) => {
            a.value.is_some() && matches!(&*a.target, Expr::Name(n) if n.id.as_str() == attr)
        }
        _ => false,
    })
}
