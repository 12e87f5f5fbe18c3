# Validating form fields with any(), all(), len() and str predicates.
def valid_username(name: str) -> bool:
    return 3 <= len(name) <= 12 and all([c.isalnum() or c == "_" for c in name]) and not name[0].isdigit()


def strong_password(pw: str) -> bool:
    checks = [
        len(pw) >= 8,
        any([c.isupper() for c in pw]),
        any([c.islower() for c in pw]),
        any([c.isdigit() for c in pw]),
    ]
    return all(checks)


for name in ["ada", "a", "grace_h", "9lives", "bad name", "ünïcode", "x" * 13]:
    print(repr(name).ljust(16), valid_username(name))
for pw in ["password", "Passw0rd", "SHORT1a", "lowercase123", "MiXeD12345"]:
    print(pw.ljust(14), strong_password(pw))
codes = ["12345", "1234", "12a45", "00000"]
print([len(c) == 5 and c.isdigit() for c in codes])
print(all([len(c) == 5 for c in codes]), any([c == "00000" for c in codes]))
