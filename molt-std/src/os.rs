//! `os`: the file-system functions programs use around `open()`.

use molt_rt::file::os_error;
use molt_rt::{PyResult, Str};

/// `os.remove(path)`.
pub fn remove(path: &Str) -> PyResult<()> {
    std::fs::remove_file(&**path).map_err(|e| os_error(&e, path))
}

/// `os.path`.
pub mod path {
    use molt_rt::Str;

    /// `os.path.exists(path)`.
    pub fn exists(path: &Str) -> bool {
        std::path::Path::new(&**path).exists()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn remove_missing_is_file_not_found() {
        let p = Str::from("molt-std-no-such-file");
        assert!(!path::exists(&p));
        let line = remove(&p).err().map(|e| e.traceback_line());
        assert_eq!(
            line.as_deref(),
            Some("FileNotFoundError: [Errno 2] No such file or directory: 'molt-std-no-such-file'")
        );
    }
}
