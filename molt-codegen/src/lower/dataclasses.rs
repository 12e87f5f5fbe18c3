//! `@dataclass`: the methods the decorator would add at run time are
//! written as Python (`__init__`, `__repr__`, `__eq__`, the order methods,
//! `__hash__`, and the helpers behind `asdict`/`astuple`), parsed, and
//! added to the class body, so they compile like the user's own methods.

use super::Ctx;
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::Ranged;

/// The decorator's options.
#[derive(Debug, Clone, Default)]
pub(super) struct DataclassSpec {
    pub eq: bool,
    pub order: bool,
    pub frozen: bool,
    /// A `typing.NamedTuple` (or `collections.namedtuple`) class: also a
    /// tuple of its fields (`_fields`, `len`, iteration, `p[0]`,
    /// unpacking, `_asdict`, `_replace`).
    pub named_tuple: bool,
    pub fields: Vec<DataField>,
    /// The methods the decorator added (the class did not define them).
    pub generated: Vec<String>,
}

/// One field, as the generated methods use it.
#[derive(Debug, Clone)]
pub(super) struct DataField {
    pub name: String,
    /// The annotation's source text.
    pub annotation: String,
    /// Python source evaluated for each instance that does not get the
    /// field as an argument: the default, or a call of the factory.
    pub default: Option<String>,
    pub repr: bool,
    pub compare: bool,
    pub init: bool,
}

fn keyword_bool(call: &ast::ExprCall, name: &str) -> Option<bool> {
    call.arguments
        .keywords
        .iter()
        .find(|k| k.arg.as_ref().is_some_and(|a| a.id.as_str() == name))
        .and_then(|k| match &k.value {
            Expr::BooleanLiteral(b) => Some(b.value),
            _ => None,
        })
}

/// `ClassVar[T]`: a class attribute, not a field.
fn is_class_var(annotation: &Expr) -> bool {
    match annotation {
        Expr::Subscript(s) => matches!(&*s.value, Expr::Name(n) if n.id.as_str() == "ClassVar"),
        Expr::Name(n) => n.id.as_str() == "ClassVar",
        _ => false,
    }
}

impl Ctx {
    /// The options of `@dataclass` or `@dataclass(...)`; `None` for
    /// another decorator.
    pub(super) fn dataclass_options(&self, d: &ast::Decorator) -> Option<DataclassSpec> {
        let imported = |n: &str| n == "dataclass" && self.imports.contains("dataclass");
        let mut spec = DataclassSpec {
            eq: true,
            ..DataclassSpec::default()
        };
        match &d.expression {
            Expr::Name(n) if imported(n.id.as_str()) => Some(spec),
            Expr::Call(c) if matches!(&*c.func, Expr::Name(n) if imported(n.id.as_str())) => {
                spec.eq = keyword_bool(c, "eq").unwrap_or(true);
                spec.order = keyword_bool(c, "order").unwrap_or(false);
                spec.frozen = keyword_bool(c, "frozen").unwrap_or(false);
                Some(spec)
            }
            _ => None,
        }
    }

    /// The source of an annotation or default (a name as it is: the
    /// classes `namedtuple()` makes are not in the source).
    fn text(&self, e: &Expr) -> String {
        if let Expr::Name(n) = e {
            return n.id.to_string();
        }
        self.source[e.range().start().to_usize()..e.range().end().to_usize()].to_string()
    }

