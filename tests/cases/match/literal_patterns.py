# Literal patterns: ints, strings, negative numbers, with a wildcard fallback.
def http_status(code: int) -> str:
    match code:
        case 200:
            return "OK"
        case 301:
            return "Moved"
        case 404:
            return "Not Found"
        case -1:
            return "invalid"
        case _:
            return "other"


def greet(lang: str) -> str:
    match lang:
        case "en":
            return "hello"
        case "fr":
            return "bonjour"
        case "":
            return "(silence)"
        case _:
            return "?"


for c in [200, 404, 500, -1, 301, 0]:
    print(c, http_status(c))
for lang in ["fr", "en", "de", ""]:
    print(repr(lang), greet(lang))
