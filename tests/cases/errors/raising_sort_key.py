# A key function that raises: sorted, max, map and list.sort propagate the exception.
def score(w: str) -> int:
    if w == "boom":
        raise ValueError("bad word: " + w)
    return len(w)


words = ["ccc", "a", "bb"]
print(sorted(words, key=score), max(words, key=score), list(map(score, words)))
words.sort(key=score)
print(words, list(filter(score, words)), sorted(words, key=len))
words.append("boom")
print(sorted(words, key=score))
