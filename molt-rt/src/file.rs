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
use std::io::Write;
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
        let file = options.open(path).map_err(|e| os_error(&e, path))?;
        let contents = if read {
            let raw = std::fs::read(path).map_err(|e| os_error(&e, path))?;
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

/// A file opened in text mode.
#[derive(Clone)]
pub struct TextFile(Rc<RefCell<Handle>>);

/// A file opened in binary mode.
#[derive(Clone)]
pub struct BinaryFile(Rc<RefCell<Handle>>);

/// `open(path, mode)` with a text mode.
pub fn open_text(path: &Str, mode: &str) -> PyResult<TextFile> {
    Ok(TextFile(Rc::new(RefCell::new(Handle::open(
        path, mode, true,
    )?))))
}

/// `open(path, mode)` with a binary mode (`"rb"`, `"wb"`, ...).
pub fn open_binary(path: &Str, mode: &str) -> PyResult<BinaryFile> {
    Ok(BinaryFile(Rc::new(RefCell::new(Handle::open(
        path, mode, false,
    )?))))
}

/// Converts the contents read from a text file back to a `str`: they were
/// decoded when the file was opened, and are cut at character boundaries.
fn text(bytes: Vec<u8>) -> Str {
    Str::from(
        String::from_utf8(bytes)
            .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned()),
    )
}

impl TextFile {
    /// `next(f)`: the next line, StopIteration at the end.
    pub fn next_line(&self) -> PyResult<Str> {
        let line = self.readline()?;
        if line.is_empty() {
            return Err(PyErr::new(ExcKind::StopIteration, ""));
        }
        Ok(line)
    }

    /// `f.read()` and `f.read(n)`: `n` characters.
    pub fn read(&self, n: Option<&Int>) -> PyResult<Str> {
        let mut h = self.0.borrow_mut();
        let (rest, pos) = h.unread()?;
        let end = match n.and_then(Int::as_i64) {
            Some(n) if n >= 0 => std::str::from_utf8(rest)
                .map(|s| {
                    s.char_indices()
                        .nth(n as usize)
                        .map_or(rest.len(), |(i, _)| i)
                })
                .unwrap_or(rest.len()),
            _ => rest.len(),
        };
        let out = rest[..end].to_vec();
        *pos += end;
        Ok(text(out))
    }

    pub fn readline(&self) -> PyResult<Str> {
        Ok(text(self.0.borrow_mut().read_line()?))
    }

    pub fn readlines(&self) -> PyResult<List<Str>> {
        let mut lines = Vec::new();
        loop {
            let line = self.readline()?;
            if line.is_empty() {
                return Ok(List::from(lines));
            }
            lines.push(line);
        }
    }

    /// `for line in f`: the lines left, read as the loop asks for them.
    pub fn lines(&self) -> PyResult<PyIter<Str>> {
        self.0.borrow_mut().unread()?;
        let f = self.clone();
        Ok(PyIter::fallible(std::iter::from_fn(move || {
            match f.readline() {
                Ok(line) if line.is_empty() => None,
                other => Some(other),
            }
        })))
    }

    /// `f.write(s)`: the number of characters written.
    pub fn write(&self, s: &Str) -> PyResult<Int> {
        self.0.borrow_mut().write(s.as_bytes())?;
        Ok(Int::from_usize(s.chars().count()))
    }

    pub fn writelines(&self, lines: &List<Str>) -> PyResult<()> {
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

impl BinaryFile {
    /// `next(f)`: the next line, StopIteration at the end.
    pub fn next_line(&self) -> PyResult<Bytes> {
        let line = self.readline()?;
        if line.is_empty() {
            return Err(PyErr::new(ExcKind::StopIteration, ""));
        }
        Ok(line)
    }

    /// `f.read()` and `f.read(n)`: `n` bytes.
    pub fn read(&self, n: Option<&Int>) -> PyResult<Bytes> {
        let mut h = self.0.borrow_mut();
        let (rest, pos) = h.unread()?;
        let end = match n.and_then(Int::as_i64) {
            Some(n) if n >= 0 => (n as usize).min(rest.len()),
            _ => rest.len(),
        };
        let out = rest[..end].to_vec();
        *pos += end;
        Ok(Bytes::from(out))
    }

    pub fn readline(&self) -> PyResult<Bytes> {
        Ok(Bytes::from(self.0.borrow_mut().read_line()?))
    }

    pub fn readlines(&self) -> PyResult<List<Bytes>> {
        let mut lines = Vec::new();
        loop {
            let line = self.readline()?;
            if line.is_empty() {
                return Ok(List::from(lines));
            }
            lines.push(line);
        }
    }

    pub fn lines(&self) -> PyResult<PyIter<Bytes>> {
        self.0.borrow_mut().unread()?;
        let f = self.clone();
        Ok(PyIter::fallible(std::iter::from_fn(move || {
            match f.readline() {
                Ok(line) if line.is_empty() => None,
                other => Some(other),
            }
        })))
    }

    /// `f.write(b)`: the number of bytes written.
    pub fn write(&self, b: &Bytes) -> PyResult<Int> {
        self.0.borrow_mut().write(b.as_slice())?;
        Ok(Int::from_usize(b.len()))
    }

    pub fn writelines(&self, lines: &List<Bytes>) -> PyResult<()> {
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
