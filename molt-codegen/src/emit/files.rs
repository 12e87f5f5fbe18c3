//! `open()` and file objects: calls into `molt_rt::file`.

use super::{Code, Emitter, Prec};
use crate::ir;
use crate::types::Type;
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

impl Emitter<'_> {
    /// `open(path, mode)`: the mode is a literal, checked by inference.
    pub(super) fn open_file(&mut self, args: &[ir::Expr], ty: Type) -> Code {
        let path = self.operand_ref(&args[0]);
        let mode = match args.get(1).map(|m| &m.kind) {
            Some(ir::ExprKind::Str(m)) => m.clone(),
            _ => "r".to_string(),
        };
        let open = if mode.contains('b') {
            quote!(open_binary)
        } else {
            quote!(open_text)
        };
        self.try_(quote!(molt_rt::file::#open(#path, #mode)), ty)
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
