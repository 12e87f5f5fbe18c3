# str.encode and bytes.decode with UTF-8: byte lengths and round trips.
for s in ["abc", "é", "€", "😀", "naïve café", "日本語"]:
    b = s.encode("utf-8")
    print(s, len(s), len(b), b, b.decode("utf-8") == s)
print("é".encode("latin-1"), "abc".encode("ascii"), "ÿ".encode("latin-1"))
raw = "Grüße".encode("utf-8")
print(raw, len(raw), raw[2], raw[2:4], raw.decode("utf-8"))
print(raw.decode("latin-1"), len(raw.decode("latin-1")))
print(bytes([226, 130, 172]).decode("utf-8"), b"\xe2\x82\xac".decode())
print("x😀y".encode(), list("😀".encode("utf-8")))
print("€".encode("utf-8").hex(), "Ω".encode().hex())
total = 0
for ch in "añ€😀":
    total += len(ch.encode("utf-8"))
print(total)
