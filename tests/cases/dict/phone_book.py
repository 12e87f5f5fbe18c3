# A phone book: add, look up, rename and remove entries.
book = {"alice": "555-1234", "bob": "555-9876"}
book["carol"] = "555-5555"
print(book)
for name in ["alice", "dave", "carol"]:
    if name in book:
        print(name, "->", book[name])
    else:
        print(name, "not found")
number = book.pop("bob")
book["robert"] = number
print(book)
book.update({"alice": "555-0000", "erin": "555-2222"})
print(len(book), sorted(list(book.keys())))
for who in sorted(list(book.keys()), reverse=True):
    print(who.title().ljust(8), book[who])