    /// Turns the class into what `@dataclass` makes of it: its annotated
    /// assignments become fields and the generated methods join its body.
    pub(super) fn make_dataclass(
        &mut self,
        c: &mut ast::StmtClassDef,
        mut spec: DataclassSpec,
        base: Option<&DataclassSpec>,
    ) -> DataclassSpec {
        let mut fields: Vec<DataField> = base.map(|b| b.fields.clone()).unwrap_or_default();
        for stmt in c.body.iter_mut() {
            let Stmt::AnnAssign(a) = stmt else { continue };
            let Expr::Name(n) = &*a.target else { continue };
            if is_class_var(&a.annotation) {
                // A class attribute with the annotation's type.
                if let Expr::Subscript(s) = &*a.annotation {
                    a.annotation = s.slice.clone();
                }
                continue;
            }
            let mut field = DataField {
                name: n.id.to_string(),
                annotation: self.text(&a.annotation),
                default: None,
                repr: true,
                compare: true,
                init: true,
            };
            match a.value.as_deref() {
                None => {}
                Some(Expr::Call(call)) if matches!(&*call.func, Expr::Name(f) if f.id.as_str() == "field") => {
                    for k in &call.arguments.keywords {
                        let Some(arg) = &k.arg else { continue };
                        match arg.id.as_str() {
                            "default" => field.default = Some(self.text(&k.value)),
                            "default_factory" => {
                                field.default = Some(format!("{}()", self.text(&k.value)))
                            }
                            "repr" => {
                                field.repr =
                                    !matches!(&k.value, Expr::BooleanLiteral(b) if !b.value)
                            }
                            "compare" => {
                                field.compare =
                                    !matches!(&k.value, Expr::BooleanLiteral(b) if !b.value)
                            }
                            "init" => {
                                field.init =
                                    !matches!(&k.value, Expr::BooleanLiteral(b) if !b.value)
                            }
                            other => {
                                self.error(k.range, format!("field({other}=...) is not supported"))
                                    .help("use default, default_factory, repr, compare or init");
                            }
                        }
                    }
                }
                Some(value) => {
                    if matches!(value, Expr::List(_) | Expr::Dict(_) | Expr::Set(_)) {
                        self.error(
                            value.range(),
                            format!("mutable default {} for field {} is not allowed: use default_factory", self.text(value), n.id),
                        )
                        .help("write field(default_factory=list)");
                    }
                    field.default = Some(self.text(value));
                }
            }
            // The class body keeps only the declaration.
            a.value = None;
            match fields.iter_mut().find(|f| f.name == field.name) {
                Some(existing) => *existing = field,
                None => fields.push(field),
            }
        }
        spec.fields = fields;
        let own: Vec<String> = c
            .body
            .iter()
            .filter_map(|s| match s {
                Stmt::FunctionDef(f) => Some(f.name.id.to_string()),
                _ => None,
            })
            .collect();
        let dataclasses: Vec<String> = self
            .classes
            .iter()
            .filter(|(_, info)| info.dataclass.is_some())
            .map(|(name, _)| name.clone())
            .chain(std::iter::once(c.name.id.to_string()))
            .collect();
        let source = synthesized_methods(
            &c.name.id,
            &spec,
            &own,
            self.has_post_init(c, base),
            &dataclasses,
            self.imports.contains("asdict") || self.imports.contains("astuple"),
            self.source.contains("__match_args__"),
        );
        // The generated text is parsed at the class's offset, so that its
        // line numbers point at the class.
        let pad = c.range.start().to_usize();
        let padded = format!("{}\n{source}", "#".repeat(pad.saturating_sub(1)));
        match ruff_python_parser::parse_module(&padded) {
            Ok(parsed) => {
                for stmt in parsed.into_syntax().body {
                    match &stmt {
                        Stmt::FunctionDef(f) => {
                            spec.generated.push(f.name.id.to_string());
                            c.body.push(stmt);
                        }
                        Stmt::Assign(_) => c.body.push(stmt),
                        _ => {}
                    }
                }
            }
            Err(e) => {
                self.error(
                    c.name.range,
                    format!("molt could not build the dataclass methods: {e}"),
                )
                .help("check the field annotations and defaults");
            }
        }
        spec
    }

    fn has_post_init(&self, c: &ast::StmtClassDef, base: Option<&DataclassSpec>) -> bool {
        let own = c
            .body
            .iter()
            .any(|s| matches!(s, Stmt::FunctionDef(f) if f.name.id.as_str() == "__post_init__"));
        let _ = base;
        own || c.arguments.as_ref().is_some_and(|args| {
            args.args.iter().any(|b| match b {
                Expr::Name(n) => self
                    .classes
                    .get(n.id.as_str())
                    .is_some_and(|info| info.methods.contains_key("__post_init__")),
                _ => false,
            })
        })
    }

    /// The `__init__` parameters' defaults of a dataclass, as expressions.
    pub(super) fn dataclass_defaults(&mut self, key: &str, spec: &DataclassSpec) {
        let Some(params) = self.param_specs.get_mut(key) else {
            return;
        };
        for p in params.iter_mut() {
            let default = spec
                .fields
                .iter()
                .find(|f| f.name == p.name)
                .and_then(|f| f.default.clone());
            if let Some(text) = default {
                if let Ok(parsed) = ruff_python_parser::parse_expression(&text) {
                    p.default = Some(*parsed.into_syntax().body);
                }
            }
        }
    }
}

