//! `open()`: text files (`str` in and out, universal newlines on reading,
//! UTF-8) and binary files (`bytes`). A file object is a shared handle, as
//! in Python: every name bound to it sees the same position and the same
//! `closed`.
//!
//! A file opened for reading is read whole when opened; reads are then
//! served from memory. Writes go straight to the operating system, so
//! another handle (or `os.path.exists`) sees them at once.

use crate::bytes::Bytes;
use crate::exc::{ExcKind, PyErr, PyResult};
use crate::int::Int;
use crate::iter::PyIter;
use crate::list::List;
use crate::obj::Obj;
use crate::str::Str;
use std::cell::RefCell;
use std::io::{Read, Write};
use std::marker::PhantomData;
use std::rc::Rc;

/// What both kinds of file share: the OS file for writing, the contents
/// for reading, and whether it is closed.
struct Handle {
    writer: Option<std::fs::File>,
    /// The file's contents (text: decoded, newlines translated) and the
    /// read position in them, for a file opened for reading.
    contents: Option<(Vec<u8>, usize)>,
    closed: bool,
}

impl Handle {
    fn open(path: &str, mode: &str, text: bool) -> PyResult<Handle> {
        let mut options = std::fs::OpenOptions::new();
        let plus = mode.contains('+');
        let (read, write) = match mode.chars().find(|c| "rwax".contains(*c)) {
            Some('r') => {
                options.read(true).write(plus);
                (true, plus)
            }
            Some('w') => {
                options.write(true).create(true).truncate(true).read(plus);
                (plus, true)
            }
            Some('a') => {
                options.append(true).create(true).read(plus);
                (plus, true)
            }
            Some('x') => {
                options.write(true).create_new(true).read(plus);
                (plus, true)
            }
            _ => {
                return Err(PyErr::new(
                    ExcKind::ValueError,
                    format!("invalid mode: '{mode}'"),
                ))
            }
        };
        let mut file = options.open(path).map_err(|e| os_error(&e, path))?;
        let contents = if read {
            let mut raw = Vec::new();
            file.read_to_end(&mut raw).map_err(|e| os_error(&e, path))?;
            let data = if text { decode(raw)? } else { raw };
            Some((data, 0))
        } else {
            None
        };
        Ok(Handle {
            writer: write.then_some(file),
            contents,
            closed: false,
        })
    }

    fn check_open(&self) -> PyResult<()> {
        if self.closed {
            Err(PyErr::new(
                ExcKind::ValueError,
                "I/O operation on closed file.",
            ))
        } else {
            Ok(())
        }
    }

    /// The unread contents, or `io.UnsupportedOperation: not readable`.
    fn unread(&mut self) -> PyResult<(&[u8], &mut usize)> {
        self.check_open()?;
        match self.contents.as_mut() {
            Some((data, pos)) => Ok((&data[*pos..], pos)),
            None => Err(unsupported("not readable")),
        }
    }

    fn write(&mut self, data: &[u8]) -> PyResult<()> {
        self.check_open()?;
        let Some(w) = self.writer.as_mut() else {
            return Err(unsupported("not writable"));
        };
        w.write_all(data)
            .map_err(|e| PyErr::new(ExcKind::OSError, e.to_string()))
    }

    /// Up to and including the next newline.
    fn read_line(&mut self) -> PyResult<Vec<u8>> {
        let (rest, pos) = self.unread()?;
        let end = rest
            .iter()
            .position(|&b| b == b'\n')
            .map_or(rest.len(), |i| i + 1);
        let line = rest[..end].to_vec();
        *pos += end;
        Ok(line)
    }

    fn close(&mut self) {
        self.closed = true;
        self.writer = None;
        self.contents = None;
    }
}

/// `io.UnsupportedOperation`, which is both an OSError and a ValueError;
/// Molt raises it as the OSError it is listed under.
fn unsupported(what: &str) -> PyErr {
    PyErr::new(ExcKind::OSError, what.to_string())
}

