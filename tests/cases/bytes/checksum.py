# Simple checksums over the bytes of an encoded message.
def adler32(data: bytes) -> int:
    a = 1
    b = 0
    for x in data:
        a = (a + x) % 65521
        b = (b + a) % 65521
    return (b << 16) | a


def xor_all(data: bytes) -> int:
    r = 0
    for x in data:
        r ^= x
    return r


for text in ["Wikipedia", "", "héllo wörld", "日本語"]:
    raw = text.encode()
    print(repr(text), adler32(raw), hex(adler32(raw)), xor_all(raw), sum(raw) % 256)
