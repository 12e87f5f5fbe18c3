# bytes.partition/rpartition and splitlines.
print(b"a,b,c".partition(b","), b"a,b,c".rpartition(b","), b"line1\nline2\r\n".splitlines())