/// What a NamedTuple class has besides a frozen dataclass's methods.
fn named_tuple_methods(
    class: &str,
    spec: &DataclassSpec,
    names: &str,
    wanted: &dyn Fn(&str) -> bool,
) -> String {
    let mut out = format!("_fields = {names}\n");
    let n = spec.fields.len();
    if wanted("__len__") {
        out.push_str(&format!("def __len__(self) -> int:\n    return {n}\n"));
    }
    // `_asdict()` is not recursive, unlike dataclasses.asdict.
    if wanted("_asdict") {
        let entries: Vec<String> = spec
            .fields
            .iter()
            .map(|f| format!("\"{0}\": self.{0}", f.name))
            .collect();
        out.push_str(&format!(
            "def _asdict(self):\n    return {{{}}}\n",
            entries.join(", ")
        ));
    }
    // The tuple it is, for comparisons with tuples and unpacking.
    let types: Vec<&str> = spec.fields.iter().map(|f| f.annotation.as_str()).collect();
    let values: Vec<String> = spec
        .fields
        .iter()
        .map(|f| format!("self.{}", f.name))
        .collect();
    let (types, values) = match n {
        0 => ("tuple[()]".to_string(), "()".to_string()),
        1 => (format!("tuple[{}]", types[0]), format!("({},)", values[0])),
        _ => (
            format!("tuple[{}]", types.join(", ")),
            format!("({})", values.join(", ")),
        ),
    };
    out.push_str(&format!(
        "def __tuple__(self) -> {types}:\n    return {values}\n"
    ));
    // Iterable when its fields share one type.
    let annotation = spec.fields.first().map(|f| f.annotation.as_str());
    let shared = annotation.filter(|a| spec.fields.iter().all(|f| f.annotation == *a));
    if let (Some(t), true) = (shared, wanted("__iter__")) {
        out.push_str(&format!("def __iter__(self) -> Iterator[{t}]:\n"));
        for f in &spec.fields {
            out.push_str(&format!("    yield self.{}\n", f.name));
        }
    }
    // `_make(iterable)`: from a list of the fields' one type.
    if let (Some(t), true) = (shared, wanted("_make")) {
        let items: Vec<String> = (0..n).map(|i| format!("items[{i}]")).collect();
        out.push_str(&format!(
            "@staticmethod\ndef _make(items: list[{t}]) -> \"{class}\":\n    \
             if len(items) != {n}:\n        \
             raise TypeError(f\"Expected {n} arguments, got {{len(items)}}\")\n    \
             return {class}({})\n",
            items.join(", ")
        ));
    }
    out
}

