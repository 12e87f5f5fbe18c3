//! Proc macros over molt-codegen.
