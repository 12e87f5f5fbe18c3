//! `open()`: text files (`str` in and out; UTF-8, Latin-1 or ASCII; the
//! newline handling `open(newline=...)` selects) and binary files (`bytes`). A file object is a shared handle, as
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
use std::borrow::Cow;
use std::cell::RefCell;
use std::io::{Read, Write};
use std::marker::PhantomData;
use std::rc::Rc;

/// A text file's codec, from `open(encoding=...)`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    Latin1,
    Ascii,
}

impl Encoding {
    /// The codec `open(encoding=name)` selects, with the names Python's
    /// codec lookup accepts for UTF-8, Latin-1 and ASCII (case, spaces and
    /// dashes do not matter there either); `None` for other codecs.
    pub fn lookup(name: &str) -> Option<Encoding> {
        let key = name.trim().to_ascii_lowercase().replace(['-', ' '], "_");
        match key.as_str() {
            "utf_8" | "utf8" | "u8" | "utf" | "cp65001" | "utf8_ucs2" | "utf8_ucs4" => {
                Some(Encoding::Utf8)
            }
            "latin_1" | "latin1" | "latin" | "l1" | "iso_8859_1" | "iso8859_1" | "8859"
            | "cp819" | "ibm819" | "iso_ir_100" | "csisolatin1" | "iso_8859_1:1987" => {
                Some(Encoding::Latin1)
            }
            "ascii" | "us_ascii" | "us" | "646" | "cp367" | "ibm367" | "csascii" | "iso646_us"
            | "iso_ir_6" | "ansi_x3.4_1968" | "ansi_x3_4_1968" | "ansi_x3.4_1986" => {
                Some(Encoding::Ascii)
            }
            _ => None,
        }
    }

    /// The codec's name in Python's error messages.
    fn name(self) -> &'static str {
        match self {
            Encoding::Utf8 => "utf-8",
            Encoding::Latin1 => "latin-1",
            Encoding::Ascii => "ascii",
        }
    }

    /// The file's bytes as text, or CPython's UnicodeDecodeError.
    fn decode(self, raw: &[u8]) -> PyResult<String> {
        match self {
            Encoding::Utf8 => std::str::from_utf8(raw).map(str::to_owned).map_err(|e| {
                let at = e.valid_up_to();
                let byte = raw[at];
                let reason = match (e.error_len(), byte) {
                    (None, _) => "unexpected end of data",
                    (Some(_), 0xc2..=0xf4) => "invalid continuation byte",
                    (Some(_), _) => "invalid start byte",
                };
                decode_error(self, byte, at, reason)
            }),
            Encoding::Latin1 => Ok(raw.iter().map(|&b| char::from(b)).collect()),
            Encoding::Ascii => match raw.iter().position(|b| !b.is_ascii()) {
                Some(at) => Err(decode_error(self, raw[at], at, "ordinal not in range(128)")),
                None => Ok(raw.iter().map(|&b| char::from(b)).collect()),
            },
        }
    }

    /// Text as the file's bytes, or CPython's UnicodeEncodeError.
    fn encode(self, text: &str) -> PyResult<Cow<'_, [u8]>> {
        let limit = match self {
            Encoding::Utf8 => return Ok(Cow::Borrowed(text.as_bytes())),
            Encoding::Ascii if text.is_ascii() => return Ok(Cow::Borrowed(text.as_bytes())),
            Encoding::Latin1 => 256,
            Encoding::Ascii => 128,
        };
        let mut out = Vec::with_capacity(text.len());
        for (at, c) in text.chars().enumerate() {
            match u8::try_from(u32::from(c)) {
                Ok(b) if u32::from(b) < limit => out.push(b),
                _ => {
                    let code = u32::from(c);
                    let shown = match code {
                        0..=0xff => format!("\\x{code:02x}"),
                        0x100..=0xffff => format!("\\u{code:04x}"),
                        _ => format!("\\U{code:08x}"),
                    };
                    return Err(PyErr::new(
                        ExcKind::UnicodeEncodeError,
                        format!(
                            "'{}' codec can't encode character '{shown}' in position {at}: ordinal not in range({limit})",
                            self.name()
                        ),
                    ));
                }
            }
        }
        Ok(Cow::Owned(out))
    }
}

fn decode_error(encoding: Encoding, byte: u8, at: usize, reason: &str) -> PyErr {
    PyErr::new(
        ExcKind::UnicodeDecodeError,
        format!(
            "'{}' codec can't decode byte 0x{byte:02x} in position {at}: {reason}",
            encoding.name()
        ),
    )
}

