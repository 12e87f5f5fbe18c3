# Common bytes methods mirror the str ones.
b = b"  Alpha,Beta,,Gamma  "
print(b.strip(), b.lstrip(), b.rstrip())
print(b.strip().split(b","), b.split(), b.strip().split(b",", 1))
print(b.replace(b"a", b"A"), b.upper(), b.lower(), b.strip().title())
print(b"-".join([b"a", b"b", b"c"]), b"".join([b"x"] * 3))
print(b"abc".startswith(b"ab"), b"abc".endswith((b"x", b"c")))
print(b"12".isdigit(), b"ab".isalpha(), b" \t".isspace(), b"Ab".isupper())
print(b"x".center(5, b"*"), b"7".zfill(3), b"ab".ljust(4, b"."), b"ab".rjust(4))
print(b"key=value".partition(b"="), b"a.b.c".rpartition(b"."))
print(b"line1\nline2\r\n".splitlines(), b"abcabc".count(b"bc"))
