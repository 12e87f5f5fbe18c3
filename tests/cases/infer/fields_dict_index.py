# A dict field built inside a method (an inverted index) and queried from other methods.
class Library:
    def __init__(self):
        self.books = []
        self.index = {}
        self.built = False

    def add(self, title, year):
        self.books.append((title, year))
        self.built = False

    def build(self):
        self.index = {}
        for i, (title, _) in enumerate(self.books):
            for word in title.lower().split():
                self.index.setdefault(word, []).append(i)
        self.built = True

    def search(self, word):
        if not self.built:
            self.build()
        return [self.books[i][0] for i in self.index.get(word, [])]

    def years(self):
        return {title: year for title, year in self.books}


lib = Library()
lib.add("The Old Man and the Sea", 1952)
lib.add("Sea of Tranquility", 2022)
lib.add("Old Times", 1971)
print(lib.search("sea"))
print(lib.search("old"), lib.built)
lib.add("Man of Steel", 2013)
print(lib.built, lib.search("man"))
print(sorted(lib.index)[:4], len(lib.index))
print(lib.years()["Old Times"])