/// A text file's line endings, from `open(newline=...)`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Newline {
    /// `newline=None`, the default: `\r\n` and `\r` read as `\n`, and
    /// `\n` written as the platform's separator (`\n` where Molt runs).
    Universal,
    /// `newline=""`: lines end at any of `\n`, `\r\n` and `\r`, and
    /// nothing is translated either way.
    Untranslated,
    /// `newline="\n"`.
    Lf,
    /// `newline="\r"`: lines end at `\r`, and `\n` is written as `\r`.
    Cr,
    /// `newline="\r\n"`: lines end at `\r\n`, and `\n` is written as it.
    CrLf,
}

impl Newline {
    /// The mode for `newline=` given as a literal (`None` for the
    /// default); `None` for a value Python rejects.
    pub fn from_literal(newline: Option<&str>) -> Option<Newline> {
        match newline {
            None => Some(Newline::Universal),
            Some("") => Some(Newline::Untranslated),
            Some("\n") => Some(Newline::Lf),
            Some("\r") => Some(Newline::Cr),
            Some("\r\n") => Some(Newline::CrLf),
            Some(_) => None,
        }
    }

    /// The mode for `newline=` given as a run-time value, or CPython's
    /// ValueError.
    pub fn from_arg(newline: Option<&Str>) -> PyResult<Newline> {
        let text = newline.map(|s| &**s);
        Newline::from_literal(text).ok_or_else(|| {
            PyErr::new(
                ExcKind::ValueError,
                format!("illegal newline value: {}", text.unwrap_or_default()),
            )
        })
    }

    /// The length of the first line of `rest`, its ending included.
    fn line_len(self, rest: &[u8]) -> usize {
        let found = match self {
            Newline::Universal | Newline::Lf => rest.iter().position(|&b| b == b'\n'),
            Newline::Cr => rest.iter().position(|&b| b == b'\r'),
            Newline::CrLf => rest.windows(2).position(|w| w == b"\r\n").map(|i| i + 1),
            Newline::Untranslated => rest
                .iter()
                .position(|&b| b == b'\n' || b == b'\r')
                .map(|i| match rest.get(i..i + 2) {
                    Some(b"\r\n") => i + 1,
                    _ => i,
                }),
        };
        found.map_or(rest.len(), |i| i + 1)
    }

    /// What `\n` is written as, where it is not written as itself.
    fn written_as(self) -> Option<&'static str> {
        match self {
            Newline::Cr => Some("\r"),
            Newline::CrLf => Some("\r\n"),
            Newline::Universal | Newline::Untranslated | Newline::Lf => None,
        }
    }
}

/// How a text file turns `str` into bytes and back.
#[derive(Clone, Copy, Debug)]
struct TextMode {
    encoding: Encoding,
    newline: Newline,
}

impl TextMode {
    fn decode(self, raw: &[u8]) -> PyResult<Vec<u8>> {
        let text = self.encoding.decode(raw)?;
        if self.newline != Newline::Universal || !text.contains('\r') {
            return Ok(text.into_bytes());
        }
        Ok(text.replace("\r\n", "\n").replace('\r', "\n").into_bytes())
    }

    fn encode(self, text: &str) -> PyResult<Vec<u8>> {
        match self.newline.written_as() {
            Some(nl) if text.contains('\n') => {
                Ok(self.encoding.encode(&text.replace('\n', nl))?.into_owned())
            }
            _ => Ok(self.encoding.encode(text)?.into_owned()),
        }
    }
}

/// What both kinds of file share: the OS file for writing, the contents
/// for reading, and whether it is closed.
struct Handle {
    writer: Option<std::fs::File>,
    /// The file's contents (text: decoded, newlines translated) and the
    /// read position in them, for a file opened for reading.
    contents: Option<(Vec<u8>, usize)>,
    /// Whether a text file's contents are still its bytes: they are
    /// decoded at the first read, which raises a decoding error, as
    /// CPython's does, rather than `open()`.
    undecoded: bool,
    /// How text is read and written; `None` for a binary file.
    text: Option<TextMode>,
    /// An `io.StringIO`: the contents are the file, written in place at
    /// the position.
    memory: bool,
    closed: bool,
}