/// The Python source of the methods `@dataclass` adds, leaving out those
/// the class defines itself.
fn synthesized_methods(
    class: &str,
    spec: &DataclassSpec,
    own: &[String],
    post_init: bool,
    dataclasses: &[String],
    conversions: bool,
    reads_match_args: bool,
) -> String {
    let mut out = String::new();
    let wanted = |m: &str| !own.iter().any(|o| o == m);
    // `__match_args__`: the fields `__init__` takes, as a class attribute
    // when the program reads it (class patterns use the fields directly).
    let args: Vec<String> = spec
        .fields
        .iter()
        .filter(|f| f.init)
        .map(|f| format!("\"{}\"", f.name))
        .collect();
    let args = match args.len() {
        0 => "()".to_string(),
        1 => format!("({},)", args[0]),
        _ => format!("({})", args.join(", ")),
    };
    if reads_match_args {
        out.push_str(&format!("__match_args__ = {args}\n"));
    }
    let init_fields: Vec<&DataField> = spec.fields.iter().filter(|f| f.init).collect();
    if wanted("__init__") {
        let params: Vec<String> = init_fields
            .iter()
            .map(|f| format!("{}: {}", f.name, f.annotation))
            .collect();
        out.push_str(&format!("def __init__(self, {}):\n", params.join(", ")));
        for f in &spec.fields {
            match (f.init, &f.default) {
                (true, _) => out.push_str(&format!("    self.{0} = {0}\n", f.name)),
                (false, Some(d)) => out.push_str(&format!("    self.{} = {d}\n", f.name)),
                (false, None) => {}
            }
        }
        if post_init {
            out.push_str("    self.__post_init__()\n");
        }
        out.push_str("    pass\n");
    }
    if wanted("__repr__") {
        let parts: Vec<String> = spec
            .fields
            .iter()
            .filter(|f| f.repr)
            .map(|f| format!("{0}={{self.{0}!r}}", f.name))
            .collect();
        out.push_str(&format!(
            "def __repr__(self) -> str:\n    return f\"{{type(self).__name__}}({})\"\n",
            parts.join(", ")
        ));
    }
    let compared: Vec<&DataField> = spec.fields.iter().filter(|f| f.compare).collect();
    let tuple = |who: &str| -> String {
        let items: Vec<String> = compared
            .iter()
            .map(|f| format!("{who}.{}", f.name))
            .collect();
        match items.len() {
            0 => "()".to_string(),
            1 => format!("({},)", items[0]),
            _ => format!("({})", items.join(", ")),
        }
    };
    // CPython's methods compare only instances of exactly the same class;
    // the emitter keeps to that where a value may be of several classes.
    if spec.eq && wanted("__eq__") {
        out.push_str(&format!(
            "def __eq__(self, other: \"{class}\") -> bool:\n    return {} == {}\n",
            tuple("self"),
            tuple("other")
        ));
    }
    if spec.order {
        for (m, op) in [
            ("__lt__", "<"),
            ("__le__", "<="),
            ("__gt__", ">"),
            ("__ge__", ">="),
        ] {
            // Fields known only at run time compare one by one, as a
            // tuple compares its items.
            let dynamic = compared.iter().any(|f| f.annotation == "object");
            if wanted(m) && dynamic {
                let equal = matches!(op, "<=" | ">=");
                let all_equal = if equal { "True" } else { "False" };
                out.push_str(&format!(
                    "def {m}(self, other: \"{class}\") -> bool:\n    result = {all_equal}\n"
                ));
                for (i, f) in compared.iter().enumerate() {
                    let keyword = if i == 0 { "if" } else { "elif" };
                    out.push_str(&format!(
                        "    {keyword} self.{0} != other.{0}:\n        result = self.{0} {op} other.{0}\n",
                        f.name
                    ));
                }
                out.push_str("    return result\n");
            } else if wanted(m) {
                out.push_str(&format!(
                    "def {m}(self, other: \"{class}\") -> bool:\n    return {} {op} {}\n",
                    tuple("self"),
                    tuple("other")
                ));
            }
        }
    }
    if spec.frozen && spec.eq && wanted("__hash__") {
        out.push_str(&format!(
            "def __hash__(self) -> int:\n    return hash({})\n",
            tuple("self")
        ));
    }
    // What `asdict` and `astuple` give: nested dataclasses converted too,
    // containers copied (CPython deep-copies them).
    let convert = |f: &DataField, method: &str| -> String {
        let ann = f.annotation.trim_matches('"');
        let value = format!("self.{}", f.name);
        if dataclasses.iter().any(|d| d == ann) {
            return format!("{value}.{method}()");
        }
        for d in dataclasses {
            if ann == format!("list[{d}]") {
                return format!("[item.{method}() for item in {value}]");
            }
        }
        if ann.starts_with("list") {
            format!("[item for item in {value}]")
        } else if ann.starts_with("dict") {
            format!("{{key: item for key, item in {value}.items()}}")
        } else {
            value
        }
    };
    if spec.named_tuple {
        out.push_str(&named_tuple_methods(class, spec, &args, &wanted));
    }
    if !conversions {
        return out;
    }
    let entries: Vec<String> = spec
        .fields
        .iter()
        .map(|f| format!("\"{}\": {}", f.name, convert(f, "__asdict__")))
        .collect();
    out.push_str(&format!(
        "def __asdict__(self):\n    return {{{}}}\n",
        entries.join(", ")
    ));
    let items: Vec<String> = spec
        .fields
        .iter()
        .map(|f| convert(f, "__astuple__"))
        .collect();
    let tuple = match items.len() {
        0 => "()".to_string(),
        1 => format!("({},)", items[0]),
        _ => format!("({})", items.join(", ")),
    };
    out.push_str(&format!("def __astuple__(self):\n    return {tuple}\n"));
    out
}
