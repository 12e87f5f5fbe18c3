# A library catalog: books indexed by id and author, members borrowing and returning with limits.
class Book:
    def __init__(self, id: int, title: str, author: str, year: int):
        self.id = id
        self.title = title
        self.author = author
        self.year = year
        self.borrower = ""

    def available(self) -> bool:
        return self.borrower == ""


class Member:
    def __init__(self, name: str, limit: int):
        self.name = name
        self.limit = limit
        self.books: list[Book] = []


class Catalog:
    def __init__(self):
        self.books: dict[int, Book] = {}
        self.by_author: dict[str, list[Book]] = {}

    def add(self, title: str, author: str, year: int) -> Book:
        b = Book(len(self.books) + 1, title, author, year)
        self.books[b.id] = b
        self.by_author.setdefault(author, []).append(b)
        return b

    def borrow(self, m: Member, book_id: int) -> str:
        if book_id not in self.books:
            return "no such book"
        b = self.books[book_id]
        if not b.available():
            return f"{b.title} is out with {b.borrower}"
        if len(m.books) >= m.limit:
            return f"{m.name} at limit"
        b.borrower = m.name
        m.books.append(b)
        return f"{m.name} took {b.title}"

    def give_back(self, m: Member, book_id: int) -> bool:
        for b in m.books:
            if b.id == book_id:
                m.books.remove(b)
                b.borrower = ""
                return True
        return False

    def search(self, word: str) -> list[str]:
        return [b.title for b in self.books.values() if word.lower() in b.title.lower()]


cat = Catalog()
cat.add("Dune", "Herbert", 1965)
cat.add("Emma", "Austen", 1815)
cat.add("Persuasion", "Austen", 1817)
cat.add("Children of Dune", "Herbert", 1976)
ann = Member("ann", 2)
bob = Member("bob", 1)
print(cat.borrow(ann, 1))
print(cat.borrow(bob, 1))
print(cat.borrow(ann, 3))
print(cat.borrow(ann, 2))
print(cat.borrow(bob, 9), cat.borrow(bob, 4))
print([b.title for b in ann.books], [b.title for b in bob.books])
print(cat.give_back(ann, 1), cat.give_back(ann, 1), cat.borrow(bob, 1))
print(cat.search("dune"), cat.search("xyz"))
print({a: [b.year for b in bs] for a, bs in cat.by_author.items()})
print([b.id for b in cat.books.values() if b.available()])