impl Handle {
    fn open(path: &str, mode: &str, text: Option<TextMode>) -> PyResult<Handle> {
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
            Some((raw, 0))
        } else {
            None
        };
        Ok(Handle {
            writer: write.then_some(file),
            undecoded: read && text.is_some(),
            contents,
            text,
            memory: false,
            closed: false,
        })
    }

    fn check_open(&self) -> PyResult<()> {
        if !self.closed {
            return Ok(());
        }
        // CPython's StringIO words it without the period.
        let message = if self.memory {
            "I/O operation on closed file"
        } else {
            "I/O operation on closed file."
        };
        Err(PyErr::new(ExcKind::ValueError, message))
    }

    /// The unread contents, or `io.UnsupportedOperation: not readable`.
    fn unread(&mut self) -> PyResult<(&[u8], &mut usize)> {
        self.check_open()?;
        if let (true, Some(text), Some((data, _))) =
            (self.undecoded, self.text, self.contents.as_mut())
        {
            *data = text.decode(data)?;
            self.undecoded = false;
        }
        match self.contents.as_mut() {
            Some((data, pos)) => Ok((&data[*pos..], pos)),
            None => Err(unsupported("not readable")),
        }
    }

    /// Writes `data`: the bytes of a binary file, or UTF-8 text that a
    /// text file encodes first.
    fn write(&mut self, data: &[u8]) -> PyResult<()> {
        self.check_open()?;
        if self.memory {
            self.write_in_place(data);
            return Ok(());
        }
        let Some(w) = self.writer.as_mut() else {
            return Err(unsupported("not writable"));
        };
        let encoded = match self.text {
            Some(text) if (text.encoding, text.newline.written_as()) != (Encoding::Utf8, None) => {
                let s = std::str::from_utf8(data)
                    .map_err(|e| PyErr::new(ExcKind::UnicodeEncodeError, e.to_string()))?;
                Cow::Owned(text.encode(s)?)
            }
            _ => Cow::Borrowed(data),
        };
        w.write_all(&encoded)
            .map_err(|e| PyErr::new(ExcKind::OSError, e.to_string()))
    }

    /// A StringIO's write: over the characters at the position (as many as
    /// `data` has), or added at the end.
    fn write_in_place(&mut self, data: &[u8]) {
        let Some((buf, pos)) = self.contents.as_mut() else {
            return;
        };
        if *pos == buf.len() {
            buf.extend_from_slice(data);
            *pos = buf.len();
            return;
        }
        let chars = String::from_utf8_lossy(data).chars().count();
        let rest = String::from_utf8_lossy(&buf[*pos..]).into_owned();
        let over = rest
            .char_indices()
            .nth(chars)
            .map_or(rest.len(), |(i, _)| i);
        buf.splice(*pos..*pos + over, data.iter().copied());
        *pos += data.len();
    }

    /// Up to and including the next line ending.
    fn read_line(&mut self) -> PyResult<Vec<u8>> {
        let newline = self.text.map_or(Newline::Lf, |t| t.newline);
        let (rest, pos) = self.unread()?;
        let end = newline.line_len(rest);
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

/// `open(path, mode)` with a text mode: UTF-8, universal newlines.
pub fn open_text(path: &Str, mode: &str) -> PyResult<TextFile> {
    open_text_with(path, mode, Encoding::Utf8, Newline::Universal)
}

/// `open(path, mode, encoding=..., newline=...)` with a text mode.
pub fn open_text_with(
    path: &Str,
    mode: &str,
    encoding: Encoding,
    newline: Newline,
) -> PyResult<TextFile> {
    File::open(path, mode, Some(TextMode { encoding, newline }))
}

/// `open(path, mode, encoding=..., newline=value)` with a text mode and a
/// newline chosen at run time. As in CPython, a bad newline is found after
/// the file is opened (so `"w"` has already created it).
pub fn open_text_newline(
    path: &Str,
    mode: &str,
    encoding: Encoding,
    newline: Option<&Str>,
) -> PyResult<TextFile> {
    let file = open_text_with(path, mode, encoding, Newline::Universal)?;
    let newline = Newline::from_arg(newline)?;
    if let Some(text) = file.0.borrow_mut().text.as_mut() {
        text.newline = newline;
    }
    Ok(file)
}

/// `io.StringIO(initial)`: a text file in memory, positioned at its start.
pub fn string_io(initial: Option<&Str>) -> TextFile {
    let contents = initial.map_or_else(Vec::new, |s| s.as_bytes().to_vec());
    let handle = Handle {
        writer: None,
        contents: Some((contents, 0)),
        undecoded: false,
        text: Some(TextMode {
            encoding: Encoding::Utf8,
            newline: Newline::Lf,
        }),
        memory: true,
        closed: false,
    };
    File(Rc::new(RefCell::new(handle)), PhantomData)
}

/// `print(..., file=f)`: the line written to `f` (a file or StringIO), or
/// to standard output when `f` is None.
pub fn print_to(
    file: Option<&TextFile>,
    values: &[&dyn crate::display::PyDisplay],
    sep: &str,
    end: &str,
) -> PyResult<()> {
    let Some(file) = file else {
        crate::io::print(values, sep, end);
        return Ok(());
    };
    let line = crate::io::print_line(values, sep, end);
    file.0.borrow_mut().write(line.as_bytes())
}

/// `print(*items, file=f)`.
pub fn print_iter_to<T: crate::display::PyDisplay>(
    file: Option<&TextFile>,
    items: impl Iterator<Item = T>,
    sep: &str,
    end: &str,
) -> PyResult<()> {
    let items: Vec<T> = items.collect();
    let values: Vec<&dyn crate::display::PyDisplay> = items
        .iter()
        .map(|v| v as &dyn crate::display::PyDisplay)
        .collect();
    print_to(file, &values, sep, end)
}

/// `open(path, mode)` with a binary mode (`"rb"`, `"wb"`, ...).
pub fn open_binary(path: &Str, mode: &str) -> PyResult<BinaryFile> {
    File::open(path, mode, None)
}

impl<D: Contents + Clone> File<D> {
    fn open(path: &Str, mode: &str, text: Option<TextMode>) -> PyResult<File<D>> {
        let handle = Handle::open(path, mode, text)?;
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

    /// `StringIO.getvalue()`: everything written, wherever the position is.
    pub fn getvalue(&self) -> PyResult<D> {
        let h = self.0.borrow();
        h.check_open()?;
        match &h.contents {
            Some((data, _)) if h.memory => Ok(D::from_read(data.clone())),
            _ => Err(unsupported("getvalue")),
        }
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

    #[test]
    fn latin1_and_newline_modes() {
        let p = path("latin1");
        let w = open_text_with(&p, "w", Encoding::Latin1, Newline::CrLf)
            .unwrap_or_else(|_| unreachable!());
        assert!(w.write(&Str::from("é\nb\r")).is_ok());
        let euro = w.write(&Str::from("a€")).err().map(|e| e.traceback_line());
        assert_eq!(
            euro.as_deref(),
            Some("UnicodeEncodeError: 'latin-1' codec can't encode character '\\u20ac' in position 1: ordinal not in range(256)")
        );
        w.close();
        assert_eq!(std::fs::read(&*p).ok(), Some(b"\xe9\r\nb\r".to_vec()));
        let r = open_text_with(&p, "r", Encoding::Latin1, Newline::Untranslated)
            .unwrap_or_else(|_| unreachable!());
        assert_eq!(r.readline().ok(), Some(Str::from("é\r\n")));
        assert_eq!(r.readline().ok(), Some(Str::from("b\r")));
        let r = open_text_with(&p, "r", Encoding::Latin1, Newline::Universal)
            .unwrap_or_else(|_| unreachable!());
        assert_eq!(r.read(None).ok(), Some(Str::from("é\nb\n")));
        let ascii = open_text_with(&p, "r", Encoding::Ascii, Newline::Universal)
            .and_then(|f| f.read(None))
            .err()
            .map(|e| e.traceback_line());
        assert_eq!(
            ascii.as_deref(),
            Some("UnicodeDecodeError: 'ascii' codec can't decode byte 0xe9 in position 0: ordinal not in range(128)")
        );
        let _ = std::fs::remove_file(&*p);
    }

    #[test]
    fn string_io_writes_in_place() {
        let f = string_io(Some(&Str::from("héllo")));
        assert!(f.write(&Str::from("ab")).is_ok());
        assert_eq!(f.getvalue().ok(), Some(Str::from("abllo")));
        assert_eq!(f.read(None).ok(), Some(Str::from("llo")));
        assert!(print_to(Some(&f), &[&Str::from("x"), &Int::from(1)], "-", "\n").is_ok());
        assert_eq!(f.getvalue().ok(), Some(Str::from("abllox-1\n")));
        f.close();
        assert!(f.getvalue().is_err());
    }
}
