# operator.attrgetter on a small class for sorting, max and fetching several attributes.
import operator


class Book:
    def __init__(self, title: str, year: int, pages: int) -> None:
        self.title = title
        self.year = year
        self.pages = pages


books = [Book("Dune", 1965, 412), Book("Emma", 1815, 474), Book("Ubik", 1969, 202), Book("Beloved", 1987, 324)]
by_year = sorted(books, key=operator.attrgetter("year"))
print([b.title for b in by_year])
print(max(books, key=operator.attrgetter("pages")).title)
get_title = operator.attrgetter("title")
print([get_title(b) for b in books])
both = operator.attrgetter("title", "pages")
print([both(b) for b in sorted(books, key=operator.attrgetter("pages"))])
