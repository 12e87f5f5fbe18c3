//! Python standard library modules for Molt-generated code.
