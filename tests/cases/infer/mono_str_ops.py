# Unannotated string functions called only with strs.
def shout(s):
    return s.upper() + "!"


def reverse(s):
    return s[::-1]


def is_palindrome(s):
    cleaned = s.replace(" ", "").lower()
    return cleaned == reverse(cleaned)


def initials(name):
    parts = name.split()
    out = ""
    for p in parts:
        out += p[0].upper()
    return out


def pad(s, width):
    return s + "." * (width - len(s))


print(shout("hello"), shout("molt"))
print(reverse("abcdef"), reverse(""))
for word in ["racecar", "Never odd or even", "python"]:
    print(word, is_palindrome(word))
print(initials("guido van rossum"), initials("ada lovelace"))
for name in ["a", "bb", "cccc"]:
    print("[" + pad(name, 6) + "]")
print(shout(reverse("dlrow")))
