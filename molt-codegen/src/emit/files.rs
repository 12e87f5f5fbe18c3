//! `open()` and file objects: calls into `molt_rt::file`.

use super::{Code, Emitter, Prec};
use crate::infer::files::newline_literal;
use crate::ir;
use crate::types::Type;
use molt_rt::file::{Encoding, Newline};
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

impl Emitter<'_> {
    /// `open(path, mode, encoding=..., newline=...)`: the mode and encoding
    /// are literals, checked by inference; the newline may be a value.
    pub(super) fn open_file(
        &mut self,
        args: &[ir::Expr],
        kwargs: &[(String, ir::Expr)],
        ty: Type,
    ) -> Code {
        let path = self.operand_ref(&args[0]);
        let mode = match args.get(1).map(|m| &m.kind) {
            Some(ir::ExprKind::Str(m)) => m.clone(),
            _ => "r".to_string(),
        };
        if mode.contains('b') {
            return self.try_(quote!(molt_rt::file::open_binary(#path, #mode)), ty);
        }
        let encoding = match ir::kwarg(kwargs, "encoding").map(|e| &e.kind) {
            Some(ir::ExprKind::Str(name)) => Encoding::lookup(name).unwrap_or(Encoding::Utf8),
            _ => Encoding::Utf8,
        };
        let newline_arg = ir::kwarg(kwargs, "newline");
        // `None` for a newline given at run time.
        let newline = newline_literal(newline_arg)
            .map(|literal| Newline::from_literal(literal).unwrap_or(Newline::Universal));
        if (encoding, newline) == (Encoding::Utf8, Some(Newline::Universal)) {
            return self.try_(quote!(molt_rt::file::open_text(#path, #mode)), ty);
        }
        let encoding = format_ident!("{}", format!("{encoding:?}"));
        let encoding = quote!(molt_rt::file::Encoding::#encoding);
        match (newline, newline_arg) {
            (None, Some(arg)) => {
                let value = self.option_ref(arg);
                self.try_(
                    quote!(molt_rt::file::open_text_newline(#path, #mode, #encoding, #value)),
                    ty,
                )
            }
            (newline, _) => {
                let newline =
                    format_ident!("{}", format!("{:?}", newline.unwrap_or(Newline::Universal)));
                self.try_(
                    quote!(molt_rt::file::open_text_with(
                        #path,
                        #mode,
                        #encoding,
                        molt_rt::file::Newline::#newline
                    )),
                    ty,
                )
            }
        }
    }

    /// A `T` or a `T | None` as the `Option<&T>` a runtime function takes.
    fn option_ref(&mut self, e: &ir::Expr) -> TokenStream {
        if matches!(e.ty, Type::Optional(_)) {
            let v = self.expr(e).at(Prec::Postfix);
            quote!(#v.as_ref())
        } else {
            let v = self.operand_ref(e);
            quote!(Some(#v))
        }
    }

    /// `print(..., file=f)`: written to the file, or printed when it is a
    /// `T | None` holding None.
    pub(super) fn print_to_file(
        &mut self,
        file: &ir::Expr,
        args: &[ir::Expr],
        sep: Option<&ir::Expr>,
        end: Option<&ir::Expr>,
        spread: bool,
    ) -> TokenStream {
        let file = self.option_ref(file);
        let sep = sep.map_or(quote!(" "), |s| self.str_arg(s));
        let end = end.map_or(quote!("\n"), |s| self.str_arg(s));
        self.raises = true;
        if spread {
            let items = self.iterate(&args[0], false).ts;
            return quote!(molt_rt::file::print_iter_to(#file, #items, #sep, #end)?;);
        }
        let args = self.displayed_refs(args);
        quote!(molt_rt::file::print_to(#file, &[#(#args),*], #sep, #end)?;)
    }

    /// `f.read()`, `f.write(s)`, ...: the runtime's methods of the same names.
    pub(super) fn file_method(
        &mut self,
        recv: TokenStream,
        name: &str,
        args: &[ir::Expr],
        ty: Type,
    ) -> Code {
        let m = format_ident!("{}", name);
        match name {
            "read" => {
                let n = match args.first() {
                    Some(n) => {
                        let n = self.operand_ref(n);
                        quote!(Some(#n))
                    }
                    None => quote!(None),
                };
                self.try_(quote!(#recv.read(#n)), ty)
            }
            "close" => Code::new(quote!(#recv.close()), Prec::Postfix, ty),
            _ => {
                let args: Vec<TokenStream> = args.iter().map(|a| self.operand_ref(a)).collect();
                self.try_(quote!(#recv.#m(#(#args),*)), ty)
            }
        }
    }
}
