# bytes.isalpha/isdigit/isspace/isalnum/isupper/islower look at ASCII only.
print(b"abc".isalpha(), b"123".isdigit(), b"  ".isspace(), b"ab1".isalnum(), b"AB".isupper(), b"ab".islower())
print(b"\xe9".isalpha(), b"".isdigit(), b"a b".isalpha())
