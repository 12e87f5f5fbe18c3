# Validation functions raise ValueError with f-string messages; errors are collected per record.
def validate_age(age: int) -> int:
    if age < 0:
        raise ValueError(f"age must be non-negative, got {age}")
    if age > 150:
        raise ValueError(f"age {age} is unrealistic (max 150)")
    return age


def validate_email(email: str) -> str:
    if "@" not in email:
        raise ValueError(f"invalid email {email!r}: missing '@'")
    user, _, domain = email.partition("@")
    if not user or "." not in domain:
        raise ValueError(f"invalid email {email!r}")
    return email.lower()


records = [("Ann@Example.com", 34), ("bob.example.com", 20), ("carl@x.org", -3), ("@nouser.io", 40), ("dee@host", 200)]
errors: list[str] = []
valid = 0
for email, age in records:
    try:
        e = validate_email(email)
        a = validate_age(age)
        valid += 1
        print("valid", e, a)
    except ValueError as exc:
        errors.append(str(exc))
print("valid count", valid)
for i, msg in enumerate(errors):
    print(f"{i}: {msg}")
