//! Python standard library modules for Molt-generated code.
//!
//! A generated crate depends on this crate only when its program imports
//! one of these modules.

#![forbid(unsafe_code)]

pub mod math;
pub mod os;
pub mod random;
