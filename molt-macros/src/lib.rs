//! Proc macros over molt-codegen.
//!
//! `include_py!("rules/pricing.py")` translates a Python module where the
//! macro is called, as `molt_codegen::Builder` does from `build.rs`, so a
//! crate needs no build script: the macro expands to the module's typed
//! Rust API (see molt-codegen's `emit::api`).

use proc_macro::TokenStream;
use proc_macro2::Span;
use quote::quote_spanned;
use std::path::PathBuf;

/// Includes a Python module's typed Rust API. The path is relative to the
/// crate's directory (`CARGO_MANIFEST_DIR`); the crate is rebuilt when the
/// file changes, and Python that Molt cannot translate is a compile error
/// at the macro call that quotes the Python file, line and column.
#[proc_macro]
pub fn include_py(input: TokenStream) -> TokenStream {
    let path = match syn::parse::<syn::LitStr>(input) {
        Ok(path) => path,
        Err(e) => return e.to_compile_error().into(),
    };
    match expand(&path.value()) {
        Ok(tokens) => tokens.into(),
        Err(message) => error(path.span(), &message).into(),
    }
}

fn expand(relative: &str) -> Result<proc_macro2::TokenStream, String> {
    let root = std::env::var_os("CARGO_MANIFEST_DIR")
        .map(PathBuf::from)
        .ok_or("include_py! needs CARGO_MANIFEST_DIR: build with cargo")?;
    let path = root.join(relative);
    let source = std::fs::read_to_string(&path)
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    // By its full path, so that the modules it imports are found beside it.
    let translation = molt_codegen::transpile_library(&path.to_string_lossy(), &source)
        .map_err(|d| format!("Molt cannot translate {relative}:\n{d}"))?;
    let code: proc_macro2::TokenStream = translation
        .rust
        .parse()
        .map_err(|e| format!("molt emitted invalid Rust for {relative}: {e}"))?;
    // Reading the file through `include_str!` makes cargo rebuild the
    // crate when it changes.
    let tracked = std::iter::once(path.to_string_lossy().into_owned()).chain(translation.imports);
    Ok(quote::quote! {
        #(const _: &str = include_str!(#tracked);)*
        #code
    })
}

fn error(span: Span, message: &str) -> proc_macro2::TokenStream {
    quote_spanned!(span=> compile_error!(#message);)
}