/// UTF-8 text with `\r\n` and `\r` read as `\n`, as Python's default
/// newline handling does.
fn decode(raw: Vec<u8>) -> PyResult<Vec<u8>> {
    let text = String::from_utf8(raw).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        let byte = e.as_bytes()[at];
        PyErr::new(
            ExcKind::UnicodeDecodeError,
            format!(
                "'utf-8' codec can't decode byte 0x{byte:02x} in position {at}: invalid start byte"
            ),
        )
    })?;
    if !text.contains('\r') {
        return Ok(text.into_bytes());
    }
    Ok(text.replace("\r\n", "\n").replace('\r', "\n").into_bytes())
}

/// CPython's OSError subclass and message for a failed open or remove:
/// `[Errno 2] No such file or directory: 'name'`.
pub fn os_error(e: &std::io::Error, path: &str) -> PyErr {
    use std::io::ErrorKind;
    let (kind, errno, text) = match e.kind() {
        ErrorKind::NotFound => (ExcKind::FileNotFoundError, 2, "No such file or directory"),
        ErrorKind::PermissionDenied => (ExcKind::PermissionError, 13, "Permission denied"),
        ErrorKind::AlreadyExists => (ExcKind::FileExistsError, 17, "File exists"),
        ErrorKind::IsADirectory => (ExcKind::IsADirectoryError, 21, "Is a directory"),
        ErrorKind::NotADirectory => (ExcKind::NotADirectoryError, 20, "Not a directory"),
        _ => {
            let errno = e.raw_os_error().unwrap_or(0);
            return PyErr::new(ExcKind::OSError, format!("[Errno {errno}] {e}: '{path}'"));
        }
    };
    let args = vec![Obj::Int(Int::from(errno)), Obj::Str(Str::from(text))];
    let message = format!("[Errno {errno}] {text}: {}", crate::repr(&Str::from(path)));
    PyErr::with_args_and_message(kind, args, message)
}

/// What a file reads and writes: `str` in text mode, `bytes` in binary.
pub trait Contents: Sized + 'static {
    /// Whether `open()` decodes the file (text mode).
    const TEXT: bool;
    /// Contents read: decoded UTF-8 (and cut at character boundaries) for
    /// text, as they are for bytes.
    fn from_read(bytes: Vec<u8>) -> Self;
    fn as_written(&self) -> &[u8];
    fn is_empty(&self) -> bool;
    /// Where `read(n)` stops in `rest`: after `n` characters or bytes.
    fn end_of(rest: &[u8], n: usize) -> usize;
    /// What `write()` returns: the characters or bytes written.
    fn written(&self) -> usize;
}

impl Contents for Str {
    const TEXT: bool = true;

    fn from_read(bytes: Vec<u8>) -> Self {
        Str::from(
            String::from_utf8(bytes)
                .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned()),
        )
    }

    fn as_written(&self) -> &[u8] {
        self.as_bytes()
    }

    fn is_empty(&self) -> bool {
        str::is_empty(self)
    }

    fn end_of(rest: &[u8], n: usize) -> usize {
        std::str::from_utf8(rest)
            .map(|s| s.char_indices().nth(n).map_or(rest.len(), |(i, _)| i))
            .unwrap_or(rest.len())
    }

    fn written(&self) -> usize {
        self.chars().count()
    }
}

impl Contents for Bytes {
    const TEXT: bool = false;

    fn from_read(bytes: Vec<u8>) -> Self {
        Bytes::from(bytes)
    }

    fn as_written(&self) -> &[u8] {
        self.as_slice()
    }

    fn is_empty(&self) -> bool {
        self.as_slice().is_empty()
    }

    fn end_of(rest: &[u8], n: usize) -> usize {
        n.min(rest.len())
    }

    fn written(&self) -> usize {
        self.as_slice().len()
    }
}

/// A file object: `File<Str>` in text mode, `File<Bytes>` in binary mode.
pub struct File<D>(Rc<RefCell<Handle>>, PhantomData<D>);

impl<D> Clone for File<D> {
    /// Another name for the same file.
    fn clone(&self) -> Self {
        File(Rc::clone(&self.0), PhantomData)
    }
}

pub type TextFile = File<Str>;
pub type BinaryFile = File<Bytes>;

/// `open(path, mode)` with a text mode.
pub fn open_text(path: &Str, mode: &str) -> PyResult<TextFile> {
    File::open(path, mode)
}

/// `open(path, mode)` with a binary mode (`"rb"`, `"wb"`, ...).
pub fn open_binary(path: &Str, mode: &str) -> PyResult<BinaryFile> {
    File::open(path, mode)
}

impl<D: Contents + Clone> File<D> {
    fn open(path: &Str, mode: &str) -> PyResult<File<D>> {
        let handle = Handle::open(path, mode, D::TEXT)?;
        Ok(File(Rc::new(RefCell::new(handle)), PhantomData))
    }

    /// `f.read()` and `f.read(n)`.
    pub fn read(&self, n: Option<&Int>) -> PyResult<D> {
        let mut h = self.0.borrow_mut();
        let (rest, pos) = h.unread()?;
        let end = match n.and_then(Int::as_i64) {
            Some(n) if n >= 0 => D::end_of(rest, n as usize),
            _ => rest.len(),
        };
        let out = rest[..end].to_vec();
        *pos += end;
        Ok(D::from_read(out))
    }

    pub fn readline(&self) -> PyResult<D> {
        Ok(D::from_read(self.0.borrow_mut().read_line()?))
    }

    pub fn readlines(&self) -> PyResult<List<D>> {
        let mut lines = Vec::new();
        loop {
            let line = self.readline()?;
            if line.is_empty() {
                return Ok(List::from(lines));
            }
            lines.push(line);
        }
    }

    /// `next(f)`: the next line, StopIteration at the end.
    pub fn next_line(&self) -> PyResult<D> {
        let line = self.readline()?;
        if line.is_empty() {
            return Err(PyErr::new(ExcKind::StopIteration, ""));
        }
        Ok(line)
    }

    /// `for line in f`: the lines left, read as the loop asks for them.
    pub fn lines(&self) -> PyResult<PyIter<D>> {
        self.0.borrow_mut().unread()?;
        let f = self.clone();
        Ok(PyIter::fallible(std::iter::from_fn(move || {
            match f.readline() {
                Ok(line) if line.is_empty() => None,
                other => Some(other),
            }
        })))
    }

    /// `f.write(s)`: the number of characters (or bytes) written.
    pub fn write(&self, data: &D) -> PyResult<Int> {
        self.0.borrow_mut().write(data.as_written())?;
        Ok(Int::from_usize(data.written()))
    }

    pub fn writelines(&self, lines: &List<D>) -> PyResult<()> {
        for line in lines.iter() {
            self.write(&line)?;
        }
        Ok(())
    }

    pub fn close(&self) {
        self.0.borrow_mut().close()
    }

    pub fn closed(&self) -> bool {
        self.0.borrow().closed
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn path(name: &str) -> Str {
        let p = std::env::temp_dir().join(format!("molt-rt-{}-{name}", std::process::id()));
        Str::from(p.to_string_lossy().into_owned())
    }

    #[test]
    fn text_round_trip_and_lines() {
        let p = path("text");
        let w = open_text(&p, "w").unwrap_or_else(|_| unreachable!());
        assert_eq!(w.write(&Str::from("héllo\r\nb\n")).ok(), Some(Int::from(9)));
        w.close();
        assert!(w.write(&Str::from("x")).is_err());
        let r = open_text(&p, "r").unwrap_or_else(|_| unreachable!());
        assert_eq!(r.read(Some(&Int::from(2))).ok(), Some(Str::from("hé")));
        assert_eq!(r.readline().ok(), Some(Str::from("llo\n")));
        assert_eq!(r.readlines().ok().map(|l| l.len()), Some(1));
        let _ = std::fs::remove_file(&*p);
        let missing = open_text(&p, "r").err().map(|e| e.traceback_line());
        assert!(missing.is_some_and(
            |m| m.starts_with("FileNotFoundError: [Errno 2] No such file or directory: '")
        ));
    }
}
